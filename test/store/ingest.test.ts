import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { loadResources } from '../../src/resources/resources.js';
import { readInputs } from '../../src/stages/ingest/read-inputs.js';
import { ingestArticles, threadCoder } from '../../src/pipeline/ingest.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { BIN, corpus as corpusIn, dump, ROOT, runIngest as ingest } from '../helpers/test-helpers.js';

const samples = path.join(ROOT, 'samples/articles.jsonl');
const wikinewsDir = path.join(ROOT, '../shared/data/wikinews/data');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-ingest-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
const corpus = (max: number): ReturnType<typeof corpusIn> => corpusIn(dir, max);
/** dyad ingest in batches of 8 (so that half of the 41 bundled samples holds whole batches); `signal` once `killAt` articles were read. */
const runIngest = (db: string, input: string, killAt?: number, signal: NodeJS.Signals = 'SIGKILL') =>
  ingest(db, input, { killAtArticle: killAt, signal, extra: ['--batch', '8'] });

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
    const child = spawn(process.execPath, [BIN, 'ingest', '--db', db, '--no-progress', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
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
