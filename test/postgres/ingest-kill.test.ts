/**
 * SIGKILL during `dyad ingest --db postgres://...`: the store holds only whole articles, and running the same command
 * again converges to what one uninterrupted run stores (compared by content: a killed transaction uses up identity
 * values, so surrogate keys may differ where SQLite's would not).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import fc from 'fast-check';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { articleTuples, corpusJsonl, dyad, sleep } from '../queue/queue-helpers.js';
import { freshDatabase, PG_SKIP, pgQuery } from './pg-helpers.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-pg-kill-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('dyad ingest into Postgres killed at three seeded random points, then run again, stores what one uninterrupted run stores', { skip: PG_SKIP, timeout: 180_000 }, async (t) => {
  const corpus = corpusJsonl(dir, 120);
  t.diagnostic(`corpus: ${corpus.note}, first ${corpus.articles} articles`);
  const db = await freshDatabase('dyad_kill');
  const clean = new URL(db.url);
  clean.searchParams.set('schema', 'clean');
  const killed = new URL(db.url);
  killed.searchParams.set('schema', 'killed');
  try {
    const args = (url: URL): string[] => ['ingest', '--db', url.toString(), '--workers', '1', '--no-progress', '--log-every', '1', corpus.file];
    const full = dyad(args(clean));
    assert.equal(await full.done, 0, full.stderr());

    // Three kills at seeded random points (DYAD_KILL_SEED to vary), each run going further: after each, whole articles only.
    const points = fc.sample(fc.integer({ min: 1, max: corpus.articles - 1 }), { seed: Number(process.env.DYAD_KILL_SEED ?? 7), numRuns: 3 }).sort((x, y) => x - y);
    t.diagnostic(`kills after ${points.join(', ')} articles read`);
    let before = 0;
    for (const at of points) {
      const cut = dyad([...args(killed), '--batch', '8']);
      while (cut.child.exitCode === null) {
        const m = [...cut.stderr().matchAll(/ingest: (\d+) articles/g)].at(-1);
        if (m && Number(m[1]) >= at) { cut.child.kill('SIGKILL'); break; }
        await sleep(5);
      }
      assert.equal(await cut.done, null, `the ingest finished before it could be killed at ${at}`);
      const exists = await pgQuery(db.url, "SELECT to_regclass('killed.articles') IS NOT NULL AS e") as [{ e: boolean }];
      if (!exists[0].e) continue;
      [{ n: before }] = await pgQuery(db.url, 'SELECT count(*)::int AS n FROM killed.articles') as [{ n: number }];
      // Whole articles only: each article stored before the kill has all the actors and mentions the clean run gave it.
      const [{ n: partial }] = await pgQuery(db.url, `SELECT count(*)::int AS n FROM killed.articles k JOIN clean.articles c ON c.id = k.id
        WHERE (SELECT count(*) FROM killed.actors WHERE article = k.pk) <> (SELECT count(*) FROM clean.actors WHERE article = c.pk)
           OR (SELECT count(*) FROM killed.mentions WHERE article = k.pk) <> (SELECT count(*) FROM clean.mentions WHERE article = c.pk)
           OR (SELECT count(*) FROM killed.events WHERE article = k.pk) <> (SELECT count(*) FROM clean.events WHERE article = c.pk)`) as [{ n: number }];
      assert.equal(partial, 0, `after the kill at ${at}: an article was stored without all its layers`);
    }
    assert.ok(before < corpus.articles, `all ${before} stored before the last kill`);

    const rerun = dyad(args(killed));
    assert.equal(await rerun.done, 0, rerun.stderr());
    assert.match(rerun.stderr(), new RegExp(`${corpus.articles - before} stored, ${before} skipped`));

    const a = await openPostgresStore(clean.toString());
    const b = await openPostgresStore(killed.toString());
    try {
      assert.deepEqual(await b.counts(), await a.counts());
      assert.deepEqual(await b.articleIds(), await a.articleIds());
      assert.deepEqual(await articleTuples(b), await articleTuples(a));
      const content = async (s: typeof a): Promise<string[]> => (await s.actors({ limit: 10_000 }))
        .map((x) => [x.code, x.name, x.kind, x.articles, x.mentions, JSON.stringify(x.roles)].join('|')).sort();
      assert.deepEqual(await content(b), await content(a));
    } finally {
      await a.close();
      await b.close();
    }
  } finally {
    await db.drop();
  }
});
