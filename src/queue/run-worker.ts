import { setTimeout as sleep } from 'node:timers/promises';
import type PgBoss from 'pg-boss';
import { codeArticleAsync, DyadError, type Resources } from '../api.js';
import { createPostgresStore, isTransientPgError, redactUrl } from '../store/postgres/postgres-store.js';
import { ARTICLE_QUEUE, type ArticleJob, jobArticle, openQueue, pendingJobs } from './article-queue.js';

export interface WorkerOptions {
  /** postgres:// URL of the store; the queue lives in the same database. */
  db: string;
  resources: Resources;
  /** Stop when no job is waiting or running anywhere (else wait for more). */
  exitWhenIdle?: boolean;
  /** Pause between polls of an empty queue (ms, default 500). */
  pollMs?: number;
  /** How often timed-out jobs are failed and retried (s, default 10). */
  maintenanceSeconds?: number;
  /** Give up when Postgres stays unreachable this long (ms, default 10 minutes). */
  outageMs?: number;
  /** One line per notable thing (job failed, connection lost, back). */
  log: (line: string) => void;
  /** Stops the loop after the current article. */
  signal?: AbortSignal;
}

export interface WorkerStats {
  stored: number;
  duplicates: number;
  failed: number;
  sentences: number;
  events: number;
}

/**
 * `dyad worker`: pulls article jobs from the queue, codes each and stores it (one transaction), and acknowledges the
 * job only after that transaction committed. A worker killed at any point loses nothing: its job times out and is
 * retried, and the store's idempotence (same id or content hash) makes the retry store the article exactly once.
 * When Postgres goes away (restart, failover) the worker waits and carries on with new connections.
 */
export async function runWorker(opts: WorkerOptions): Promise<WorkerStats> {
  const stats: WorkerStats = { stored: 0, duplicates: 0, failed: 0, sentences: 0, events: 0 };
  const where = redactUrl(opts.db);
  let outage = false;
  const noteError = (e: Error): void => {
    if (isTransientPgError(e)) {
      if (!outage) opts.log(`dyad worker: lost Postgres at ${where} (${e.message}); reconnecting`);
      outage = true;
    } else {
      opts.log(`dyad worker: ${e.message}`);
    }
  };
  /** Runs `fn`, waiting out connection trouble with growing pauses; other errors are thrown. */
  const retrying = async <T>(fn: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    for (let pause = 100; ; pause = Math.min(pause * 2, 2000)) {
      try {
        const v = await fn();
        if (outage) { opts.log(`dyad worker: Postgres is back at ${where}`); outage = false; }
        return v;
      } catch (e) {
        if (!isTransientPgError(e) || Date.now() - t0 > (opts.outageMs ?? 600_000)) throw e;
        noteError(e as Error);
        await sleep(pause);
      }
    }
  };

  const store = await retrying(async () => {
    const s = createPostgresStore(opts.db, { onPoolError: noteError });
    try {
      await s.ready;
      return s;
    } catch (e) {
      await s.close();
      throw e;
    }
  });
  let boss: PgBoss | undefined;
  try {
    boss = await retrying(() => openQueue(opts.db, { maintenanceSeconds: opts.maintenanceSeconds, onError: noteError }));
    while (!opts.signal?.aborted) {
      const jobs = await retrying(() => boss!.fetch<unknown>(ARTICLE_QUEUE, { batchSize: 1 }));
      const job = jobs[0];
      if (!job) {
        if (opts.exitWhenIdle && (await retrying(() => pendingJobs(boss!))) === 0) break;
        await sleep(opts.pollMs ?? 500);
        continue;
      }
      const data = jobArticle(job.data);
      if (!data) {
        stats.failed++;
        opts.log(`dyad worker: E_JOB job ${job.id} holds no article ({article: {id, text}}); failed`);
        await retrying(() => boss!.fail(ARTICLE_QUEUE, job.id, { message: 'not an article job' }));
        continue;
      }
      const { article, defaultDate, source } = data;
      try {
        const coded = await codeArticleAsync(article, opts.resources, { defaultDate });
        const r = await retrying(() => store.putArticle(coded, { source }));
        if (r.status === 'inserted') {
          stats.stored++;
          stats.sentences += coded.sentences.length;
          stats.events += coded.events.length;
        } else {
          stats.duplicates++;
        }
      } catch (e) {
        // Bad data or a bug: the job is failed, pg-boss retries it up to its limit, the worker goes on.
        stats.failed++;
        const msg = e instanceof DyadError ? e.message : `article ${article.id}: ${(e as Error).stack ?? e}`;
        opts.log(`dyad worker: E_CODE article ${article.id} failed: ${msg.split('\n')[0]}`);
        await retrying(() => boss!.fail(ARTICLE_QUEUE, job.id, { message: msg }));
        continue;
      }
      // Acknowledged only now that the article's transaction committed.
      await retrying(() => boss!.complete(ARTICLE_QUEUE, job.id));
    }
  } finally {
    await boss?.stop({ graceful: false, wait: true }).catch(() => undefined);
    await store.close().catch(() => undefined);
  }
  return stats;
}
