import { DyadError } from '../core/errors.js';
import { isTransientPgError } from '../store/postgres/postgres-store.js';
import type { IngestItem } from '../core/types.js';
import { contentHash } from '../store/article-meta.js';
import type { Store } from '../store/store.js';
import type PgBoss from 'pg-boss';
import { enqueueArticle, type EnqueueOptions } from './article-queue.js';

export interface EnqueueProgress {
  read: number;
  queued: number;
  /** A job for this article id is already in the queue. */
  alreadyQueued: number;
  /** The article (same id or same text) is already in the store. */
  alreadyStored: number;
  failed: number;
  elapsedMs: number;
}

export interface EnqueueAllOptions extends EnqueueOptions {
  defaultDate?: string;
  source?: string;
  onError?: (e: DyadError) => void;
  onProgress?: (p: EnqueueProgress) => void;
}

/** `dyad ingest --enqueue`: one job per article read (articles already stored or queued are left out). */
export async function enqueueArticles(items: AsyncIterable<IngestItem>, boss: PgBoss, store: Store, opts: EnqueueAllOptions = {}): Promise<EnqueueProgress> {
  const t0 = performance.now();
  const p: EnqueueProgress = { read: 0, queued: 0, alreadyQueued: 0, alreadyStored: 0, failed: 0, elapsedMs: 0 };
  for await (const item of items) {
    if (!item.ok) {
      p.failed++;
      opts.onError?.(item.error);
      continue;
    }
    const { article } = item.value;
    p.read++;
    try {
      if (await store.hasArticle(article.id, contentHash(article.text))) p.alreadyStored++;
      else if (await enqueueArticle(boss, { article, defaultDate: opts.defaultDate, source: opts.source }, opts)) p.queued++;
      else p.alreadyQueued++;
    } catch (e) {
      if (!(e instanceof DyadError) || isTransientPgError(e)) throw e;
      p.failed++;
      opts.onError?.(new DyadError(e.code, e.message, item.value.origin));
    }
    p.elapsedMs = performance.now() - t0;
    opts.onProgress?.(p);
  }
  p.elapsedMs = performance.now() - t0;
  return p;
}
