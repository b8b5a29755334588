/**
 * `npm run bench:watch` (not in CI): dyad watch over 1,000 loopback feeds of 20 items each.
 *
 *   phase 1  every feed due at once: items polled per second and articles coded per second until all 20,000 are
 *            stored; peak RSS.
 *   phase 2  a soak at one poll per feed per minute (mostly 304s; the server adds an item somewhere every 2 s, so a
 *            little is coded all along): RSS sampled every 30 s; the figure is the last sample against the first one
 *            after a warm-up minute.
 *
 * Environment: FEEDS (1000), ITEMS (20), SOAK_MINUTES (30), CONCURRENCY (16). Writes a JSON report to
 * bench/results/watch.json and prints it.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadResources } from '../src/resources/resources.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { iso, systemClock } from '../src/watch/clock.js';
import { Watcher } from '../src/watch/watcher.js';

const FEEDS = Number(process.env.FEEDS ?? 1000);
const ITEMS = Number(process.env.ITEMS ?? 20);
const SOAK_MIN = Number(process.env.SOAK_MINUTES ?? 30);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 16);
const here = path.dirname(fileURLToPath(import.meta.url));
const mb = (b: number): number => Math.round(b / 2 ** 20);
const rss = (): number => mb(process.memoryUsage().rss);

const server = fork(path.join(here, 'watch-feed-server.js'), [], { env: { ...process.env, FEEDS: String(FEEDS), ITEMS: String(ITEMS) }, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
const info = await new Promise<{ url: string }>((resolve) => server.stdout!.once('data', (d) => resolve(JSON.parse(String(d)) as { url: string })));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-watch-bench-'));
const store = openSqliteStore(path.join(dir, 'bench.sqlite'));
const resources = loadResources();
const errors: string[] = [];
const watcher = new Watcher({
  store, resources, clock: systemClock, concurrency: CONCURRENCY, perHost: CONCURRENCY, fetchPages: false, bounds: { min: 60, max: 60 },
  sinks: [], onError: (e) => { if (errors.length < 20) errors.push(e.message); },
});
await store.addFeeds(Array.from({ length: FEEDS }, (_, f) => `${info.url}/feed/${f}.rss`), iso(Date.now()), 60);
const stop = new AbortController();
const running = watcher.run(stop.signal);

// phase 1: everything new
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const load0 = os.loadavg();
while (watcher.stats.stored + watcher.stats.skipped + watcher.stats.failed < FEEDS * ITEMS) await new Promise((r) => setTimeout(r, 200));
const secs = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const phase1 = {
  feeds: FEEDS, items: FEEDS * ITEMS, seconds: Math.round(secs * 10) / 10, polls: watcher.stats.polls,
  itemsPolledPerSecond: Math.round((watcher.stats.itemsNew + watcher.stats.itemsSeen) / secs), articlesCodedPerSecond: Math.round(watcher.stats.stored / secs),
  events: watcher.stats.events, cpuSeconds: Math.round((cpu.user + cpu.system) / 1e5) / 10, peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
  loadAverage: load0.map((x) => Math.round(x * 10) / 10),
};
console.error(`phase 1: ${JSON.stringify(phase1)}`);

// phase 2: soak
const samples: { minute: number; rssMb: number; heapMb: number; polls: number; stored: number }[] = [];
const s0 = performance.now();
const polls0 = watcher.stats.polls;
while ((performance.now() - s0) / 60_000 < SOAK_MIN) {
  await new Promise((r) => setTimeout(r, 30_000));
  samples.push({ minute: Math.round((performance.now() - s0) / 6000) / 10, rssMb: rss(), heapMb: mb(process.memoryUsage().heapUsed), polls: watcher.stats.polls - polls0, stored: watcher.stats.stored });
  console.error(`soak: ${JSON.stringify(samples.at(-1))}`);
}
stop.abort();
await running;
const first = samples.find((s) => s.minute >= 1) ?? samples[0]!;
const last = samples.at(-1)!;
// RSS swings with garbage collection: compare the first and last 5-minute windows (mean and highest sample)
const win = (from: number, to: number) => samples.filter((s) => s.minute > from && s.minute <= to).map((s) => s.rssMb);
const avg = (xs: number[]): number => Math.round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length));
const head = win(0, Math.min(5, SOAK_MIN / 2));
const tail = win(Math.max(SOAK_MIN - 5, SOAK_MIN / 2), SOAK_MIN + 1);
const report = {
  command: 'npm run bench:watch', date: new Date().toISOString(), node: process.version, cpus: os.cpus().length,
  phase1,
  soak: {
    minutes: SOAK_MIN, pollsPerMinute: Math.round(((last.polls) / (last.minute || 1))), rssFirstMb: first.rssMb, rssLastMb: last.rssMb,
    rssChange: Math.round(((last.rssMb - first.rssMb) / first.rssMb) * 1000) / 10 + '%', maxRssMb: Math.max(...samples.map((s) => s.rssMb)),
    rssFirstWindowMeanMb: avg(head), rssLastWindowMeanMb: avg(tail), rssWindowChange: Math.round(((avg(tail) - avg(head)) / avg(head)) * 1000) / 10 + '%',
    rssFirstWindowMaxMb: Math.max(...head), rssLastWindowMaxMb: Math.max(...tail),
    heapFirstMb: first.heapMb, heapLastMb: last.heapMb, stored: last.stored - phase1.items, loadAverageEnd: os.loadavg().map((x) => Math.round(x * 10) / 10),
  },
  samples, errors,
};
await watcher.close();
await store.close();
server.kill();
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(path.join(here, '../../bench/results'), { recursive: true });
fs.writeFileSync(path.join(here, '../../bench/results/watch.json'), JSON.stringify(report, null, 2) + '\n');
console.log(JSON.stringify(report, null, 2));
