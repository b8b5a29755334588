import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { loadResources } from '../../src/resources/resources.js';
import { readInputs } from '../../src/stages/ingest/read-inputs.js';
import { ingestArticles, threadCoder } from '../../src/pipeline/ingest.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';

const root = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(root, 'bin/dyad.js');
const samples = path.join(root, 'samples/articles.jsonl');
const wikinewsDir = path.join(root, '../shared/data/wikinews/data');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-ingest-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The Wikinews corpus as JSONL (when ../shared is present), else the bundled samples; `max` keeps the first articles. */
function corpus(max = Infinity): { file: string; articles: number; note: string } {
  if (!fs.existsSync(wikinewsDir)) return { file: samples, articles: fs.readFileSync(samples, 'utf8').trim().split('\n').length, note: 'samples (../shared/data/wikinews absent)' };
  const out = path.join(dir, `wikinews-${max}.jsonl`);
  if (!fs.existsSync(out)) {
    const lines: string[] = [];
    for (const f of fs.readdirSync(wikinewsDir).filter((x) => x.endsWith('.csv')).sort()) {
      const rows = parse(fs.readFileSync(path.join(wikinewsDir, f), 'utf8'), { columns: true }) as { url: string; date: string; title: string; text: string }[];
      for (const r of rows) lines.push(JSON.stringify({ id: r.url, date: r.date, text: r.text }));
    }
    fs.writeFileSync(out, lines.slice(0, max).join('\n') + '\n');
  }
  return { file: out, articles: fs.readFileSync(out, 'utf8').trim().split('\n').length, note: 'wikinews' };
}

/** Every row of every table, ordered, without the wall-clock column: two equal dumps are the same database. */
function dump(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = ['articles', 'entities', 'entity_roles', 'actors', 'mentions', 'quotes', 'clusters', 'events'];
    const out: Record<string, unknown[]> = {};
    for (const t of tables) {
      const cols = (db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name).filter((c) => c !== 'added_at');
      out[t] = db.prepare(`SELECT ${cols.join(', ')} FROM ${t} ORDER BY ${cols.map((_, i) => i + 1).join(', ')}`).all();
    }
    out.fts = db.prepare(`SELECT rowid FROM articles_fts WHERE articles_fts MATCH '"the"' ORDER BY rowid`).all();
    return out;
  } finally { db.close(); }
}

function runIngest(db: string, input: string, killAt?: number, signal: NodeJS.Signals = 'SIGKILL'): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'ingest', input, '--db', db, '--log-every', '1', '--no-progress', '--workers', '1', '--batch', '8'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => {
      stderr += d;
      const m = killAt !== undefined ? /ingest: (\d+) articles/.exec(d.trim().split('\n').at(-1) ?? '') : null;
      if (m && Number(m[1]) >= killAt! && child.exitCode === null && !child.killed) child.kill(signal);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

test('ingesting the Wikinews corpus twice stores it once: identical row counts, nothing stored the second time', async () => {
  // The CSV files themselves when ../shared is present (read by the real ingest stage), else the bundled samples.
  const inputs = fs.existsSync(wikinewsDir) ? [wikinewsDir] : [samples];
  const res = loadResources();
  const store = openSqliteStore(path.join(dir, 'twice.sqlite'));
  try {
    const first = await ingestArticles(readInputs(inputs), store, threadCoder(res));
    const counts1 = await store.counts();
    const second = await ingestArticles(readInputs(inputs), store, threadCoder(res));
    assert.ok(first.stored > 0);
    assert.equal(second.stored, 0);
    assert.equal(second.skipped, first.stored + first.skipped);
    assert.equal(second.failed, first.failed);
    assert.deepEqual(await store.counts(), counts1);
    assert.equal(counts1.articles, first.stored);
  } finally { await store.close(); }
});

test('dyad ingest killed with SIGKILL half-way, then run again, gives the same database as one uninterrupted run', async () => {
  const { file, articles } = corpus(150); // three coding runs: a slice keeps the suite quick
  const clean = path.join(dir, 'clean.sqlite');
  const killed = path.join(dir, 'killed.sqlite');
  const full = await runIngest(clean, file);
  assert.equal(full.code, 0, full.stderr);

  const cut = await runIngest(killed, file, Math.floor(articles / 2));
  assert.equal(cut.signal, 'SIGKILL', `the child was not killed: ${cut.stderr.slice(-300)}`);
  const partial = new Database(killed, { readonly: true });
  const storedBeforeKill = (partial.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  partial.close();
  // Whole batches only (8 articles per transaction here, so that half of the 41 bundled samples holds some): some
  // stored, not all.
  assert.ok(storedBeforeKill > 0 && storedBeforeKill < articles, `stored ${storedBeforeKill} of ${articles} before the kill`);

  const rerun = await runIngest(killed, file);
  assert.equal(rerun.code, 0, rerun.stderr);
  assert.match(rerun.stderr, new RegExp(`${articles - storedBeforeKill} stored, ${storedBeforeKill} skipped`));
  assert.deepEqual(dump(killed), dump(clean));
});

test('Ctrl-C (SIGINT) stops dyad ingest after the article in hand, says so, and the next run resumes', async () => {
  const { file, articles } = corpus(150);
  const db = path.join(dir, 'interrupted.sqlite');
  const cut = await runIngest(db, file, 3, 'SIGINT');
  assert.equal(cut.code, 130, cut.stderr.slice(-300));
  const m = /ingest interrupted .*?: (\d+) articles \((\d+) stored/.exec(cut.stderr);
  assert.ok(m, cut.stderr.slice(-300));
  const stored = Number(m[2]);
  assert.ok(stored >= 3 && stored < articles);
  const rerun = await runIngest(db, file);
  assert.equal(rerun.code, 0);
  assert.match(rerun.stderr, new RegExp(`${articles - stored} stored, ${stored} skipped`));
});

test('dyad ingest names an unreadable input on one line and still stores the others', async () => {
  const db = path.join(dir, 'bad.sqlite');
  const run = (args: string[]) => new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [bin, 'ingest', '--db', db, '--no-progress', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('close', (code) => resolve({ code, stderr }));
  });
  const r = await run([path.join(dir, 'missing.txt'), samples]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^dyad: E_READ .*missing\.txt/m);
  assert.match(r.stderr, new RegExp(`${fs.readFileSync(samples, 'utf8').trim().split('\n').length} stored`));
  const bad = await run(['--date', 'yesterday', samples]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /E_DATE/);
});
