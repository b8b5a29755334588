import type { DyadError } from '../core/errors.js';
import type { SourcedArticle } from '../core/types.js';
import type { Resources } from '../resources/resources.js';
import { ingestArticles, threadCoder } from '../api.js';
import type { Store } from '../store/store.js';

export interface WatchIngestResult {
  /** Articles coded and stored now. */
  stored: number;
  /** Already in the store (same id or same text): not coded again. */
  skipped: number;
  failed: number;
  events: number;
}

/**
 * The one place `dyad watch` hands articles to the ingest path of `dyad ingest` (`ingestArticles`: skip what is
 * stored, code on this thread, store in one transaction per batch), through the programmatic entry (src/api.ts).
 * Returns when every article is committed.
 */
export async function ingestWatched(articles: SourcedArticle[], store: Store, resources: Resources, onError: (e: DyadError) => void): Promise<WatchIngestResult> {
  if (!articles.length) return { stored: 0, skipped: 0, failed: 0, events: 0 };
  async function* items() {
    for (const value of articles) yield { ok: true as const, value };
  }
  const p = await ingestArticles(items(), store, threadCoder(resources), { batchSize: Math.min(articles.length, 32), onError });
  return { stored: p.stored, skipped: p.skipped, failed: p.failed, events: p.events };
}
