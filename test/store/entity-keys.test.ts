import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { entityKeys, linkedEntity } from '../../src/store/entity-keys.js';
import { migrations } from '../../src/store/sqlite/migrations.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { buildArticle } from './fixtures.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-keys-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

// Why: the name forms of one person across articles must give one key; titles, initials and accents are not the name.
test('entity keys: forms of one person share a key, descriptions get none', () => {
  const k = (name: string, mentions: string[] = [], kind: 'person' | 'organization' = 'person') => entityKeys({ name, kind, code: '', country: null }, mentions);
  assert.ok(k('Donald J. Trump').keys.includes('p:donald trump'));
  assert.ok(k('Trump', ['U.S. President Donald Trump']).keys.includes('p:donald trump'));
  assert.ok(k('Recep Tayyip Erdoğan').keys.includes('p:recep erdogan'));
  assert.deepEqual(k('Trump'), { keys: [], surname: 'trump', single: true });
  assert.deepEqual(k('the defense minister').keys, []);
  assert.deepEqual(k('World Health Organization', [], 'organization').keys, ['o:organization:world health organization']);
  // a shared surname (null) links no one-word name; an unknown surname links a full name to the one-word entity
  const stored = new Map<string, number | null>([['s:trump', null], ['so:trump', 7], ['so:merz', 9]]);
  assert.equal(linkedEntity(k('Trump'), (x) => stored.get(x)), undefined);
  assert.equal(linkedEntity(k('Friedrich Merz'), (x) => stored.get(x)), 9);
});

// Why: a corpus stored before entities were linked keeps working: its entities get their keys on upgrade.
test('a SQLite store made before migration 2 gets entity keys for its entities when opened', async () => {
  const file = path.join(dir, 'old.sqlite');
  const db = new Database(file);
  db.exec(migrations[0]!.sql);
  db.pragma('user_version = 1');
  db.prepare("INSERT INTO entities (code, name, kind, country, sectors) VALUES ('USAGOV', 'Donald J. Trump', 'person', 'USA', '[\"GOV\"]')").run();
  db.close();
  const s = openSqliteStore(file);
  try {
    await s.putArticle(buildArticle({ id: 'n1', date: '2025-02-01', text: 'Donald Trump spoke.', actors: [{ name: 'Donald Trump', code: 'USAGOV', kind: 'person', mentions: ['Donald Trump'] }] }));
    const trumps = await s.actors({ q: 'Trump' });
    assert.deepEqual(trumps.map((a) => [a.name, a.articles]), [['Donald J. Trump', 1]]);
  } finally { await s.close(); }
});
