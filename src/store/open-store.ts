import { DyadError } from '../core/errors.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store, StoreOptions } from './store.js';

/** The database a command uses when `--db` is not given. */
export const DEFAULT_DB = 'dyad.sqlite';

/** Opens a store from a `--db` value: a file path (SQLite) or, later, a postgres:// URL. */
export function openStore(db: string = DEFAULT_DB, opts: StoreOptions = {}): Store {
  if (/^postgres(ql)?:\/\//.test(db)) {
    throw new DyadError('E_DB', `Postgres is not supported yet (${db.replace(/\/\/[^@/]*@/, '//***@')}); use an SQLite file path`);
  }
  return openSqliteStore(db, opts);
}
