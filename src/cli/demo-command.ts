import fs from 'node:fs';
import { openStoreOrReport } from './open-store-or-report.js';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { formatError, ingestArticles, loadResources, readInputs, threadCoder } from '../api.js';
import { addServeOptions, parsePort, serveUntilSignal, type ServeCommandOptions } from './serve-command.js';

/** The bundled sample corpus (seed article + CC BY Wikinews articles; see samples/ATTRIBUTION.md). */
export const SAMPLES = fileURLToPath(new URL('../../../samples/articles.jsonl', import.meta.url));

/** `dyad demo`: ingest the sample corpus into a fresh SQLite file and serve the page. */
export async function runDemo(opts: ServeCommandOptions & { db?: string }, err: NodeJS.WritableStream): Promise<number> {
  const port = parsePort(opts.port);
  if (typeof port === 'string') { err.write(port + '\n'); return 2; }
  const db = opts.db ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-demo-')), 'demo.sqlite');
  const store = await openStoreOrReport(db, err);
  if (!store) return 1;
  err.write(`dyad demo: coding the sample corpus into ${db}\n`);
  const p = await ingestArticles(readInputs([SAMPLES]), store, threadCoder(loadResources()), {
    onError: (e) => err.write(formatError(e) + '\n'),
  });
  err.write(`dyad demo: ${p.stored} articles stored (${p.skipped} already there), ${p.sentences} sentences, ${p.events} events in ${(p.elapsedMs / 1000).toFixed(1)} s\n`);
  return serveUntilSignal(store, opts, port, err);
}

export function registerDemoCommand(program: Command, setStatus: (s: number) => void): void {
  addServeOptions(program.command('demo')
    .description('code the bundled sample corpus into a fresh SQLite file and serve the page (the quickest way to see dyad)')
    .option('--db <path>', 'SQLite file to create (default: a new temporary file)'))
    .action(async (opts: ServeCommandOptions) => { setStatus(await runDemo(opts, process.stderr)); });
}
