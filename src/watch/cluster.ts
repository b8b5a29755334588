import { createHash } from 'node:crypto';
import type PgBoss from 'pg-boss';
import { openQueue } from '../queue/article-queue.js';
import { dbError, redactUrl } from '../store/postgres/postgres-store.js';
import type { Store } from '../store/store.js';
import type { FeedState } from '../store/watch-store.js';
import { iso } from './clock.js';
import type { PollSource } from './watcher.js';

/** The pg-boss queue of feed polls (in the same `<schema>_queue` as the article queue). */
export const POLL_QUEUE = 'dyad-feed-polls';

interface PollJob {
  url: string;
  /** The feed's nextPollAt when the job was made: one job per feed per due time. */
  due: string;
}

/** A stable UUID per feed and due time: every scheduler in the cluster makes the same job, which pg-boss stores once. */
export function pollJobId(url: string, due: string): string {
  const h = createHash('sha256').update(`dyad-poll\u0000${url}\u0000${due}`, 'utf8').digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface ClusterOptions {
  /** A poll job still active after this long is taken as lost (its process died) and retried by another (s, default 600). */
  jobTimeoutSeconds?: number;
  onError?: (e: Error) => void;
}

/**
 * Polls shared by every `dyad watch` process on one Postgres database through pg-boss: each process turns the feeds
 * that are due into jobs (the job id is derived from feed and due time, so N schedulers make one job), and takes jobs
 * with `FOR UPDATE SKIP LOCKED`. A feed is thus polled once per interval across the cluster; a process killed mid-poll
 * leaves its job active until the timeout, then another process polls the feed. A job whose feed was polled since (its
 * due time moved on) is completed without a poll.
 */
export async function pgBossPollSource(db: string, store: Store, opts: ClusterOptions = {}): Promise<PollSource> {
  // Several processes starting at once race to create the queues (Postgres may report a deadlock): look again and retry.
  let boss: PgBoss | undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      boss ??= await openQueue(db, { onError: opts.onError });
      if (!(await boss.getQueue(POLL_QUEUE))) await boss.createQueue(POLL_QUEUE, { name: POLL_QUEUE, policy: 'standard' });
      break;
    } catch (e) {
      if (attempt < 5) { await new Promise((r) => setTimeout(r, 50 + Math.random() * 200 * attempt)); continue; }
      await boss?.stop({ graceful: false, wait: true }).catch(() => undefined);
      throw dbError(`cannot open the poll queue on ${redactUrl(db)}: ${(e as Error).message}`, e);
    }
  }
  const q: PgBoss = boss;
  const sent = new Map<string, string>(); // url -> due already turned into a job by this process
  const jobOf = new Map<string, string>(); // url -> job in hand
  return {
    async take(now, limit) {
      for (const f of await store.dueFeeds(iso(now), 1000)) {
        if (sent.get(f.url) === f.nextPollAt) continue;
        await q.send(POLL_QUEUE, { url: f.url, due: f.nextPollAt } satisfies PollJob, {
          id: pollJobId(f.url, f.nextPollAt), expireInSeconds: opts.jobTimeoutSeconds ?? 600, retryLimit: 3, retryDelay: 1,
        });
        sent.set(f.url, f.nextPollAt);
      }
      if (sent.size > 100_000) sent.clear(); // bounded memory; a forgotten entry costs one duplicate send, which pg-boss drops
      if (limit <= 0) return [];
      const jobs = await q.fetch<PollJob>(POLL_QUEUE, { batchSize: limit });
      const out: FeedState[] = [];
      for (const j of jobs) {
        const feed = j.data?.url ? await store.feed(j.data.url) : null;
        if (!feed || feed.nextPollAt !== j.data.due || jobOf.has(feed.url)) {
          await q.complete(POLL_QUEUE, j.id); // polled since, or no longer followed
          continue;
        }
        jobOf.set(feed.url, j.id);
        out.push(feed);
      }
      return out;
    },
    async done(feed, ok) {
      const id = jobOf.get(feed.url);
      if (!id) return;
      jobOf.delete(feed.url);
      if (ok) await q.complete(POLL_QUEUE, id); else await q.fail(POLL_QUEUE, id, { message: 'poll not saved' });
    },
    async close() {
      await q.stop({ graceful: false, wait: true }).catch(() => undefined);
    },
  };
}
