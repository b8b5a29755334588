#!/usr/bin/env node
// Scaling measurements on the Wikinews corpus (../shared/data/wikinews), after `npm run build`:
//   1. `dyad ingest --workers N` into SQLite, N = 1 and 2 (wall time, sentences/s);
//   2. storing already coded articles: SQLite vs Postgres (articles/s through putArticle, the serialized part);
//   3. `dyad worker` processes (1 and 2) draining a queue of the corpus on Postgres (needs DYAD_PG_URL).
// Usage: node scripts/bench-scale.mjs [--runs 2]   (results are printed and written to bench-scale.json)
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => path.join(root, 'dist', p);
const bin = path.join(root, 'bin/dyad.js');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 2) || 2;
const wikinews = path.join(root, '../shared/data/wikinews/data');
if (!fs.existsSync(wikinews)) { console.log('bench-scale: ../shared/data/wikinews is absent; nothing to measure'); process.exit(0); }

const { parse } = await import('csv-parse/sync');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-bench-scale-'));
const lines = [];
for (const f of fs.readdirSync(wikinews).filter((x) => x.endsWith('.csv')).sort()) {
  for (const r of parse(fs.readFileSync(path.join(wikinews, f), 'utf8'), { columns: true })) {
    lines.push(JSON.stringify({ id: r.url, date: r.date, title: r.title, url: r.url, text: r.text }));
  }
}
const corpus = path.join(dir, 'wikinews.jsonl');
fs.writeFileSync(corpus, lines.join('\n') + '\n');
const out = { date: new Date().toISOString(), cores: os.availableParallelism(), loadavg: os.loadavg(), articles: lines.length, ingest: [], store: {}, workers: [] };
console.log(`corpus: ${lines.length} Wikinews articles; ${out.cores} cores; load average ${out.loadavg.map((x) => x.toFixed(1)).join(' ')}`);

const timed = (args, env = {}) => new Promise((resolve) => {
  const t0 = performance.now();
  const c = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  let err = '';
  c.stderr.on('data', (d) => { err += d; });
  c.on('close', (code) => resolve({ code, seconds: (performance.now() - t0) / 1000, stderr: err }));
});

// 1. Threads on one machine.
for (let r = 0; r < runs; r++) {
  for (const n of [1, 2]) {
    const db = path.join(dir, `t${n}-${r}.sqlite`);
    const res = await timed(['ingest', '--db', db, '--workers', String(n), '--no-progress', '--log-every', '100000', corpus]);
    const sps = Number(/(\d+) sentences\/s/.exec(res.stderr)?.[1]);
    out.ingest.push({ workers: n, wallSeconds: +res.seconds.toFixed(2), sentencesPerSecond: sps });
    console.log(`ingest --workers ${n}: ${res.seconds.toFixed(2)} s wall (start-up included), ${sps} sentences/s coding+storing`);
  }
}

// 2. The serialized part: putArticle on each backend, articles coded beforehand.
const { loadResources } = await import(dist('src/resources/resources.js'));
const { codeArticle } = await import(dist('src/pipeline/code-article.js'));
const { openSqliteStore } = await import(dist('src/store/sqlite/sqlite-store.js'));
const { openPostgresStore } = await import(dist('src/store/postgres/postgres-store.js'));
const res = loadResources();
const coded = lines.map((l) => codeArticle(JSON.parse(l), res, {}));
const putAll = async (store) => {
  const t0 = performance.now();
  for (const a of coded) await store.putArticle(a);
  const s = (performance.now() - t0) / 1000;
  await store.close();
  return +(coded.length / s).toFixed(1);
};
out.store.sqlite = await putAll(openSqliteStore(path.join(dir, 'put.sqlite')));
console.log(`putArticle, SQLite: ${out.store.sqlite} articles/s`);
const pgUrl = process.env.DYAD_PG_URL;
if (pgUrl) {
  const u = new URL(pgUrl);
  u.searchParams.set('schema', `bench_${process.pid}`);
  out.store.postgres = await putAll(await openPostgresStore(u.toString()));
  console.log(`putArticle, Postgres: ${out.store.postgres} articles/s`);
  execFileSync('psql', [pgUrl, '-qc', `DROP SCHEMA IF EXISTS bench_${process.pid} CASCADE; DROP SCHEMA IF EXISTS bench_${process.pid}_queue CASCADE`], { stdio: 'ignore' });

  // 3. Worker processes draining one queue.
  for (const n of [1, 2]) {
    u.searchParams.set('schema', `benchw${n}_${process.pid}`);
    const url = u.toString();
    const enq = await timed(['ingest', '--db', url, '--enqueue', corpus]);
    if (enq.code !== 0) throw new Error(enq.stderr);
    const t0 = performance.now();
    const ws = await Promise.all(Array.from({ length: n }, () => timed(['worker', '--db', url, '--exit-when-idle', '--poll-ms', '100'])));
    const s = (performance.now() - t0) / 1000;
    const sentences = ws.reduce((acc, w) => acc + Number(/(\d+) sentences/.exec(w.stderr)?.[1] ?? 0), 0);
    out.workers.push({ processes: n, wallSeconds: +s.toFixed(2), articlesPerSecond: +(lines.length / s).toFixed(1), sentencesPerSecond: Math.round(sentences / s) });
    console.log(`${n} dyad worker process(es): ${s.toFixed(2)} s wall (start-up included), ${(lines.length / s).toFixed(1)} articles/s, ${Math.round(sentences / s)} sentences/s`);
    execFileSync('psql', [pgUrl, '-qc', `DROP SCHEMA IF EXISTS benchw${n}_${process.pid} CASCADE; DROP SCHEMA IF EXISTS benchw${n}_${process.pid}_queue CASCADE`], { stdio: 'ignore' });
  }
} else {
  console.log('DYAD_PG_URL not set: Postgres measurements skipped');
}
out.loadavgAfter = os.loadavg();
fs.writeFileSync(path.join(root, 'bench-scale.json'), JSON.stringify(out, null, 2) + '\n');
fs.rmSync(dir, { recursive: true, force: true });
console.log(`load average after: ${out.loadavgAfter.map((x) => x.toFixed(1)).join(' ')} (the CPU is shared: numbers are noisy)`);
