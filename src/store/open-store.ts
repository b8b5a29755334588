import { DEFAULT_DB, isPostgresUrl } from './db-url.js';
import type { Store, StoreOptions } from './store.js';

export { DEFAULT_DB, isPostgresUrl };

/**
 * Opens a store from a `--db` value: a file path (SQLite) or a postgres:// URL (Postgres, connecting on first use).
 * Each backend's module (and its driver: pg ~70 ms of start-up CPU, better-sqlite3) is imported only when chosen.
 */
export async function openStore(db: string = DEFAULT_DB, opts: StoreOptions = {}): Promise<Store> {
  if (isPostgresUrl(db)) return (await import('./postgres/postgres-store.js')).createPostgresStore(db, opts);
  return (await import('./sqlite/sqlite-store.js')).openSqliteStore(db, opts);
}
