import { DyadError } from '../core/errors.js';
import type { Resources } from '../resources/resources.js';
import { resolveOptions } from '../stages/ingest/options.js';
import type { Store } from '../store/store.js';
import type { Alert, FeedState } from '../store/watch-store.js';
import { evaluateAlerts } from './alerts/evaluate.js';
import { defaultRules, type AlertRules } from './alerts/rules.js';
import { iso, type Clock } from './clock.js';
import { deliverDue, type DeliverOptions } from './deliver/deliver.js';
import type { Sink } from './deliver/sinks.js';
import { DEFAULT_FETCH_LIMITS, type FetchLimits } from './fetcher.js';
import { Limiter } from './limiter.js';
import { pollFeed, type PollContext, type ItemCounts, type PollSummary } from './poll.js';
import type { IntervalBounds } from './schedule.js';

/** Where a watcher gets the feeds to poll: store leases (one process, or several on one database), or a job queue. */
export interface PollSource {
  /** Up to `limit` feeds due at `now`, taken for this process. */
  take(now: number, limit: number): Promise<FeedState[]>;
  /** The feed's poll was saved (or failed): the source may hand it out again when it is next due. */
  done(feed: FeedState, ok: boolean): Promise<void>;
  close(): Promise<void>;
}

/** Feeds leased in the store (`claimDueFeeds`): a poller that dies lets its lease run out. */
export function storeLeaseSource(store: Store, leaseMs: number): PollSource {
  return {
    take: (now, limit) => (limit > 0 ? store.claimDueFeeds(iso(now), iso(now + leaseMs), limit) : Promise.resolve([])),
    done: async () => undefined,
    close: async () => undefined,
  };
}

export interface WatcherOptions {
  store: Store;
  resources: Resources;
  clock: Clock;
  random?: () => number;
  limits?: Partial<FetchLimits>;
  /** Poll interval bounds in seconds (default 5 minutes to 24 hours). */
  bounds?: IntervalBounds;
  /** Polls at once (default 16) and requests at once per host (default 2). */
  concurrency?: number;
  perHost?: number;
  fetchPages?: boolean;
  rules?: AlertRules;
  sinks?: Sink[];
  deliver?: Partial<DeliverOptions>;
  maxArticleChars?: number;
  source?: PollSource;
  /** Feed leases (default 10 minutes): a poll that takes longer may be taken by another poller. */
  leaseMs?: number;
  /** While polls keep running, alerts are still evaluated at least this often (ms, default 30 s). */
  evaluateEveryMs?: number;
  /**
   * The feeds to follow (the current list). A feed the store knows from an earlier list but not in this one is left
   * alone: not polled, its state kept (put it back in the list to resume it).
   */
  follow?: Set<string>;
  onError?: (e: DyadError) => void;
  onPoll?: (s: PollSummary) => void;
  onAlert?: (a: Alert) => void;
}

export interface WatchStats extends ItemCounts {
  polls: number;
  errors: number;
  notModified: number;
  alerts: number;
  delivered: number;
  retried: number;
  dead: number;
}

/**
 * `dyad watch`: polls due feeds (at most `concurrency` at once, `perHost` requests per host), codes what is new, runs
 * the alert rules over what changed and delivers the alerts. Everything it knows is in the store, so a process killed
 * at any point resumes where the store says. `tick()` is one round at the clock's current time (tests drive it with a
 * FakeClock); `run()` is the long-running loop.
 */
export class Watcher {
  readonly stats: WatchStats = { polls: 0, errors: 0, notModified: 0, itemsNew: 0, itemsRevised: 0, itemsSeen: 0, stored: 0, skipped: 0, failed: 0, events: 0, alerts: 0, delivered: 0, retried: 0, dead: 0 };
  private readonly ctx: PollContext;
  private readonly source: PollSource;
  private readonly rules: AlertRules;
  private readonly sinks: Map<string, Sink>;
  private readonly deliverOpts: DeliverOptions;
  private readonly concurrency: number;
  private readonly inFlight = new Set<Promise<void>>();
  private wake: (() => void) | null = null;

  constructor(private readonly o: WatcherOptions) {
    const random = o.random ?? Math.random;
    const onError = o.onError ?? (() => undefined);
    this.concurrency = Math.max(1, o.concurrency ?? 16);
    this.ctx = {
      store: o.store, resources: o.resources, readOptions: resolveOptions({ maxArticleChars: o.maxArticleChars, stdin: process.stdin }),
      limits: { ...DEFAULT_FETCH_LIMITS, ...o.limits }, bounds: o.bounds ?? { min: 300, max: 86_400 },
      hosts: new Limiter(Math.max(1, o.perHost ?? 2)), now: () => o.clock.now(), random, fetchPages: o.fetchPages ?? true,
      inFlight: new Set(), onError,
    };
    this.source = o.source ?? storeLeaseSource(o.store, o.leaseMs ?? 600_000);
    this.rules = o.rules ?? defaultRules();
    this.sinks = new Map((o.sinks ?? []).map((s) => [s.name, s]));
    this.deliverOpts = { maxAttempts: 8, baseDelayMs: 10_000, maxDelayMs: 3_600_000, leaseMs: 120_000, random, onError, ...o.deliver };
  }

  /** One round at the clock's time: every due feed polled, then alerts evaluated and delivered. */
  async tick(): Promise<void> {
    for (;;) {
      const feeds = await this.source.take(this.o.clock.now(), this.concurrency);
      if (!feeds.length) break;
      await Promise.all(feeds.map((f) => this.poll(f)));
    }
    await this.evaluateAndDeliver();
  }

  /**
   * Polls until `signal` aborts (then finishes the polls in hand). Alerts are evaluated whenever no poll is running
   * (so an evaluation sees every poll of a round) and at least every `evaluateEveryMs` while polls keep running.
   * With `once`, stops after every feed due at the start has been polled once and its alerts delivered.
   */
  async run(signal: AbortSignal, opts: { once?: boolean } = {}): Promise<void> {
    const clock = this.o.clock;
    const every = this.o.evaluateEveryMs ?? 30_000;
    let lastEval = clock.now();
    while (!signal.aborted) {
      const free = this.concurrency - this.inFlight.size;
      const feeds = free > 0 ? await this.source.take(clock.now(), free) : [];
      for (const f of feeds) {
        const p: Promise<void> = this.poll(f).finally(() => { this.inFlight.delete(p); this.wake?.(); });
        this.inFlight.add(p);
      }
      if (feeds.length) continue; // take more while slots are free
      if (!this.inFlight.size || clock.now() - lastEval >= every) {
        await this.evaluateAndDeliver();
        lastEval = clock.now();
        if (opts.once && !this.inFlight.size) break;
      }
      const next = await this.o.store.nextFeedDue();
      const untilDue = next === null ? 1000 : Date.parse(next) - clock.now();
      await this.pause(Math.min(1000, Math.max(this.inFlight.size ? 1000 : 50, untilDue)), signal);
    }
    await Promise.all([...this.inFlight]);
  }

  /** Alerts over what changed, until caught up; then what is due for delivery. */
  async evaluateAndDeliver(): Promise<void> {
    const names = [...this.sinks.keys()];
    for (let i = 0; i < 100; i++) {
      const ev = await evaluateAlerts(this.o.store, this.rules, names, iso(this.o.clock.now()));
      this.stats.alerts += ev.inserted.length;
      for (const a of ev.inserted) this.o.onAlert?.(a);
      if (!ev.more) break;
    }
    if (!this.sinks.size) return;
    for (let i = 0; i < 100; i++) {
      const d = await deliverDue(this.o.store, this.sinks, () => this.o.clock.now(), this.deliverOpts);
      this.stats.delivered += d.delivered;
      this.stats.retried += d.retried;
      this.stats.dead += d.dead;
      if (d.delivered + d.retried + d.dead === 0) break;
    }
  }

  private async poll(feed: FeedState): Promise<void> {
    if (this.o.follow && !this.o.follow.has(feed.url)) {
      await this.source.done(feed, true).catch(() => undefined); // its store lease runs out; its queue job is done
      return;
    }
    let ok = false;
    try {
      const s = await pollFeed(feed, this.ctx);
      const st = this.stats;
      st.polls++;
      if (s.status === 'error') st.errors++;
      if (s.status === 'not-modified') st.notModified++;
      st.itemsNew += s.itemsNew; st.itemsRevised += s.itemsRevised; st.itemsSeen += s.itemsSeen;
      st.stored += s.stored; st.skipped += s.skipped; st.failed += s.failed; st.events += s.events;
      this.o.onPoll?.(s);
      ok = true;
    } catch (e) {
      // The store failed (disk full, database gone): the feed's lease runs out and it is polled again.
      this.stats.errors++;
      const msg = e instanceof DyadError ? e.message : (e as Error).stack ?? String(e);
      (this.o.onError ?? (() => undefined))(new DyadError('E_WATCH', `poll not saved: ${msg.split('\n')[0]}`, { input: feed.url }));
    } finally {
      await this.source.done(feed, ok).catch(() => undefined);
    }
  }

  /** Sleeps on the watcher's clock until `ms` passed, a poll finished, or `signal` aborted. */
  private async pause(ms: number, signal: AbortSignal): Promise<void> {
    const ac = new AbortController();
    const stop = (): void => ac.abort();
    signal.addEventListener('abort', stop, { once: true });
    this.wake = stop;
    try {
      await this.o.clock.sleep(ms, ac.signal);
    } finally {
      this.wake = null;
      signal.removeEventListener('abort', stop);
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.inFlight]);
    await this.source.close();
  }
}
