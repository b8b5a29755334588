import { ArticleRefused, DyadError } from '../core/errors.js';
import type { CodedArticle, Origin } from '../core/types.js';
import type { IngestProgress } from './ingest.js';
import type { PutMeta, Store } from '../store/store.js';

interface Waiting { article: CodedArticle; meta: PutMeta; origin?: Origin }

/**
 * Coded articles waiting to be stored together: committed as one transaction when `size` articles wait or the
 * oldest has waited `maxWaitMs`. Counts stored and skipped (already stored) articles into the progress record.
 *
 * When the store refuses an article of the batch for what it holds (`ArticleRefused`: a NUL character for Postgres),
 * the transaction rolled back and each article is tried again in a transaction of its own, so the refused article
 * costs itself alone: it is reported through `onError` with its origin and counted as failed. Any other failure is
 * the store's (read-only file, full disk, lost connection): it is thrown and the run stops, as before.
 */
export class ArticleBatch {
  private items: Waiting[] = [];
  private startedAt = 0;
  constructor(
    private readonly store: Store,
    private readonly progress: IngestProgress,
    private readonly size = 32,
    private readonly maxWaitMs = 2000,
    private readonly onError?: (e: DyadError) => void,
  ) {}

  /** Adds one article; stores the batch when it is full or old enough. */
  async add(article: CodedArticle, meta: PutMeta, origin?: Origin): Promise<void> {
    if (!this.items.length) this.startedAt = performance.now();
    this.items.push({ article, meta, origin });
    await this.flushIfDue();
  }

  /** Stores the batch when it is full or its oldest article has waited long enough. */
  async flushIfDue(): Promise<void> {
    if (this.items.length >= this.size || (this.items.length && performance.now() - this.startedAt >= this.maxWaitMs)) await this.flush();
  }

  /** Stores what is waiting, in one transaction (one per article if that one fails). */
  async flush(): Promise<void> {
    if (!this.items.length) return;
    const items = this.items;
    this.items = [];
    let results;
    try {
      results = await this.store.putArticles(items);
    } catch (e) {
      if (!(e instanceof ArticleRefused)) throw e;
      await this.oneByOne(items);
      return;
    }
    for (const r of results) this.count(r.status);
  }

  private count(status: string): void {
    if (status === 'inserted') this.progress.stored++; else this.progress.skipped++;
  }

  /** The batch failed: each article in its own transaction; those the store refuses are reported and skipped. */
  private async oneByOne(items: Waiting[]): Promise<void> {
    for (const item of items) {
      try {
        const [r] = await this.store.putArticles([item]);
        this.count(r!.status);
      } catch (e) {
        if (!(e instanceof ArticleRefused)) throw e;
        this.progress.read--;
        this.progress.failed++;
        this.onError?.(new DyadError(e.code, e.message, item.origin ?? e.origin));
      }
    }
  }
}
