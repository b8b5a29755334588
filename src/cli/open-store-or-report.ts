import fs from 'node:fs';
import { DyadError, formatError, isPostgresUrl, openStore, type Store, type StoreOptions } from '../api.js';

/** Opens the store of `--db` for a command; a user error (bad path, unreachable server) is one line on `err` and null. */
export async function openStoreOrReport(db: string | undefined, err: NodeJS.WritableStream, opts: StoreOptions = {}): Promise<Store | null> {
  try {
    return await openStore(db, opts);
  } catch (e) {
    if (e instanceof DyadError) { err.write(formatError(e) + '\n'); return null; }
    throw e;
  }
}

/**
 * Opens a store that must exist already (`dyad query`, `dyad export`): an SQLite path with no file is one line on
 * `err` and null, and no empty database is created. A postgres:// URL is opened as it is.
 */
export async function openExistingStoreOrReport(db: string, err: NodeJS.WritableStream, opts: StoreOptions = {}): Promise<Store | null> {
  if (!isPostgresUrl(db) && !fs.existsSync(db)) {
    err.write(`dyad: E_DB no database at ${db}; create one with dyad ingest --db ${db} FILES\n`);
    return null;
  }
  return openStoreOrReport(db, err, opts);
}
