import { DyadError, formatError, openStore, type Store } from '../api.js';

/** Opens the store of `--db` for a command; a user error (bad path, unreachable server) is one line on `err` and null. */
export async function openStoreOrReport(db: string | undefined, err: NodeJS.WritableStream): Promise<Store | null> {
  try {
    return await openStore(db);
  } catch (e) {
    if (e instanceof DyadError) { err.write(formatError(e) + '\n'); return null; }
    throw e;
  }
}
