import { DyadError } from '../core/errors.js';
import type { SourcedArticle } from '../core/types.js';
import { codeArticle } from '../pipeline/code-article.js';
import type { Resources } from '../resources/resources.js';
import type { IngestItem } from '../stages/ingest/read-inputs.js';
import { contentHash } from './article-meta.js';
import { ArticleBatch } from './article-batch.js';
import type { Store } from './store.js';

export interface IngestProgress {
  /** Articles read so far (stored + skipped + waiting in the current batch). */
  read: number;
  stored: number;
  /** Already in the store (same id or same content hash). */
  skipped: number;
  failed: number;
  sentences: number;
  events: number;
  elapsedMs: number;
}

export interface IngestOptions {
  /** Publication date for articles that have none (YYYY-MM-DD). */
  defaultDate?: string;
  /** Outlet name stored with every article (else the URL's host). */
  source?: string;
  onProgress?: (p: IngestProgress, item: SourcedArticle) => void;
  onError?: (e: DyadError) => void;
  /** Stops after the articles in hand are stored (Ctrl-C): everything read before is stored, nothing after. */
  signal?: AbortSignal;
  /** Articles per transaction (default 32; 1 = one transaction per article). */
  batchSize?: number;
  /** Longest an article waits in a batch before it is committed, in ms (default 2000). */
  batchMs?: number;
}

/**
 * Codes and stores every article of `items`, skipping those already stored. Articles are committed in small batches,
 * each one transaction: an interrupted run leaves only whole articles, and running it again resumes where it stopped.
 */
export async function ingestArticles(items: AsyncIterable<IngestItem>, store: Store, res: Resources, opts: IngestOptions = {}): Promise<IngestProgress> {
  const t0 = performance.now();
  const p: IngestProgress = { read: 0, stored: 0, skipped: 0, failed: 0, sentences: 0, events: 0, elapsedMs: 0 };
  const batch = new ArticleBatch(store, p, Math.max(1, opts.batchSize ?? 32), opts.batchMs ?? 2000);
  for await (const item of items) {
    if (opts.signal?.aborted) break;
    if (!item.ok) {
      p.failed++;
      opts.onError?.(item.error);
      continue;
    }
    const { article } = item.value;
    p.read++;
    if (await store.hasArticle(article.id, contentHash(article.text))) {
      p.skipped++;
    } else {
      let coded;
      try {
        coded = codeArticle(article, res, { defaultDate: opts.defaultDate });
      } catch (e) {
        // over its time budget (E_BUDGET): one error naming the input, the next article goes on
        if (!(e instanceof DyadError)) throw e;
        p.read--;
        p.failed++;
        opts.onError?.(new DyadError(e.code, e.message, item.value.origin));
        continue;
      }
      p.sentences += coded.sentences.length;
      p.events += coded.events.length;
      await batch.add(coded, { source: opts.source });
    }
    await batch.flushIfDue();
    p.elapsedMs = performance.now() - t0;
    opts.onProgress?.(p, item.value);
    // Let signals (Ctrl-C), timers and output through between articles: coding is synchronous.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await batch.flush();
  p.elapsedMs = performance.now() - t0;
  return p;
}
