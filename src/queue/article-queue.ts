import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import { DyadError } from '../core/errors.js';
import type { Article } from '../core/types.js';
import { dbError, parsePgUrl, redactUrl } from '../store/postgres/postgres-store.js';

/**
 * The durable job queue of articles to code, kept in Postgres by pg-boss (in schema `<store schema>_queue`, beside the
 * corpus). One job per article; the job id is derived from the article id, so enqueueing the same article twice while
 * its job is still known adds nothing. Jobs are fetched with `FOR UPDATE SKIP LOCKED`, so any number of workers on any
 * number of machines share one queue; a job whose worker died is failed by timeout and retried.
 */
export const ARTICLE_QUEUE = 'dyad-articles';

/** What one job carries: the article as read, and the ingest options that apply to it. */
export interface ArticleJob {
  article: Article;
  defaultDate?: string;
  source?: string;
}

export interface QueueOptions {
  /** How often (s) pg-boss's maintenance fails timed-out jobs so they are retried (default 10). */
  maintenanceSeconds?: number;
  /** Connections in pg-boss's pool (default 2). */
  poolSize?: number;
  onError?: (e: Error) => void;
}

export interface EnqueueOptions {
  /** A job still active after this many seconds is taken to be lost (its worker died) and is retried (default 300). */
  jobTimeoutSeconds?: number;
  /** How often a failing or lost job is tried again before it is left failed (default 5). */
  retryLimit?: number;
}

/** A stable UUID for an article id (SHA-256 based, version nibble 5), so the queue can refuse a second job for it. */
export function articleJobId(articleId: string): string {
  const h = createHash('sha256').update('dyad-article\u0000' + articleId, 'utf8').digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Starts pg-boss on the store's database (installing its tables on first use) and makes sure the queue exists. */
export async function openQueue(url: string, opts: QueueOptions = {}): Promise<PgBoss> {
  const { connectionString, schema } = parsePgUrl(url);
  const boss = new PgBoss({
    connectionString, schema: `${schema}_queue`, max: opts.poolSize ?? 2, application_name: 'dyad-queue',
    schedule: false, supervise: true, maintenanceIntervalSeconds: opts.maintenanceSeconds ?? 10,
  });
  // pg-boss reports connection trouble (e.g. a server restart) as events; without a listener they would end the process.
  boss.on('error', (e) => opts.onError?.(e));
  try {
    await boss.start();
    if (!(await boss.getQueue(ARTICLE_QUEUE))) await boss.createQueue(ARTICLE_QUEUE, { name: ARTICLE_QUEUE, policy: 'standard' });
  } catch (e) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    throw dbError(`cannot open the job queue on ${redactUrl(url)}: ${(e as Error).message}`, e);
  }
  return boss;
}

/**
 * Adds one job for an article; false when a job for that article id is already queued. An article Postgres cannot
 * hold (U+0000 in a field) is an E_QUEUE error naming it.
 */
export async function enqueueArticle(boss: PgBoss, job: ArticleJob, opts: EnqueueOptions = {}): Promise<boolean> {
  const a = job.article;
  if ([a.id, a.text, a.title, a.url, a.date].some((v) => typeof v === 'string' && v.includes('\u0000'))) {
    throw new DyadError('E_QUEUE', `article ${a.id}: holds the NUL character (U+0000), which Postgres cannot store; remove it or ingest into SQLite`);
  }
  try {
    const id = await boss.send(ARTICLE_QUEUE, job as unknown as object, {
      id: articleJobId(a.id), singletonKey: a.id,
      expireInSeconds: opts.jobTimeoutSeconds ?? 300, retryLimit: opts.retryLimit ?? 5, retryDelay: 1,
    });
    return id !== null;
  } catch (e) {
    throw dbError(`cannot queue article ${a.id}: ${(e as Error).message}`, e);
  }
}

/** The article of a job, or null when the job does not hold one (written by something other than dyad). */
export function jobArticle(data: unknown): ArticleJob | null {
  const j = data as Partial<ArticleJob> | null;
  const a = j?.article;
  if (!a || typeof a !== 'object' || typeof a.id !== 'string' || typeof a.text !== 'string') return null;
  return j as ArticleJob;
}

/** Jobs not finished yet: waiting, waiting for a retry, or being worked on. */
export async function pendingJobs(boss: PgBoss): Promise<number> {
  return boss.getQueueSize(ARTICLE_QUEUE, { before: 'completed' });
}
