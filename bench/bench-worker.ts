import { parentPort, workerData } from 'node:worker_threads';
import { loadResources, type Article } from '../src/api.js';
import { codeShared, warmUp } from './code-loop.js';

/**
 * One benchmark worker thread: loads resources once, warms up (`warmup` whole passes), says "ready", then, each time the main thread says
 * "go", codes articles taken from the shared list one at a time (an atomic counter hands out the next index, so
 * threads that run faster simply take more), answering with its pass result.
 */
/** `warmup`: whole passes over the articles before "ready" (0: the first 20 articles only). */
const { articles, warmup, next } = workerData as { articles: Article[]; warmup: number; next: SharedArrayBuffer };
const counter = new Int32Array(next);
const res = loadResources();
warmUp(articles, res, warmup);
parentPort!.on('message', (msg: string) => {
  if (msg === 'go') parentPort!.postMessage(codeShared(articles, res, counter));
  else if (msg === 'stop') parentPort!.close();
});
parentPort!.postMessage('ready');
