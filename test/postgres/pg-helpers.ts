/** Helpers for tests against a real Postgres: the server's URL comes from DYAD_PG_URL (scripts/pg-test-server.sh sets it). */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const PG_URL = process.env.DYAD_PG_URL;
export const PG_SKIP = PG_URL ? false : 'DYAD_PG_URL is not set: start a server with `eval "$(scripts/pg-test-server.sh start)"` (.ci/run does)';

/** The URL with `?schema=name` set (dyad's store uses that schema). */
export function withSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('schema', schema);
  return u.toString();
}

/** A fresh database on the test server; returns its URL and a function that drops it. */
export async function freshDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try { await admin.query(`CREATE DATABASE ${name}`); } finally { await admin.end(); }
  const u = new URL(PG_URL!);
  u.pathname = '/' + name;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      try { await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); } finally { await c.end(); }
    },
  };
}

/** Runs one query on the server (admin work in tests). */
export async function pgQuery(url: string, sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try { return (await c.query(sql, params)).rows as Record<string, unknown>[]; } finally { await c.end(); }
}
