import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, test } from 'node:test';
import { DyadError } from '../../src/core/errors.js';
import { openPostgresStore, type PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { openStore } from '../../src/store/open-store.js';
import { buildArticle } from '../store/fixtures.js';
import { storeContract } from '../store/store-contract.js';
import { PG_SKIP, PG_URL, pgQuery, withSchema } from './pg-helpers.js';

if (PG_SKIP) {
  test('postgres store contract', { skip: PG_SKIP }, () => undefined);
} else {
  const url = PG_URL!;
  const schemas: string[] = [];
  const open = async (): Promise<PostgresStore> => {
    const schema = `t_${randomBytes(5).toString('hex')}`;
    schemas.push(schema);
    return openPostgresStore(withSchema(url, schema));
  };
  after(async () => {
    for (const s of schemas) await pgQuery(url, `DROP SCHEMA IF EXISTS ${s} CASCADE`);
  });

  storeContract('postgres', open);

  test('postgres: openStore picks Postgres for a postgres:// URL and two stores on one schema share the data', async () => {
    const schema = `t_${randomBytes(5).toString('hex')}`;
    schemas.push(schema);
    const a = await openStore(withSchema(url, schema));
    const b = await openStore(withSchema(url, schema));
    try {
      const art = buildArticle({ id: 'shared-1', date: '2024-01-02', text: 'China praised Russia.',
        actors: [{ name: 'China', code: 'CHN', kind: 'country', mentions: ['China'] }, { name: 'Russia', code: 'RUS', kind: 'country', mentions: ['Russia'] }],
        events: [{ source: 'China', target: 'Russia', cameo: '051', evidence: 'praised' }] });
      // The same article from two connections at once: one inserts, the other sees a duplicate.
      const results = await Promise.all([a.putArticle(art), b.putArticle(art), b.putArticle({ ...art, id: 'shared-2' })]);
      assert.deepEqual(results.map((r) => r.status).sort(), ['duplicate', 'duplicate', 'inserted']);
      assert.equal((await b.counts()).articles, 1);
      assert.equal((await a.events({ article: 'shared-1' }))[0]?.evidenceText, 'praised');
    } finally {
      await a.close();
      await b.close();
    }
  });

  test('postgres: an unreachable server is a clear E_DB error naming the host, password hidden', async () => {
    const s = await openStore('postgres://dyad:secret@127.0.0.1:1/none');
    await assert.rejects(() => s.counts(), (e: unknown) => {
      assert.ok(e instanceof DyadError);
      assert.equal(e.code, 'E_DB');
      assert.match(e.message, /127\.0\.0\.1:1/);
      assert.doesNotMatch(e.message, /secret/);
      return true;
    });
    await s.close();
  });

  test('postgres: an article holding NUL is refused with a clear error and stores nothing', async () => {
    const s = await open();
    try {
      const bad = buildArticle({ id: 'nul', date: '2024-01-02', text: 'China\u0000 praised Russia.', actors: [], events: [] });
      await assert.rejects(() => s.putArticle(bad), /NUL/);
      assert.equal((await s.counts()).articles, 0);
    } finally { await s.close(); }
  });

  test('postgres: a schema made before folded names (version 1) gets them on open: "erdogan" finds the stored Erdoğan', async () => {
    const { pgMigrations } = await import('../../src/store/postgres/migrations.js');
    const schema = `t_${randomBytes(5).toString('hex')}`;
    schemas.push(schema);
    await pgQuery(url, `CREATE SCHEMA ${schema}; SET search_path = ${schema}; ${pgMigrations[0]!.sql}
      CREATE TABLE ${schema}.dyad_schema (version INTEGER NOT NULL); INSERT INTO ${schema}.dyad_schema VALUES (1);
      INSERT INTO ${schema}.entities (code, name, kind, country, sectors) VALUES ('TURGOV', 'Recep Tayyip Erdoğan', 'person', 'TUR', '[]');`);
    const s = await openPostgresStore(withSchema(url, schema));
    try {
      assert.deepEqual((await s.actors({ q: 'erdogan' })).map((a) => a.name), ['Recep Tayyip Erdoğan']);
      assert.deepEqual((await s.quotes({ speaker: 'erdogan' })), []);
    } finally { await s.close(); }
  });
}
