import { parentPort, workerData } from 'node:worker_threads';
import { loadResources, type Article } from '../src/api.js';
import { codePass } from './code-loop.js';

/**
 * One benchmark worker thread: loads resources once, warms up, says "ready", then codes its share of the
 * articles each time the main thread says "go", answering with the pass result.
 */
const { articles, warmup } = workerData as { articles: Article[]; warmup: number };
const res = loadResources();
codePass(articles.slice(0, warmup), res);
parentPort!.on('message', (msg: string) => {
  if (msg === 'go') parentPort!.postMessage(codePass(articles, res));
  else if (msg === 'stop') parentPort!.close();
});
parentPort!.postMessage('ready');
