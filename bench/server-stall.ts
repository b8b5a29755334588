/**
 * How long `dyad serve`'s event loop stalls while hostile articles are posted (issue 20: GET /api/stats within 200 ms
 * while a hostile POST /api/articles is coded). In one process: the server on a fresh SQLite file, each text case of
 * bench/hostile-cases.ts posted at a scale while GET /api/stats is asked every 20 ms; printed: the POST's time, the
 * stats answers during it (slowest, 90th percentile, how many over 200 ms) and the event loop's longest delay
 * (perf_hooks.monitorEventLoopDelay). `--compare` alternates each case with the store written on the server's own
 * thread (as before the coding thread stored articles), so the two can be compared under the same load.
 *   npx tsc -p . && node dist/bench/server-stall.js [--scale 3] [--cases a,b] [--compare]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { ArticleCoder } from '../src/http/article-coder.js';
import { serve } from '../src/http/server.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { hostileCase } from './hostile-cases.js';

const arg = (name: string, dflt: string): string => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1]! : dflt; };
const scale = Number(arg('scale', '3'));
const cases = arg('cases', 'long-token,equals-line,said-quote,criticized-and,accused-comma,distinct-names').split(',');
const compare = process.argv.includes('--compare');
const TOKEN = 'bench-token-0123456789abcdef';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-stall-'));

async function one(name: string, storeOnMain: boolean): Promise<string> {
  const store = openSqliteStore(path.join(dir, `${name}-${storeOnMain ? 'main' : 'thread'}.sqlite`));
  // the server stores from the coding thread when the store names a file for it; without, on its own thread
  if (storeOnMain) store.threadWriter = () => undefined;
  const srv = await serve(store, { port: 0, allowWrite: true, token: TOKEN, coder: () => new ArticleCoder() });
  const post = async (body: unknown): Promise<{ results: { status: string }[] }> => (await fetch(`${srv.url}/api/articles`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(body),
  })).json() as Promise<{ results: { status: string }[] }>;
  try {
    await post({ id: 'warm', text: 'China criticized Japan on Monday.' }); // the coding thread loads its resources
    const text = hostileCase(name).make(scale).toString('utf8');
    const h = monitorEventLoopDelay({ resolution: 5 });
    h.enable();
    let open = true;
    const t0 = performance.now();
    const posted = post({ id: name, text }).finally(() => { open = false; });
    const lat: number[] = [];
    while (open) { // every request started while the POST was open, answered after it or not
      const t = performance.now();
      await (await fetch(`${srv.url}/api/stats`)).json();
      lat.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
    const status = (await posted).results[0]!.status;
    const postS = (performance.now() - t0) / 1000;
    h.disable();
    lat.sort((a, b) => a - b);
    const ms = (x: number | undefined): string => (x === undefined ? '-' : String(Math.round(x)));
    return `| ${name} | ${storeOnMain ? 'server thread' : 'coding thread'} | ${text.length.toLocaleString('en')} | ${postS.toFixed(1)} | ${status} | ${lat.length} | `
      + `${ms(lat[Math.floor(lat.length * 0.9)])} | ${ms(lat.at(-1))} | ${lat.filter((x) => x > 200).length} | ${ms(h.max / 1e6)} |`;
  } finally {
    await srv.close();
    await store.close();
  }
}

console.log(`server-stall  ${new Date().toISOString()}  node ${process.version}  ${os.cpus().length} cores  load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}  scale ${scale}`);
console.log('\n| case | article stored by | characters | POST s | result | GET /api/stats during it | p90 ms | slowest ms | over 200 ms | event loop longest delay ms |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const name of cases) {
  console.log(await one(name, false));
  if (compare) console.log(await one(name, true));
}
console.log(`\nload average at the end ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
fs.rmSync(dir, { recursive: true, force: true });
