import type { Command } from 'commander';
import { openExistingStoreOrReport } from './open-store-or-report.js';
import { DyadError, formatError } from '../api.js';
import { runQuery, QUERY_KINDS } from '../query/run-query.js';
import { DEFAULT_DB } from '../api.js';

/** `dyad query KIND key=value ...`: the same queries and parameters as the HTTP API, printed as JSON. */
export async function runQueryCommand(kind: string, pairs: string[], opts: { db?: string; pretty?: boolean }, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const params: Record<string, string> = {};
  for (const p of pairs) {
    const eq = p.indexOf('=');
    if (eq <= 0) { err.write(`dyad: E_ARG query parameters are key=value, got "${p}"\n`); return 2; }
    params[p.slice(0, eq)] = p.slice(eq + 1);
  }
  const store = await openExistingStoreOrReport(opts.db ?? DEFAULT_DB, err, { readOnlyIfNeeded: true });
  if (!store) return 1;
  try {
    const result = await runQuery(store, kind, params);
    out.write(JSON.stringify(result, null, opts.pretty ? 2 : undefined) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof DyadError) { err.write(formatError(e) + '\n'); return e.code === 'E_NOT_FOUND' ? 1 : 2; }
    throw e;
  } finally {
    await store.close();
  }
}

export function registerQueryCommand(program: Command, setStatus: (s: number) => void): void {
  program.command('query')
    .description(`query a corpus database: ${QUERY_KINDS.join(', ')} (parameters as key=value, as in the HTTP API)`)
    .option('--db <path>', 'SQLite file', DEFAULT_DB)
    .option('--pretty', 'indent the JSON')
    .argument('<kind>', QUERY_KINDS.join(' | '))
    .argument('[params...]', 'e.g. actor=CHN from=2024-01-01 interval=month')
    .addHelpText('after', `
Examples:
  dyad query events source=CHN target=RUS from=2024-01-01
  dyad query series source=USA target=CHN interval=month both=true
  dyad query network from=2024-01-01 to=2024-03-31
  dyad query quotes speaker="Dong Jun"
  dyad query article id=seed-dong-shoigu`)
    .action(async (kind: string, params: string[], opts: { db?: string; pretty?: boolean }) => {
      setStatus(await runQueryCommand(kind, params, opts, process.stdout, process.stderr));
    });
}
