import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { hostileArticle, sampleCorpus } from './fixtures.js';

const bin = path.resolve(import.meta.dirname, '../../../bin/dyad.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-cli-'));
const db = path.join(dir, 'cli.sqlite');
const dyad = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

before(async () => {
  const s = openSqliteStore(db);
  for (const a of [...sampleCorpus(), hostileArticle()]) await s.putArticle(a);
  await s.close();
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('dyad query answers with the same parameters as the API and names bad ones on one line', () => {
  const ok = dyad('query', 'events', 'source=CHN', 'target=RUS', 'modality=asserted', '--db', db);
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal((JSON.parse(ok.stdout) as unknown[]).length, 5);
  const quotes = dyad('query', 'quotes', 'speaker=Dong Jun', '--db', db);
  assert.deepEqual((JSON.parse(quotes.stdout) as { contentText: string }[]).map((q) => q.contentText), ['We support them on the Ukrainian issue,']);
  const bad = dyad('query', 'series', 'source=CHN', 'interval=year', '--db', db);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^dyad: E_PARAM interval: /);
  assert.equal(bad.stderr.trim().split('\n').length, 1);
  const missing = dyad('query', 'article', 'id=nope', '--db', db);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /E_NOT_FOUND/);
});

test('dyad export writes GDELT rows of 61 columns, CSV to a file, and refuses unknown formats and unwritable paths', () => {
  const gdelt = dyad('export', '--format', 'gdelt-events', '--db', db);
  assert.equal(gdelt.status, 0, gdelt.stderr);
  const rows = gdelt.stdout.split('\n').filter((l) => l !== ''); // not trim(): a row may end in empty cells
  assert.equal(rows.length, 8);
  for (const r of rows) assert.equal(r.split('\t').length, 61);
  const out = path.join(dir, 'events.csv');
  assert.equal(dyad('export', '--format', 'csv', '--db', db, '--out', out).status, 0);
  assert.equal(fs.readFileSync(out, 'utf8').trim().split('\n').length, 11);
  const nope = dyad('export', '--format', 'xml', '--db', db);
  assert.equal(nope.status, 2);
  assert.match(nope.stderr, /E_FORMAT/);
  const unwritable = dyad('export', '--format', 'csv', '--db', db, '--out', path.join(dir, 'no/such/dir.csv'));
  assert.equal(unwritable.status, 1);
  assert.match(unwritable.stderr, /^dyad: E_WRITE /);
});

test('dyad serve refuses a missing database and a bad port with one line', () => {
  const r = dyad('serve', '--db', path.join(dir, 'missing.sqlite'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^dyad: E_DB no database at/);
  const p = dyad('serve', '--db', db, '--port', 'eighty');
  assert.equal(p.status, 2);
  assert.match(p.stderr, /E_ARG --port/);
  const w = dyad('serve', '--db', db, '--port', '0', '--allow-write', '--token', 'short');
  assert.equal(w.status, 2);
  assert.match(w.stderr, /E_TOKEN/);
});
