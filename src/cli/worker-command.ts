import type { Command } from 'commander';
import { DyadError, formatError, isPostgresUrl, loadResources, readInputs } from '../api.js';
import { defaultThreads } from '../queue/code-pool.js';
import { DICTIONARIES_ONLY_HELP, PARSER_MODEL_HELP, resourceOptions, type ResourceFlags } from './resource-options.js';

/** The queue and Postgres modules (pg, pg-boss), loaded only by the commands that use them. */
const queueModules = async () => ({
  ...(await import('../queue/article-queue.js')), ...(await import('../queue/enqueue.js')), ...(await import('../queue/run-worker.js')),
  ...(await import('../store/postgres/postgres-store.js')),
});

type Out = NodeJS.WriteStream | NodeJS.WritableStream;

/** `--workers n`: a positive integer, default one per core; a message when it is not. */
export function workersOption(v: string | undefined): number | string {
  if (v === undefined) return defaultThreads();
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 && n <= 256 ? n : `--workers must be an integer from 1 to 256, got ${v}`;
}

const positive = (name: string, v: string | undefined, dflt: number): number | string => {
  if (v === undefined) return dflt;
  const n = Number(v);
  return Number.isFinite(n) && n > 0 ? n : `${name} must be a positive number, got ${v}`;
};

/** `dyad ingest --db postgres://... --enqueue`: read the inputs and queue one job per article. */
export async function runEnqueue(files: string[], opts: { db: string; date?: string; source?: string; jobTimeout?: string; maxArticleChars?: string }, err: Out): Promise<number> {
  if (!isPostgresUrl(opts.db)) {
    err.write(`dyad: E_ARG --enqueue needs a postgres:// --db (the job queue lives in Postgres), got ${opts.db}\n`);
    return 2;
  }
  const timeout = positive('--job-timeout', opts.jobTimeout, 300);
  if (typeof timeout === 'string') { err.write(`dyad: E_ARG ${timeout}\n`); return 2; }
  const { openPostgresStore, openQueue, enqueueArticles, redactUrl } = await queueModules();
  try {
    const store = await openPostgresStore(opts.db);
    try {
      const boss = await openQueue(opts.db, { onError: () => undefined });
      try {
        const max = opts.maxArticleChars === undefined ? undefined : Number(opts.maxArticleChars);
        const p = await enqueueArticles(readInputs(files, { maxArticleChars: max }), boss, store, {
          defaultDate: opts.date, source: opts.source, jobTimeoutSeconds: Math.ceil(timeout),
          onError: (e) => err.write(formatError(e) + '\n'),
        });
        err.write(`enqueue done (${redactUrl(opts.db)}): ${p.read} articles (${p.queued} queued, ${p.alreadyQueued} already queued, `
          + `${p.alreadyStored} already stored, ${p.failed} failed) in ${(p.elapsedMs / 1000).toFixed(1)} s\n`);
        return p.failed ? 1 : 0;
      } finally {
        await boss.stop({ graceful: false, wait: true });
      }
    } finally {
      await store.close();
    }
  } catch (e) {
    if (e instanceof DyadError) { err.write(formatError(e) + '\n'); return 1; }
    throw e;
  }
}

export interface WorkerCommandOptions extends ResourceFlags {
  db: string;
  exitWhenIdle?: boolean;
  pollMs?: string;
  maintenanceSeconds?: string;
}

/** `dyad worker`: code and store queued articles until stopped (or, with --exit-when-idle, until the queue is empty). */
export async function runWorkerCommand(opts: WorkerCommandOptions, err: Out): Promise<number> {
  if (!isPostgresUrl(opts.db)) {
    err.write(`dyad: E_ARG dyad worker needs a postgres:// --db, got ${opts.db}\n`);
    return 2;
  }
  const poll = positive('--poll-ms', opts.pollMs, 500);
  const maint = positive('--maintenance-seconds', opts.maintenanceSeconds, 10);
  for (const v of [poll, maint]) if (typeof v === 'string') { err.write(`dyad: E_ARG ${v}\n`); return 2; }
  const resourceOpts = resourceOptions(opts);
  if (typeof resourceOpts === 'string') { err.write(`dyad: E_ARG ${resourceOpts}\n`); return 2; }
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  const t0 = performance.now();
  const { runWorker, redactUrl } = await queueModules();
  try {
    const resources = loadResources(resourceOpts);
    err.write(`dyad worker: ready (${redactUrl(opts.db)}), pid ${process.pid}\n`);
    const s = await runWorker({
      db: opts.db, resources, exitWhenIdle: opts.exitWhenIdle, pollMs: poll as number,
      maintenanceSeconds: Math.max(1, Math.round(maint as number)), signal: stop.signal, log: (l) => err.write(l + '\n'),
    });
    const secs = (performance.now() - t0) / 1000;
    err.write(`dyad worker done: ${s.stored} stored, ${s.duplicates} already stored, ${s.failed} failed, ${s.sentences} sentences, `
      + `${s.events} events in ${secs.toFixed(1)} s\n`);
    return s.failed ? 1 : 0;
  } catch (e) {
    if (e instanceof DyadError) { err.write(formatError(e) + '\n'); return 1; }
    throw e;
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
}

export function registerWorkerCommand(program: Command, setStatus: (s: number) => void): void {
  program.command('worker')
    .description('code and store articles queued by `dyad ingest --enqueue` (run any number, on any machines, against one Postgres)')
    .requiredOption('--db <url>', 'postgres://user:pass@host:port/db[?schema=dyad] holding the store and the queue')
    .option('--dictionaries <dir>', 'PETRARCH/TABARI dictionaries added to the bundled ones')
    .option('--dictionaries-only [dir]', DICTIONARIES_ONLY_HELP)
    .option('--parser-model <file>', PARSER_MODEL_HELP)
    .option('--exit-when-idle', 'exit once no job is waiting or running (else wait for more)')
    .option('--poll-ms <ms>', 'pause between polls of an empty queue', '500')
    .option('--maintenance-seconds <s>', 'how often jobs of dead workers are looked for and retried', '10')
    .action(async (opts: WorkerCommandOptions) => { setStatus(await runWorkerCommand(opts, process.stderr)); });
}
