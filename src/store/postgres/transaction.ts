import type pg from 'pg';
import { DyadError } from '../../core/errors.js';

/** An E_DB error that keeps the driver's error as its cause (so callers can tell a dropped connection from bad data). */
export function dbError(message: string, cause: unknown): DyadError {
  return Object.assign(new DyadError('E_DB', message), { cause });
}

/** One query on the pool once the schema is `ready`: its rows, or an E_DB error naming the database. */
export async function queryRows(pool: pg.Pool, ready: Promise<void>, where: string, sql: string, params: unknown[]): Promise<Array<Record<string, unknown>>> {
  await ready;
  try {
    return (await pool.query(sql, params)).rows as Array<Record<string, unknown>>;
  } catch (e) {
    throw dbError(`query failed on ${where}: ${(e as Error).message}`, e);
  }
}

/**
 * Runs `fn` in one transaction on one pooled connection: BEGIN, `fn`, COMMIT; when anything throws, ROLLBACK and
 * `fail(error)` is thrown. A connection that failed (or saw an 'error' event: the server went away mid-transaction)
 * is not given back to the pool. The client's 'error' event is listened to meanwhile, so a cut connection fails the
 * running query instead of ending the process. The store's writes, its migrations and the watch tables share it.
 */
export async function inTransaction<T>(pool: pg.Pool, where: string, fn: (c: pg.PoolClient) => Promise<T>, fail: (e: unknown) => Error): Promise<T> {
  let c: pg.PoolClient;
  try {
    c = await pool.connect();
  } catch (e) {
    throw dbError(`cannot reach Postgres at ${where}: ${(e as Error).message}`, e);
  }
  let broken = false;
  const onError = (): void => { broken = true; };
  c.on('error', onError);
  try {
    await c.query('BEGIN');
    const v = await fn(c);
    await c.query('COMMIT');
    return v;
  } catch (e) {
    broken = true;
    await c.query('ROLLBACK').catch(() => undefined);
    throw fail(e);
  } finally {
    c.off('error', onError);
    c.release(broken);
  }
}
