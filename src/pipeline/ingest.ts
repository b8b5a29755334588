import { DyadError } from '../core/errors.js';
import type { CodeOptions } from '../core/doc.js';
import type { Article, CodedArticle, IngestItem, SourcedArticle } from '../core/types.js';
import type { Resources } from '../resources/resources.js';
import { contentHash } from '../store/article-meta.js';
import type { Store } from '../store/store.js';
import { ArticleBatch, hashKey, idKey } from './article-batch.js';
import { codeArticleAsync } from './code-article.js';

export interface IngestProgress {
  /** Articles read so far (stored + skipped + waiting in the current batch). */
  read: number;
  stored: number;
  /** Already in the store (same id or same content hash). */
  skipped: number;
  failed: number;
  /** Sentences and events of the stored articles. */
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
  /** The same id or text as an earlier article not yet stored: decided once that one is (skipped, or coded if it failed). */
  | { kind: 'again'; item: SourcedArticle; hash: string }
  | { kind: 'code'; item: SourcedArticle; keys: readonly string[]; coded: Promise<CodedArticle> };

/**
 * Codes and stores every article of `items`, skipping those already stored (same id or content hash), in input
 * order. Up to `coder.concurrency` articles are coded at once; articles are committed in batches, each one
 * transaction, so an interrupted run leaves only whole articles and running it again resumes where it stopped. An
 * article repeating one read earlier in the run (same id or text) is skipped as if that one had been stored before it
 * was read, whenever its batch is committed, so what is stored and counted is the same at any speed and concurrency.
 * A coding failure that is the input's (DyadError) is counted and reported with the article's origin; any other is thrown.
 */
export async function ingestArticles(items: AsyncIterable<IngestItem>, store: Store, coder: Coder, opts: IngestOptions = {}): Promise<IngestProgress> {
  const t0 = performance.now();
  const p: IngestProgress = { read: 0, stored: 0, skipped: 0, failed: 0, sentences: 0, events: 0, elapsedMs: 0 };
  const batch = new ArticleBatch(store, p, Math.max(1, opts.batchSize ?? 32), opts.batchMs ?? 2000, opts.onError);
  const window = Math.max(1, coder.concurrency);
  const pending: Pending[] = [];
  /** idKey and hashKey of the articles being coded (pending 'code'), with how many of them carry each. */
  const coding = new Map<string, number>();
  const release = (keys: readonly string[]): void => {
    for (const k of keys) { const n = coding.get(k)! - 1; if (n) coding.set(k, n); else coding.delete(k); }
  };

  const settle = async (x: Pending): Promise<void> => {
    if (x.kind === 'failed') {
      p.failed++;
      opts.onError?.(x.error);
      return;
    }
    p.read++; // read = stored + skipped + waiting in the batch, counted once settled
    let coded: Promise<CodedArticle> | undefined;
    if (x.kind === 'code') {
      release(x.keys);
      coded = x.coded;
    } else if (x.kind === 'again') {
      // the earlier article is settled by now: stored, waiting in the batch (stored now), or failed
      const { article } = x.item;
      if (batch.holds(article.id, x.hash)) await batch.flush();
      if (!(await store.hasArticle(article.id, x.hash))) coded = coder.code(article, opts.defaultDate);
    }
    if (coded === undefined) {
      p.skipped++;
    } else {
      let c: CodedArticle;
      try {
        c = await coded;
      } catch (e) {
        if (!(e instanceof DyadError)) throw e;
        p.read--;
        p.failed++;
        opts.onError?.(new DyadError(e.code, e.message, x.item.origin));
        return;
      }
      await batch.add(c, { source: opts.source }, x.item.origin);
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
      const hash = contentHash(article.text);
      const keys = [idKey(article.id), hashKey(hash)];
      if (keys.some((k) => coding.has(k)) || batch.holds(article.id, hash)) {
        pending.push({ kind: 'again', item: item.value, hash });
      } else if (await store.hasArticle(article.id, hash)) {
        pending.push({ kind: 'skip', item: item.value });
      } else {
        const coded = coder.code(article, opts.defaultDate);
        coded.catch(() => undefined); // handled in order by settle()
        for (const k of keys) coding.set(k, (coding.get(k) ?? 0) + 1);
        pending.push({ kind: 'code', item: item.value, keys, coded });
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
