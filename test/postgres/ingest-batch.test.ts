import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, test } from 'node:test';
import type { DyadError } from '../../src/core/errors.js';
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

  // Why: a fault of the store itself (here: a closed connection pool) is not one article's; the run must stop with it.
  test('ingest: a fault of the store itself is thrown, not counted as bad articles', async () => {
    const s = await open();
    await s.counts();
    await s.close();
    const coded = new Map([['x', article('x', 'Iran met Iraq.')], ['y', article('y', 'Chile thanked Peru.')]]);
    const errors: DyadError[] = [];
    await assert.rejects(() => ingestArticles(items(['x', 'y'], coded), s, fixtureCoder(coded), { onError: (e) => errors.push(e) }));
    assert.equal(errors.length, 0);
  });
}
