import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, test } from 'node:test';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ArticleRefused, DyadError } from '../../src/core/errors.js';
import type { Article, CodedArticle, IngestItem } from '../../src/core/types.js';
import { ingestArticles, type Coder } from '../../src/pipeline/ingest.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { buildArticle } from '../store/fixtures.js';
import { PG_SKIP, PG_URL, pgQuery, withSchema } from './pg-helpers.js';

// A coder that returns the hand-built contract JSON of each article (the Coder interface is how ingest takes any
// coder); the store under test is a real Postgres schema.
function fixtureCoder(byId: Map<string, CodedArticle>): Coder {
  return { concurrency: 1, code: async (a: Article) => byId.get(a.id)! };
}

async function* items(ids: string[], texts: Map<string, CodedArticle>): AsyncIterable<IngestItem> {
  let line = 0;
  for (const id of ids) {
    line++;
    const c = texts.get(id)!;
    yield { ok: true, value: { article: { id, text: c.text, date: c.date }, origin: { input: 'batch.jsonl', line } } };
  }
}

const bin = path.resolve(import.meta.dirname, '../../../bin/dyad.js');

/** A trigger that fails the insert of article `id` in this schema, as a fault of the store would (not a refusal of the article). */
async function refuseArticle(url: string, schema: string, id: string): Promise<void> {
  await pgQuery(url, `CREATE FUNCTION ${schema}.store_fault() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN IF NEW.id = '${id}' THEN RAISE EXCEPTION 'test trigger: store fault'; END IF; RETURN NEW; END $$`);
  await pgQuery(url, `CREATE TRIGGER store_fault BEFORE INSERT ON ${schema}.articles FOR EACH ROW EXECUTE FUNCTION ${schema}.store_fault()`);
}

if (PG_SKIP) {
  test('ingest batches into Postgres', { skip: PG_SKIP }, () => undefined);
} else {
  const url = PG_URL!;
  const schemas: string[] = [];
  const open = () => {
    const schema = `t_${randomBytes(5).toString('hex')}`;
    schemas.push(schema);
    return openPostgresStore(withSchema(url, schema));
  };
  after(async () => {
    for (const s of schemas) await pgQuery(url, `DROP SCHEMA IF EXISTS ${s} CASCADE`);
  });
  const article = (id: string, text: string) => buildArticle({ id, date: '2024-01-02', text, actors: [], events: [] });

  // Why: one article the store refuses used to roll back its whole batch of 32 and stop the run.
  test('ingest: an article Postgres refuses (NUL) is reported with its line and skipped; the rest of its batch is stored', async () => {
    const s = await open();
    try {
      const coded = new Map([['a', article('a', 'China praised Russia.')], ['b', article('b', 'Iran\u0000 met Iraq.')], ['c', article('c', 'Chile thanked Peru.')]]);
      const errors: DyadError[] = [];
      const p = await ingestArticles(items(['a', 'b', 'c'], coded), s, fixtureCoder(coded), { onError: (e) => errors.push(e) });
      assert.equal(p.stored, 2);
      assert.equal(p.failed, 1);
      assert.equal(p.read, 2);
      assert.equal(errors.length, 1);
      assert.match(errors[0]!.message, /NUL/);
      assert.deepEqual(errors[0]!.origin, { input: 'batch.jsonl', line: 2 });
      assert.equal((await s.counts()).articles, 2);
      assert.equal(await s.hasArticle('b', ''), false);
    } finally { await s.close(); }
  });

  // Why: a fault of the store itself, inside the batch's transaction (after the batch's first article was written), is
  // not one article's: the whole batch rolls back and the run stops with it. (This test used to close the store first,
  // so the run failed at hasArticle, before any batch was written.)
  test('ingest: a fault of the store inside the batch transaction rolls the whole batch back and stops the run', async () => {
    const schema = `t_${randomBytes(5).toString('hex')}`;
    schemas.push(schema);
    const s = await openPostgresStore(withSchema(url, schema));
    try {
      await s.counts(); // the schema exists
      await refuseArticle(url, schema, 'y');
      const coded = new Map([['x', article('x', 'Iran met Iraq.')], ['y', article('y', 'Chile thanked Peru.')], ['z', article('z', 'Peru thanked Chile.')]]);
      const errors: DyadError[] = [];
      await assert.rejects(() => ingestArticles(items(['x', 'y', 'z'], coded), s, fixtureCoder(coded), { onError: (e) => errors.push(e) }),
        (e: unknown) => e instanceof DyadError && e.code === 'E_DB' && !(e instanceof ArticleRefused) && /test trigger: store fault/.test(e.message));
      assert.equal(errors.length, 0, 'no article is blamed for the store\'s fault');
      // x was inserted in the same transaction before y failed: nothing of the batch is stored
      assert.equal((await s.counts()).articles, 0);
      assert.equal(await s.hasArticle('x', ''), false);
    } finally { await s.close(); }
  });

  // The same fault through `dyad ingest`: the run stops with exit status 1 and one E_DB line, nothing of the batch stored.
  test('dyad ingest: a fault of the store inside the batch transaction prints one E_DB line and stores nothing of the batch', async () => {
    const schema = `t_${randomBytes(5).toString('hex')}`;
    schemas.push(schema);
    const db = withSchema(url, schema);
    const s = await openPostgresStore(db);
    await s.counts();
    await refuseArticle(url, schema, 'y');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-pg-fault-'));
    try {
      const input = path.join(dir, 'in.jsonl');
      fs.writeFileSync(input, ['x', 'y', 'z'].map((id, i) => JSON.stringify({ id, date: '2024-01-02', text: ['Iran met Iraq.', 'Chile thanked Peru.', 'Peru thanked Chile.'][i] })).join('\n') + '\n');
      const r = spawnSync(process.execPath, [bin, 'ingest', '--no-progress', '--workers', '1', '--db', db, input], { encoding: 'utf8' });
      assert.equal(r.status, 1, r.stderr);
      const dbLines = r.stderr.split('\n').filter((l) => l.includes('E_DB'));
      assert.equal(dbLines.length, 1, r.stderr);
      assert.match(dbLines[0]!, /test trigger: store fault/);
      assert.doesNotMatch(r.stderr, /ingest done/);
      assert.equal((await s.counts()).articles, 0);
    } finally {
      await s.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
