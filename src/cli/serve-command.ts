import fs from 'node:fs';
import { openStoreOrReport } from './open-store-or-report.js';
import type { Command } from 'commander';
import { DEFAULT_DB, DyadError, formatError, serve, type RunningServer, type Store } from '../api.js';
import { ArticleCoder } from '../http/article-coder.js';
import { budgetMsOption } from './shared-options.js';

export interface ServeCommandOptions {
  db?: string;
  host?: string;
  port?: string;
  allowWrite?: boolean;
  token?: string;
  budgetMs?: string;
}

export const DEFAULT_PORT = 8765;

/** Parses --port; returns an error line or the number. */
export function parsePort(p: string | undefined): number | string {
  const port = p === undefined ? DEFAULT_PORT : Number(p);
  return Number.isInteger(port) && port >= 0 && port <= 65535 ? port : `dyad: E_ARG --port must be 0-65535, got ${p}`;
}

/** Serves a store until SIGINT/SIGTERM; resolves with the exit status once closed. */
export async function serveUntilSignal(store: Store, opts: ServeCommandOptions, port: number, err: NodeJS.WritableStream): Promise<number> {
  const host = opts.host ?? '127.0.0.1';
  let running: RunningServer;
  try {
    running = await serve(store, {
      host, port, allowWrite: opts.allowWrite, token: opts.token ?? process.env.DYAD_TOKEN,
      coder: () => new ArticleCoder({ budgetMs: opts.budgetMs === undefined ? undefined : Number(opts.budgetMs) }),
    });
  } catch (e) {
    await store.close();
    if (e instanceof DyadError) { err.write(formatError(e) + '\n'); return 2; }
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      err.write(`dyad: E_LISTEN cannot listen on ${host}:${port} (${code}); choose another --port or --host\n`);
      return 1;
    }
    throw e;
  }
  if (!['127.0.0.1', 'localhost', '::1'].includes(host)) err.write(`dyad: warning: listening on ${host}, reachable from other machines\n`);
  err.write(`dyad serve: ${running.url}/ (API at ${running.url}/api${opts.allowWrite ? ', writes on' : ''}); Ctrl-C to stop\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => { process.off('SIGINT', stop); process.off('SIGTERM', stop); resolve(); };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await running.close();
  await store.close();
  return 0;
}

/** `dyad serve`: the HTTP API and the page over an existing corpus database. */
export async function runServe(opts: ServeCommandOptions, err: NodeJS.WritableStream): Promise<number> {
  const port = parsePort(opts.port);
  if (typeof port === 'string') { err.write(port + '\n'); return 2; }
  const budget = budgetMsOption(opts.budgetMs);
  if ('error' in budget) { err.write(budget.error + '\n'); return 2; }
  const db = opts.db ?? DEFAULT_DB;
  if (!/^postgres(ql)?:\/\//.test(db) && !fs.existsSync(db)) {
    err.write(`dyad: E_DB no database at ${db}; create one with dyad ingest --db ${db} FILES (or try dyad demo)\n`);
    return 1;
  }
  // without writes a corpus on read-only media is served as it is
  const store = await openStoreOrReport(db, err, { readOnlyIfNeeded: !opts.allowWrite });
  if (!store) return 1;
  return serveUntilSignal(store, opts, port, err);
}

export function addServeOptions(cmd: Command): Command {
  return cmd
    .option('--host <host>', 'interface to bind (default 127.0.0.1: this machine only)', '127.0.0.1')
    .option('--port <port>', `port (0: any free port)`, String(DEFAULT_PORT))
    .option('--allow-write', 'enable POST /api/articles (needs --token or DYAD_TOKEN, 16+ characters)')
    .option('--token <token>', 'bearer token for write endpoints (prefer the DYAD_TOKEN environment variable)')
    .option('--budget-ms <ms>', 'CPU time one posted article may take before it is refused with E_BUDGET (default 10000 + 1 per 50 characters; 0: none)');
}

export function registerServeCommand(program: Command, setStatus: (s: number) => void): void {
  addServeOptions(program.command('serve')
    .description('serve the JSON API and the web page over a corpus database')
    .option('--db <path>', 'SQLite file', DEFAULT_DB))
    .action(async (opts: ServeCommandOptions) => { setStatus(await runServe(opts, process.stderr)); });
}
