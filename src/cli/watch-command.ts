import fs from 'node:fs';
import type { Command } from 'commander';
import { DEFAULT_DB, DyadError, formatError, isPostgresUrl, loadResources } from '../api.js';
import { loadRules, defaultRules } from '../watch/alerts/rules.js';
import { systemClock } from '../watch/clock.js';
import { fileSink, streamSink, webhookSink, type Sink } from '../watch/deliver/sinks.js';
import { readFeedList } from '../watch/feed-list.js';
import { progressLine, ProgressLine } from '../watch/progress.js';
import { Watcher, type PollSource } from '../watch/watcher.js';
import { openStoreOrReport } from './open-store-or-report.js';

export interface WatchCommandOptions {
  feeds: string;
  db?: string;
  alerts?: string;
  out?: string;
  webhook?: string[];
  webhookSecret?: string;
  deadLetter?: string;
  maxAttempts?: string;
  retryDelay?: string;
  evaluateEvery?: string;
  interval?: string;
  minInterval?: string;
  maxInterval?: string;
  concurrency?: string;
  perHost?: string;
  timeout?: string;
  maxBytes?: string;
  pages?: boolean;
  once?: boolean;
  exitAfter?: string;
  progress?: boolean;
  dictionaries?: string;
  maxArticleChars?: string;
}

type Out = NodeJS.WriteStream | NodeJS.WritableStream;

function num(name: string, v: string | undefined, dflt: number, min: number, max: number, integer = true): number | string {
  if (v === undefined) return dflt;
  const x = Number(v);
  return Number.isFinite(x) && x >= min && x <= max && (!integer || Number.isInteger(x)) ? x : `${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, got ${v}`;
}

/** `dyad watch`: follow feeds, code what is new, raise and deliver alerts, until stopped. */
export async function runWatch(opts: WatchCommandOptions, out: Out, err: Out): Promise<number> {
  const nums = {
    interval: num('--interval', opts.interval, 900, 1, 604_800),
    minInterval: num('--min-interval', opts.minInterval, 300, 1, 604_800),
    maxInterval: num('--max-interval', opts.maxInterval, 86_400, 1, 2_592_000),
    concurrency: num('--concurrency', opts.concurrency, 16, 1, 1024),
    perHost: num('--per-host', opts.perHost, 2, 1, 64),
    timeout: num('--timeout', opts.timeout, 30, 0.05, 3600, false),
    maxBytes: num('--max-bytes', opts.maxBytes, 10 * 1024 * 1024, 1024, 1024 ** 3),
    maxAttempts: num('--max-attempts', opts.maxAttempts, 8, 1, 1000),
    evaluateEvery: num('--evaluate-every', opts.evaluateEvery, 30, 0.1, 86_400, false),
    retryDelay: num('--retry-delay', opts.retryDelay, 10, 0.01, 86_400, false),
    exitAfter: num('--exit-after', opts.exitAfter, 0, 0, 1e9, false),
    maxArticleChars: num('--max-article-chars', opts.maxArticleChars, 5_000_000, 1, 1e9),
  };
  for (const v of Object.values(nums)) if (typeof v === 'string') { err.write(`dyad: E_ARG ${v}\n`); return 2; }
  const o = nums as Record<keyof typeof nums, number>;
  if (o.minInterval > o.maxInterval) { err.write('dyad: E_ARG --min-interval is above --max-interval\n'); return 2; }
  const db = opts.db ?? DEFAULT_DB;
  let urls: string[];
  let rules;
  try {
    const list = readFeedList(opts.feeds);
    for (const e of list.errors) err.write(formatError(e) + '\n');
    if (!list.urls.length) { err.write(`dyad: E_EMPTY ${opts.feeds}: no feed URL to follow\n`); return 1; }
    urls = list.urls;
    rules = opts.alerts ? loadRules(opts.alerts) : defaultRules();
  } catch (e) {
    if (e instanceof DyadError) { err.write(formatError(e) + '\n'); return e.code === 'E_RULES' ? 2 : 1; }
    throw e;
  }
  const secret = opts.webhookSecret ?? process.env.DYAD_WEBHOOK_SECRET;
  const sinks: Sink[] = [];
  if (opts.out && opts.out !== '-') sinks.push(fileSink(opts.out));
  if (opts.out === '-' || (!opts.out && !opts.webhook?.length)) sinks.push(streamSink(out));
  for (const w of opts.webhook ?? []) {
    if (!/^https?:\/\//.test(w)) { err.write(`dyad: E_ARG --webhook must be an http(s) URL, got ${w}\n`); return 2; }
    sinks.push(webhookSink(w, { secret }));
  }
  const store = await openStoreOrReport(db, err);
  if (!store) return 1;
  const tty = opts.progress !== false && (err as NodeJS.WriteStream).isTTY === true;
  const line = new ProgressLine(err, tty);
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let timer: NodeJS.Timeout | null = null;
  let source: PollSource | undefined;
  let watcher: Watcher | undefined;
  try {
    await store.addFeeds(urls, new Date().toISOString(), Math.min(Math.max(o.interval, o.minInterval), o.maxInterval));
    const cluster = isPostgresUrl(db);
    // One watcher on its own database takes back the leases a killed predecessor held; in a cluster, pg-boss does that.
    if (!cluster) await store.releaseWatchLeases();
    // pg-boss (and pg) load only for a cluster, so that `dyad code` and a SQLite watch never load them
    source = cluster ? await (await import('../watch/cluster.js')).pgBossPollSource(db, store, { onError: (e) => line.message(`dyad watch: queue: ${e.message}`) }) : undefined;
    const resources = loadResources({ dictionaries: opts.dictionaries });
    const w: Watcher = watcher = new Watcher({
      store, resources, clock: systemClock, source, concurrency: o.concurrency, perHost: o.perHost, fetchPages: opts.pages !== false,
      bounds: { min: o.minInterval, max: o.maxInterval }, limits: { timeoutMs: Math.round(o.timeout * 1000), maxBytes: o.maxBytes },
      maxArticleChars: o.maxArticleChars, rules, sinks, follow: new Set(urls), evaluateEveryMs: Math.round(o.evaluateEvery * 1000),
      deliver: {
        maxAttempts: o.maxAttempts, baseDelayMs: Math.round(o.retryDelay * 1000),
        onDead: opts.deadLetter ? async (alert, d, error) => {
          await fs.promises.appendFile(opts.deadLetter!, JSON.stringify({ alert, sink: d.sink, attempts: d.attempts + 1, error }) + '\n');
        } : undefined,
      },
      onError: (e) => line.message(formatError(e)),
      onPoll: () => line.update(progressLine(w.stats, urls.length)),
      onAlert: () => line.update(progressLine(w.stats, urls.length), true),
    });
    err.write(`dyad watch: following ${urls.length} feeds into ${db.startsWith('postgres') ? 'Postgres' : db}${cluster ? ' (polls shared through the queue)' : ''}; `
      + `alerts to ${sinks.map((s) => s.name.replace(/^webhook:.*/, 'webhook')).join(', ')}\n`);
    // --exit-after counts from here: the dictionaries are loaded and the first poll is about to start
    if (o.exitAfter > 0) timer = setTimeout(onSignal, o.exitAfter * 1000);
    await w.run(stop.signal, { once: opts.once });
    line.end();
    err.write(progressLine(w.stats, urls.length).replace('watch:', `watch ${opts.once ? 'done' : 'stopped'}:`) + '\n');
    return 0;
  } catch (e) {
    line.end();
    if (e instanceof DyadError) { err.write(formatError(e) + '\n'); return 1; }
    throw e;
  } finally {
    if (timer) clearTimeout(timer);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await watcher?.close().catch(() => undefined);
    await source?.close();
    await store.close();
  }
}

const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

export function registerWatchCommand(program: Command, setStatus: (s: number) => void): void {
  program.command('watch')
    .description('follow feeds: code new items as they come, raise alerts when a relation shifts (runs until stopped)')
    .requiredOption('--feeds <file>', 'feed URLs, one per line (# comments), or an OPML file')
    .option('--db <path|url>', 'SQLite file or postgres:// URL (with Postgres, several dyad watch processes share the polls)', DEFAULT_DB)
    .option('--alerts <file>', 'alert rules, YAML or JSON (default: shift, first-conflict, surge, drift with their defaults; see docs/watch.md)')
    .option('--out <file|->', 'alerts as JSON lines to this file (- : standard output, the default when no --webhook is given)')
    .option('--webhook <url>', 'POST each alert here (repeatable); signed with --webhook-secret', collect)
    .option('--webhook-secret <secret>', 'HMAC-SHA256 key for the X-Dyad-Signature header (prefer DYAD_WEBHOOK_SECRET)')
    .option('--max-attempts <n>', 'delivery attempts before an alert is dead-lettered', '8')
    .option('--retry-delay <s>', 'first delivery retry after this many seconds, doubling each time (with jitter), at most an hour', '10')
    .option('--dead-letter <file>', 'append dead-lettered alerts here as JSON lines')
    .option('--interval <s>', 'first poll interval of a new feed, seconds', '900')
    .option('--min-interval <s>', 'shortest poll interval, seconds', '300')
    .option('--max-interval <s>', 'longest poll interval, seconds', '86400')
    .option('--concurrency <n>', 'polls at once', '16')
    .option('--per-host <n>', 'requests at once to one host', '2')
    .option('--timeout <s>', 'longest a request may take, seconds', '30')
    .option('--max-bytes <n>', 'largest feed or page read, bytes', String(10 * 1024 * 1024))
    .option('--no-pages', "code the feed's own text instead of fetching each item's page")
    .option('--evaluate-every <s>', 'alerts are evaluated whenever no poll runs, and at least this often while polls keep running', '30')
    .option('--once', 'poll every due feed once, deliver the alerts, and exit')
    .option('--exit-after <s>', 'stop after this many seconds')
    .option('--no-progress', 'no progress line even on a terminal')
    .option('--dictionaries <dir>', 'PETRARCH/TABARI dictionaries replacing the bundled ones')
    .option('--max-article-chars <n>', 'skip (with an error) articles longer than this many characters')
    .action(async (opts: WatchCommandOptions) => { setStatus(await runWatch(opts, process.stdout, process.stderr)); });
}
