import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ingestArticles, loadResources, openStore, readInputs, threadCoder, type IngestProgress, type Store } from '../src/api.js';
import { sharedDir } from '../src/eval/shared-dir.js';
import { CodePool } from '../src/queue/code-pool.js';
import { cpuMsSince } from './code-loop.js';
import { listFiles } from './corpus.js';

/**
 * `node dist/bench/ingest-scaling.js [--repeat N] [--workers N] [--warmup N]`: what `dyad ingest` does (read the
 * Wikinews CSVs, code, store in a new SQLite file) in the main thread alone (`--workers 1`), with a pool of 1 coding
 * thread and with a pool of N, runs interleaved; wall and process CPU time of each (resources and threads loaded
 * beforehand, not counted). The main thread reads and stores in every case. `--warmup` whole untimed rounds come
 * first (default 4): each worker isolate compiles the pipeline with its own JIT, and a thread of a pool of N sees only
 * 1/N of the corpus per round, so with one warm-up round V8's compiler threads still took ~0.6 s of CPU per timed
 * pass of the two-thread pool (per-thread CPU from /proc/self/task), against ~0.05 s once warm.
 */
const { values } = parseArgs({ options: { repeat: { type: 'string', default: '3' }, workers: { type: 'string', default: '2' }, warmup: { type: 'string', default: '4' }, shared: { type: 'string' } } });
const repeat = Number(values.repeat);
const warmup = Math.max(1, Number(values.warmup));
const n = Number(values.workers);
const files = listFiles(path.join(sharedDir(values.shared), 'data/wikinews/data'), '.csv');
if (!files.length) { console.log('skipped: no Wikinews corpus'); process.exit(0); }
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-ingest-bench-'));

async function run(label: string, ingest: (store: Store) => Promise<IngestProgress>): Promise<{ label: string; ms: number; cpuMs: number; p: IngestProgress }> {
  const file = path.join(dir, `${label.replace(/\W+/g, '-')}-${Date.now()}.sqlite`);
  const store = await openStore(file);
  try {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const p = await ingest(store);
    return { label, ms: performance.now() - t0, cpuMs: cpuMsSince(c0), p };
  } finally {
    await store.close();
    fs.rmSync(file, { force: true });
  }
}

const res = loadResources();
const one = new CodePool(1);
const many = new CodePool(n);
try {
  await Promise.all([one.ready(), many.ready()]);
  const runs: Record<string, Array<Awaited<ReturnType<typeof run>>>> = {};
  const add = (r: Awaited<ReturnType<typeof run>>): void => { (runs[r.label] ??= []).push(r); };
  console.log(`ingest scaling: Wikinews (${files.length} files), repeat ${repeat}, warm-up rounds ${warmup}, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}, node flags: ${process.execArgv.join(' ') || 'none'}`);
  for (let r = 1 - warmup; r <= repeat; r++) { // rounds up to 0 warm up
    const out = [await run('main thread', (s) => ingestArticles(readInputs(files), s, threadCoder(res))),
      await run('1 coding thread', (s) => ingestArticles(readInputs(files), s, one)),
      await run(`${n} coding threads`, (s) => ingestArticles(readInputs(files), s, many))];
    if (r > 0) out.forEach(add);
  }
  const best = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, v.reduce((a, b) => (b.ms < a.ms ? b : a))]));
  const base = best['1 coding thread']!;
  for (const b of Object.values(best)) {
    console.log(`  ${b.label.padEnd(18)} ${b.p.stored} stored, ${b.p.sentences} sentences: ${b.ms.toFixed(0).padStart(6)} ms, ` +
      `${Math.round((b.p.sentences * 1000) / b.ms).toLocaleString('en-US').padStart(6)} sentences/s, cores ${(b.cpuMs / b.ms).toFixed(2)}, ` +
      `${Math.round((b.p.sentences * 1000) / b.cpuMs).toLocaleString('en-US')} sentences per CPU-second, ${(base.ms / b.ms).toFixed(2)}x one coding thread` +
      ` (all runs: ${runs[b.label]!.map((x) => x.ms.toFixed(0)).join(', ')} ms)`);
  }
  console.log(`load average at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
} finally {
  await Promise.all([one.close(), many.close()]);
  fs.rmSync(dir, { recursive: true, force: true });
}
