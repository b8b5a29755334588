import { createPostgresStore } from './postgres/postgres-store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import { DEFAULT_DB, isPostgresUrl } from './db-url.js';
import type { Store, StoreOptions } from './store.js';

export { DEFAULT_DB, isPostgresUrl };

/** Opens a store from a `--db` value: a file path (SQLite) or a postgres:// URL (Postgres, connecting on first use). */
export function openStore(db: string = DEFAULT_DB, opts: StoreOptions = {}): Store {
  if (isPostgresUrl(db)) return createPostgresStore(db, opts);
  return openSqliteStore(db, opts);
}
