import { createHash } from 'node:crypto';
import { DyadError } from '../core/errors.js';
import type { SourcedArticle } from '../core/types.js';
import type { Resources } from '../resources/resources.js';
import type { ResolvedReadOptions } from '../stages/ingest/options.js';
import type { Store } from '../store/store.js';
import type { FeedState, PollRecord } from '../store/watch-store.js';
import { iso } from './clock.js';
import { fetchWithLimits, type FetchLimits } from './fetcher.js';
import { ingestWatched } from './ingest.js';
import { itemArticle, readFeedItems, type FeedItem } from './items.js';
import { hostOf, type Limiter } from './limiter.js';
import { backoffSeconds, clamp, FAILURE_WEIGHT, feedHintSeconds, nextInterval, type IntervalBounds, type Severity } from './schedule.js';

export interface PollContext {
  store: Store;
  resources: Resources;
  readOptions: ResolvedReadOptions;
  limits: FetchLimits;
  bounds: IntervalBounds;
  /** Per-host request limit, shared by feeds and pages. */
  hosts: Limiter;
  now: () => number;
  random: () => number;
  /** Fetch each new item's page (else the feed's text is coded). */
  fetchPages: boolean;
  /** Item keys some poll of this process is working on (an item in two feeds polled at once is taken once). */
  inFlight: Set<string>;
  onError: (e: DyadError) => void;
  signal?: AbortSignal;
}

/** What polling did to items and the store: one poll's (PollSummary) or a watch's running total (WatchStats). */
export interface ItemCounts {
  itemsNew: number;
  itemsRevised: number;
  itemsSeen: number;
  stored: number;
  skipped: number;
  failed: number;
  events: number;
}

export interface PollSummary extends ItemCounts {
  url: string;
  status: FeedState['lastStatus'];
  error: string | null;
}

/**
 * Polls one feed: a conditional GET; on a new body, reads the items, fetches the page of each new or revised one,
 * ingests them (the store's idempotence keeps a re-seen item from being coded twice), and then saves the feed's new
 * state and the items seen, in one transaction. Articles are committed before the items are marked seen, so a kill
 * in between re-reads the items on the next poll and finds them stored: nothing is lost, nothing coded twice.
 */
export async function pollFeed(feed: FeedState, ctx: PollContext): Promise<PollSummary> {
  const t = ctx.now();
  const sum: PollSummary = { url: feed.url, status: 'ok', itemsNew: 0, itemsRevised: 0, itemsSeen: 0, stored: 0, skipped: 0, failed: 0, events: 0, error: null };
  const out = await ctx.hosts.run(hostOf(feed.fetchUrl), () =>
    fetchWithLimits(feed.fetchUrl, { etag: feed.etag, lastModified: feed.lastModified }, ctx.limits, t, ctx.signal));
  const next: PollRecord['feed'] = {
    url: feed.url, fetchUrl: out.movedTo ?? feed.fetchUrl, etag: feed.etag, lastModified: feed.lastModified, bodyHash: feed.bodyHash,
    intervalSeconds: feed.intervalSeconds, nextPollAt: feed.nextPollAt, lastPollAt: iso(t), lastStatus: 'ok', lastError: null,
    failures: 0, lastNewItemAt: feed.lastNewItemAt,
  };
  const failed = (severity: Severity, message: string): void => {
    next.failures = feed.failures + FAILURE_WEIGHT[severity];
    next.nextPollAt = iso(t + backoffSeconds(next.failures, feed.intervalSeconds, ctx.random) * 1000);
    next.lastStatus = 'error';
    next.lastError = message;
    sum.status = 'error';
    sum.error = message;
    ctx.onError(new DyadError('E_FETCH', `${message}; next try ${next.nextPollAt}`, { input: feed.url }));
  };
  const items: PollRecord['items'] = [];
  if (out.kind === 'not-modified') {
    next.lastStatus = sum.status = 'not-modified';
    next.etag = out.etag ?? feed.etag;
    next.lastModified = out.lastModified ?? feed.lastModified;
    next.intervalSeconds = nextInterval(feed.intervalSeconds, false, ctx.bounds);
  } else if (out.kind === 'retry-after') {
    // Told to come back later: that is not the feed's fault, but an unreadable Retry-After gets the error backoff.
    next.failures = feed.failures;
    const wait = out.retryAfterMs ?? backoffSeconds(feed.failures + FAILURE_WEIGHT.temporary, feed.intervalSeconds, ctx.random) * 1000;
    next.nextPollAt = iso(t + Math.max(wait, 1000));
    next.lastStatus = sum.status = 'retry-after';
    next.lastError = `HTTP ${out.status}, Retry-After ${out.retryAfterMs === null ? 'missing' : `${Math.round(out.retryAfterMs / 1000)} s`}`;
  } else if (out.kind === 'error') {
    failed(out.severity, out.message);
  } else {
    const bodyHash = createHash('sha256').update(out.body).digest('hex');
    next.etag = out.etag;
    next.lastModified = out.lastModified;
    next.bodyHash = bodyHash;
    const hint = feedHintSeconds(out.body.subarray(0, 8192).toString('latin1'), out.cacheControl);
    if (bodyHash === feed.bodyHash) {
      next.lastStatus = sum.status = 'unchanged';
      next.intervalSeconds = nextInterval(feed.intervalSeconds, false, ctx.bounds, hint);
    } else {
      const read = readFeedItems(feed.url, out.body, ctx.readOptions);
      // a feed that cannot be read at all (malformed, not a feed); an empty feed is fine, just nothing new
      const whole = read.problems.find((p) => !p.ok && p.error.origin?.item === undefined && p.error.code !== 'E_EMPTY');
      if (whole && !read.items.length && !whole.ok) {
        next.bodyHash = feed.bodyHash; // read it again next time: the server may fix it
        failed('soft', `${whole.error.code} ${whole.error.message}`);
      } else {
        for (const p of read.problems) if (!p.ok && !(p.error.code === 'E_EMPTY' && p.error.origin?.item === undefined)) ctx.onError(p.error);
        const found = await ingestItems(feed, read.items, ctx, sum, items);
        next.lastStatus = sum.status = 'ok';
        if (found) next.lastNewItemAt = iso(t);
        next.intervalSeconds = nextInterval(feed.intervalSeconds, found, ctx.bounds, hint);
      }
    }
  }
  if (sum.status !== 'error' && sum.status !== 'retry-after') {
    next.intervalSeconds = clamp(next.intervalSeconds, ctx.bounds.min, ctx.bounds.max);
    next.nextPollAt = iso(t + next.intervalSeconds * 1000);
  }
  await ctx.store.savePoll({ feed: next, items, now: iso(t) });
  return sum;
}

/** Codes and stores the new and revised items; fills `items` with what to mark seen. True when any was new. */
async function ingestItems(feed: FeedState, all: FeedItem[], ctx: PollContext, sum: PollSummary, items: PollRecord['items']): Promise<boolean> {
  const seen = await ctx.store.seenItems(all.map((i) => i.key));
  const todo: { item: FeedItem; id: string }[] = [];
  for (const item of all) {
    const before = seen[item.key];
    if (before && before.hash === item.hash) { sum.itemsSeen++; continue; }
    if (ctx.inFlight.has(item.key)) { sum.itemsSeen++; continue; } // another poll is storing it now
    // A revised story is a new article (its first version stays, with the evidence it had); its events join the same clusters.
    const id = before ? `${item.article.id}#rev-${item.hash.slice(0, 12)}` : item.article.id;
    if (before) sum.itemsRevised++; else sum.itemsNew++;
    todo.push({ item, id });
  }
  for (const t of todo) ctx.inFlight.add(t.item.key);
  try {
    const articles: SourcedArticle[] = [];
    await Promise.all(todo.map(async (t) => {
      const page = ctx.fetchPages && t.item.article.url ? await fetchPage(t.item.article.url, ctx) : null;
      const a = itemArticle(t.item, t.id, feed.url, page, ctx.readOptions);
      if (a.ok) articles.push(a.value);
      else { ctx.onError(a.error); sum.failed++; }
      items.push({ key: t.item.key, hash: t.item.hash, article: a.ok ? a.value.article.id : null });
    }));
    // Coded in feed order (pages arrive in any order), so a re-run stores the same articles in the same order.
    const order = new Map(todo.map((t, i) => [t.id, i]));
    articles.sort((a, b) => order.get(a.article.id)! - order.get(b.article.id)!);
    const r = await ingestWatched(articles, ctx.store, ctx.resources, ctx.onError);
    sum.stored += r.stored;
    sum.skipped += r.skipped;
    sum.failed += r.failed;
    sum.events += r.events;
  } finally {
    for (const t of todo) ctx.inFlight.delete(t.item.key);
  }
  return sum.itemsNew + sum.itemsRevised > 0;
}

async function fetchPage(url: string, ctx: PollContext): Promise<Buffer | null> {
  const out = await ctx.hosts.run(hostOf(url), () => fetchWithLimits(url, {}, ctx.limits, ctx.now(), ctx.signal));
  return out.kind === 'ok' ? out.body : null;
}
