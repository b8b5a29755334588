import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot, sharedDir } from '../src/eval/shared-dir.js';
import { listFiles } from './corpus.js';

/**
 * `npm run bench:cli`: what users get. The `dyad code` process (and `dyad ingest` into a fresh SQLite file) over
 * whole corpora, cold, pinned to one core (`taskset -c 0`) and unpinned: wall time, CPU seconds (user + system, from
 * `/usr/bin/time`), sentences/s, peak RSS; beside them, in a fresh pinned process of the same run, the in-process
 * pipeline (warm, best pass) and the wink tokenizer+tagger alone (the floor). `--old DIR` runs a second build (a
 * checkout with its own `dist/`) alternately with this one, so both see the same machine load. The load average
 * is recorded before and after every run. Results: bench/results/cli-<time>.json and a table on standard output.
 *
 *   npm run bench:cli -- [--corpus wikinews,bbc,voa] [--repeat N] [--mode pinned,unpinned] [--old DIR]
 *                        [--cold N] [--ingest CORPUS] [--no-in-process] [--shared DIR]
 */

const USAGE = 'usage: npm run bench:cli -- [--corpus wikinews,bbc,voa|none] [--repeat N] [--mode pinned,unpinned] [--old DIR] [--cold N] [--ingest CORPUS|none] [--no-in-process] [--shared DIR]';
type CorpusName = 'wikinews' | 'bbc' | 'voa';
type Mode = 'pinned' | 'unpinned';

interface Run {
  build: string;
  corpus: string;
  mode: Mode;
  command: string;
  wallS: number;
  cpuS: number;
  userS: number;
  sysS: number;
  maxRssMb: number;
  sentences: number;
  sentencesPerS: number;
  /** Sentences per CPU-second: the figure that moves least with the neighbours' load. */
  sentencesPerCpuS: number;
  load: [number, number];
  /** With --old, on the new build's run: its output is byte-identical to the old build's in the same repeat and mode. */
  sameOutputAsOld?: boolean;
}

const load1 = (): number => Math.round(os.loadavg()[0]! * 100) / 100;

function corpusInputs(name: CorpusName, shared: string): string[] | undefined {
  if (name === 'wikinews') {
    const dir = path.join(shared, 'data/wikinews/data');
    return fs.existsSync(dir) ? listFiles(dir, '.csv') : undefined;
  }
  if (name === 'bbc') {
    const dir = path.join(shared, 'data/bbc/data');
    return fs.existsSync(dir) ? [dir] : undefined;
  }
  const file = path.join(shared, 'data/voa-dev/corpus.jsonl');
  return fs.existsSync(file) ? [file] : undefined;
}

/** Runs a command under `/usr/bin/time` (and `taskset -c 0` when pinned); stdout to `outFile`. */
function timed(argv: string[], mode: Mode, outFile: string): Promise<{ wallS: number; userS: number; sysS: number; maxRssMb: number; status: number | null; stderr: string }> {
  const timeFile = path.join(os.tmpdir(), `dyad-cli-bench-time-${process.pid}.txt`);
  const full = ['-f', '%e %U %S %M', '-o', timeFile, ...(mode === 'pinned' ? ['taskset', '-c', '0'] : []), ...argv];
  return new Promise((resolve, reject) => {
    const out = fs.openSync(outFile, 'w');
    const child = spawn('/usr/bin/time', full, { stdio: ['ignore', out, 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => { if (stderr.length < 4000) stderr += d.toString(); });
    child.on('error', reject);
    child.on('close', (status) => {
      fs.closeSync(out);
      const [e, u, s, m] = fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
      fs.rmSync(timeFile, { force: true });
      resolve({ wallS: e!, userS: u!, sysS: s!, maxRssMb: m! / 1024, status, stderr });
    });
  });
}

/** Sentences in a file of contract JSON lines. */
function countSentences(file: string): number {
  let n = 0;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) if (line) n += (JSON.parse(line) as { sentences: unknown[] }).sentences.length;
  return n;
}

/**
 * Process start to the first output line of `dyad code` on one short article; and the whole process's CPU time.
 * `pinned`: on one core (`taskset -c 0`), as the corpus runs in pinned mode.
 */
function coldStart(root: string, file: string, pinned: boolean): Promise<{ firstLineMs: number; exitMs: number; cpuS: number }> {
  const timeFile = path.join(os.tmpdir(), `dyad-cli-bench-cold-${process.pid}.txt`);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let first = 0;
    const child = spawn('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, ...(pinned ? ['taskset', '-c', '0'] : []), process.execPath, path.join(root, 'bin/dyad.js'), 'code', '--format', 'jsonl', file], { stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.on('data', (d: Buffer) => { if (!first && d.includes(10)) first = performance.now() - t0; });
    child.on('error', reject);
    child.on('close', () => {
      const [u, s] = fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
      fs.rmSync(timeFile, { force: true });
      resolve({ firstLineMs: first, exitMs: performance.now() - t0, cpuS: u! + s! });
    });
  });
}

const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN; };
const fmt = (n: number, d = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: {
    corpus: { type: 'string', default: 'wikinews,bbc,voa' }, repeat: { type: 'string', default: '1' }, mode: { type: 'string', default: 'pinned,unpinned' },
    old: { type: 'string' }, cold: { type: 'string', default: '3' }, ingest: { type: 'string', default: 'bbc' }, 'no-in-process': { type: 'boolean', default: false },
    shared: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) { console.log(USAGE); return; }
  const shared = sharedDir(values.shared);
  // --corpus none: only the cold start (and --ingest)
  const corpora = (values.corpus === 'none' ? [] : values.corpus!.split(',')) as CorpusName[];
  for (const c of corpora) if (!['wikinews', 'bbc', 'voa'].includes(c)) throw new Error(`--corpus: unknown corpus ${c} (wikinews, bbc, voa)`);
  const modes = values.mode!.split(',') as Mode[];
  for (const m of modes) if (m !== 'pinned' && m !== 'unpinned') throw new Error(`--mode: unknown mode ${m} (pinned, unpinned)`);
  const repeat = Number(values.repeat);
  const coldRuns = Number(values.cold);
  const root = packageRoot();
  const builds: Array<{ name: string; root: string }> = [{ name: 'new', root }];
  if (values.old) builds.unshift({ name: 'old', root: path.resolve(values.old) });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-cli-bench-'));
  const runs: Run[] = [];
  const inProcess: Record<string, unknown> = {};
  const cold: Record<string, Array<{ firstLineMs: number; exitMs: number; cpuS: number; load: number }>> = {};
  const ingest: Array<{ build: string; corpus: string; workers: number; wallS: number; cpuS: number; maxRssMb: number; load: [number, number]; stderr: string }> = [];
  const sentencesOf: Record<string, number> = {};
  const startLoad = os.loadavg();
  try {
    // cold start: one short article, alternating builds
    const small = path.join(tmp, 'one.txt');
    fs.writeFileSync(small, 'China pledges support for Russia\n\nThe Chinese defense minister said on Tuesday that Beijing would back Moscow in the talks.\n');
    for (let r = 0; r < coldRuns; r++) {
      for (const b of builds) (cold[b.name] ??= []).push({ ...(await coldStart(b.root, small, modes.includes('pinned'))), load: load1() });
    }
    for (const corpus of corpora) {
      const inputs = corpusInputs(corpus, shared);
      if (!inputs) { console.log(`${corpus}: not found under ${shared}, skipped`); continue; }
      for (let r = 0; r < repeat; r++) {
        for (const mode of modes) {
          for (const b of builds) {
            const argv = [process.execPath, path.join(b.root, 'bin/dyad.js'), 'code', '--format', 'jsonl', ...inputs];
            const out = path.join(tmp, `${b.name}-${corpus}.jsonl`);
            const l0 = load1();
            const t = await timed(argv, mode, out);
            if (t.status !== 0 && t.status !== 1) throw new Error(`${b.name} dyad code ${corpus} exited ${t.status}: ${t.stderr}`);
            const key = `${b.name}:${corpus}`;
            sentencesOf[key] ??= countSentences(out);
            const sentences = sentencesOf[key];
            const cpuS = t.userS + t.sysS;
            runs.push({ build: b.name, corpus, mode, command: `${mode === 'pinned' ? 'taskset -c 0 ' : ''}node bin/dyad.js code --format jsonl ${corpus === 'wikinews' ? '<Wikinews CSVs>' : inputs.join(' ')}`,
              wallS: t.wallS, cpuS, userS: t.userS, sysS: t.sysS, maxRssMb: t.maxRssMb, sentences, sentencesPerS: sentences / t.wallS, sentencesPerCpuS: sentences / cpuS, load: [l0, load1()] });
            const x = runs[runs.length - 1]!;
            console.log(`${b.name.padEnd(3)} ${corpus.padEnd(8)} ${mode.padEnd(8)} wall ${fmt(x.wallS, 2)} s, CPU ${fmt(x.cpuS, 2)} s, ${fmt(x.sentencesPerS)} sentences/s (${fmt(x.sentencesPerCpuS)} per CPU-s), peak RSS ${fmt(x.maxRssMb)} MB, load ${x.load[0]} -> ${x.load[1]}`);
          }
          // with --old: the two builds' outputs of this run, byte for byte (a speed change must not change them)
          if (builds.length === 2) {
            const same = fs.readFileSync(path.join(tmp, `old-${corpus}.jsonl`)).equals(fs.readFileSync(path.join(tmp, `new-${corpus}.jsonl`)));
            runs[runs.length - 1]!.sameOutputAsOld = same;
            console.log(`    ${corpus} ${mode}: old and new outputs ${same ? 'byte-identical' : 'DIFFER'}`);
          }
        }
      }
      if (!values['no-in-process']) {
        // the in-process pipeline and the tagger alone, pinned like the command, in a fresh process
        const l0 = load1();
        const r = spawnSync('taskset', ['-c', '0', process.execPath, '--single-threaded-gc', path.join(root, 'dist/bench/in-process.js'), ...inputs], { encoding: 'utf8', maxBuffer: 1 << 20 });
        if (r.status !== 0) throw new Error(`in-process ${corpus}: ${r.stderr}`);
        const ip = JSON.parse(r.stdout) as { sentences: number; floor: { ms: number; cpuMs: number }; code: { ms: number; cpuMs: number }; firstPass: { ms: number; cpuMs: number } };
        inProcess[corpus] = { ...ip, load: [l0, load1()] };
        console.log(`    ${corpus.padEnd(8)} in process (pinned): first pass ${fmt(ip.sentences / ip.firstPass.ms * 1000)} sentences/s (CPU ${fmt(ip.firstPass.cpuMs / 1000, 2)} s); ` +
          `same texts again, best of 2: pipeline ${fmt(ip.sentences / ip.code.ms * 1000)} sentences/s (CPU ${fmt(ip.code.cpuMs / 1000, 2)} s), ` +
          `tagger alone ${fmt(ip.sentences / ip.floor.ms * 1000)} sentences/s (CPU ${fmt(ip.floor.cpuMs / 1000, 2)} s); load ${l0} -> ${load1()}`);
      }
    }
    if (values.ingest !== 'none') {
      const corpus = values.ingest as CorpusName;
      const inputs = corpusInputs(corpus, shared);
      if (inputs) {
        for (let r = 0; r < repeat; r++) {
          for (const workers of [1, 2]) {
            for (const b of builds) {
              const db = path.join(tmp, `${b.name}-${workers}.sqlite`);
              for (const f of [db, db + '-wal', db + '-shm']) fs.rmSync(f, { force: true });
              const l0 = load1();
              const t = await timed([process.execPath, path.join(b.root, 'bin/dyad.js'), 'ingest', '--no-progress', '--workers', String(workers), '--db', db, ...inputs], 'unpinned', path.join(tmp, 'ingest.out'));
              if (t.status !== 0 && t.status !== 1) throw new Error(`${b.name} dyad ingest exited ${t.status}: ${t.stderr}`);
              ingest.push({ build: b.name, corpus, workers, wallS: t.wallS, cpuS: t.userS + t.sysS, maxRssMb: t.maxRssMb, load: [l0, load1()], stderr: t.stderr.trim().split('\n').pop() ?? '' });
              const x = ingest[ingest.length - 1]!;
              console.log(`${b.name.padEnd(3)} ingest ${corpus} --workers ${workers}: wall ${fmt(x.wallS, 2)} s, CPU ${fmt(x.cpuS, 2)} s, peak RSS ${fmt(x.maxRssMb)} MB, load ${x.load[0]} -> ${x.load[1]} (${x.stderr})`);
            }
          }
        }
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  for (const b of builds) {
    const c = cold[b.name] ?? [];
    if (c.length) console.log(`${b.name} cold start (one short article${modes.includes('pinned') ? ', pinned' : ''}): first line after ${fmt(median(c.map((x) => x.firstLineMs)))} ms median (${c.map((x) => fmt(x.firstLineMs)).join(', ')}), CPU ${fmt(median(c.map((x) => x.cpuS)), 2)} s`);
  }
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  const dir = path.join(root, 'bench/results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `cli-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify({ commit, node: process.version, cpu: os.cpus()[0]?.model, cpus: os.cpus().length, load: { start: startLoad, end: os.loadavg() },
    builds, runs, inProcess, cold, ingest }, null, 1) + '\n');
  console.log(`results: ${path.relative(root, file)}`);
}

main().catch((e: unknown) => { console.error((e as Error).message); process.exitCode = 1; });
