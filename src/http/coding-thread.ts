/**
 * The worker thread of `dyad serve` that codes posted articles, so coding never blocks the server's event loop.
 * Loads the resources once; messages in: { seq, article, budgetMs, store? } (seq -2: close the stores and end); out:
 * { seq, json } or, with `store`, { seq, put } (the article stored from here, over this thread's own connection, so
 * the store's write transaction does not block the server either), or { seq, error } (seq -1: ready, or the
 * resources could not be loaded).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { codeArticle } from '../pipeline/code-article.js';
import { loadResources, type ResourceOptions } from '../resources/resources.js';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { ThreadWriter } from '../store/store.js';
import type { CodingReply, CodingRequest } from './article-coder.js';

const port = parentPort!;
/** This thread's connections, one per file, opened on the first article stored there. */
const stores = new Map<string, SqliteStore>();

function storeFor(w: ThreadWriter): SqliteStore {
  let s = stores.get(w.file);
  if (!s) { s = openSqliteStore(w.file, w.options); stores.set(w.file, s); }
  return s;
}

type ReplyError = { code: string; message: string; phase: 'code' | 'store' };
const errorOf = (e: unknown, dflt: string, phase: 'code' | 'store'): ReplyError =>
  ({ code: (e as { code?: string }).code ?? dflt, message: (e as Error).message, phase });

async function answer(m: CodingRequest): Promise<CodingReply> {
  let store: SqliteStore | undefined;
  if (m.store) {
    try { store = storeFor(m.store); } catch (e) { return { seq: m.seq, error: errorOf(e, 'E_DB', 'store') }; }
  }
  let coded;
  try {
    coded = codeArticle(m.article, res, { budgetMs: m.budgetMs });
  } catch (e) {
    return { seq: m.seq, error: errorOf(e, 'E_CODE', 'code') };
  }
  if (!store) return { seq: m.seq, json: JSON.stringify(coded) };
  try {
    return { seq: m.seq, put: await store.putArticle(coded) };
  } catch (e) {
    return { seq: m.seq, error: errorOf(e, 'E_DB', 'store') };
  }
}

let res: ReturnType<typeof loadResources>;
try {
  res = loadResources(workerData as ResourceOptions);
  port.postMessage({ seq: -1 } satisfies CodingReply);
  // one article at a time: the coder sends the next one only after this one's answer
  port.on('message', (m: CodingRequest) => {
    if (m.seq === -2) {
      for (const s of stores.values()) void s.close();
      stores.clear();
      port.close();
      return;
    }
    void answer(m).then((out) => port.postMessage(out));
  });
} catch (e) {
  port.postMessage({ seq: -1, error: { code: (e as { code?: string }).code ?? 'E_RESOURCES', message: (e as Error).message } } satisfies CodingReply);
}
