import { DyadError, formatError } from '../core/errors.js';
import { openStore } from '../store/open-store.js';
import type { Store, StoreOptions } from '../store/store.js';

/** Opens the store of `--db` for a command; a user error (bad path, unreachable server) is one line on `err` and null. */
export function openStoreOrReport(db: string | undefined, err: NodeJS.WritableStream, opts: StoreOptions = {}): Store | null {
  try {
    return openStore(db, opts);
  } catch (e) {
    if (e instanceof DyadError) { err.write(formatError(e) + '\n'); return null; }
    throw e;
  }
}
