/**
 * A full disk during `dyad ingest` into SQLite: one clear error line per failed batch, exit 1, a database that still
 * opens and holds whole articles only; after space is freed the re-run converges to the uninterrupted database.
 * A read-only filesystem likewise gives one clear line and changes nothing.
 * Needs a real small filesystem: a 8 MiB tmpfs (root only; skipped with a note where mounting is not permitted).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { articleLayers, corpus, dump, runIngest } from '../helpers/test-helpers.js';
import { mountTmpfs, unmount } from './helpers.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-diskfull-'));
const mnt = path.join(dir, 'small-fs');
fs.mkdirSync(mnt);
const mounted = mountTmpfs(mnt, '8m');
const roMnt = path.join(dir, 'ro-fs');
fs.mkdirSync(roMnt);
const roMounted = mountTmpfs(roMnt, '8m');
after(() => {
  if (mounted.ok) unmount(mnt);
  if (roMounted.ok) unmount(roMnt);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('full disk: dyad ingest prints one E_DB line, exits 1, keeps whole articles only, and converges after space is freed', { skip: mounted.ok ? false : `needs a tmpfs mount (${mounted.reason})` }, async () => {
  const { file, articles } = corpus(dir, 80);
  const clean = path.join(dir, 'clean.sqlite');
  const full = await runIngest(clean, file);
  assert.equal(full.code, 0, full.stderr.slice(-500));
  const cleanLayers = articleLayers(clean);
  assert.equal(cleanLayers.size, articles);

  // Fill the small filesystem, leaving 1 MiB: less than the corpus needs (about 1.7 MiB plus its write-ahead log).
  const db = path.join(mnt, 'corpus.sqlite');
  const filler = path.join(mnt, 'filler');
  const free = (): number => { const s = fs.statfsSync(mnt); return s.bavail * s.bsize; };
  fs.writeFileSync(filler, Buffer.alloc(free() - 1024 * 1024));
  assert.ok(free() <= 1024 * 1024 + 64 * 1024, `free after filling: ${free()}`);

  const cut = await runIngest(db, file);
  assert.equal(cut.code, 1, cut.stderr.slice(-500));
  const dbLines = cut.stderr.split('\n').filter((l) => l.includes('E_DB'));
  assert.ok(dbLines.length >= 1, cut.stderr.slice(-500));
  for (const l of dbLines) assert.match(l, /^dyad: E_DB .*(full|SQLITE_FULL|space).*nothing of (it|them) was stored$/, l);
  assert.doesNotMatch(cut.stderr, /\n\s+at /, 'no stack trace');

  // The database opens, passes its integrity check, and every stored article is whole (same layers as the clean run).
  const check = new Database(db);
  assert.equal((check.pragma('integrity_check', { simple: true })), 'ok');
  check.close();
  const partial = articleLayers(db);
  assert.ok(partial.size < articles, `all ${articles} articles fitted: the disk was not full`);
  for (const [id, layers] of partial) assert.equal(layers, cleanLayers.get(id), `article ${id} is not whole`);

  // Space again: the re-run stores the rest and the database equals the uninterrupted one.
  fs.rmSync(filler);
  const rerun = await runIngest(db, file);
  assert.equal(rerun.code, 0, rerun.stderr.slice(-500));
  assert.match(rerun.stderr, new RegExp(`${articles - partial.size} stored, ${partial.size} skipped, 0 failed`));
  assert.deepEqual(dump(db), dump(clean));
});

test('read-only filesystem: dyad ingest prints one E_DB line naming the database, exits 1, and the stored articles stay whole', { skip: roMounted.ok ? false : `needs a tmpfs mount (${roMounted.reason})` }, async (t) => {
  const { file } = corpus(dir, 80);
  const first = path.join(dir, 'first10.jsonl');
  const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
  fs.writeFileSync(first, lines.slice(0, 10).join('\n') + '\n');
  const db = path.join(roMnt, 'ro.sqlite');
  const ok = await runIngest(db, first);
  assert.equal(ok.code, 0, ok.stderr.slice(-500));
  const before = dump(db);
  // Root ignores file modes, so make the whole filesystem read-only.
  const { spawnSync } = await import('node:child_process');
  const ro = spawnSync('mount', ['-o', 'remount,ro', roMnt], { encoding: 'utf8' });
  assert.equal(ro.status, 0, ro.stderr);
  const r = await runIngest(db, file);
  assert.equal(r.code, 1, r.stderr.slice(-500));
  const errs = r.stderr.split('\n').filter((l) => l.startsWith('dyad: '));
  assert.equal(errs.length, 1, r.stderr);
  t.diagnostic(errs[0]!);
  assert.match(errs[0]!, /^dyad: E_DB .*ro\.sqlite.*(read-only|readonly|READONLY)/i);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
  spawnSync('mount', ['-o', 'remount,rw', roMnt]);
  assert.deepEqual(dump(db), before);
});
