import type Database from 'better-sqlite3';
import type {
  Alert, AlertCluster, AlertQuery, ChangedEvent, Delivery, DeliveryOutcome, FeedState, PollRecord, SeenItem, StoredAlert, WatchStore,
} from '../watch-store.js';

type Row = Record<string, unknown>;

const WATERMARK = 'alerts.watermark';

/** The `dyad watch` tables of an SQLite store (migration 2). SqliteStore delegates its WatchStore methods here. */
export class SqliteWatch implements WatchStore {
  constructor(private readonly db: Database.Database) {}

  async addFeeds(urls: string[], now: string, intervalSeconds: number): Promise<number> {
    const ins = this.db.prepare(`INSERT INTO watch_feeds (url, fetch_url, interval_s, next_poll_at, last_status, added_at)
      VALUES (?, ?, ?, ?, 'new', ?) ON CONFLICT (url) DO NOTHING`);
    return this.db.transaction(() => urls.reduce((n, u) => n + ins.run(u, u, intervalSeconds, now, now).changes, 0)).immediate();
  }

  async claimDueFeeds(now: string, leaseUntil: string, limit: number): Promise<FeedState[]> {
    return this.db.transaction(() => {
      const rows = this.db.prepare(`SELECT * FROM watch_feeds WHERE next_poll_at <= ? AND (lease_until IS NULL OR lease_until <= ?)
        ORDER BY next_poll_at, url LIMIT ?`).all(now, now, limit) as Row[];
      const lease = this.db.prepare('UPDATE watch_feeds SET lease_until = ? WHERE url = ?');
      for (const r of rows) lease.run(leaseUntil, r.url);
      return rows.map(feedRow);
    }).immediate();
  }

  async releaseWatchLeases(): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('UPDATE watch_feeds SET lease_until = NULL WHERE lease_until IS NOT NULL').run();
      this.db.prepare('UPDATE watch_deliveries SET lease_until = NULL WHERE lease_until IS NOT NULL').run();
    }).immediate();
  }

  async dueFeeds(now: string, limit: number): Promise<FeedState[]> {
    return (this.db.prepare('SELECT * FROM watch_feeds WHERE next_poll_at <= ? ORDER BY next_poll_at, url LIMIT ?').all(now, limit) as Row[]).map(feedRow);
  }

  async nextFeedDue(): Promise<string | null> {
    return ((this.db.prepare('SELECT min(next_poll_at) AS t FROM watch_feeds').get() as Row).t as string | null) ?? null;
  }

  async feed(url: string): Promise<FeedState | null> {
    const r = this.db.prepare('SELECT * FROM watch_feeds WHERE url = ?').get(url) as Row | undefined;
    return r ? feedRow(r) : null;
  }

  async feeds(): Promise<FeedState[]> {
    return (this.db.prepare('SELECT * FROM watch_feeds ORDER BY url').all() as Row[]).map(feedRow);
  }

  async seenItems(keys: string[]): Promise<Record<string, SeenItem>> {
    const out: Record<string, SeenItem> = {};
    if (!keys.length) return out;
    const rows = this.db.prepare('SELECT * FROM watch_items WHERE key IN (SELECT value FROM json_each(?))').all(JSON.stringify(keys)) as Row[];
    for (const r of rows) out[r.key as string] = itemRow(r);
    return out;
  }

  async savePoll(p: PollRecord): Promise<void> {
    const f = p.feed;
    const newItems = p.items.length;
    this.db.transaction(() => {
      this.db.prepare(`UPDATE watch_feeds SET fetch_url = ?, etag = ?, last_modified = ?, body_hash = ?, interval_s = ?, next_poll_at = ?,
          lease_until = NULL, last_poll_at = ?, last_status = ?, last_error = ?, failures = ?, last_new_at = ?, polls = polls + 1,
          items_new = items_new + ? WHERE url = ?`)
        .run(f.fetchUrl, f.etag, f.lastModified, f.bodyHash, f.intervalSeconds, f.nextPollAt, f.lastPollAt, f.lastStatus, f.lastError,
          f.failures, f.lastNewItemAt, newItems, f.url);
      const up = this.db.prepare(`INSERT INTO watch_items (key, feed, hash, article, revisions, first_seen_at, last_seen_at)
        VALUES (?, ?, ?, ?, 1, ?, ?) ON CONFLICT (key) DO UPDATE SET hash = excluded.hash, article = excluded.article,
          revisions = revisions + 1, last_seen_at = excluded.last_seen_at WHERE watch_items.hash <> excluded.hash`);
      for (const it of p.items) up.run(it.key, f.url, it.hash, it.article, p.now, p.now);
    }).immediate();
  }

  async eventsSince(afterSeq: number, limit: number): Promise<ChangedEvent[]> {
    return (this.db.prepare(`SELECT pk AS seq, date, source_code AS sourceCode, target_code AS targetCode FROM events
      WHERE pk > ? AND modality = 'asserted' ORDER BY pk LIMIT ?`).all(afterSeq, limit) as Row[]).map((r) => ({
      seq: r.seq as number, date: (r.date as string | null) ?? null, sourceCode: r.sourceCode as string, targetCode: r.targetCode as string,
    }));
  }

  async alertClusters(from: string, to: string): Promise<AlertCluster[]> {
    const rows = this.db.prepare(`SELECT c.pk, c.first_date, c.source_code, c.target_code, c.root, c.cameo, c.quad, c.goldstein,
        json_group_array(json_array(a.id || ':' || e.local_id, a.id, a.source, e.date) ORDER BY e.pk) AS evs
      FROM clusters c JOIN events e ON e.cluster = c.pk JOIN articles a ON a.pk = e.article
      WHERE c.modality = 'asserted' AND c.first_date BETWEEN ? AND ?
      GROUP BY c.pk ORDER BY c.first_date, c.pk`).all(from, to) as Row[];
    return rows.map((r) => ({
      cluster: r.pk as number, date: r.first_date as string, sourceCode: r.source_code as string, targetCode: r.target_code as string,
      root: r.root as string, cameo: r.cameo as string, quad: r.quad as number, goldstein: r.goldstein as number,
      events: (JSON.parse(r.evs as string) as [string, string, string | null, string | null][]).map(([id, article, source, date]) => ({ id, article, source, date })),
    }));
  }

  async alertWatermark(): Promise<number> {
    const r = this.db.prepare('SELECT value FROM watch_state WHERE key = ?').get(WATERMARK) as Row | undefined;
    return r ? Number(r.value) : 0;
  }

  async putAlerts(alerts: Alert[], sinks: string[], watermark: { from: number; to: number }): Promise<Alert[] | null> {
    return this.db.transaction(() => {
      const r = this.db.prepare('SELECT value FROM watch_state WHERE key = ?').get(WATERMARK) as Row | undefined;
      if ((r ? Number(r.value) : 0) !== watermark.from) return null;
      this.db.prepare('INSERT INTO watch_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
        .run(WATERMARK, String(watermark.to));
      const ins = this.db.prepare(`INSERT INTO watch_alerts (id, rule, scope, source, target, window_from, window_to, created_at, json)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`);
      const del = this.db.prepare(`INSERT INTO watch_deliveries (alert, sink, state, attempts, next_attempt_at) VALUES (?, ?, 'pending', 0, ?)`);
      const inserted: Alert[] = [];
      for (const a of alerts) {
        if (!ins.run(a.id, a.rule, a.scope, a.source, a.target, a.window.from, a.window.to, a.createdAt, JSON.stringify(a)).changes) continue;
        for (const s of sinks) del.run(a.id, s, a.createdAt);
        inserted.push(a);
      }
      return inserted;
    }).immediate();
  }

  async alerts(q: AlertQuery): Promise<StoredAlert[]> {
    const limit = Math.min(Math.max(1, Math.floor(q.limit ?? 100)), 1000);
    return (this.db.prepare(`SELECT seq, json FROM watch_alerts WHERE created_at >= ? AND seq > ? ORDER BY seq LIMIT ?`)
      .all(q.since ?? '', q.afterSeq ?? 0, limit) as Row[]).map((r) => ({ ...(JSON.parse(r.json as string) as Alert), seq: r.seq as number }));
  }

  async alertsByIds(ids: string[]): Promise<StoredAlert[]> {
    if (!ids.length) return [];
    return (this.db.prepare('SELECT seq, json FROM watch_alerts WHERE id IN (SELECT value FROM json_each(?)) ORDER BY seq')
      .all(JSON.stringify(ids)) as Row[]).map((r) => ({ ...(JSON.parse(r.json as string) as Alert), seq: r.seq as number }));
  }

  async claimDeliveries(now: string, leaseUntil: string, limit: number): Promise<Delivery[]> {
    return this.db.transaction(() => {
      const rows = this.db.prepare(`SELECT d.* FROM watch_deliveries d JOIN watch_alerts a ON a.id = d.alert
        WHERE d.state = 'pending' AND d.next_attempt_at <= ? AND (d.lease_until IS NULL OR d.lease_until <= ?)
        ORDER BY a.seq, d.sink LIMIT ?`).all(now, now, limit) as Row[];
      const lease = this.db.prepare('UPDATE watch_deliveries SET lease_until = ? WHERE alert = ? AND sink = ?');
      for (const r of rows) lease.run(leaseUntil, r.alert, r.sink);
      return rows.map(deliveryRow);
    }).immediate();
  }

  async finishDelivery(o: DeliveryOutcome): Promise<void> {
    this.db.prepare(`UPDATE watch_deliveries SET state = ?, attempts = attempts + 1, next_attempt_at = coalesce(?, next_attempt_at),
        lease_until = NULL, last_error = ?, delivered_at = ? WHERE alert = ? AND sink = ?`)
      .run(o.result === 'retry' ? 'pending' : o.result, o.nextAttemptAt ?? null, o.error ?? null, o.result === 'delivered' ? o.now : null, o.alert, o.sink);
  }

  async deliveries(alert?: string): Promise<Delivery[]> {
    const rows = alert === undefined
      ? this.db.prepare('SELECT d.* FROM watch_deliveries d JOIN watch_alerts a ON a.id = d.alert ORDER BY a.seq, d.sink').all()
      : this.db.prepare('SELECT * FROM watch_deliveries WHERE alert = ? ORDER BY sink').all(alert);
    return (rows as Row[]).map(deliveryRow);
  }
}

export function feedRow(r: Row): FeedState {
  return {
    url: r.url as string, fetchUrl: r.fetch_url as string, etag: (r.etag as string | null) ?? null,
    lastModified: (r.last_modified as string | null) ?? null, bodyHash: (r.body_hash as string | null) ?? null,
    intervalSeconds: Number(r.interval_s), nextPollAt: r.next_poll_at as string, lastPollAt: (r.last_poll_at as string | null) ?? null,
    lastStatus: r.last_status as FeedState['lastStatus'], lastError: (r.last_error as string | null) ?? null, failures: Number(r.failures),
    lastNewItemAt: (r.last_new_at as string | null) ?? null, polls: Number(r.polls), itemsNew: Number(r.items_new),
  };
}

export function itemRow(r: Row): SeenItem {
  return { key: r.key as string, feed: r.feed as string, hash: r.hash as string, article: (r.article as string | null) ?? null, revisions: Number(r.revisions) };
}

export function deliveryRow(r: Row): Delivery {
  return {
    alert: r.alert as string, sink: r.sink as string, state: r.state as Delivery['state'], attempts: Number(r.attempts),
    nextAttemptAt: r.next_attempt_at as string, lastError: (r.last_error as string | null) ?? null, deliveredAt: (r.delivered_at as string | null) ?? null,
  };
}
