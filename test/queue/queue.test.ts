/** The queue and the worker in-process, against a real Postgres; and `dyad ingest --workers N` on SQLite. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ARTICLE_QUEUE, articleJobId, enqueueArticle, openQueue, pendingJobs } from '../../src/queue/article-queue.js';
import { runWorker } from '../../src/queue/run-worker.js';
import { loadResources, type Resources } from '../../src/resources/resources.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { freshDatabase, PG_SKIP, pgQuery } from '../postgres/pg-helpers.js';
import { dyad, root } from './queue-helpers.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-queue-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
const samples = path.join(root, 'samples/articles.jsonl');
let res: Resources;
before(() => { res = loadResources(); });

test('a job id is a stable UUID of the article id, different for different ids', () => {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  assert.match(articleJobId('wire-1'), uuid);
  assert.equal(articleJobId('wire-1'), articleJobId('wire-1'));
  assert.notEqual(articleJobId('wire-1'), articleJobId('wire-2'));
  assert.match(articleJobId(''), uuid);
});

test('a worker stores queued articles once, fails a job that holds no article, and carries on', { skip: PG_SKIP, timeout: 120_000 }, async () => {
  const db = await freshDatabase('dyad_queue');
  try {
    const boss = await openQueue(db.url);
    const store = await openPostgresStore(db.url);
    try {
      const good = [
        { id: 'q-1', date: '2024-01-02', text: 'China praised Russia on Tuesday.' },
        { id: 'q-2', date: '2024-01-03', text: 'Ukraine accused Russia of shelling Kharkiv.' },
      ];
      for (const a of good) assert.equal(await enqueueArticle(boss, { article: a }), true);
      assert.equal(await enqueueArticle(boss, { article: good[0]! }), false, 'the same article id is queued once');
      // Postgres cannot hold U+0000: refused at the door, with the article named.
      await assert.rejects(() => enqueueArticle(boss, { article: { id: 'q-nul', text: 'France\u0000 thanked Germany.' } }), /E_QUEUE|q-nul.*U\+0000/);
      // A job that holds no article (written by something else): failed (no retries asked for), and the worker goes on.
      assert.ok(await boss.send(ARTICLE_QUEUE, { bogus: true }, { retryLimit: 0 }));
      // The same text as q-1 under another id: a duplicate by content, stored nothing.
      assert.equal(await enqueueArticle(boss, { article: { ...good[0]!, id: 'q-1-copy' } }), true);
      assert.equal(await pendingJobs(boss), 4);

      const lines: string[] = [];
      const stats = await runWorker({ db: db.url, resources: res, exitWhenIdle: true, pollMs: 100, log: (l) => lines.push(l) });
      assert.deepEqual([stats.stored, stats.duplicates, stats.failed], [2, 1, 1]);
      assert.ok(lines.some((l) => /E_JOB job .* holds no article/.test(l)), lines.join('\n'));
      assert.deepEqual((await store.articleIds()).sort(), ['q-1', 'q-2']);
      const states = await pgQuery(db.url, 'SELECT data->\'article\'->>\'id\' AS id, state FROM dyad_queue.job WHERE name = $1 ORDER BY 1', [ARTICLE_QUEUE]);
      assert.deepEqual(states.map((r) => [r.id, r.state]), [['q-1', 'completed'], ['q-1-copy', 'completed'], ['q-2', 'completed'], [null, 'failed']]);
      assert.equal(await pendingJobs(boss), 0);

    } finally {
      await store.close();
      await boss.stop({ graceful: false, wait: true });
    }
  } finally {
    await db.drop();
  }
});

test('dyad ingest --workers 2 stores the articles in input order, as --workers 1 does', { timeout: 120_000 }, async () => {
  const runs: Record<string, string> = {};
  for (const n of ['1', '2']) {
    const file = path.join(dir, `w${n}.sqlite`);
    const r = dyad(['ingest', '--db', file, '--workers', n, '--no-progress', samples]);
    assert.equal(await r.done, 0, r.stderr());
    assert.match(r.stderr(), /41 stored/);
    runs[n] = file;
  }
  const inputIds = fs.readFileSync(samples, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
  const one = openSqliteStore(runs['1']!);
  const two = openSqliteStore(runs['2']!);
  try {
    assert.deepEqual(await two.articleIds(), inputIds);
    assert.deepEqual(await one.articleIds(), inputIds);
    assert.deepEqual(await two.counts(), await one.counts());
  } finally {
    await one.close();
    await two.close();
  }
  // Running it again with threads stores nothing new.
  const again = dyad(['ingest', '--db', runs['2']!, '--workers', '2', '--no-progress', samples]);
  assert.equal(await again.done, 0, again.stderr());
  assert.match(again.stderr(), /0 stored, 41 skipped/);
  const bad = dyad(['ingest', '--db', path.join(dir, 'x.sqlite'), '--workers', '0', samples]);
  assert.equal(await bad.done, 2);
  assert.match(bad.stderr(), /E_ARG --workers/);
});

test('--enqueue and dyad worker refuse an SQLite --db with a clear error', async () => {
  const enq = dyad(['ingest', '--db', path.join(dir, 'y.sqlite'), '--enqueue', samples]);
  assert.equal(await enq.done, 2);
  assert.match(enq.stderr(), /^dyad: E_ARG --enqueue needs a postgres:\/\/ --db/m);
  const w = dyad(['worker', '--db', path.join(dir, 'y.sqlite')]);
  assert.equal(await w.done, 2);
  assert.match(w.stderr(), /^dyad: E_ARG dyad worker needs a postgres:\/\/ --db/m);
});
