import { ArticleRefused, DyadError } from '../core/errors.js';
import type { CodedArticle, Origin } from '../core/types.js';
import type { IngestProgress } from './ingest.js';
import { contentHash } from '../store/article-meta.js';
import type { PutMeta, Store } from '../store/store.js';

interface Waiting { article: CodedArticle; meta: PutMeta; origin?: Origin }

/** The key under which an article's id, or its text's content hash, is remembered while it waits. */
export const idKey = (id: string): string => `id:${id}`;
export const hashKey = (hash: string): string => `hash:${hash}`;

/**
 * Coded articles waiting to be stored together: committed as one transaction when `size` articles wait or the
 * oldest has waited `maxWaitMs`. Counts stored and skipped (already stored) articles into the progress record, and
 * the sentences and events of the stored ones only, so the counts do not depend on when a batch was committed.
 *
 * When the store refuses an article of the batch for what it holds (`ArticleRefused`: a NUL character for Postgres),
 * the transaction rolled back and each article is tried again in a transaction of its own, so the refused article
 * costs itself alone: it is reported through `onError` with its origin and counted as failed. Any other failure is
 * the store's (read-only file, full disk, lost connection): it is thrown and the run stops, as before.
 */
export class ArticleBatch {
  private items: Waiting[] = [];
  /** idKey and hashKey of every waiting article. */
  private keys = new Set<string>();
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
    this.keys.add(idKey(article.id)).add(hashKey(contentHash(article.text)));
    await this.flushIfDue();
  }

  /** Whether an article with this id or this content hash waits in the batch (stored at the next flush). */
  holds(id: string, hash: string): boolean {
    return this.keys.has(idKey(id)) || this.keys.has(hashKey(hash));
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
    this.keys = new Set();
    let results;
    try {
      results = await this.store.putArticles(items);
    } catch (e) {
      if (!(e instanceof ArticleRefused)) throw e;
      await this.oneByOne(items);
      return;
    }
    results.forEach((r, i) => this.count(r.status, items[i]!.article));
  }

  private count(status: string, article: CodedArticle): void {
    if (status !== 'inserted') { this.progress.skipped++; return; }
    this.progress.stored++;
    this.progress.sentences += article.sentences.length;
    this.progress.events += article.events.length;
  }

  /** The batch failed: each article in its own transaction; those the store refuses are reported and skipped. */
  private async oneByOne(items: Waiting[]): Promise<void> {
    for (const item of items) {
      try {
        const [r] = await this.store.putArticles([item]);
        this.count(r!.status, item.article);
      } catch (e) {
        if (!(e instanceof ArticleRefused)) throw e;
        this.progress.read--;
        this.progress.failed++;
        this.onError?.(new DyadError(e.code, e.message, item.origin ?? e.origin));
      }
    }
  }
}
