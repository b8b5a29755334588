/**
 * Load benchmark of the query API (not a test): serves a synthetic 100,000-event store on loopback and runs a mix of
 * page queries (dyad time series, network of a month, network around an actor, a page of events, search) from C
 * concurrent keep-alive clients for S seconds. Prints requests/s, latency percentiles and errors.
 * Run: `npx tsc -p . && node dist/bench/http-load.js [seconds=10] [clients=16] [KEEP.sqlite]`.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { serve } from '../src/http/server.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { fillStore } from './synthetic-corpus.js';
import { QUERIES } from './http-queries.js';

const SECONDS = Number(process.argv[2] ?? 10);
const CLIENTS = Number(process.argv[3] ?? 16);
const KEEP = process.argv[4];

function get(agent: http.Agent, port: number, p: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: p, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
  });
}

async function main(): Promise<void> {
  const dir = KEEP ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-load-'));
  const file = KEEP ?? path.join(dir!, 'load.sqlite');
  let store = openSqliteStore(file);
  await fillStore(store, 100_000);
  await store.close();
  store = openSqliteStore(file);
  const srv = await serve(store, { port: 0 });
  const port = (srv.server.address() as { port: number }).port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + SECONDS * 1000;
  let i = 0;
  await Promise.all(Array.from({ length: CLIENTS }, async () => {
    while (performance.now() < until) {
      const q = QUERIES[i++ % QUERIES.length]!;
      const t = performance.now();
      try {
        if ((await get(agent, port, q)) !== 200) errors++;
      } catch { errors++; }
      latencies.push(performance.now() - t);
    }
  }));
  agent.destroy();
  await srv.close();
  await store.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!.toFixed(1);
  console.log(`${latencies.length} requests in ${SECONDS} s from ${CLIENTS} clients over 100,000 events: ${(latencies.length / SECONDS).toFixed(0)} requests/s`);
  console.log(`latency p50 ${pct(0.5)} ms, p90 ${pct(0.9)} ms, p99 ${pct(0.99)} ms, max ${latencies.at(-1)!.toFixed(1)} ms; errors ${errors}`);
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
