import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { DyadError } from '../../src/core/errors.js';
import type { CodedArticle } from '../../src/core/types.js';
import { openSqliteStore, SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { sampleCorpus } from './fixtures.js';
import { storeContract } from './store-contract.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-store-'));
let n = 0;
after(() => fs.rmSync(dir, { recursive: true, force: true }));

storeContract('sqlite', async () => openSqliteStore(path.join(dir, `c${++n}.sqlite`)));

test('a read-only database gives a clear E_DB error and stores nothing of the article', async () => {
  const file = path.join(dir, 'ro.sqlite');
  const s = openSqliteStore(file);
  await s.putArticle(sampleCorpus()[0]!);
  await s.close();
  const ro = new SqliteStore(new Database(file, { readonly: true }));
  try {
    await assert.rejects(ro.putArticle(sampleCorpus()[1]!), (e: unknown) => e instanceof DyadError && e.code === 'E_DB' && /paper-2/.test(e.message) && /nothing of it was stored/.test(e.message) && !e.message.includes('\n'));
    assert.deepEqual((await ro.counts()).articles, 1);
  } finally { await ro.close(); }
});

test('threadWriter: a file store names its file and options for a second connection; in memory and read-only, none', async () => {
  const file = path.join(dir, 'tw.sqlite');
  const s = openSqliteStore(file, { clusterWindowDays: 3, durable: true });
  const w = s.threadWriter();
  assert.deepEqual(w, { file, options: { clusterWindowDays: 3, durable: true } });
  // what a second connection opened from it writes, the first one reads (WAL: committed rows, no waiting)
  const other = openSqliteStore(w!.file, w!.options);
  await other.putArticle(sampleCorpus()[0]!);
  assert.equal((await s.counts()).articles, 1);
  assert.equal(await s.hasArticle(sampleCorpus()[0]!.id, ''), true);
  await other.close();
  await s.close();
  const mem = openSqliteStore(':memory:');
  assert.equal(mem.threadWriter(), undefined);
  await mem.close();
  const ro = new SqliteStore(new Database(file, { readonly: true }));
  assert.equal(ro.threadWriter(), undefined);
  await ro.close();
});

/** Spans of real annotations cover words, so they never cut a surrogate pair in two (SQLite text is UTF-8). */
function onCodePoints(text: string, sp: { start: number; end: number }): { start: number; end: number } {
  const low = (i: number) => i > 0 && i < text.length && /[\udc00-\udfff]/.test(text[i]!) && /[\ud800-\udbff]/.test(text[i - 1]!);
  return { start: low(sp.start) ? sp.start - 1 : sp.start, end: low(sp.end) ? sp.end - 1 : sp.end };
}

test('property: any article with any text and spans round-trips through the store unchanged', async () => {
  const s = openSqliteStore(path.join(dir, 'prop.sqlite'));
  const span = (len: number) => fc.tuple(fc.nat({ max: len }), fc.nat({ max: len })).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
  const article = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }).chain((text) => fc.record({
    text: fc.constant(text),
    date: fc.option(fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: undefined }),
    mentions: fc.array(span(text.length).map((sp) => onCodePoints(text, sp)), { minLength: 1, maxLength: 5 }),
    evidence: fc.array(span(text.length).map((sp) => onCodePoints(text, sp)), { maxLength: 4 }),
    name: fc.string({ maxLength: 30 }),
  }));
  try {
    let n = 0;
    await fc.assert(fc.asyncProperty(article, async (x) => {
      const id = `p${++n}`;
      const coded: CodedArticle = {
        id, ...(x.date ? { date: x.date } : {}), text: x.text, sentences: [{ start: 0, end: x.text.length }],
        actors: [{ id: 'a1', name: x.name, kind: 'other', code: '', country: null, sectors: [], mentions: x.mentions, mentionIds: x.mentions.map((_, i) => `m${i}`) }],
        quotes: [],
        events: x.evidence.map((ev, i) => ({ id: `e${i + 1}`, source: 'a1', target: null, sourceCode: '', targetCode: '', cameo: '010', root: '01', quad: 1,
          goldstein: 0, plover: { event: null, mode: null }, modality: 'asserted' as const, sentence: 0, evidence: ev, rule: 'prop' })),
      };
      const put = await s.putArticle(coded);
      if (put.status === 'duplicate') { // the same text came up again: stored once, under its first id
        assert.equal(put.reason, 'hash');
        return;
      }
      const back = await s.article(id);
      assert.deepEqual(back?.article, coded);
      const evs = await s.events({ article: id });
      assert.deepEqual(evs.map((e) => e.evidenceText), coded.events.map((e) => x.text.slice(e.evidence.start, e.evidence.end)));
    }), { numRuns: 60 });
  } finally { await s.close(); }
});

test('a database made before folded names (schema 1) gets them on open: "erdogan" finds the stored Erdoğan', async () => {
  const { migrations } = await import('../../src/store/sqlite/migrations.js');
  const { pageCorpus } = await import('./fixtures.js');
  const file = path.join(dir, 'schema1.sqlite');
  const db = new Database(file);
  db.exec(migrations[0]!.sql);
  db.pragma('user_version = 1');
  db.prepare("INSERT INTO entities (code, name, kind, country, sectors) VALUES ('TURGOV', 'Recep Tayyip Erdoğan', 'person', 'TUR', '[]')").run();
  db.close();
  const s = openSqliteStore(file);
  try {
    assert.deepEqual((await s.actors({ q: 'erdogan' })).map((a) => a.name), ['Recep Tayyip Erdoğan']);
    // Articles stored afterwards join the same entity.
    await s.putArticle(pageCorpus()[0]!);
    assert.equal((await s.actors({ q: 'erdogan' }))[0]?.articles, 1);
  } finally { await s.close(); }
});
