/**
 * Load benchmark of the query API with autocannon (not a test): builds (or reuses) a synthetic 100,000-event store,
 * starts `dyad serve` on it in its own process, and drives it on loopback from this process with C connections for
 * S seconds, cycling through the page's queries. Prints requests/s, latency percentiles, errors and non-2xx answers.
 * Run: `npx tsc -p . && node dist/bench/http-autocannon.js [seconds=15] [connections=16] [STORE.sqlite]`
 * (a STORE path that exists is reused; one that does not is built there and kept).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { fillStore } from './synthetic-corpus.js';
import { QUERIES } from './http-queries.js';

interface Histogram { average: number; p50: number; p90: number; p99: number; max: number }
interface Result { requests: Histogram & { total: number; mean: number }; latency: Histogram; errors: number; timeouts: number; non2xx: number; duration: number }
type Autocannon = (opts: Record<string, unknown>) => Promise<Result>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const SECONDS = Number(process.argv[2] ?? 15);
const CONNECTIONS = Number(process.argv[3] ?? 16);
const KEEP = process.argv[4];
const ROOT = path.resolve(import.meta.dirname, '../..');

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-autocannon-'));
  const file = KEEP ?? path.join(dir, 'load.sqlite');
  if (!fs.existsSync(file)) {
    const store = openSqliteStore(file);
    await fillStore(store, 100_000);
    await store.close();
  }
  const check = openSqliteStore(file);
  const counts = await check.counts();
  await check.close();

  const server = spawn(process.execPath, [path.join(ROOT, 'bin/dyad.js'), 'serve', '--db', file, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const look = (d: Buffer): void => { out += d.toString(); const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out); if (m) resolve(m[0]); };
    server.stdout.on('data', look);
    server.stderr.on('data', look);
    server.on('exit', (c) => reject(new Error(`dyad serve exited (${c}): ${out}`)));
  });
  try {
    // Warm-up, then the measured run.
    await autocannon({ url, connections: 4, duration: 2, requests: QUERIES.map((p) => ({ method: 'GET', path: p })) });
    const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, requests: QUERIES.map((p) => ({ method: 'GET', path: p })) });
    const ms = (x: number): string => `${x.toFixed(1)} ms`;
    console.log(`store: ${counts.events} events, ${counts.articles} articles (${file})`);
    console.log(`autocannon: ${CONNECTIONS} connections, ${r.duration.toFixed(0)} s, ${QUERIES.length} queries in rotation; node ${process.version}, ${os.cpus().length} cores (${os.loadavg()[0]!.toFixed(1)} load)`);
    console.log(`requests/s: mean ${r.requests.mean.toFixed(0)}, total ${r.requests.total}`);
    console.log(`latency: mean ${ms(r.latency.average)}, p50 ${ms(r.latency.p50)}, p90 ${ms(r.latency.p90)}, p99 ${ms(r.latency.p99)}, max ${ms(r.latency.max)}`);
    console.log(`errors: ${r.errors}, timeouts: ${r.timeouts}, non-2xx: ${r.non2xx}`);
    if (r.errors || r.timeouts || r.non2xx) process.exitCode = 1;
  } finally {
    server.kill('SIGTERM');
    if (!KEEP) fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
