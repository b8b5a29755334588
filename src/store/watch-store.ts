/**
 * What `dyad watch` keeps in the store (issue 17): the feeds it follows with their HTTP validators and schedule, the
 * items it has seen, the alerts it raised and the delivery of each alert to each sink. Every backend implements these
 * methods (they are part of `Store`); the contract tests in test/store check them on SQLite and Postgres.
 *
 * Times are ISO 8601 strings in UTC with milliseconds (`2024-01-31T12:00:00.000Z`), so they compare as text.
 */
export interface WatchStore {
  /** Registers feeds to follow; feeds not yet known become due at `now`. Returns how many were new. */
  addFeeds(urls: string[], now: string, intervalSeconds: number): Promise<number>;
  /**
   * Takes up to `limit` feeds that are due (`nextPollAt <= now`) and not leased by another poller, soonest first, and
   * leases them until `leaseUntil` (a poller that dies lets its lease run out; another takes the feed then).
   */
  claimDueFeeds(now: string, leaseUntil: string, limit: number): Promise<FeedState[]>;
  /**
   * Drops every feed and delivery lease: a single watcher restarting after a crash takes its work back at once instead
   * of waiting for its old leases to run out. (Not for a cluster: others' leases would be dropped too.)
   */
  releaseWatchLeases(): Promise<void>;
  /** Feeds due at `now` without leasing them (the Postgres scheduler turns them into queue jobs). */
  dueFeeds(now: string, limit: number): Promise<FeedState[]>;
  /** The earliest `nextPollAt` over all feeds (null when there are none). */
  nextFeedDue(): Promise<string | null>;
  feed(url: string): Promise<FeedState | null>;
  feeds(): Promise<FeedState[]>;
  /** Items already seen in any feed, by item key. */
  seenItems(keys: string[]): Promise<Record<string, SeenItem>>;
  /** A poll's outcome: the feed's new state and the items it saw, in one transaction; the feed's lease is released. */
  savePoll(poll: PollRecord): Promise<void>;

  /** Asserted events stored after `afterSeq` (their store order), oldest first: what changed since the last evaluation. */
  eventsSince(afterSeq: number, limit: number): Promise<ChangedEvent[]>;
  /** Asserted event clusters whose first date is in [from, to] (YYYY-MM-DD), with their events and outlets. */
  alertClusters(from: string, to: string): Promise<AlertCluster[]>;
  /** The evaluation watermark: the last event seq the alert rules have seen (0 at first). */
  alertWatermark(): Promise<number>;
  /**
   * In one transaction: stores the alerts not stored yet (same id: skipped), one pending delivery per sink for each
   * new one, and moves the watermark from `watermark.from` to `watermark.to`. Returns the alerts inserted, or null
   * (nothing written) when the watermark was no longer `watermark.from` (another process evaluated meanwhile).
   */
  putAlerts(alerts: Alert[], sinks: string[], watermark: { from: number; to: number }): Promise<Alert[] | null>;
  /** Alerts in the order they were stored: created at or after `since`, after store position `afterSeq`. */
  alerts(q: AlertQuery): Promise<StoredAlert[]>;
  /** The alerts with these ids (those that exist), in store order. */
  alertsByIds(ids: string[]): Promise<StoredAlert[]>;
  /** Leases up to `limit` pending deliveries that are due and not leased, oldest alert first. */
  claimDeliveries(now: string, leaseUntil: string, limit: number): Promise<Delivery[]>;
  /** Records one delivery attempt (releases the lease). */
  finishDelivery(outcome: DeliveryOutcome): Promise<void>;
  /** Deliveries, of one alert or of all. */
  deliveries(alert?: string): Promise<Delivery[]>;
}

export type PollStatus = 'new' | 'ok' | 'not-modified' | 'unchanged' | 'error' | 'retry-after';

export interface FeedState {
  /** The URL as listed (the key). */
  url: string;
  /** Where it is fetched now: differs from `url` after a permanent redirect (301/308). */
  fetchUrl: string;
  etag: string | null;
  lastModified: string | null;
  /** SHA-256 of the last body read, to tell an unchanged feed served without validators. */
  bodyHash: string | null;
  /** Current poll interval in seconds (adaptive). */
  intervalSeconds: number;
  nextPollAt: string;
  lastPollAt: string | null;
  lastStatus: PollStatus;
  lastError: string | null;
  /** Weighted failures in a row (hard 1, soft 0.5, temporary 0.25): the backoff grows with it. */
  failures: number;
  lastNewItemAt: string | null;
  polls: number;
  itemsNew: number;
}

export interface SeenItem {
  key: string;
  /** The feed it was first seen in. */
  feed: string;
  /** SHA-256 of the item's text as the feed gave it (a change means a revised story). */
  hash: string;
  /** The article stored for its latest text (null when it could not be read). */
  article: string | null;
  revisions: number;
}

export interface PollRecord {
  feed: Omit<FeedState, 'polls' | 'itemsNew'>;
  /** Items new or revised in this poll (already ingested), upserted by key. */
  items: { key: string; hash: string; article: string | null }[];
  now: string;
}

export interface ChangedEvent {
  seq: number;
  date: string | null;
  sourceCode: string;
  targetCode: string;
}

export interface AlertCluster {
  cluster: number;
  /** First date of the cluster (YYYY-MM-DD). */
  date: string;
  sourceCode: string;
  targetCode: string;
  root: string;
  cameo: string;
  quad: number;
  goldstein: number;
  /** Every event of the cluster: "articleId:eventId", its article, the article's outlet, and the event's date. */
  events: { id: string; article: string; source: string | null; date: string | null }[];
}

/** An alert, as `GET /api/alerts`, the JSONL sink and webhooks carry it. */
export interface Alert {
  id: string;
  rule: string;
  scope: 'dyad' | 'actor';
  source: string;
  target: string | null;
  window: { from: string; to: string };
  numbers: Record<string, number | string | null>;
  /** The events behind it, "articleId:eventId" (their evidence spans: GET /api/articles/{articleId}). */
  eventIds: string[];
  createdAt: string;
  message: string;
}

export interface StoredAlert extends Alert {
  /** Position in the store (increasing): what the server-sent-events stream resumes from. */
  seq: number;
}

export interface AlertQuery {
  since?: string;
  afterSeq?: number;
  limit?: number;
}

export interface Delivery {
  alert: string;
  sink: string;
  state: 'pending' | 'delivered' | 'dead';
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  deliveredAt: string | null;
}

export interface DeliveryOutcome {
  alert: string;
  sink: string;
  now: string;
  /** delivered; retry at `nextAttemptAt`; dead: given up (dead letter). */
  result: 'delivered' | 'retry' | 'dead';
  nextAttemptAt?: string;
  error?: string;
}

/**
 * The WatchStore methods of a store, each handed to the backend's watch tables (sqlite/sqlite-watch.ts,
 * postgres/postgres-watch.ts): both stores extend it, so the list is written once.
 */
export abstract class WatchDelegate implements WatchStore {
  protected abstract readonly watch: WatchStore;
  addFeeds(...a: Parameters<WatchStore['addFeeds']>) { return this.watch.addFeeds(...a); }
  claimDueFeeds(...a: Parameters<WatchStore['claimDueFeeds']>) { return this.watch.claimDueFeeds(...a); }
  dueFeeds(...a: Parameters<WatchStore['dueFeeds']>) { return this.watch.dueFeeds(...a); }
  releaseWatchLeases() { return this.watch.releaseWatchLeases(); }
  nextFeedDue() { return this.watch.nextFeedDue(); }
  feed(...a: Parameters<WatchStore['feed']>) { return this.watch.feed(...a); }
  feeds() { return this.watch.feeds(); }
  seenItems(...a: Parameters<WatchStore['seenItems']>) { return this.watch.seenItems(...a); }
  savePoll(...a: Parameters<WatchStore['savePoll']>) { return this.watch.savePoll(...a); }
  eventsSince(...a: Parameters<WatchStore['eventsSince']>) { return this.watch.eventsSince(...a); }
  alertClusters(...a: Parameters<WatchStore['alertClusters']>) { return this.watch.alertClusters(...a); }
  alertWatermark() { return this.watch.alertWatermark(); }
  putAlerts(...a: Parameters<WatchStore['putAlerts']>) { return this.watch.putAlerts(...a); }
  alerts(...a: Parameters<WatchStore['alerts']>) { return this.watch.alerts(...a); }
  alertsByIds(...a: Parameters<WatchStore['alertsByIds']>) { return this.watch.alertsByIds(...a); }
  claimDeliveries(...a: Parameters<WatchStore['claimDeliveries']>) { return this.watch.claimDeliveries(...a); }
  finishDelivery(...a: Parameters<WatchStore['finishDelivery']>) { return this.watch.finishDelivery(...a); }
  deliveries(...a: Parameters<WatchStore['deliveries']>) { return this.watch.deliveries(...a); }
}
