/**
 * Opening SQLite corpora in the ways issue 20 found wanting: several processes creating the same new file at once
 * (the schema version was read outside the migration's transaction: "table articles already exists"), and a corpus
 * on a read-only filesystem, which can now be queried, exported and served (opened read-only) while ingest still
 * refuses with one line.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { BIN, ROOT, corpus, runIngest } from '../helpers/test-helpers.js';
import { mountTmpfs, unmount } from './helpers.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-sqlite-open-'));
const roMnt = path.join(dir, 'ro-fs');
fs.mkdirSync(roMnt);
const roMounted = mountTmpfs(roMnt, '8m');
after(() => {
  if (roMounted.ok) unmount(roMnt);
  fs.rmSync(dir, { recursive: true, force: true });
});

const OPEN = `import { openSqliteStore } from ${JSON.stringify(path.join(ROOT, 'dist/src/store/sqlite/sqlite-store.js'))};
try { const s = openSqliteStore(process.argv[1]); await s.close(); } catch (e) { console.error(e.message); process.exit(1); }`;

function node(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { out += d.toString(); });
    child.on('close', (code) => resolve({ code, out }));
  });
}

test('eight processes creating the same new database at once all open it (10 rounds)', async () => {
  const failures: string[] = [];
  for (let round = 0; round < 10; round++) {
    const file = path.join(dir, `race-${round}.sqlite`);
    const runs = await Promise.all(Array.from({ length: 8 }, () => node(['--input-type=module', '-e', OPEN, file])));
    for (const r of runs) if (r.code !== 0) failures.push(r.out.trim());
  }
  assert.deepEqual(failures, []);
});

test('read-only filesystem: the corpus is queried, exported and served; ingest refuses with one line', { skip: roMounted.ok ? false : `needs a tmpfs mount (${roMounted.ok ? '' : roMounted.reason})` }, async () => {
  const { file, articles } = corpus(dir, 10);
  const db = path.join(roMnt, 'corpus.sqlite');
  const made = await runIngest(db, file);
  assert.equal(made.code, 0, made.stderr.slice(-500));
  const { spawnSync } = await import('node:child_process');
  const ro = spawnSync('mount', ['-o', 'remount,ro', roMnt], { encoding: 'utf8' });
  assert.equal(ro.status, 0, ro.stderr);
  try {
    const stats = await node([BIN, 'query', 'stats', '--db', db]);
    assert.equal(stats.code, 0, stats.out);
    assert.equal(JSON.parse(stats.out).articles, articles);
    const exp = await node([BIN, 'export', '--format', 'csv', '--db', db]);
    assert.equal(exp.code, 0, exp.out.slice(0, 500));
    assert.ok(exp.out.split('\n').length > 2);
    // dyad serve, read-only: GET /api/stats answers (on a port the server chose and announced: a guessed one may be
    // another process's)
    const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let served: { articles?: number } = {};
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let err = '';
        child.stderr.on('data', (d: Buffer) => {
          err += d.toString();
          const m = /dyad serve: (http:\/\/[^/\s]+)\//.exec(err);
          if (m) resolve(m[1]!);
        });
        child.on('close', () => reject(new Error(`dyad serve ended: ${err}`)));
      });
      served = await (await fetch(`${url}/api/stats`)).json() as { articles?: number };
    } finally { child.kill('SIGTERM'); }
    assert.equal(served.articles, articles);
    // writing is still refused with one line naming the file
    const again = await runIngest(db, file);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /dyad: E_DB .*corpus\.sqlite/);
  } finally {
    spawnSync('mount', ['-o', 'remount,rw', roMnt]);
  }
});

test('--durable: the SQLite store commits with synchronous=FULL; the default is NORMAL', async () => {
  const { openSqliteStore } = await import('../../src/store/sqlite/sqlite-store.js');
  const durable = openSqliteStore(path.join(dir, 'durable.sqlite'), { durable: true });
  const normal = openSqliteStore(path.join(dir, 'normal.sqlite'));
  try {
    assert.equal(durable.db.pragma('synchronous', { simple: true }), 2);
    assert.equal(normal.db.pragma('synchronous', { simple: true }), 1);
  } finally { await durable.close(); await normal.close(); }
  const { file } = corpus(dir, 3);
  const r = await runIngest(path.join(dir, 'd.sqlite'), file, { extra: ['--durable'] });
  assert.equal(r.code, 0, r.stderr.slice(-300));
});
