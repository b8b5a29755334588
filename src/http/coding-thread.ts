/**
 * The worker thread of `dyad serve` that codes posted articles, so coding never blocks the server's event loop.
 * Loads the resources once; messages in: { seq, article, budgetMs }; out: { seq, json } or { seq, error }
 * (seq -1: ready, or the resources could not be loaded).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { codeArticle } from '../pipeline/code-article.js';
import { loadResources, type ResourceOptions } from '../resources/resources.js';
import type { CodingReply, CodingRequest } from './article-coder.js';

const port = parentPort!;
try {
  const res = loadResources(workerData as ResourceOptions);
  port.postMessage({ seq: -1 } satisfies CodingReply);
  port.on('message', (m: CodingRequest) => {
    let out: CodingReply;
    try {
      out = { seq: m.seq, json: JSON.stringify(codeArticle(m.article, res, { budgetMs: m.budgetMs })) };
    } catch (e) {
      out = { seq: m.seq, error: { code: (e as { code?: string }).code ?? 'E_CODE', message: (e as Error).message } };
    }
    port.postMessage(out);
  });
} catch (e) {
  port.postMessage({ seq: -1, error: { code: (e as { code?: string }).code ?? 'E_RESOURCES', message: (e as Error).message } } satisfies CodingReply);
}
