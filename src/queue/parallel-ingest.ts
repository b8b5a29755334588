import { DyadError } from '../core/errors.js';
import type { CodedArticle, SourcedArticle } from '../core/types.js';
import type { IngestItem } from '../stages/ingest/read-inputs.js';
import { contentHash } from '../store/article-meta.js';
import type { IngestOptions, IngestProgress } from '../store/ingest.js';
import { ArticleBatch } from '../store/article-batch.js';
import type { Store } from '../store/store.js';
import type { CodePool } from './code-pool.js';

type Pending =
  | { kind: 'failed'; error: DyadError }
  | { kind: 'skip'; item: SourcedArticle }
  | { kind: 'code'; item: SourcedArticle; coded: Promise<CodedArticle> };

/**
 * `ingestArticles` with the coding spread over the threads of `pool`: the main thread reads, skips what is stored,
 * and stores the coded articles in input order, in batches of `batchSize` per transaction as ingestArticles does
 * (so an interrupted run leaves whole articles and a re-run resumes). At most
 * `8 × threads` articles are in flight, so memory stays bounded on any corpus size.
 */
export async function ingestArticlesParallel(items: AsyncIterable<IngestItem>, store: Store, pool: CodePool, opts: IngestOptions = {}): Promise<IngestProgress> {
  const t0 = performance.now();
  const p: IngestProgress = { read: 0, stored: 0, skipped: 0, failed: 0, sentences: 0, events: 0, elapsedMs: 0 };
  const window = pool.size * 8;
  const pending: Pending[] = [];

  const batch = new ArticleBatch(store, p, Math.max(1, opts.batchSize ?? 32), opts.batchMs ?? 2000);

  const settle = async (x: Pending): Promise<void> => {
    if (x.kind === 'failed') {
      p.failed++;
      opts.onError?.(x.error);
      return;
    }
    p.read++; // as in ingestArticles: read = stored + skipped + waiting in the batch, counted once settled
    if (x.kind === 'skip') {
      p.skipped++;
    } else {
      let coded: CodedArticle;
      try {
        coded = await x.coded;
      } catch (e) {
        if (!(e instanceof DyadError)) throw e;
        p.read--;
        p.failed++;
        opts.onError?.(new DyadError(e.code, e.message, x.item.origin));
        return;
      }
      p.sentences += coded.sentences.length;
      p.events += coded.events.length;
      await batch.add(coded, { source: opts.source });
    }
    await batch.flushIfDue();
    p.elapsedMs = performance.now() - t0;
    opts.onProgress?.(p, x.item);
  };

  for await (const item of items) {
    if (opts.signal?.aborted) break;
    if (!item.ok) {
      pending.push({ kind: 'failed', error: item.error });
    } else {
      const { article } = item.value;
      if (await store.hasArticle(article.id, contentHash(article.text))) {
        pending.push({ kind: 'skip', item: item.value });
      } else {
        const coded = pool.code(article, opts.defaultDate);
        coded.catch(() => undefined); // handled in order by settle()
        pending.push({ kind: 'code', item: item.value, coded });
      }
    }
    while (pending.length >= window && !opts.signal?.aborted) await settle(pending.shift()!);
  }
  // On Ctrl-C the articles still in flight are dropped, not stored (a re-run codes them again); the batch in hand is stored.
  while (pending.length && !opts.signal?.aborted) await settle(pending.shift()!);
  await batch.flush();
  p.elapsedMs = performance.now() - t0;
  return p;
}
