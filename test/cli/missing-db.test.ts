import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dyad } from './run-dyad.js';

// Why: `dyad query --db typo.sqlite` used to create an empty database and answer with nothing, exit 0: the user
// could not tell a typo from an empty corpus, and an empty file was left behind.
test('dyad query and dyad export refuse a --db that does not exist, with one line and no file created', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-nodb-'));
  try {
    const db = path.join(dir, 'typo.sqlite');
    for (const args of [['query', 'stats', '--db', db], ['export', '--format', 'csv', '--db', db]]) {
      const r = dyad(args);
      assert.notEqual(r.status, 0, args.join(' '));
      assert.equal(r.stdout, '');
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0]!, /^dyad: E_DB no database at .*typo\.sqlite; create one with dyad ingest/);
      assert.equal(fs.existsSync(db), false, 'no empty database was created');
    }
    // the check can fail: an existing database is queried
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, 'China pledges support for Russia\n\nThe Chinese defense minister said Beijing would back Moscow.\n');
    assert.equal(dyad(['ingest', '--no-progress', '--workers', '1', '--date', '2024-01-02', '--db', db, file]).status, 0);
    const r = dyad(['query', 'stats', '--db', db]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /"articles":1/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
