import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { loadResources, type Article, type Resources } from '../src/api.js';
import { packageRoot, sharedDir } from '../src/eval/shared-dir.js';
import { THREAD_YOUNG_GENERATION_MB } from '../src/queue/code-pool.js';
import { codePass, cpuMsSince, floorPass, warmUp, type PassResult } from './code-loop.js';
import { loadCorpus, type Corpus, type CorpusName } from './corpus.js';

/**
 * `npm run bench`: dyad end to end on fixed corpora (raw text to the coded JSON line, no store), on one core and
 * on N worker threads, against the tokenizer/tagger alone; cold start of the CLI; results to bench/results/.
 *
 *   npm run bench -- [--corpus wikinews|bbc|all] [--limit N] [--repeat N] [--workers N] [--young-mb N] [--warmup N] [--rss-runs N] [--shared DIR] [--no-cold]
 */

const USAGE = 'usage: npm run bench -- [--corpus wikinews|bbc|all] [--limit N] [--repeat N] [--workers N] [--young-mb N] [--warmup N] [--rss-runs N] [--shared DIR] [--no-cold]';
/**
 * Warm-up before anything is timed: `--warmup N` whole passes over the corpus on the main thread and on every worker
 * thread (default 1). After the first pass V8 still optimises and re-optimises functions on a background thread
 * (170-370 ms of compile time per later Wikinews pass, measured with --trace-opt), which the timed passes would
 * count, and which competes with the coding threads for the cores.
 */
const DEFAULT_WARMUP = 1;
/**
 * Young generation of a worker thread: `--young-mb N`, else what `dyad ingest --workers` uses
 * (THREAD_YOUNG_GENERATION_MB in src/queue/code-pool.ts). The main thread's is set by node's own
 * `--max-semi-space-size=S` (young generation about 3 x S: two semi-spaces and the large-object space).
 */
interface Options {
  corpora: CorpusName[];
  limit?: number;
  repeat: number;
  workers: number;
  shared: string;
  cold: boolean;
  /** Young generation of each worker thread, MB. */
  youngMb: number;
  /** Whole warm-up passes over the corpus per thread before timing (0: only its first 20 articles). */
  warmup: number;
  /** Fresh `dyad code` processes per corpus for the peak RSS users see (0: none). */
  rssRuns: number;
}

interface Rates {
  ms: number;
  /** Process CPU time over the same pass: cpuMs / ms is how many cores the pass actually got. */
  cpuMs: number;
  articlesPerS: number;
  sentencesPerS: number;
  tokensPerS: number;
  mbPerS: number;
}

interface CorpusResult {
  corpus: CorpusName;
  source: string;
  /** The ingest stage over the corpus files (read, decode, normalise), timed apart from coding. */
  ingest: { ms: number; mbPerS: number; refused: number };
  articles: number;
  sentences: number;
  tokens: number;
  chars: number;
  mb: number;
  singleCore: Rates & { passesMs: number[]; stageShare: Record<string, number>; stageMs: Record<string, number>; outputMb: number };
  floor: Rates & { passesMs: number[] };
  /** End-to-end speed as a fraction of the tagger-alone speed on the same text (wall time; CPU time). */
  fractionOfFloor: number;
  fractionOfFloorCpu: number;
  /**
   * N worker threads against 1 worker thread of the same pool (same code, same flags, same heap settings; passes
   * interleaved): `speedup` = 1-thread wall time / N-thread wall time; `speedupCpu` = the same ratio of sentences
   * per CPU-second (1 = the N threads waste nothing); `speedupVsSingleCore` against the main-thread pass above.
   */
  workers?: Rates & { n: number; passesMs: number[]; startMs: number; speedup: number; speedupCpu: number; speedupVsSingleCore: number;
    oneThread: Rates & { passesMs: number[] }; articlesPerThread: number[] };
  /**
   * `node bin/dyad.js code --format jsonl DIR` over the corpus in fresh processes (no node flags, as users run it):
   * every run, and the median and highest peak RSS and the median wall time (process start to exit).
   */
  cli?: { runs: CliRun[]; medianRssMb: number; maxRssMb: number; medianMs: number };
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({ args: argv, options: {
    corpus: { type: 'string', default: 'all' }, limit: { type: 'string' }, repeat: { type: 'string', default: '1' },
    workers: { type: 'string', default: '2' }, 'young-mb': { type: 'string' }, 'rss-runs': { type: 'string', default: '3' }, warmup: { type: 'string' }, shared: { type: 'string' }, 'no-cold': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) { console.log(USAGE); process.exit(0); }
  const int = (name: string, v: string | undefined, min: number): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer >= ${min}, got ${v}`);
    return n;
  };
  const corpus = values.corpus!;
  if (!['wikinews', 'bbc', 'all'].includes(corpus)) throw new Error(`--corpus must be wikinews, bbc or all, got ${corpus}`);
  return { corpora: corpus === 'all' ? ['wikinews', 'bbc'] : [corpus as CorpusName], limit: int('limit', values.limit, 1),
    repeat: int('repeat', values.repeat, 1)!, workers: int('workers', values.workers, 0)!, shared: sharedDir(values.shared), cold: !values['no-cold'],
    youngMb: int('young-mb', values['young-mb'], 1) ?? THREAD_YOUNG_GENERATION_MB, rssRuns: int('rss-runs', values['rss-runs'], 0)!,
    warmup: int('warmup', values.warmup, 0) ?? DEFAULT_WARMUP };
}

const rates = (ms: number, cpuMs: number, c: { articles: number; sentences: number; tokens: number; mb: number }): Rates => ({
  ms, cpuMs, articlesPerS: (c.articles * 1000) / ms, sentencesPerS: (c.sentences * 1000) / ms, tokensPerS: (c.tokens * 1000) / ms, mbPerS: (c.mb * 1000) / ms });

/** Word and punctuation tokens of the tagger (white space and line breaks not counted). */
function countTokens(articles: readonly Article[], res: Resources): number {
  let n = 0;
  for (const a of articles) {
    const t = res.tagger.tag(a.text);
    for (let i = 0; i < t.values.length; i++) if (t.values[i]!.trim()) n++;
  }
  return n;
}

function singleCore(corpus: Corpus, res: Resources, repeat: number, warmup: number): Omit<CorpusResult, 'workers'> {
  const { articles } = corpus;
  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0) / 1e6;
  const tokens = countTokens(articles, res);
  warmUp(articles, res, warmup);
  // interleaved, so a burst of load from elsewhere on the machine hits both alike
  const floors: Array<{ ms: number; cpuMs: number }> = [];
  const passes: PassResult[] = [];
  for (let r = 0; r < repeat; r++) {
    floors.push(floorPass(articles, res));
    passes.push(codePass(articles, res));
  }
  const best = passes.reduce((a, b) => (b.ms < a.ms ? b : a));
  const counts = { articles: articles.length, sentences: best.sentences, tokens, mb };
  const stageMs: Record<string, number> = { ...best.stages };
  const accounted = Object.values(stageMs).reduce((a, b) => a + b, 0);
  stageMs.other = Math.max(0, best.ms - accounted);
  const stageShare = Object.fromEntries(Object.entries(stageMs).map(([k, v]) => [k, v / best.ms]));
  const floor = floors.reduce((a, b) => (b.ms < a.ms ? b : a));
  const ingest = { ms: corpus.ingestMs, mbPerS: (mb * 1000) / corpus.ingestMs, refused: corpus.errors.length };
  return { corpus: corpus.name, source: corpus.source, ingest, articles: articles.length, sentences: best.sentences, tokens, chars, mb,
    singleCore: { ...rates(best.ms, best.cpuMs, counts), passesMs: passes.map((p) => p.ms), stageShare, stageMs, outputMb: best.outputBytes / 1e6 },
    floor: { ...rates(floor.ms, floor.cpuMs, counts), passesMs: floors.map((f) => f.ms) }, fractionOfFloor: floor.ms / best.ms,
    fractionOfFloorCpu: floor.cpuMs / best.cpuMs };
}

function nextMessage(w: Worker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: unknown): void => { w.off('error', onError); resolve(m); };
    const onError = (e: Error): void => { w.off('message', onMessage); reject(e); };
    w.once('message', onMessage);
    w.once('error', onError);
  });
}

interface ParallelPass {
  threads: number;
  ms: number;
  cpuMs: number;
  parts: PassResult[];
}

/**
 * The corpus coded by 1 and by `n` worker threads of one pool, passes interleaved (1, n, 1, n, ...) so a burst of load
 * from elsewhere on the machine hits both alike. Same threads, same code, same heap settings: the 1-thread pass is
 * thread 0 of the pool working alone. Threads take the next article from a shared atomic counter, so none idles
 * while another still has a long share. The main thread only waits.
 */
async function withWorkers(corpus: Corpus, n: number, repeat: number, youngMb: number, warmup: number): Promise<{ startMs: number; one: ParallelPass[]; many: ParallelPass[] }> {
  const t0 = performance.now();
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const workers = Array.from({ length: n }, () =>
    new Worker(new URL('./bench-worker.js', import.meta.url), { workerData: { articles: corpus.articles, warmup, next }, resourceLimits: { maxYoungGenerationSizeMb: youngMb } }));
  try {
    await Promise.all(workers.map(nextMessage)); // "ready": resources loaded, warmed up
    const startMs = performance.now() - t0;
    const pass = async (k: number): Promise<ParallelPass> => {
      const ws = workers.slice(0, k);
      Atomics.store(counter, 0, 0);
      const c0 = process.cpuUsage();
      const t = performance.now();
      const results = Promise.all(ws.map((w) => nextMessage(w) as Promise<PassResult>));
      for (const w of ws) w.postMessage('go');
      const parts = await results;
      return { threads: k, ms: performance.now() - t, cpuMs: cpuMsSince(c0), parts }; // wall time of the whole pass
    };
    await pass(n); // one more warm-up: every thread codes part of the corpus once before anything is timed
    const one: ParallelPass[] = [];
    const many: ParallelPass[] = [];
    for (let r = 0; r < repeat; r++) {
      one.push(await pass(1));
      if (n > 1) many.push(await pass(n));
    }
    return { startMs, one, many: n > 1 ? many : one };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Process start to the first coded article on standard output, for `node bin/dyad.js code FILE` (median of runs). */
async function coldStart(article: Article, runs = 3): Promise<{ firstLineMs: number; exitMs: number; runs: Array<{ firstLineMs: number; exitMs: number }>; chars: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-bench-'));
  const file = path.join(dir, 'article.txt');
  fs.writeFileSync(file, article.text);
  const bin = path.join(packageRoot(), 'bin/dyad.js');
  const all: Array<{ firstLineMs: number; exitMs: number }> = [];
  try {
    for (let r = 0; r < runs; r++) {
      all.push(await new Promise((resolve, reject) => {
        const t0 = performance.now();
        let first = -1;
        const child = spawn(process.execPath, [bin, 'code', '--format', 'jsonl', file], { stdio: ['ignore', 'pipe', 'inherit'] });
        child.stdout.on('data', (d: Buffer) => { if (first < 0 && d.includes(10)) first = performance.now() - t0; });
        child.on('error', reject);
        child.on('close', (code) => (code === 0 && first >= 0 ? resolve({ firstLineMs: first, exitMs: performance.now() - t0 }) : reject(new Error(`dyad code exited ${code}`))));
      }));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { firstLineMs: median(all.map((x) => x.firstLineMs)), exitMs: median(all.map((x) => x.exitMs)), runs: all, chars: article.text.length };
}

/** One run of the command users run, `node bin/dyad.js code --format jsonl DIR`, over a whole corpus, in a fresh process. */
interface CliRun { ms: number; maxRssMb: number; lines: number; outputMb: number }

/**
 * Peak RSS (and wall time) of `node bin/dyad.js code --format jsonl DIR` over the corpus, each run in a fresh process
 * with no node flags, as users run it: read, code and print the whole corpus (output counted, then dropped). The child
 * reports its own `maxRSS` at exit (bench/report-rss.ts, preloaded with --import), so nothing else is counted.
 */
async function cliRuns(corpus: Corpus, runs: number): Promise<CliRun[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-bench-rss-'));
  const rssFile = path.join(dir, 'rss.json');
  const bin = path.join(packageRoot(), 'bin/dyad.js');
  const preload = new URL('./report-rss.js', import.meta.url).href;
  const all: CliRun[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      all.push(await new Promise<CliRun>((resolve, reject) => {
        const t0 = performance.now();
        let bytes = 0;
        let lines = 0;
        const child = spawn(process.execPath, ['--import', preload, bin, 'code', '--format', 'jsonl', corpus.source],
          { stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, DYAD_BENCH_RSS_FILE: rssFile } });
        child.stdout.on('data', (d: Buffer) => {
          bytes += d.length;
          for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) lines++;
        });
        child.on('error', reject);
        child.on('close', (code) => {
          if (code !== 0) { reject(new Error(`dyad code ${corpus.source} exited ${code}`)); return; }
          const { maxRssMb } = JSON.parse(fs.readFileSync(rssFile, 'utf8')) as { maxRssMb: number };
          resolve({ ms: performance.now() - t0, maxRssMb, lines, outputMb: bytes / 1e6 });
        });
      }));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return all;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Linux sched_autogroup: CPU time is shared fairly between sessions first, then between the threads of a session. */
function autogroup(): boolean {
  try {
    return fs.readFileSync('/proc/sys/kernel/sched_autogroup_enabled', 'utf8').trim() === '1';
  } catch {
    return false;
  }
}

/** Current size of the main thread's new space (one semi-space), MB. */
const newSpaceMb = (): number => (v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0) / 2 ** 20;
const rssMb = (): number => process.resourceUsage().maxRSS / 1024;
const fmt = (x: number, d = 0): string => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

function gitCommit(): string | null {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: packageRoot(), encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

function printTable(results: CorpusResult[], rssSingle: number, rssAll: number, cold: Awaited<ReturnType<typeof coldStart>> | null, loadMs: number): void {
  const row = (label: string, r: Rates, extra = ''): string =>
    `  ${label.padEnd(22)}${fmt(r.articlesPerS, 1).padStart(11)}${fmt(r.sentencesPerS).padStart(13)}${fmt(r.tokensPerS).padStart(12)}${fmt(r.mbPerS, 2).padStart(8)}` +
    `${fmt(r.ms).padStart(9)}${fmt(r.cpuMs / r.ms, 2).padStart(7)}  ${extra}`;
  for (const c of results) {
    console.log(`\n${c.corpus}: ${fmt(c.articles)} articles, ${fmt(c.sentences)} sentences, ${fmt(c.tokens)} tokens, ${fmt(c.mb, 2)} MB`);
    console.log(`  ${''.padEnd(22)}${'articles/s'.padStart(11)}${'sentences/s'.padStart(13)}${'tokens/s'.padStart(12)}${'MB/s'.padStart(8)}${'ms'.padStart(9)}${'cores'.padStart(7)}`);
    console.log(row('1 core, end to end', c.singleCore));
    console.log(row('tagger alone (floor)', c.floor));
    if (c.workers) {
      const w = c.workers;
      const perCpu = (r: Rates): string => fmt((c.sentences * 1000) / r.cpuMs);
      if (w.n > 1) console.log(row('1 worker thread', w.oneThread));
      console.log(row(`${w.n} worker thread${w.n > 1 ? 's' : ''}`, w, w.n > 1 ? `${fmt(w.speedup, 2)}x one thread, ${fmt(w.speedupVsSingleCore, 2)}x the main-thread pass` : ''));
      console.log(`  worker threads: start-up ${fmt(w.startMs)} ms (not counted); articles per thread ${w.articlesPerThread.join(' / ')}; ` +
        `sentences per CPU-second: ${perCpu(w.oneThread)} with 1 thread, ${perCpu(w)} with ${w.n} (ratio ${fmt(w.speedupCpu, 2)})`);
      const got = w.cpuMs / w.ms;
      if (w.n > 1 && got < 0.9 * Math.min(w.n, os.cpus().length)) {
        console.log(`  note: the ${w.n} threads got ${fmt(got, 2)} cores (1 thread: ${fmt(w.oneThread.cpuMs / w.oneThread.ms, 2)}): other work held the rest` +
          (autogroup() ? '; with sched_autogroup on, the kernel shares the CPUs between sessions, so a busy session next to this one caps it however many threads it runs' : ''));
      }
    }
    console.log(`  end to end = ${fmt(100 * c.fractionOfFloor, 1)}% of the tagger-alone speed (${fmt(100 * c.fractionOfFloorCpu, 1)}% by CPU time); ` +
      `per CPU-second: ${fmt((c.sentences * 1000) / c.singleCore.cpuMs)} sentences end to end, ${fmt((c.sentences * 1000) / c.floor.cpuMs)} with the tagger alone`);
    console.log(`  ingest (read, decode, normalise; not in the figures above): ${fmt(c.ingest.ms)} ms, ${fmt(c.ingest.mbPerS, 2)} MB/s`);
    console.log('  time share: ' + Object.entries(c.singleCore.stageShare).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${fmt(100 * v, 1)}%`).join(', '));
    if (c.cli) {
      console.log(`  dyad code --format jsonl (fresh process, no node flags, ${c.cli.runs.length} runs): peak RSS ${fmt(c.cli.medianRssMb)} MB median, ` +
        `${fmt(c.cli.maxRssMb)} MB highest (${c.cli.runs.map((r) => fmt(r.maxRssMb)).join(' / ')}); ${fmt(c.cli.medianMs)} ms start to exit; ` +
        `${fmt(c.cli.runs[0]!.lines)} lines`);
    }
  }
  console.log(`\n(cores = process CPU time / wall time during the pass: below 1 per thread means the machine was busy with other work; node flags: ${process.execArgv.join(' ') || 'none'})`);
  console.log(`resources loaded in ${fmt(loadMs)} ms; peak RSS of this process (all passes, corpora in memory): ${fmt(rssSingle)} MB after the single-core runs, ${fmt(rssAll)} MB with the worker threads`);
  if (cold) console.log(`cold start (node bin/dyad.js code on a ${fmt(cold.chars)}-char article): first line after ${fmt(cold.firstLineMs)} ms, exit after ${fmt(cold.exitMs)} ms (median of ${cold.runs.length})`);
}

async function main(): Promise<number> {
  let opts: Options;
  try {
    opts = parseOptions(process.argv.slice(2));
  } catch (e) {
    console.error(`bench: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const corpora: Corpus[] = [];
  for (const name of opts.corpora) {
    const c = await loadCorpus(name, opts.shared, opts.limit);
    if ('absent' in c) { console.log(`skipped ${name}: ${c.absent}`); continue; }
    if (c.errors.length) console.log(`${name}: ingest refused ${c.errors.length} inputs, e.g. ${c.errors[0]}`);
    corpora.push(c);
  }
  if (!corpora.length) { console.log('no corpus available: nothing to measure'); return 0; }
  console.log(`dyad bench: ${corpora.map((c) => `${c.name} (${c.articles.length} articles)`).join(', ')}; repeat ${opts.repeat}, best pass kept; ` +
    `${opts.workers} worker threads; node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);

  const loadStart = os.loadavg();
  const t0 = performance.now();
  const res = loadResources();
  const loadMs = performance.now() - t0;
  const rssLoaded = rssMb();
  const results: CorpusResult[] = corpora.map((c) => singleCore(c, res, opts.repeat, opts.warmup));
  const rssSingle = rssMb();
  if (opts.workers > 0) {
    for (const [i, c] of corpora.entries()) {
      const r = results[i]!;
      const w = await withWorkers(c, opts.workers, opts.repeat, opts.youngMb, opts.warmup);
      const bestOf = (ps: typeof w.one): (typeof w.one)[number] => ps.reduce((a, b) => (b.ms < a.ms ? b : a));
      const one = bestOf(w.one);
      const many = bestOf(w.many);
      const sentences = many.parts.reduce((s, p) => s + p.sentences, 0);
      const counts = { articles: r.articles, sentences, tokens: r.tokens, mb: r.mb };
      r.workers = { n: opts.workers, ...rates(many.ms, many.cpuMs, counts), passesMs: w.many.map((p) => p.ms), startMs: w.startMs,
        speedup: one.ms / many.ms, speedupCpu: one.cpuMs / many.cpuMs, speedupVsSingleCore: r.singleCore.ms / many.ms,
        oneThread: { ...rates(one.ms, one.cpuMs, counts), passesMs: w.one.map((p) => p.ms) }, articlesPerThread: many.parts.map((p) => p.articles) };
    }
  }
  const rssAll = rssMb();
  if (opts.rssRuns > 0) {
    for (const [i, c] of corpora.entries()) {
      const runs = await cliRuns(c, opts.rssRuns);
      results[i]!.cli = { runs, medianRssMb: median(runs.map((r) => r.maxRssMb)), maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)), medianMs: median(runs.map((r) => r.ms)) };
    }
  }
  let cold: Awaited<ReturnType<typeof coldStart>> | null = null;
  if (opts.cold) {
    const arts = corpora[0]!.articles;
    const real = arts.filter((a) => a.text.length >= 500);
    const small = (real.length ? real : arts).reduce((a, b) => (b.text.length < a.text.length ? b : a));
    cold = await coldStart(small);
  }
  printTable(results, rssSingle, rssAll, cold, loadMs);
  console.log(`peak RSS right after loading resources (corpora already in memory): ${fmt(rssLoaded)} MB`);
  console.log(`young generation: ${fmt(opts.youngMb)} MB per worker thread (--young-mb); main thread's new space at the end ${fmt(newSpaceMb(), 1)} MB (node's --max-semi-space-size)`);
  console.log(`load average at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);

  const outDir = path.join(packageRoot(), 'bench/results');
  fs.mkdirSync(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(outDir, `${stamp}.json`);
  fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), commit: gitCommit(), node: process.version, cpu: os.cpus()[0]?.model ?? null,
    cpus: os.cpus().length, schedAutogroup: autogroup(), nodeFlags: process.execArgv, workerYoungGenerationMb: opts.youngMb, loadavg: { start: loadStart, end: os.loadavg() }, options: { ...opts, shared: opts.shared }, resourceLoadMs: loadMs,
    peakRssMb: { afterResourceLoad: rssLoaded, singleCore: rssSingle, withWorkers: rssAll }, coldStart: cold, corpora: results }, null, 1) + '\n');
  console.log(`results written to ${path.relative(process.cwd(), file) || file}`);
  return 0;
}

main().then((code) => { process.exitCode = code; }, (e: unknown) => { console.error(`bench: ${(e as Error).stack ?? String(e)}`); process.exitCode = 1; });
