/**
 * Postgres restarting under a running `dyad worker`: the worker loses its connections, waits, reconnects and finishes
 * the queue, and every article is stored exactly once. The test runs its own throw-away server (scripts/pg-test-server.sh),
 * so restarting it cuts nobody else's connections.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { PG_SKIP, pgQuery } from '../postgres/pg-helpers.js';
import { corpusJsonl, dyad, root, sleep } from './queue-helpers.js';

const script = path.join(root, 'scripts/pg-test-server.sh');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-restart-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a worker survives a Postgres restart and finishes the queue, storing each article once', { skip: PG_SKIP, timeout: 180_000 }, async (t) => {
  const env = execFileSync('bash', [script, 'start'], { encoding: 'utf8', env: { ...process.env, DYAD_PG_PORT: '' } });
  const server = Object.fromEntries([...env.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]])) as Record<string, string>;
  const url = server.DYAD_PG_URL!;
  let worker: ReturnType<typeof dyad> | undefined;
  try {
    const corpus = corpusJsonl(dir, 80);
    t.diagnostic(`corpus: ${corpus.note}, first ${corpus.articles} articles`);
    const enq = dyad(['ingest', '--db', url, '--enqueue', '--job-timeout', '20', corpus.file]);
    assert.equal(await enq.done, 0, enq.stderr());

    worker = dyad(['worker', '--db', url, '--exit-when-idle', '--poll-ms', '200', '--maintenance-seconds', '1']);
    const stored = async (): Promise<number> => Number((await pgQuery(url, 'SELECT count(*) AS n FROM dyad.articles'))[0]!.n);
    const deadline = Date.now() + 120_000;
    let before = 0;
    while (Date.now() < deadline && (before = await stored()) < 10) await sleep(20);
    assert.ok(before >= 10 && before < corpus.articles, `restart point not reached (${before} stored)`);
    execFileSync('bash', [script, 'restart', server.DYAD_PG_DIR!]);
    t.diagnostic(`server restarted after ${before} articles`);

    assert.equal(await worker.done, 0, worker.stderr());
    assert.match(worker.stderr(), /lost Postgres/);
    assert.match(worker.stderr(), /Postgres is back/);
    const [rows] = await pgQuery(url, 'SELECT count(*) AS n, count(DISTINCT id) AS ids FROM dyad.articles');
    assert.deepEqual([Number(rows!.n), Number(rows!.ids)], [corpus.articles, corpus.articles]);
    const jobs = await pgQuery(url, 'SELECT state, count(*) AS n FROM dyad_queue.job GROUP BY state');
    assert.deepEqual(jobs.map((j) => [j.state, Number(j.n)]), [['completed', corpus.articles]]);
  } finally {
    worker?.child.kill('SIGKILL');
    execFileSync('bash', [script, 'stop', server.DYAD_PG_DIR!]);
  }
});
