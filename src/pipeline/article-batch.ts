import type { CodedArticle } from '../core/types.js';
import type { IngestProgress } from './ingest.js';
import type { PutMeta, Store } from '../store/store.js';

/**
 * Coded articles waiting to be stored together: committed as one transaction when `size` articles wait or the
 * oldest has waited `maxWaitMs`. Counts stored and skipped (already stored) articles into the progress record.
 */
export class ArticleBatch {
  private items: Array<{ article: CodedArticle; meta: PutMeta }> = [];
  private startedAt = 0;
  constructor(private readonly store: Store, private readonly progress: IngestProgress, private readonly size = 32, private readonly maxWaitMs = 2000) {}

  /** Adds one article; stores the batch when it is full or old enough. */
  async add(article: CodedArticle, meta: PutMeta): Promise<void> {
    if (!this.items.length) this.startedAt = performance.now();
    this.items.push({ article, meta });
    await this.flushIfDue();
  }

  /** Stores the batch when it is full or its oldest article has waited long enough. */
  async flushIfDue(): Promise<void> {
    if (this.items.length >= this.size || (this.items.length && performance.now() - this.startedAt >= this.maxWaitMs)) await this.flush();
  }

  /** Stores what is waiting, in one transaction. */
  async flush(): Promise<void> {
    if (!this.items.length) return;
    const results = await this.store.putArticles(this.items);
    for (const r of results) if (r.status === 'inserted') this.progress.stored++; else this.progress.skipped++;
    this.items = [];
  }
}
