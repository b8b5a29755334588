import fs from 'node:fs';
import { openExistingStoreOrReport } from './open-store-or-report.js';
import type { Command } from 'commander';
import { DEFAULT_DB, EXPORT_FORMATS, exportCorpus, MODALITIES, type ExportFormat, type Modality } from '../api.js';

export interface ExportCommandOptions {
  db?: string;
  format: string;
  from?: string;
  to?: string;
  allModalities?: boolean;
  header?: boolean;
  out?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `dyad export`: the stored corpus as GDELT Events/Mentions, PLOVER JSONL, CSV or GraphML. */
export async function runExport(opts: ExportCommandOptions, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  if (!(EXPORT_FORMATS as string[]).includes(opts.format)) {
    err.write(`dyad: E_FORMAT unknown export format ${opts.format} (use ${EXPORT_FORMATS.join(', ')})\n`);
    return 2;
  }
  for (const [k, v] of [['--from', opts.from], ['--to', opts.to]] as const) {
    if (v !== undefined && !DATE.test(v)) { err.write(`dyad: E_DATE ${k} must be YYYY-MM-DD, got ${v}\n`); return 2; }
  }
  const store = await openExistingStoreOrReport(opts.db ?? DEFAULT_DB, err, { readOnlyIfNeeded: true });
  if (!store) return 1;
  let fd: number | undefined;
  if (opts.out) {
    try {
      fd = fs.openSync(opts.out, 'w');
    } catch (e) {
      await store.close();
      err.write(`dyad: E_WRITE cannot write ${opts.out}: ${(e as Error).message}\n`);
      return 1;
    }
  }
  const target = fd !== undefined ? fs.createWriteStream('', { fd }) : out;
  // A reader that goes away (`dyad export ... | head`) ends the export quietly; other write errors are reported.
  let failure: NodeJS.ErrnoException | null = null;
  (target as NodeJS.EventEmitter).on('error', (e: NodeJS.ErrnoException) => { failure = e; });
  const stop = new Error('output closed');
  const write = (line: string): Promise<void> | void => {
    if (failure) throw stop;
    if (!target.write(line + '\n')) {
      return new Promise((resolve, reject) => {
        const done = (): void => { (target as NodeJS.EventEmitter).off('error', fail); resolve(); };
        const fail = (): void => { (target as NodeJS.EventEmitter).off('drain', done); reject(stop); };
        (target as NodeJS.EventEmitter).once('drain', done);
        (target as NodeJS.EventEmitter).once('error', fail);
      });
    }
  };
  try {
    const all: Modality[] = [...MODALITIES];
    const rows = await exportCorpus(store, opts.format as ExportFormat, write, {
      from: opts.from, to: opts.to, header: opts.header, modalities: opts.allModalities ? all : ['asserted'],
    });
    if (opts.out) {
      await new Promise<void>((resolve, reject) => (target as fs.WriteStream).end((e?: Error | null) => (e ? reject(e) : resolve())));
      err.write(`export: ${rows} rows of ${opts.format} written to ${opts.out}\n`);
    }
    return 0;
  } catch (e) {
    if (e !== stop && !failure) throw e;
    const f = failure as NodeJS.ErrnoException | null;
    if (f?.code === 'EPIPE') return 0;
    err.write(`dyad: E_WRITE cannot write ${opts.out ?? 'the output'}: ${f?.message}\n`);
    return 1;
  } finally {
    await store.close();
  }
}

export function registerExportCommand(program: Command, setStatus: (s: number) => void): void {
  program.command('export')
    .description('export a corpus database: gdelt-events (61 columns), gdelt-mentions (16), plover (JSONL), csv, graphml')
    .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
    .option('--db <path>', 'SQLite file', DEFAULT_DB)
    .option('--from <YYYY-MM-DD>', 'events on or after this date')
    .option('--to <YYYY-MM-DD>', 'events on or before this date')
    .option('--all-modalities', 'also negated, future, hypothetical and historical events (default: asserted only)')
    .option('--header', 'GDELT: write a header row of column names')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (opts: ExportCommandOptions) => { setStatus(await runExport(opts, process.stdout, process.stderr)); });
}
