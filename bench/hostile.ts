/**
 * `npm run bench:hostile` (not CI): every hostile input of issue 20 at 1x, 3x and 10x its base size, each through the
 * command users run, in a fresh process: `node bin/dyad.js code --format jsonl FILE` (output dropped), and the server
 * case (`dyad serve --allow-write`, one POST /api/articles of the long-token article while GET /api/stats is asked
 * every 50 ms; its time is the POST's). Prints wall time, CPU seconds (all threads) and peak RSS of the whole process;
 * a case passes when its 10x run takes at most 15x the CPU time of the 1x run and stays under 10 CPU seconds and 1 GB
 * (CPU time: on a shared machine wall time measures the other users' load as much as dyad).
 *   npx tsc -p . && node dist/bench/hostile.js [--scales 1,3,10] [--cases a,b] [--bin path/to/bin/dyad.js] [--timeout-s 120]
 * `--bin` runs another build (e.g. the code before the fix) with the same inputs.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HOSTILE_CASES, hostileCase } from './hostile-cases.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const arg = (name: string, dflt: string): string => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1]! : dflt; };
const scales = arg('scales', '1,3,10').split(',').map(Number);
const caseNames = arg('cases', [...HOSTILE_CASES.map((c) => c.name), 'server-post'].join(',')).split(',');
const bin = path.resolve(arg('bin', path.join(ROOT, 'bin/dyad.js')));
const timeoutS = Number(arg('timeout-s', '120'));
const preload = new URL('./report-rss.js', import.meta.url).href;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-hostile-bench-'));

interface Run { s: number; cpuS: number; rssMb: number; exit: number | null; timedOut: boolean; note: string }

/** One `dyad ARGS` in a fresh process with the RSS/CPU reporter preloaded; killed after the timeout. */
function run(args: string[], onStart?: (child: ReturnType<typeof spawn>) => Promise<{ note: string; s: number }>): Promise<Run> {
  const rssFile = path.join(dir, `rss-${Date.now()}-${Math.random()}.json`);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', preload, bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DYAD_BENCH_RSS_FILE: rssFile } });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => { stderr += d.toString('utf8'); });
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutS * 1000);
    let note = '';
    let measured: number | undefined;
    if (onStart) onStart(child).then((r) => { note = r.note; measured = r.s; child.kill('SIGTERM'); }, (e: Error) => { note = `error: ${e.message}`; child.kill('SIGTERM'); });
    child.on('error', reject);
    child.on('close', (exit) => {
      clearTimeout(timer);
      const s = measured ?? (performance.now() - t0) / 1000;
      let rep = { maxRssMb: NaN, cpuS: NaN };
      try { rep = JSON.parse(fs.readFileSync(rssFile, 'utf8')) as typeof rep; } catch { /* killed: nothing reported */ }
      const firstError = /dyad: (E_\w+)/.exec(stderr)?.[1];
      resolve({ s, cpuS: rep.cpuS, rssMb: rep.maxRssMb, exit, timedOut, note: note || (firstError ? firstError : '') });
    });
  });
}

/** `dyad serve` on a fresh database; posts the long-token article at `scale` and polls GET /api/stats meanwhile. */
async function serverCase(scale: number): Promise<Run> {
  const db = path.join(dir, `serve-${scale}.sqlite`);
  const seed = path.join(dir, 'seed.txt');
  fs.writeFileSync(seed, 'China criticized Japan on Monday.\n');
  await run(['ingest', seed, '--db', db, '--no-progress']);
  const port = 20000 + Math.floor(Math.random() * 20000);
  const token = 'bench-token-0123456789abcdef';
  const body = JSON.stringify({ id: `hostile-${scale}`, text: hostileCase('long-token').make(scale).toString('utf8') });
  return run(['serve', '--db', db, '--port', String(port), '--allow-write', '--token', token], async () => {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) { try { await fetch(`${base}/api/stats`); break; } catch { if (i > 200) throw new Error('server did not start'); await new Promise((r) => setTimeout(r, 50)); } }
    const post = (text: string): Promise<Response> => fetch(`${base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: text });
    await post(JSON.stringify({ id: 'warm', text: 'Russia warned Ukraine.' })); // the coding thread loads its resources
    let coding = true;
    const t0 = performance.now();
    const done = post(body).then(async (r) => (await r.json() as { results: { status: string }[] }).results[0]!.status,
      (e: Error) => `not answered (${e.message}: ${(e.cause as Error | undefined)?.message ?? ''})`).finally(() => { coding = false; });
    let worst = 0;
    let n = 0;
    let slow = 0;
    while (coding) { // every request started while the POST was open, answered after it or not
      const t = performance.now();
      await (await fetch(`${base}/api/stats`, { signal: AbortSignal.timeout(120_000) })).json().catch(() => undefined);
      const ms = performance.now() - t;
      worst = Math.max(worst, ms);
      n++;
      if (ms > 200) slow++;
      await new Promise((r) => setTimeout(r, 50));
    }
    const status = await done;
    const postS = (performance.now() - t0) / 1000;
    return { s: postS, note: `article ${status}; ${n} GET /api/stats during it: slowest ${Math.round(worst)} ms, ${slow} over 200 ms` };
  });
}

const fmt = (x: number, d = 1): string => (Number.isFinite(x) ? x.toFixed(d) : '-');
console.log(`bench:hostile  ${new Date().toISOString()}  node ${process.version}  ${os.cpus().length} cores  load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}  bin ${path.relative(process.cwd(), bin)}`);
const tiny = path.join(dir, 'tiny.txt');
fs.writeFileSync(tiny, 'China criticized Japan on Monday.\n');
const start = await run(['code', '--format', 'jsonl', tiny]);
console.log(`start-up (one sentence): ${fmt(start.s)} s wall, ${fmt(start.cpuS)} s CPU, ${fmt(start.rssMb, 0)} MB\n`);
console.log(`| case | size at 1x | ${scales.map((k) => `${k}x: wall s / CPU s / MB`).join(' | ')} | ${scales.at(-1)}x/1x CPU | ${scales.at(-1)}x/1x CPU past start-up | verdict | note at ${scales.at(-1)}x |`);
console.log(`|---|---|${scales.map(() => '---|').join('')}---|---|---|---|`);
for (const name of caseNames) {
  const runs: Run[] = [];
  for (const k of scales) {
    if (name === 'server-post') { runs.push(await serverCase(k)); continue; }
    const c = hostileCase(name);
    const file = path.join(dir, `${name}-${k}.${c.ext}`);
    fs.writeFileSync(file, c.make(k));
    runs.push(await run(['code', '--format', 'jsonl', file]));
    fs.rmSync(file);
  }
  const first = runs[0]!;
  const last = runs.at(-1)!;
  // judged on CPU seconds (all threads): on a shared machine wall time measures the other users as much as dyad
  const ratio = last.cpuS / first.cpuS;
  const ok = !runs.some((r) => r.timedOut) && ratio <= 15 && last.cpuS < 10 && last.rssMb < 1024;
  const unit = name === 'server-post' ? 'POST of the long-token article (20 kB base64 at 1x)' : `${hostileCase(name).base} ${hostileCase(name).unit}`;
  const cells = runs.map((r) => (r.timedOut ? `> ${timeoutS} (killed)` : `${fmt(r.s)} / ${fmt(r.cpuS)} / ${fmt(r.rssMb, 0)}`));
  // the growth of the work itself: CPU past the start-up (loading the dictionaries and models), when it is measurable
  const work = (r: Run): number => r.cpuS - start.cpuS;
  const workRatio = work(first) >= 0.3 ? fmt(work(last) / work(first)) : '-';
  console.log(`| ${name} | ${unit} | ${cells.join(' | ')} | ${fmt(ratio)} | ${workRatio} | ${ok ? 'ok' : 'FAIL'} | ${last.note} |`);
}
console.log(`\nload average at the end ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
fs.rmSync(dir, { recursive: true, force: true });
