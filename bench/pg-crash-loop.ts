/**
 * The crash loop of issue 20: a throw-away Postgres with `synchronous_commit = off` (scripts/pg-test-server.sh), the
 * Wikinews articles queued, two `dyad worker` processes, and Postgres crashed (SIGQUIT to the postmaster, as
 * `pg_ctl -m immediate stop` does, then started again) three times while they work. After the workers finish: every queued article stored exactly once,
 * and no job completed whose article is missing (the loss the issue found: the job was completed in a second
 * transaction, after a commit the crash then lost).
 *   npx tsc -p . && node dist/bench/pg-crash-loop.js [runs=10] [articles=295]
 * test/queue/crash-loop.test.ts runs one short version in CI.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import pg from 'pg';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(ROOT, 'scripts/pg-test-server.sh');
const BIN = path.join(ROOT, 'bin/dyad.js');

export interface CrashRun {
  articles: number;
  stored: number;
  distinct: number;
  completed: number;
  /** Jobs completed whose article is not in the store. */
  lost: number;
  /** Articles stored when each crash came. */
  crashesAt: number[];
  workerExits: (number | null)[];
  seconds: number;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const alive = (pid: number): boolean => { try { process.kill(pid, 0); return true; } catch { return false; } };

async function query(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const c = new pg.Client({ connectionString: url });
  c.on('error', () => undefined);
  await c.connect();
  try { return (await c.query(sql)).rows as Record<string, unknown>[]; } finally { await c.end().catch(() => undefined); }
}

/** The Wikinews articles (or the bundled samples) as JSONL, at most `limit`. */
function corpus(dir: string, limit: number): { file: string; articles: number } {
  const wiki = path.join(ROOT, '../shared/data/wikinews/data');
  let lines: string[] = [];
  if (fs.existsSync(wiki)) {
    for (const f of fs.readdirSync(wiki).filter((x) => x.endsWith('.csv')).sort()) {
      for (const r of parse(fs.readFileSync(path.join(wiki, f), 'utf8'), { columns: true }) as { url: string; date: string; text: string }[]) {
        lines.push(JSON.stringify({ id: r.url, date: r.date, text: r.text }));
      }
    }
  } else {
    lines = fs.readFileSync(path.join(ROOT, 'samples/articles.jsonl'), 'utf8').trim().split('\n');
  }
  lines = lines.slice(0, limit);
  const file = path.join(dir, 'corpus.jsonl');
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return { file, articles: lines.length };
}

function dyad(args: string[], log: string): { done: Promise<number | null>; kill: () => void } {
  const out = fs.openSync(log, 'a');
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', out, out] });
  return { done: new Promise((resolve) => child.on('close', (code) => { fs.closeSync(out); resolve(code); })), kill: () => child.kill('SIGKILL') };
}

/** One run on a fresh server: `crashes` crashes spread over the run. */
export async function crashLoopRun(opts: { articles?: number; crashes?: number; log?: (s: string) => void } = {}): Promise<CrashRun> {
  const t0 = performance.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-crash-loop-'));
  const env = execFileSync('bash', [SCRIPT, 'start'], { encoding: 'utf8', env: { ...process.env, DYAD_PG_PORT: '' } });
  const server = Object.fromEntries([...env.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]])) as Record<string, string>;
  const url = server.DYAD_PG_URL!;
  const workers: ReturnType<typeof dyad>[] = [];
  try {
    const c = corpus(dir, opts.articles ?? 295);
    const enq = dyad(['ingest', '--db', url, '--enqueue', '--job-timeout', '8', c.file], path.join(dir, 'enqueue.log'));
    if ((await enq.done) !== 0) throw new Error(`enqueue failed: ${fs.readFileSync(path.join(dir, 'enqueue.log'), 'utf8')}`);
    await query(url, 'CHECKPOINT'); // the queue itself is made durable before the crashes begin
    for (let w = 0; w < 2; w++) workers.push(dyad(['worker', '--db', url, '--exit-when-idle', '--poll-ms', '200', '--maintenance-seconds', '1'], path.join(dir, `worker${w}.log`)));
    const crashesAt: number[] = [];
    const crashes = opts.crashes ?? 3;
    for (let k = 1; k <= crashes; k++) {
      // spread the crashes over the run: after about k/(crashes+1) of the articles are stored, the moment the count
      // reaches it (polled every 2 ms on one connection, the postmaster sent SIGQUIT at once: what `pg_ctl -m
      // immediate stop` sends), so the crash comes while a worker has just committed an article
      const target = Math.floor((c.articles * k) / (crashes + 1));
      const deadline = Date.now() + 300_000;
      const watcher = new pg.Client({ connectionString: url });
      watcher.on('error', () => undefined);
      await watcher.connect();
      let n = 0;
      try {
        while (Date.now() < deadline && (n = Number((await watcher.query('SELECT count(*) AS n FROM dyad.articles')).rows[0].n)) < target) await sleep(2);
      } finally {
        const pid = Number(fs.readFileSync(path.join(server.DYAD_PG_DIR!, 'data/postmaster.pid'), 'utf8').split('\n')[0]);
        process.kill(pid, 'SIGQUIT');
        await watcher.end().catch(() => undefined);
        for (let i = 0; i < 600 && alive(pid); i++) await sleep(50);
      }
      await sleep(300);
      execFileSync('bash', [SCRIPT, 'up', server.DYAD_PG_DIR!]);
      crashesAt.push(n);
      opts.log?.(`  crash ${k} after ${n} articles stored`);
    }
    // (the ten-minute guard is cleared once the workers end: a pending timer would keep the process alive ten minutes)
    let guard: NodeJS.Timeout | undefined;
    const exits = await Promise.race([Promise.all(workers.map((w) => w.done)), new Promise<null>((r) => { guard = setTimeout(() => r(null), 600_000); })]);
    clearTimeout(guard);
    if (!exits) throw new Error('workers did not finish within 10 minutes');
    const [s] = await query(url, 'SELECT count(*) AS n, count(DISTINCT id) AS d FROM dyad.articles');
    const [j] = await query(url, `SELECT count(*) FILTER (WHERE state = 'completed') AS completed,
        count(*) FILTER (WHERE state = 'completed' AND NOT EXISTS (SELECT 1 FROM dyad.articles a WHERE a.id = job.data->'article'->>'id')) AS lost
      FROM dyad_queue.job WHERE name = 'dyad-articles'`);
    return { articles: c.articles, stored: Number(s!.n), distinct: Number(s!.d), completed: Number(j!.completed), lost: Number(j!.lost), crashesAt,
      workerExits: exits, seconds: (performance.now() - t0) / 1000 };
  } finally {
    for (const w of workers) w.kill();
    execFileSync('bash', [SCRIPT, 'stop', server.DYAD_PG_DIR!]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const runs = Number(process.argv[2] ?? 10);
  const articles = Number(process.argv[3] ?? 295);
  console.log(`pg crash loop: ${runs} runs, ${articles} articles, 2 workers, 3 crashes each (synchronous_commit = off); load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  let lostTotal = 0;
  let bad = 0;
  for (let r = 1; r <= runs; r++) {
    const x = await crashLoopRun({ articles, log: (s) => console.log(s) });
    lostTotal += x.lost;
    const whole = x.stored === x.articles && x.distinct === x.articles && x.completed === x.articles && x.lost === 0;
    if (!whole) bad++;
    console.log(`run ${r}: stored ${x.stored}/${x.articles} (distinct ${x.distinct}), jobs completed ${x.completed}, lost ${x.lost}, crashes after ${x.crashesAt.join('/')} articles, workers exited ${x.workerExits.join('/')}, ${x.seconds.toFixed(0)} s${whole ? '' : '  <-- NOT WHOLE'}`);
  }
  console.log(`total: ${lostTotal} articles lost in ${runs} runs; ${bad} runs not whole; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  process.exitCode = lostTotal || bad ? 1 : 0;
}
