import type pg from 'pg';
import { deliveryRow, feedRow, itemRow } from '../sqlite/sqlite-watch.js';
import type {
  Alert, AlertCluster, AlertQuery, ChangedEvent, Delivery, DeliveryOutcome, FeedState, PollRecord, SeenItem, StoredAlert, WatchStore,
} from '../watch-store.js';
import { dbError, inTransaction, queryRows } from './transaction.js';

type Row = Record<string, unknown>;

const WATERMARK = 'alerts.watermark';
const byDue = (a: FeedState, b: FeedState): number => (a.nextPollAt < b.nextPollAt ? -1 : a.nextPollAt > b.nextPollAt ? 1 : a.url < b.url ? -1 : 1);

/** The `dyad watch` tables of a Postgres store (migration 2). PostgresStore delegates its WatchStore methods here. */
export class PostgresWatch implements WatchStore {
  constructor(private readonly pool: pg.Pool, private readonly ready: Promise<void>, private readonly where: string) {}

  private q(sql: string, params: unknown[] = []): Promise<Row[]> {
    return queryRows(this.pool, this.ready, this.where, sql, params);
  }

  /** Runs `fn` in one transaction on one connection (rolled back when it throws). */
  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    await this.ready;
    return inTransaction(this.pool, this.where, fn, (e) => dbError(`watch state not saved in ${this.where}: ${(e as Error).message}`, e));
  }

  async addFeeds(urls: string[], now: string, intervalSeconds: number): Promise<number> {
    if (!urls.length) return 0;
    const rows = await this.q(`INSERT INTO watch_feeds (url, fetch_url, interval_s, next_poll_at, last_status, added_at)
      SELECT u, u, $2, $3, 'new', $3 FROM unnest($1::text[]) AS u ON CONFLICT (url) DO NOTHING RETURNING url`, [urls, intervalSeconds, now]);
    return rows.length;
  }

  async claimDueFeeds(now: string, leaseUntil: string, limit: number): Promise<FeedState[]> {
    const rows = await this.q(`UPDATE watch_feeds SET lease_until = $2 WHERE url IN (
        SELECT url FROM watch_feeds WHERE next_poll_at <= $1 AND (lease_until IS NULL OR lease_until <= $1)
        ORDER BY next_poll_at, url LIMIT $3 FOR UPDATE SKIP LOCKED) RETURNING *`, [now, leaseUntil, limit]);
    return rows.map(feedRow).sort(byDue);
  }

  async releaseWatchLeases(): Promise<void> {
    await this.tx(async (c) => {
      await c.query('UPDATE watch_feeds SET lease_until = NULL WHERE lease_until IS NOT NULL');
      await c.query('UPDATE watch_deliveries SET lease_until = NULL WHERE lease_until IS NOT NULL');
    });
  }

  async dueFeeds(now: string, limit: number): Promise<FeedState[]> {
    return (await this.q('SELECT * FROM watch_feeds WHERE next_poll_at <= $1 ORDER BY next_poll_at, url LIMIT $2', [now, limit])).map(feedRow);
  }

  async nextFeedDue(): Promise<string | null> {
    return ((await this.q('SELECT min(next_poll_at) AS t FROM watch_feeds'))[0]?.t as string | null) ?? null;
  }

  async feed(url: string): Promise<FeedState | null> {
    const [r] = await this.q('SELECT * FROM watch_feeds WHERE url = $1', [url]);
    return r ? feedRow(r) : null;
  }

  async feeds(): Promise<FeedState[]> {
    return (await this.q('SELECT * FROM watch_feeds ORDER BY url')).map(feedRow);
  }

  async seenItems(keys: string[]): Promise<Record<string, SeenItem>> {
    const out: Record<string, SeenItem> = {};
    if (!keys.length) return out;
    for (const r of await this.q('SELECT * FROM watch_items WHERE key = ANY($1::text[])', [keys])) out[r.key as string] = itemRow(r);
    return out;
  }

  async savePoll(p: PollRecord): Promise<void> {
    const f = p.feed;
    await this.tx(async (c) => {
      await c.query(`UPDATE watch_feeds SET fetch_url = $1, etag = $2, last_modified = $3, body_hash = $4, interval_s = $5, next_poll_at = $6,
          lease_until = NULL, last_poll_at = $7, last_status = $8, last_error = $9, failures = $10, last_new_at = $11, polls = polls + 1,
          items_new = items_new + $12 WHERE url = $13`,
      [f.fetchUrl, f.etag, f.lastModified, f.bodyHash, f.intervalSeconds, f.nextPollAt, f.lastPollAt, f.lastStatus, f.lastError,
        f.failures, f.lastNewItemAt, p.items.length, f.url]);
      if (!p.items.length) return;
      // One row per key (a feed may list an item twice): the last one wins, as it would one statement at a time.
      const last = new Map(p.items.map((i) => [i.key, i]));
      const items = [...last.values()];
      await c.query(`INSERT INTO watch_items (key, feed, hash, article, revisions, first_seen_at, last_seen_at)
        SELECT k, $4, h, a, 1, $5, $5 FROM unnest($1::text[], $2::text[], $3::text[]) AS u(k, h, a)
        ON CONFLICT (key) DO UPDATE SET hash = EXCLUDED.hash, article = EXCLUDED.article, revisions = watch_items.revisions + 1,
          last_seen_at = EXCLUDED.last_seen_at WHERE watch_items.hash <> EXCLUDED.hash`,
      [items.map((i) => i.key), items.map((i) => i.hash), items.map((i) => i.article), f.url, p.now]);
    });
  }

  async eventsSince(afterSeq: number, limit: number): Promise<ChangedEvent[]> {
    return (await this.q(`SELECT pk AS seq, date, source_code, target_code FROM events WHERE pk > $1 AND modality = 'asserted'
      ORDER BY pk LIMIT $2`, [afterSeq, limit])).map((r) => ({
      seq: r.seq as number, date: (r.date as string | null) ?? null, sourceCode: r.source_code as string, targetCode: r.target_code as string,
    }));
  }

  async alertClusters(from: string, to: string): Promise<AlertCluster[]> {
    const rows = await this.q(`SELECT c.pk, c.first_date, c.source_code, c.target_code, c.root, c.cameo, c.quad, c.goldstein,
        json_agg(json_build_array(a.id || ':' || e.local_id, a.id, a.source, e.date) ORDER BY e.pk) AS evs
      FROM clusters c JOIN events e ON e.cluster = c.pk JOIN articles a ON a.pk = e.article
      WHERE c.modality = 'asserted' AND c.first_date BETWEEN $1 AND $2
      GROUP BY c.pk ORDER BY c.first_date, c.pk`, [from, to]);
    return rows.map((r) => ({
      cluster: r.pk as number, date: r.first_date as string, sourceCode: r.source_code as string, targetCode: r.target_code as string,
      root: r.root as string, cameo: r.cameo as string, quad: r.quad as number, goldstein: r.goldstein as number,
      events: (r.evs as [string, string, string | null, string | null][]).map(([id, article, source, date]) => ({ id, article, source, date })),
    }));
  }

  async alertWatermark(): Promise<number> {
    const [r] = await this.q('SELECT value FROM watch_state WHERE key = $1', [WATERMARK]);
    return r ? Number(r.value) : 0;
  }

  async putAlerts(alerts: Alert[], sinks: string[], watermark: { from: number; to: number }): Promise<Alert[] | null> {
    return this.tx(async (c) => {
      await c.query(`INSERT INTO watch_state (key, value) VALUES ($1, '0') ON CONFLICT (key) DO NOTHING`, [WATERMARK]);
      const cur = Number((await c.query('SELECT value FROM watch_state WHERE key = $1 FOR UPDATE', [WATERMARK])).rows[0]!.value);
      if (cur !== watermark.from) return null;
      await c.query('UPDATE watch_state SET value = $2 WHERE key = $1', [WATERMARK, String(watermark.to)]);
      const inserted: Alert[] = [];
      for (const a of alerts) {
        const r = await c.query(`INSERT INTO watch_alerts (id, rule, scope, source, target, window_from, window_to, created_at, json)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [a.id, a.rule, a.scope, a.source, a.target, a.window.from, a.window.to, a.createdAt, JSON.stringify(a)]);
        if (!r.rows.length) continue;
        if (sinks.length) {
          await c.query(`INSERT INTO watch_deliveries (alert, sink, state, attempts, next_attempt_at)
            SELECT $1, s, 'pending', 0, $3 FROM unnest($2::text[]) AS s`, [a.id, sinks, a.createdAt]);
        }
        inserted.push(a);
      }
      return inserted;
    });
  }

  async alerts(q: AlertQuery): Promise<StoredAlert[]> {
    const limit = Math.min(Math.max(1, Math.floor(q.limit ?? 100)), 1000);
    return (await this.q('SELECT seq, json FROM watch_alerts WHERE created_at >= $1 AND seq > $2 ORDER BY seq LIMIT $3',
      [q.since ?? '', q.afterSeq ?? 0, limit])).map((r) => ({ ...(JSON.parse(r.json as string) as Alert), seq: r.seq as number }));
  }

  async alertsByIds(ids: string[]): Promise<StoredAlert[]> {
    if (!ids.length) return [];
    return (await this.q('SELECT seq, json FROM watch_alerts WHERE id = ANY($1::text[]) ORDER BY seq', [ids]))
      .map((r) => ({ ...(JSON.parse(r.json as string) as Alert), seq: r.seq as number }));
  }

  async claimDeliveries(now: string, leaseUntil: string, limit: number): Promise<Delivery[]> {
    const rows = await this.q(`UPDATE watch_deliveries d SET lease_until = $2 FROM (
        SELECT d.alert, d.sink, a.seq FROM watch_deliveries d JOIN watch_alerts a ON a.id = d.alert
        WHERE d.state = 'pending' AND d.next_attempt_at <= $1 AND (d.lease_until IS NULL OR d.lease_until <= $1)
        ORDER BY a.seq, d.sink LIMIT $3 FOR UPDATE OF d SKIP LOCKED) AS t
      WHERE d.alert = t.alert AND d.sink = t.sink RETURNING d.*, t.seq`, [now, leaseUntil, limit]);
    return rows.sort((a, b) => (a.seq as number) - (b.seq as number) || ((a.sink as string) < (b.sink as string) ? -1 : 1)).map(deliveryRow);
  }

  async finishDelivery(o: DeliveryOutcome): Promise<void> {
    await this.q(`UPDATE watch_deliveries SET state = $1, attempts = attempts + 1, next_attempt_at = coalesce($2, next_attempt_at),
        lease_until = NULL, last_error = $3, delivered_at = $4 WHERE alert = $5 AND sink = $6`,
    [o.result === 'retry' ? 'pending' : o.result, o.nextAttemptAt ?? null, o.error ?? null, o.result === 'delivered' ? o.now : null, o.alert, o.sink]);
  }

  async deliveries(alert?: string): Promise<Delivery[]> {
    const rows = alert === undefined
      ? await this.q('SELECT d.* FROM watch_deliveries d JOIN watch_alerts a ON a.id = d.alert ORDER BY a.seq, d.sink')
      : await this.q('SELECT * FROM watch_deliveries WHERE alert = $1 ORDER BY sink', [alert]);
    return rows.map(deliveryRow);
  }
}
