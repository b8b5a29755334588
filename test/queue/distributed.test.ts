/**
 * Distributed coding end to end, against a real Postgres: an enqueuing ingest of the Wikinews corpus, two `dyad worker`
 * processes, one SIGKILLed half-way through while it holds a job. Every article must be stored exactly once, with the
 * same actors and events as a single-process SQLite ingest of the same corpus.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { freshDatabase, PG_SKIP, pgQuery } from '../postgres/pg-helpers.js';
import { articleTuples, corpusJsonl, dyad, sleep } from './queue-helpers.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-distributed-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('two workers, one SIGKILLed half-way: every article stored exactly once, as a single SQLite run codes it', { skip: PG_SKIP, timeout: 240_000 }, async (t) => {
  const corpus = corpusJsonl(dir);
  t.diagnostic(`corpus: ${corpus.note}, ${corpus.articles} articles`);
  const db = await freshDatabase('dyad_dist');
  const workers: ReturnType<typeof dyad>[] = [];
  try {
    // The reference: one process, SQLite, coding in the main thread.
    const refFile = path.join(dir, 'ref.sqlite');
    const ref = dyad(['ingest', '--db', refFile, '--workers', '1', '--no-progress', corpus.file]);
    const enq = dyad(['ingest', '--db', db.url, '--enqueue', '--job-timeout', '6', corpus.file]);
    assert.equal(await enq.done, 0, enq.stderr());
    assert.match(enq.stderr(), new RegExp(`${corpus.articles} queued`));
    // Enqueueing again adds no job.
    const again = dyad(['ingest', '--db', db.url, '--enqueue', corpus.file]);
    assert.equal(await again.done, 0, again.stderr());
    assert.match(again.stderr(), new RegExp(`0 queued, ${corpus.articles} already queued`));

    const args = ['worker', '--db', db.url, '--exit-when-idle', '--poll-ms', '200', '--maintenance-seconds', '1'];
    workers.push(dyad(args), dyad(args));
    let victim = workers[0]!;
    const survivor = workers[1]!;

    // Half-way, and while both workers hold a job, the victim is killed without warning. The victim may have finished
    // its job between the query and the signal: a job it held is one left active well past an article's coding time
    // (each takes milliseconds), so look for that; if there is none, start another victim and try again.
    const stored = async (): Promise<number> => Number((await pgQuery(db.url, 'SELECT count(*) AS n FROM dyad.articles'))[0]!.n);
    const active = async (): Promise<number> =>
      Number((await pgQuery(db.url, "SELECT count(*) AS n FROM dyad_queue.job WHERE state = 'active'"))[0]!.n);
    const orphans = async (): Promise<number> => Number((await pgQuery(db.url,
      "SELECT count(*) AS n FROM dyad_queue.job WHERE state = 'active' AND started_on < now() - interval '1 second'"))[0]!.n);
    const deadline = Date.now() + 150_000;
    let killedAt = -1;
    let orphaned = false;
    for (let attempt = 1; attempt <= 5 && !orphaned; attempt++) {
      killedAt = -1;
      while (Date.now() < deadline) {
        const n = await stored();
        if (n >= corpus.articles / 2 && (await active()) === 2) {
          victim.child.kill('SIGKILL');
          killedAt = n;
          break;
        }
        assert.ok(n < corpus.articles, `the corpus was stored before a worker could be killed holding a job (${n}, attempt ${attempt})`);
        await sleep(20);
      }
      assert.ok(killedAt >= 0, 'never saw both workers busy half-way');
      assert.equal(await victim.done, null); // killed by the signal
      await sleep(1500);
      orphaned = (await orphans()) > 0;
      t.diagnostic(`victim killed after ${killedAt} articles were stored (attempt ${attempt}: ${orphaned ? 'it held a job' : 'it held no job'})`);
      if (!orphaned) {
        victim = dyad(args);
        workers.push(victim);
      }
    }
    assert.ok(orphaned, 'no victim was killed while holding a job');

    assert.equal(await survivor.done, 0, survivor.stderr());
    assert.equal(await ref.done, 0, ref.stderr());

    // The victim's job was lost with it and retried by the survivor: some job ran more than once.
    const jobs = await pgQuery(db.url, 'SELECT state, count(*) AS n, sum(retry_count) AS retries FROM dyad_queue.job GROUP BY state');
    assert.deepEqual(jobs.map((j) => [j.state, Number(j.n)]), [['completed', corpus.articles]]);
    assert.ok(Number(jobs[0]!.retries) >= 1, 'the killed worker\'s job was never retried');

    // Exactly once: one row per article id, no duplicate texts, nothing half-stored.
    const [rows] = await pgQuery(db.url, `SELECT count(*) AS n, count(DISTINCT id) AS ids, count(DISTINCT content_hash) AS hashes,
      (SELECT count(*) FROM dyad.events) AS events, (SELECT count(*) FROM dyad.actors) AS actors FROM dyad.articles`);
    assert.equal(Number(rows!.n), corpus.articles);
    assert.equal(Number(rows!.ids), corpus.articles);
    assert.equal(Number(rows!.hashes), corpus.articles);

    const pgStore = await openPostgresStore(db.url);
    const sqlite = openSqliteStore(refFile);
    try {
      const got = await articleTuples(pgStore);
      const want = await articleTuples(sqlite);
      assert.equal(got.size, want.size);
      assert.deepEqual(new Map([...got].sort(([a], [b]) => a.localeCompare(b))), new Map([...want].sort(([a], [b]) => a.localeCompare(b))));
      const refCounts = await sqlite.counts();
      assert.equal(Number(rows!.events), refCounts.events);
      assert.equal(Number(rows!.actors), refCounts.actors);
      t.diagnostic(`stored ${rows!.n} articles, ${rows!.actors} actors, ${rows!.events} events; reference has ${refCounts.actors} actors, ${refCounts.events} events`);
    } finally {
      await pgStore.close();
      await sqlite.close();
    }
  } finally {
    for (const w of workers) w.child.kill('SIGKILL');
    await db.drop();
  }
});
