import { createPostgresStore } from './postgres/postgres-store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store, StoreOptions } from './store.js';

/** The database a command uses when `--db` is not given. */
export const DEFAULT_DB = 'dyad.sqlite';

/** True for a `--db` value naming a Postgres database rather than an SQLite file. */
export const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//.test(db);

/** Opens a store from a `--db` value: a file path (SQLite) or a postgres:// URL (Postgres, connecting on first use). */
export function openStore(db: string = DEFAULT_DB, opts: StoreOptions = {}): Store {
  if (isPostgresUrl(db)) return createPostgresStore(db, opts);
  return openSqliteStore(db, opts);
}
