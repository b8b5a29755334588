import { DyadError } from '../core/errors.js';
import type { CodeOptions } from '../core/doc.js';
import type { Article, CodedArticle, IngestItem, SourcedArticle } from '../core/types.js';
import type { Resources } from '../resources/resources.js';
import { contentHash } from '../store/article-meta.js';
import type { Store } from '../store/store.js';
import { ArticleBatch } from './article-batch.js';
import { codeArticleAsync } from './code-article.js';

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
 * What codes the articles of an ingest: this thread (`threadCoder`), a pool of worker threads (`CodePool`), or
 * anything else that turns an article into its contract JSON. `concurrency`: how many articles may be in flight at
 * once (1: one after the other).
 */
export interface Coder {
  readonly concurrency: number;
  code(article: Article, defaultDate?: string): Promise<CodedArticle>;
}

/** Codes on this thread, one article at a time. */
export function threadCoder(res: Resources, opts: Omit<CodeOptions, 'defaultDate'> = {}): Coder {
  return { concurrency: 1, code: (article, defaultDate) => codeArticleAsync(article, res, { ...opts, defaultDate }) };
}

type Pending =
  | { kind: 'failed'; error: DyadError }
  | { kind: 'skip'; item: SourcedArticle }
  | { kind: 'code'; item: SourcedArticle; coded: Promise<CodedArticle> };

/**
 * Codes and stores every article of `items`, skipping those already stored (same id or content hash), in input
 * order. Up to `coder.concurrency` articles are coded at once; articles are committed in batches, each one
 * transaction, so an interrupted run leaves only whole articles and running it again resumes where it stopped. A
 * coding failure that is the input's (DyadError) is counted and reported with the article's origin; any other is thrown.
 */
export async function ingestArticles(items: AsyncIterable<IngestItem>, store: Store, coder: Coder, opts: IngestOptions = {}): Promise<IngestProgress> {
  const t0 = performance.now();
  const p: IngestProgress = { read: 0, stored: 0, skipped: 0, failed: 0, sentences: 0, events: 0, elapsedMs: 0 };
  const batch = new ArticleBatch(store, p, Math.max(1, opts.batchSize ?? 32), opts.batchMs ?? 2000, opts.onError);
  const window = Math.max(1, coder.concurrency);
  const pending: Pending[] = [];

  const settle = async (x: Pending): Promise<void> => {
    if (x.kind === 'failed') {
      p.failed++;
      opts.onError?.(x.error);
      return;
    }
    p.read++; // read = stored + skipped + waiting in the batch, counted once settled
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
      await batch.add(coded, { source: opts.source }, x.item.origin);
    }
    await batch.flushIfDue();
    p.elapsedMs = performance.now() - t0;
    opts.onProgress?.(p, x.item);
    // let signals (Ctrl-C), timers and output through between articles: coding on this thread does not yield
    await new Promise<void>((resolve) => setImmediate(resolve));
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
        const coded = coder.code(article, opts.defaultDate);
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
