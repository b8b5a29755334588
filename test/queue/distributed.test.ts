/**
 * Distributed coding end to end, against a real Postgres: an enqueuing ingest of Wikinews articles, two `dyad worker`
 * processes sharing the queue, one SIGKILLed half-way through while it holds a job. Every article must be stored
 * exactly once, with the same actors and events as a single-process SQLite ingest of the same corpus.
 *
 * It waits on conditions (rows stored, jobs active, jobs retried, processes ended), never on fixed pauses or its own
 * deadlines: on a loaded machine it takes longer, it does not fail. The test's timeout is the only bound.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { freshDatabase, PG_SKIP, pgQuery } from '../postgres/pg-helpers.js';
import { articleTuples, corpusJsonl, dyad, waitFor, workerDone } from './queue-helpers.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-distributed-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Articles coded (twice: the reference and the workers); enough for both workers to be busy well past half-way. */
const ARTICLES = 120;
/**
 * A job still active after this long is taken as lost and retried. Long enough that no article's coding reaches it on
 * a loaded machine (it takes well under a second of CPU), so a retried job is one whose worker died.
 */
const JOB_TIMEOUT_S = 20;

test('two workers share the queue, one SIGKILLed half-way holding a job: every article stored exactly once, as a single SQLite run codes it', { skip: PG_SKIP, timeout: 600_000 }, async (t) => {
  const corpus = corpusJsonl(dir, ARTICLES);
  t.diagnostic(`corpus: ${corpus.note}, ${corpus.articles} articles`);
  const db = await freshDatabase('dyad_dist');
  const workers: ReturnType<typeof dyad>[] = [];
  try {
    // The reference: one process, SQLite, coding in the main thread.
    const refFile = path.join(dir, 'ref.sqlite');
    const ref = dyad(['ingest', '--db', refFile, '--workers', '1', '--no-progress', corpus.file]);
    const enq = dyad(['ingest', '--db', db.url, '--enqueue', '--job-timeout', String(JOB_TIMEOUT_S), corpus.file]);
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
    const killed: ReturnType<typeof dyad>[] = [];

    const one = async (sql: string): Promise<Record<string, unknown>> => (await pgQuery(db.url, sql))[0]!;
    const stored = async (): Promise<number> => Number((await one('SELECT count(*) AS n FROM dyad.articles')).n);
    const active = async (): Promise<number> => Number((await one("SELECT count(*) AS n FROM dyad_queue.job WHERE state = 'active'")).n);

    // Half-way, and while both workers hold a job, the victim is killed without warning. It may have finished its job
    // between the query and the signal. The jobs active when it died are its own and the survivor's: the survivor's is
    // completed, the victim's stays active until it times out and is retried. So wait until each of them has done
    // one or the other; if none was retried, the victim held none: start another and try again.
    let orphaned = false;
    for (let attempt = 1; attempt <= 5 && !orphaned; attempt++) {
      let killedAt = -1;
      await waitFor('both workers were busy half-way', async () => {
        const n = await stored();
        if (n < corpus.articles / 2 || (await active()) !== 2) return false;
        victim.child.kill('SIGKILL');
        killedAt = n;
        return true;
      }, [victim, survivor]);
      assert.equal(await victim.done, null); // killed by the signal
      killed.push(victim);
      // (a job the survivor started after the kill is among them too, and is completed like its others)
      const atKill = (await pgQuery(db.url, "SELECT id FROM dyad_queue.job WHERE state = 'active'")).map((r) => String(r.id));
      const settled = async (): Promise<Record<string, unknown>[]> => atKill.length
        ? pgQuery(db.url, 'SELECT id, state, retry_count FROM dyad_queue.job WHERE id = ANY($1::uuid[])', [atKill]) : [];
      await waitFor('the jobs active at the kill were completed or retried', async () =>
        (await settled()).every((j) => j.state === 'completed' && Number(j.retry_count) === 0 || Number(j.retry_count) > 0), [survivor]);
      orphaned = (await settled()).some((j) => Number(j.retry_count) > 0);
      t.diagnostic(`victim killed after ${killedAt} articles were stored (attempt ${attempt}: ${orphaned ? 'it held a job, retried' : 'it held no job'})`);
      if (!orphaned) {
        victim = dyad(args);
        workers.push(victim);
      }
    }
    assert.ok(orphaned, 'no victim was killed while holding a job');

    for (const w of workers.filter((x) => !killed.includes(x))) assert.equal(await w.done, 0, w.stderr());
    assert.equal(await ref.done, 0, ref.stderr());

    // Every job completed; the victim's lost job was retried.
    const jobs = await pgQuery(db.url, 'SELECT state, count(*) AS n, sum(retry_count) AS retries FROM dyad_queue.job GROUP BY state');
    assert.deepEqual(jobs.map((j) => [j.state, Number(j.n)]), [['completed', corpus.articles]]);
    assert.ok(Number(jobs[0]!.retries) >= 1, 'the killed worker\'s job was never retried');

    // The workers shared the queue: the survivor stored some of the articles and the killed worker(s) the rest.
    const mine = workerDone(survivor.stderr());
    assert.ok(mine, survivor.stderr());
    const others = workers.filter((w) => w !== survivor && !killed.includes(w)).reduce((n, w) => n + (workerDone(w.stderr())?.stored ?? 0), 0);
    t.diagnostic(`the survivor stored ${mine.stored}, later workers ${others}, the killed ones ${corpus.articles - mine.stored - others}`);
    assert.ok(mine.stored > 0 && mine.stored < corpus.articles, `the survivor stored ${mine.stored} of ${corpus.articles}`);
    assert.ok(mine.stored + others < corpus.articles, 'the killed worker stored nothing');
    assert.equal(mine.duplicates, 0, 'the survivor coded articles another worker had stored');

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
