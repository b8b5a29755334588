/**
 * Store benchmark (not a test): builds a synthetic corpus of 100,000 events in a fresh SQLite file, then times
 * the dyad time-series and network queries the page and the API run. Run: `npx tsc -p . && node dist/bench/store-bench.js [events]`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { fillStore } from './synthetic-corpus.js';

const EVENTS = Number(process.argv[2] ?? 100_000);

async function main(): Promise<void> {
  // An optional second argument keeps the database at that path and reuses it on the next run.
  const keep = process.argv[3];
  const dir = keep ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-bench-'));
  const file = keep ?? path.join(dir!, 'bench.sqlite');
  let store = openSqliteStore(file);
  const loadS = await fillStore(store, EVENTS);
  // Reopen as `dyad serve` would: closing refreshes the planner statistics.
  await store.close();
  store = openSqliteStore(file);
  const c = await store.counts();
  if (loadS > 1) console.log(`stored ${c.events} events in ${c.articles} articles (${c.entities} entities, ${c.clusters} clusters) in ${loadS.toFixed(1)} s: ${Math.round((c.events ?? 0) / loadS)} events/s, one transaction per article`);
  console.log(`database ${(fs.statSync(file).size / 1e6).toFixed(1)} MB`);
  const results: Record<string, number> = {};
  const q = async (label: string, f: () => Promise<unknown>) => {
    const ms: number[] = [];
    await f();
    for (let i = 0; i < 7; i++) { const t = performance.now(); await f(); ms.push(performance.now() - t); }
    ms.sort((a, b) => a - b);
    results[label] = ms[3]!;
    console.log(`${label.padEnd(60)} median ${ms[3]!.toFixed(1)} ms   max ${ms.at(-1)!.toFixed(1)} ms`);
  };
  await q('time series USA-CHN per day (both directions)', () => store.timeSeries({ source: 'USA', target: 'CHN', interval: 'day', both: true }));
  await q('time series USA->CHN per week', () => store.timeSeries({ source: 'USA', target: 'CHN', interval: 'week' }));
  await q('time series USA->RUS per month, 2020', () => store.timeSeries({ source: 'USA', target: 'RUS', interval: 'month', from: '2020-01-01', to: '2020-12-31' }));
  await q('time series USA (any target) per month', () => store.timeSeries({ source: 'USA', interval: 'month' }));
  await q('network, whole period (all edges)', () => store.network({ limit: 10_000 }));
  await q('network, top 500 edges', () => store.network({}));
  await q('network, one month', () => store.network({ from: '2020-03-01', to: '2020-03-31' }));
  await q('network around CHN', () => store.network({ actor: 'CHN' }));
  await q('events of USA->CHN, first page', () => store.events({ source: 'USA', target: 'CHN' }));
  await store.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  const worst = Math.max(...Object.values(results));
  console.log(`slowest query: ${worst.toFixed(1)} ms (target < 200 ms)`);
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
