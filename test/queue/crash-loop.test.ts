/**
 * Issue 20's crash loop, short: a throw-away Postgres with synchronous_commit = off, two `dyad worker` processes,
 * Postgres crashed three times right after an article was committed. Every queued article must be stored exactly
 * once and no job completed without its article (jobs are now completed in the article's own transaction).
 * `node dist/bench/pg-crash-loop.js 10` runs the long version (all Wikinews articles, ten runs).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crashLoopRun } from '../../bench/pg-crash-loop.js';
import { PG_SKIP } from '../postgres/pg-helpers.js';

test('Postgres crashed three times under two workers: nothing acknowledged is lost, each article stored once', { skip: PG_SKIP, timeout: 600_000 }, async (t) => {
  const r = await crashLoopRun({ articles: 60, log: (s) => t.diagnostic(s.trim()) });
  t.diagnostic(JSON.stringify(r));
  assert.equal(r.crashesAt.length, 3);
  assert.deepEqual(r.workerExits, [0, 0]);
  assert.equal(r.lost, 0, 'jobs completed whose article is missing');
  assert.deepEqual([r.stored, r.distinct, r.completed], [r.articles, r.articles, r.articles]);
});
