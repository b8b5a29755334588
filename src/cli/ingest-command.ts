import type { Command } from 'commander';
import { openStoreOrReport } from './open-store-or-report.js';
import { checkParserModel, DEFAULT_DB, DyadError, formatError, ingestArticles, loadResources, readInputs, threadCoder, UndatedWarnings, type IngestOptions, type IngestProgress } from '../api.js';
import { CodePool } from '../queue/code-pool.js';
import { runEnqueue, workersOption } from './worker-command.js';
import { dateOption, maxArticleCharsOption } from './shared-options.js';
import { DICTIONARIES_ONLY_HELP, PARSER_MODEL_HELP, resourceOptions, type ResourceFlags } from './resource-options.js';

export interface IngestCommandOptions extends ResourceFlags {
  db?: string;
  date?: string;
  source?: string;
  logEvery?: string;
  progress?: boolean;
  maxArticleChars?: string;
  batch?: string;
  /** Enqueue one job per article for `dyad worker` instead of coding here (Postgres only). */
  enqueue?: boolean;
  jobTimeout?: string;
  /** Coding threads (default: one per core). */
  workers?: string;
  /** SQLite: every committed batch survives a power cut (synchronous = FULL). */
  durable?: boolean;
}

const rate = (p: IngestProgress): number => Math.round(p.sentences / Math.max(p.elapsedMs / 1000, 1e-3));
const line = (p: IngestProgress): string =>
  `ingest: ${p.read} articles (${p.stored} stored, ${p.skipped} skipped, ${p.failed} failed), ${p.sentences} sentences, ${rate(p)} sentences/s, ${p.events} events`;

/** `dyad ingest`: code and store articles, skipping those already stored. */
export async function runIngest(files: string[], opts: IngestCommandOptions, err: NodeJS.WriteStream | NodeJS.WritableStream): Promise<number> {
  const date = dateOption(opts.date), maxChars = maxArticleCharsOption(opts.maxArticleChars);
  for (const c of [date, maxChars]) if ('error' in c) { err.write(c.error + '\n'); return 2; }
  const maxArticleChars = 'value' in maxChars ? maxChars.value : undefined;
  const every = opts.logEvery === undefined ? 100 : Number(opts.logEvery);
  if (!Number.isInteger(every) || every < 1) {
    err.write(`dyad: E_ARG --log-every must be a positive integer, got ${opts.logEvery}\n`);
    return 2;
  }
  const batchSize = opts.batch === undefined ? undefined : Number(opts.batch);
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0 && batchSize <= 10_000)) {
    err.write(`dyad: E_ARG --batch must be a whole number from 1 to 10000, got ${opts.batch}\n`);
    return 2;
  }
  const resourceOpts = resourceOptions(opts);
  if (typeof resourceOpts === 'string') { err.write(`dyad: E_ARG ${resourceOpts}\n`); return 2; }
  const db = opts.db ?? DEFAULT_DB;
  if (opts.enqueue) {
    if (opts.parserModel !== undefined) { err.write('dyad: E_ARG --parser-model goes to the `dyad worker` processes that code the queued articles, not to ingest --enqueue\n'); return 2; }
    return runEnqueue(files, { ...opts, db }, err);
  }
  const workers = workersOption(opts.workers);
  if (typeof workers === 'string') { err.write(`dyad: E_ARG ${workers}\n`); return 2; }
  // a model of one's own is read before the store is opened: a bad file leaves no new database behind
  if (opts.parserModel !== undefined) {
    try {
      checkParserModel(opts.parserModel);
    } catch (e) {
      if (e instanceof DyadError) { err.write(formatError(e) + '\n'); return 2; }
      throw e;
    }
  }
  const store = await openStoreOrReport(db, err, { durable: opts.durable });
  if (!store) return 1;
  const tty = opts.progress !== false && (err as NodeJS.WriteStream).isTTY === true;
  // the progress bar's module is loaded only for a terminal
  const bar = tty ? new (await import('cli-progress')).default.SingleBar({
    stream: err as NodeJS.WriteStream, hideCursor: true, clearOnComplete: false,
    format: 'ingest {read} articles | {stored} stored | {skipped} skipped | {sps} sentences/s | {events} events',
  }) : null;
  bar?.start(0, 0, { read: 0, stored: 0, skipped: 0, sps: 0, events: 0 });
  let lastLog = 0;
  // First Ctrl-C: store the articles in hand and stop (exit 130); a second one ends at once (the open transaction rolls back).
  const abort = new AbortController();
  const onSigint = (): void => {
    if (abort.signal.aborted) { bar?.stop(); process.exit(130); }
    abort.abort();
  };
  process.on('SIGINT', onSigint);
  try {
    const undated = new UndatedWarnings(files.length ? files : ['-'], opts.date);
    const pool = workers > 1 ? new CodePool(workers, resourceOpts) : null;
    const ingestOpts: IngestOptions = {
      defaultDate: opts.date, source: opts.source, signal: abort.signal, batchSize,
      onError: (e) => { if (bar) bar.stop(); err.write(formatError(e) + '\n'); },
      onProgress: (q, item) => {
        const warning = undated.check(item.article, item.origin);
        if (warning) { bar?.stop(); err.write(warning + '\n'); }
        if (bar) bar.update(q.read, { read: q.read, stored: q.stored, skipped: q.skipped, sps: rate(q), events: q.events });
        else if (q.read - lastLog >= every) { lastLog = q.read; err.write(line(q) + '\n'); }
      },
    };
    let p: IngestProgress;
    try {
      await pool?.ready();
      const items = readInputs(files, { maxArticleChars, onSkip: (file, why) => err.write(`dyad warning W_SKIPPED ${file}: ${why}\n`) });
      p = await ingestArticles(items, store, pool ?? threadCoder(loadResources(resourceOpts)), ingestOpts);
    } finally {
      await pool?.close();
    }
    bar?.stop();
    if (abort.signal.aborted) {
      err.write(line(p).replace('ingest:', `ingest interrupted (${db}); run it again to resume:`) + '\n');
      return 130;
    }
    err.write(line(p).replace('ingest:', `ingest done (${db}):`) + '\n');
    return p.failed ? 1 : 0;
  } catch (e) {
    bar?.stop();
    if (e instanceof DyadError) { err.write(formatError(e) + '\n'); return 1; }
    throw e;
  } finally {
    process.off('SIGINT', onSigint);
    await store.close();
  }
}

export function registerIngestCommand(program: Command, setStatus: (s: number) => void): void {
  program.command('ingest')
    .description('code articles and store them in a corpus database (already stored articles are skipped)')
    .option('--db <path|url>', 'SQLite file (created when missing) or postgres://user:pass@host:port/db[?schema=dyad]', DEFAULT_DB)
    .option('--date <YYYY-MM-DD>', 'publication date for articles that have none')
    .option('--source <name>', 'outlet name stored with every article (default: the host of its URL)')
    .option('--dictionaries <dir>', 'PETRARCH/TABARI dictionaries added to the bundled ones')
    .option('--dictionaries-only [dir]', DICTIONARIES_ONLY_HELP)
    .option('--parser-model <file>', PARSER_MODEL_HELP)
    .option('--max-article-chars <n>', 'skip (with an error) articles longer than this many characters (default 5000000)')
    .option('--batch <n>', 'articles per transaction (default 32; 1: one transaction per article)')
    .option('--log-every <n>', 'without a terminal: print a progress line every n articles', '100')
    .option('--no-progress', 'no progress bar even on a terminal')
    .option('--workers <n>', 'coding threads (default: one per core)')
    .option('--durable', 'SQLite: a committed batch survives a power cut too (synchronous=FULL: an fsync per batch; default NORMAL may roll back the last batches)')
    .option('--enqueue', 'with a postgres:// --db: queue one job per article for `dyad worker` processes instead of coding here')
    .option('--job-timeout <seconds>', 'with --enqueue: a job running longer is taken as lost (its worker died) and retried', '300')
    .argument('[files...]', 'inputs: files, directories, - for standard input')
    .action(async (files: string[], opts: IngestCommandOptions) => { setStatus(await runIngest(files, opts, process.stderr)); });
}
