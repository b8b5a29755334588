/**
 * A worker thread of `dyad ingest --workers N`: loads the resources once, then codes every article it is sent.
 * Messages in: { seq, article, defaultDate }; out: { seq, json } (the coded article as JSON text) or { seq, error }.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { codeArticle, loadResources, type ResourceOptions } from '../api.js';
import type { CodeRequest, CodeResponse } from './code-pool.js';

const port = parentPort!;
try {
  const res = loadResources(workerData as ResourceOptions);
  port.postMessage({ seq: -1 } satisfies CodeResponse);
  port.on('message', (m: CodeRequest) => {
    let out: CodeResponse;
    try {
      out = { seq: m.seq, json: JSON.stringify(codeArticle(m.article, res, { defaultDate: m.defaultDate })) };
    } catch (e) {
      out = { seq: m.seq, error: { code: (e as { code?: string }).code ?? 'E_CODE', message: (e as Error).message } };
    }
    port.postMessage(out);
  });
} catch (e) {
  port.postMessage({ seq: -1, error: { code: (e as { code?: string }).code ?? 'E_RESOURCES', message: (e as Error).message } } satisfies CodeResponse);
}
