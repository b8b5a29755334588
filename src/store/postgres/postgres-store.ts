import pg from 'pg';
import { ArticleRefused, DyadError } from '../../core/errors.js';
import type { Actor, CodedArticle, CodedEvent, Modality, Quote } from '../../core/types.js';
import { contentHash, sourceOf } from '../article-meta.js';
import { actorReading, PARTNERS_SQL, partnerRow } from '../actor-detail.js';
import { articleParts, eventRow, type ArticleParts } from '../event-details.js';
import { foldName } from '../fold.js';
import type {
  ActorDetail, ActorQuery, ActorRow, ClusterFilter, ClusterRow, EventFilter, EventRow, Network, NetworkQuery, PutMeta, PutResult,
  QuoteQuery, QuoteRow, SearchQuery, SearchResult, Store, StoreOptions, StoredArticle, TimeSeriesPoint, TimeSeriesQuery,
} from '../store.js';
import { assignCluster, clusterKey, dayNumber, dayString, type ClusterCandidate } from '../clusters.js';
import { CLUSTER_COLS, clusterRow } from '../cluster-rows.js';
import { pgMigrations } from './migrations.js';
import { backfillKeyRows, entityKeys, keyUpsertSql, linkedEntity, surnameKey } from '../entity-keys.js';
import { eventPlaceRows, placeEventOf, placeEventsSql, placeRows, placeSummaryOf, placeSummarySql, type PlaceQuery, type PlaceReport } from '../places.js';
import { WatchDelegate } from '../watch-store.js';
import { PostgresWatch } from './postgres-watch.js';
import { dbError, inTransaction, queryRows } from './transaction.js';
import { CODE_LIKE, codePrefix, extraFilters, MAX_LIMIT, pageSql, SORT_SQL, type Bind } from '../sql-filters.js';

type Row = Record<string, unknown>;
type Param = string | number | boolean | null | number[] | string[];

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface PostgresStoreOptions extends StoreOptions {
  /** Connections in the pool (default 4). */
  poolSize?: number;
  /** Called with connection errors the pool saw on idle connections (e.g. the server restarted). */
  onPoolError?: (e: Error) => void;
}

export { dbError } from './transaction.js';

/** The URL with its password hidden, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}

/** Splits dyad's `?schema=` parameter off a postgres:// URL (the rest goes to the driver). */
export function parsePgUrl(url: string): { connectionString: string; schema: string } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new DyadError('E_DB', `not a valid postgres:// URL: ${redactUrl(url)}`);
  }
  const schema = u.searchParams.get('schema') ?? 'dyad';
  u.searchParams.delete('schema');
  if (!SCHEMA_NAME.test(schema)) throw new DyadError('E_DB', `schema must be a lower-case SQL name, got ${JSON.stringify(schema)}`);
  return { connectionString: u.toString(), schema };
}

/** 64-bit integers (counts, identity keys) come back as numbers: dyad's keys stay far below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

/** Errors worth retrying after a pause: the server restarted, the connection dropped, too many clients. */
export function isTransientPgError(e: unknown): boolean {
  const err = (e instanceof DyadError && e.cause) ? e.cause : e;
  const code = (err as { code?: unknown })?.code;
  if (typeof code === 'string') {
    if (code.startsWith('08') || code.startsWith('57P') || code === '53300' || code === '40001' || code === '40P01') return true;
    if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN'].includes(code)) return true;
  }
  const msg = String((err as Error)?.message ?? '');
  return /Connection terminated|connection (?:is )?closed|Client has encountered a connection error|timeout exceeded when trying to connect|the database system is (?:starting up|shutting down)/i.test(msg);
}

/**
 * Opens a Postgres corpus (`postgres://user:pass@host:port/db?schema=dyad`) and brings its schema up to date.
 * Resolves when the database answered; rejects with E_DB when it cannot be reached.
 */
export async function openPostgresStore(url: string, opts: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const s = createPostgresStore(url, opts);
  await s.ready;
  return s;
}

/** Like openPostgresStore, but returns at once: every method waits for the connection and the migrations. */
export function createPostgresStore(url: string, opts: PostgresStoreOptions = {}): PostgresStore {
  const { connectionString, schema } = parsePgUrl(url);
  const pool = new pg.Pool({
    connectionString, max: opts.poolSize ?? 4, types, application_name: 'dyad',
    options: `-c search_path=${schema},public`, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000,
  });
  // An idle connection cut by a server restart is dropped by the pool; the next query opens a new one.
  pool.on('error', (e) => opts.onPoolError?.(e));
  return new PostgresStore(pool, schema, redactUrl(url), opts);
}

/** Collects positional parameters: `q.p(value)` returns its `$n` (`q.p` is the store queries' `Bind`, sql-filters.ts). */
class Sql {
  readonly params: Param[] = [];
  readonly p = (v: Param): string => {
    this.params.push(v);
    return `$${this.params.length}`;
  };
  page(p: { limit?: number; offset?: number }): string {
    return pageSql(p, this.p);
  }
}

/** Events that happened at a place of this name (contract 1.1: the event's `place` is an id into its article's `places`). */
function placeMatch(ev: string, name: string, bind: Bind): string {
  return `(${ev}.json LIKE '%"place":"%' AND EXISTS (SELECT 1 FROM articles pa,
      jsonb_array_elements(CASE WHEN jsonb_typeof(pa.extra::jsonb -> 'places') = 'array' THEN pa.extra::jsonb -> 'places' ELSE '[]'::jsonb END) AS p
    WHERE pa.pk = ${ev}.article AND p ->> 'id' = ${ev}.json::jsonb ->> 'place' AND lower(p ->> 'name') = lower(${bind(name)})))`;
}

/** Statements run with a SQL executor inside a store transaction (pg-boss accepts it as its `db` option). */
export interface SqlExecutor { executeSql(text: string, values?: unknown[]): Promise<pg.QueryResult> }
export interface InTransaction { beforeCommit?: (db: SqlExecutor) => Promise<void> }

/** The WatchStore methods (WatchDelegate) are those of postgres-watch.ts. */
export class PostgresStore extends WatchDelegate implements Store {
  readonly pool: pg.Pool;
  readonly schema: string;
  /** Settles when the schema is up to date (rejects with E_DB when the server cannot be reached). */
  readonly ready: Promise<void>;
  private readonly windowDays: number;
  private readonly where: string;
  protected readonly watch: PostgresWatch;

  constructor(pool: pg.Pool, schema: string, where: string, opts: StoreOptions = {}) {
    super();
    this.pool = pool;
    this.schema = schema;
    this.where = where;
    this.windowDays = opts.clusterWindowDays ?? 2;
    this.ready = this.migrate();
    this.ready.catch(() => undefined); // reported by the first method that waits for it
    this.watch = new PostgresWatch(pool, this.ready, where);
  }

  private async migrate(): Promise<void> {
    await inTransaction(this.pool, this.where, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`dyad-migrate:${this.schema}`]);
      await c.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
      await c.query(`CREATE TABLE IF NOT EXISTS ${this.schema}.dyad_schema (version INTEGER NOT NULL)`);
      const r = await c.query(`SELECT max(version) AS v FROM ${this.schema}.dyad_schema`);
      const current = (r.rows[0]?.v as number | null) ?? 0;
      for (const m of pgMigrations) {
        if (m.version <= current) continue;
        await c.query(`SET LOCAL search_path = ${this.schema}`);
        await c.query(m.sql);
        if (m.version === 3) await backfillEntityKeys(c);
        await c.query(`INSERT INTO ${this.schema}.dyad_schema (version) VALUES ($1)`, [m.version]);
      }
      if (current < pgMigrations.at(-1)!.version) {
        // Entities stored before names were folded (the migration that added `folded`) get theirs now (src/store/fold.ts).
        const rows = (await c.query(`SELECT pk, name FROM ${this.schema}.entities WHERE folded IS NULL`)).rows as { pk: number; name: string }[];
        if (rows.length) {
          await c.query(`UPDATE ${this.schema}.entities e SET folded = u.f FROM unnest($1::bigint[], $2::text[]) AS u(pk, f) WHERE e.pk = u.pk`,
            [rows.map((r) => r.pk), rows.map((r) => foldName(r.name))]);
        }
      }
    }, (e) => dbError(`cannot prepare the dyad schema in ${this.where}: ${(e as Error).message}`, e));
  }

  private all(sql: string, params: Param[] = []): Promise<Row[]> {
    return queryRows(this.pool, this.ready, this.where, sql, params);
  }

  /** Entity ids whose canonical name is `name` (case-insensitive), resolved before the query so indexes stay usable. */
  private async entitiesNamed(name: string, unlessCodePrefix: boolean): Promise<number[]> {
    const rows = await this.all('SELECT pk, code FROM entities WHERE lower(name) = lower($1) ORDER BY pk LIMIT 1000', [name]);
    return rows.filter((r) => !(unlessCodePrefix && (r.code as string).startsWith(name))).map((r) => r.pk as number);
  }

  /** Either a CAMEO code prefix (upper-case) or an actor's canonical name, matched against one side of an event. */
  private async actorMatch(codeCol: string, entityCol: string, value: string, q: Sql): Promise<string> {
    const isCode = CODE_LIKE.test(value);
    const named = await this.entitiesNamed(value, isCode);
    const conds: string[] = [];
    if (isCode) conds.push(codePrefix(codeCol, value, q.p));
    if (named.length) conds.push(`${entityCol} = ANY(${q.p(named)}::bigint[])`);
    return conds.length ? `(${conds.join(' OR ')})` : 'FALSE';
  }

  async hasArticle(id: string, hash: string): Promise<boolean> {
    return (await this.all('SELECT 1 FROM articles WHERE id = $1 OR content_hash = $2 LIMIT 1', [id, hash])).length > 0;
  }

  /**
   * One transaction per article. Writers take one advisory lock per schema, so articles are stored one after another
   * (as in SQLite): duplicates are decided exactly and clusters grow as if one process stored them. Coding, the costly
   * part, runs outside it, in parallel on every worker.
   */
  async putArticle(a: CodedArticle, meta: PutMeta = {}, tx: InTransaction = {}): Promise<PutResult> {
    return (await this.putArticles([{ article: a, meta }], tx))[0]!;
  }

  /**
   * Several articles, in order, in one transaction: all of them or none. `tx.beforeCommit` runs more statements in
   * the same transaction (the queue's job completion: committed with the article or not at all).
   */
  async putArticles(batch: { article: CodedArticle; meta?: PutMeta }[], tx: InTransaction = {}): Promise<PutResult[]> {
    await this.ready;
    for (const { article: a } of batch) {
      if (a.text.includes('\u0000') || (a.title ?? '').includes('\u0000')) {
        throw new ArticleRefused(`article ${a.id}: Postgres cannot store the NUL character (U+0000) in text; remove it or use an SQLite store`);
      }
    }
    if (!batch.length) return [];
    return inTransaction(this.pool, this.where, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`dyad-write:${this.schema}`]);
      const results: PutResult[] = [];
      for (const b of batch) results.push(await this.putOne(c, b.article, b.meta ?? {}));
      if (tx.beforeCommit) await tx.beforeCommit({ executeSql: (text, values) => c.query(text, values) });
      return results;
    }, (e) => {
      if (e instanceof DyadError) return e;
      const ids = batch.map((b) => b.article.id);
      return dbError(`cannot store article${ids.length > 1 ? 's' : ''} ${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ', …' : ''} in ${this.where}: `
        + `${(e as Error).message}; nothing of ${ids.length > 1 ? 'them' : 'it'} was stored`, e);
    });
  }

  /** One article inside the caller's transaction (which holds the write lock). */
  private async putOne(c: pg.PoolClient, a: CodedArticle, meta: PutMeta): Promise<PutResult> {
    const hash = contentHash(a.text);
    const dup = await c.query('SELECT id FROM articles WHERE id = $1 OR content_hash = $2', [a.id, hash]);
    if (dup.rows.length) return { status: 'duplicate', reason: dup.rows.some((r) => r.id === a.id) ? 'id' : 'hash' };
    const { id, date, title, url, text, actors, quotes, events, ...extra } = a;
    const art = (await c.query(`INSERT INTO articles (id, content_hash, date, title, url, source, text, extra, added_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING pk`,
    [id, hash, date ?? null, title ?? null, url ?? null, meta.source ?? sourceOf(url), text, JSON.stringify(extra), new Date().toISOString()])).rows[0]!.pk as number;
    const entityOf = await this.putActors(c, art, actors, date ?? null, a.text);
    await this.putQuotes(c, art, a.text, quotes, entityOf);
    const touched = await this.putEvents(c, art, a.text, events, date ?? null, entityOf);
    const pr = placeRows(a);
    if (pr.length) {
      const col = (k: number): unknown[] => pr.map((r) => r[k]);
      await c.query(`INSERT INTO places (article, local_id, place_key, geonameid, name, country, admin1, admin1_code, feature_code, lat, lon, n_mentions, rule)
        SELECT $1::bigint, * FROM unnest($2::text[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::float8[], $11::float8[], $12::int[], $13::text[])`,
      [art, ...Array.from({ length: 12 }, (_, k) => col(k))]);
    }
    const ep = eventPlaceRows(a);
    if (ep.length) await c.query('INSERT INTO event_places (article, event, place) SELECT $1::bigint, * FROM unnest($2::text[], $3::text[])', [art, ep.map((r) => r[0]), ep.map((r) => r[1])]);
    if (touched.length) {
      await c.query(`UPDATE clusters c SET num_mentions = s.n, num_articles = s.na, num_sources = s.ns, first_date = s.fd, last_date = s.ld
        FROM (SELECT e.cluster, count(*) AS n, count(DISTINCT e.article) AS na, count(DISTINCT coalesce(a.source, '')) AS ns,
                min(e.date) AS fd, max(e.date) AS ld
              FROM events e JOIN articles a ON a.pk = e.article WHERE e.cluster = ANY($1::bigint[]) GROUP BY e.cluster) s
        WHERE c.pk = s.cluster`, [touched]);
    }
    return { status: 'inserted', events: events.length };
  }

  /** Entities (upserted), roles, actors and mentions of one article, a statement each; returns actor id -> entity. */
  private async putActors(c: pg.PoolClient, art: number, actors: Actor[], date: string | null, text: string): Promise<Map<string, number>> {
    const entityOf = new Map<string, number>();
    if (!actors.length) return entityOf;
    // the entity of the same real actor stored from another article (src/store/entity-keys.ts), else the (code, name) one
    const keysOf = new Map(actors.map((x) => [x.id, entityKeys(x, x.mentions.map((m) => text.slice(m.start, m.end)))]));
    const wanted = [...new Set([...keysOf.values()].flatMap((k) => [...k.keys, ...(k.surname ? [`s:${k.surname}`, `so:${k.surname}`] : [])]))];
    const stored = new Map<string, number | null>();
    if (wanted.length) for (const r of (await c.query('SELECT key, entity FROM entity_keys WHERE key = ANY($1::text[])', [wanted])).rows) stored.set(r.key as string, r.entity as number | null);
    const linked = actors.filter((x) => { const e = linkedEntity(keysOf.get(x.id)!, (k) => stored.get(k)); if (e !== undefined) entityOf.set(x.id, e); return e !== undefined; });
    const key = (x: { code: string; name: string }): string => x.code + '\u0000' + x.name;
    const firstOf = new Map<string, Actor>();
    for (const x of actors) if (!entityOf.has(x.id) && !firstOf.has(key(x))) firstOf.set(key(x), x);
    const ents = [...firstOf.values()];
    // One row per entity; ON CONFLICT may touch a row only once per statement, hence the de-duplication above.
    if (ents.length) {
      const er = await c.query(`INSERT INTO entities (code, name, kind, country, sectors, folded)
        SELECT code, name, kind, country, sectors, folded FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
          WITH ORDINALITY AS u(code, name, kind, country, sectors, folded, ord) ORDER BY ord
        ON CONFLICT (code, name) DO UPDATE SET code = EXCLUDED.code RETURNING pk, code, name`,
      [ents.map((x) => x.code), ents.map((x) => x.name), ents.map((x) => x.kind), ents.map((x) => x.country ?? null), ents.map((x) => JSON.stringify(x.sectors ?? [])),
        ents.map((x) => foldName(x.name))]);
      const pkOf = new Map(er.rows.map((r) => [key(r as { code: string; name: string }), r.pk as number]));
      for (const x of actors) if (!entityOf.has(x.id)) entityOf.set(x.id, pkOf.get(key(x))!);
    }
    if (linked.length) {
      // an entity stored uncoded takes the first code an article gives it; one named by a surname takes the full name
      const one = [...new Map(linked.map((x) => [entityOf.get(x.id)!, x])).entries()];
      await c.query(`UPDATE entities e SET code = u.code, country = u.country, sectors = u.sectors
        FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[]) AS u(pk, code, country, sectors)
        WHERE e.pk = u.pk AND e.code = '' AND u.code <> '' AND NOT EXISTS (SELECT 1 FROM entities e2 WHERE e2.code = u.code AND e2.name = e.name)`,
      [one.map(([pk]) => pk), one.map(([, x]) => x.code), one.map(([, x]) => x.country ?? null), one.map(([, x]) => JSON.stringify(x.sectors ?? []))]);
      await c.query(`UPDATE entities e SET name = u.name, folded = u.folded FROM unnest($1::bigint[], $2::text[], $3::text[]) AS u(pk, name, folded)
        WHERE e.pk = u.pk AND position(' ' in e.name) = 0 AND u.name LIKE '% ' || e.name
          AND NOT EXISTS (SELECT 1 FROM entities e2 WHERE e2.code = e.code AND e2.name = u.name)`,
      [one.map(([pk]) => pk), one.map(([, x]) => x.name), one.map(([, x]) => foldName(x.name))]);
    }
    const keyRows = new Map<string, number>();
    const surnameRows = new Map<string, number | null>();
    for (const x of actors) {
      const k = keysOf.get(x.id)!, pk = entityOf.get(x.id)!;
      for (const kk of k.keys) if (!keyRows.has(kk)) keyRows.set(kk, pk);
      const sk = surnameKey(k);
      if (sk?.shared) surnameRows.set(sk.key, surnameRows.has(sk.key) && surnameRows.get(sk.key) !== pk ? null : pk);
      else if (sk && !keyRows.has(sk.key)) keyRows.set(sk.key, pk);
    }
    if (keyRows.size) {
      await c.query(`INSERT INTO entity_keys (key, entity) SELECT * FROM unnest($1::text[], $2::bigint[]) ON CONFLICT (key) DO NOTHING`, [[...keyRows.keys()], [...keyRows.values()]]);
    }
    if (surnameRows.size) {
      // a surname two different people register names neither of them alone
      await c.query(`INSERT INTO entity_keys (key, entity) SELECT * FROM unnest($1::text[], $2::bigint[])
        ON CONFLICT (key) DO UPDATE SET entity = CASE WHEN entity_keys.entity = EXCLUDED.entity THEN entity_keys.entity ELSE NULL END`,
      [[...surnameRows.keys()], [...surnameRows.values()]]);
    }
    const roles = new Map<string, [number, string]>();
    for (const x of actors) if (x.role) roles.set(`${entityOf.get(x.id)}\u0000${x.role.title}`, [entityOf.get(x.id)!, x.role.title]);
    if (roles.size) {
      const rs = [...roles.values()];
      await c.query(`INSERT INTO entity_roles (entity, title, first_date, last_date)
        SELECT e, t, $3, $3 FROM unnest($1::bigint[], $2::text[]) AS u(e, t)
        ON CONFLICT (entity, title) DO UPDATE SET first_date = LEAST(entity_roles.first_date, EXCLUDED.first_date),
          last_date = GREATEST(entity_roles.last_date, EXCLUDED.last_date)`, [rs.map((r) => r[0]), rs.map((r) => r[1]), date]);
    }
    await c.query(`INSERT INTO actors (article, local_id, ord, entity, role_title, json)
      SELECT $1, * FROM unnest($2::text[], $3::int[], $4::bigint[], $5::text[], $6::text[])`,
    [art, actors.map((x) => x.id), actors.map((_, i) => i), actors.map((x) => entityOf.get(x.id)!), actors.map((x) => x.role?.title ?? null), actors.map((x) => JSON.stringify(x))]);
    const m: [string, number, number, number][] = [];
    for (const x of actors) x.mentions.forEach((sp, i) => m.push([x.id, i, sp.start, sp.end]));
    if (m.length) {
      await c.query(`INSERT INTO mentions (article, actor, seq, start_off, end_off) SELECT $1, * FROM unnest($2::text[], $3::int[], $4::int[], $5::int[])`,
        [art, m.map((r) => r[0]), m.map((r) => r[1]), m.map((r) => r[2]), m.map((r) => r[3])]);
    }
    return entityOf;
  }

  private async putQuotes(c: pg.PoolClient, art: number, text: string, quotes: Quote[], entityOf: Map<string, number>): Promise<void> {
    if (!quotes.length) return;
    await c.query(`INSERT INTO quotes (article, local_id, ord, speaker, speaker_entity, direct, content_start, content_end,
      content_text, cue_start, cue_end, json)
      SELECT $1, * FROM unnest($2::text[], $3::int[], $4::text[], $5::bigint[], $6::bool[], $7::int[], $8::int[], $9::text[], $10::int[], $11::int[], $12::text[])`,
    [art, quotes.map((q) => q.id), quotes.map((_, i) => i), quotes.map((q) => q.speaker), quotes.map((q) => (q.speaker ? entityOf.get(q.speaker) ?? null : null)),
      quotes.map((q) => q.direct), quotes.map((q) => q.content.start), quotes.map((q) => q.content.end), quotes.map((q) => text.slice(q.content.start, q.content.end)),
      quotes.map((q) => q.cue?.start ?? null), quotes.map((q) => q.cue?.end ?? null), quotes.map((q) => JSON.stringify(q))]);
  }

  /**
   * Stores the events, each joining the nearest cluster of the same dyad, root and modality whose anchor date is within
   * the window (else a new one, which later events of the same article may join). Returns the clusters touched.
   */
  private async putEvents(c: pg.PoolClient, art: number, text: string, events: CodedEvent[], articleDate: string | null, entityOf: Map<string, number>): Promise<number[]> {
    if (!events.length) return [];
    const w = this.windowDays;
    const days = events.map((ev) => { const d = ev.date ?? articleDate; return d ? dayNumber(d) : NaN; }).filter(Number.isFinite);
    const candidates: ClusterCandidate[] = [];
    if (days.length) {
      const rows = (await c.query(`SELECT pk, source_code, target_code, root, modality, anchor_date FROM clusters
        WHERE (source_code, target_code, root, modality) IN (SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]))
          AND anchor_date BETWEEN $5 AND $6`,
      [events.map((e) => e.sourceCode), events.map((e) => e.targetCode), events.map((e) => e.root), events.map((e) => e.modality),
        dayString(Math.min(...days) - w), dayString(Math.max(...days) + w)])).rows;
      for (const r of rows) {
        const day = dayNumber(r.anchor_date as string);
        if (Number.isFinite(day)) candidates.push({ pk: r.pk as number, key: clusterKey({ sourceCode: r.source_code, targetCode: r.target_code, root: r.root, modality: r.modality }), day });
      }
    }
    // New clusters get provisional keys above every stored one (so ties keep creation order), real keys below.
    const PROVISIONAL = 2 ** 52;
    const created: { ev: CodedEvent; date: string | null }[] = [];
    const clusterOf: number[] = [];
    for (const ev of events) {
      const date = ev.date ?? articleDate;
      const joined = assignCluster(clusterKey(ev), date, candidates, w);
      if (joined !== null) { clusterOf.push(joined); continue; }
      const pk = PROVISIONAL + created.length;
      created.push({ ev, date });
      const day = date ? dayNumber(date) : NaN;
      if (Number.isFinite(day)) candidates.push({ pk, key: clusterKey(ev), day });
      clusterOf.push(pk);
    }
    if (created.length) {
      const pks = (await c.query(`SELECT nextval(pg_get_serial_sequence('clusters', 'pk')) AS pk FROM generate_series(1, $1)`, [created.length]))
        .rows.map((r) => r.pk as number).sort((x, y) => x - y);
      await c.query(`INSERT INTO clusters (pk, source_code, target_code, root, cameo, modality, anchor_date, first_date, last_date, quad, goldstein)
        OVERRIDING SYSTEM VALUE
        SELECT pk, s, t, r, cm, m, d, d, d, q, g FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::float8[])
          AS u(pk, s, t, r, cm, m, d, q, g)`,
      [pks, created.map((x) => x.ev.sourceCode), created.map((x) => x.ev.targetCode), created.map((x) => x.ev.root), created.map((x) => x.ev.cameo),
        created.map((x) => x.ev.modality), created.map((x) => x.date), created.map((x) => x.ev.quad), created.map((x) => x.ev.goldstein)]);
      for (let i = 0; i < clusterOf.length; i++) if (clusterOf[i]! >= PROVISIONAL) clusterOf[i] = pks[clusterOf[i]! - PROVISIONAL]!;
    }
    const ent = (id: string | null): number | null => (id ? entityOf.get(id) ?? null : null);
    await c.query(`INSERT INTO events (article, local_id, source_entity, target_entity, source_code, target_code, cameo, root,
      quad, goldstein, plover_event, plover_mode, modality, sentence, ev_start, ev_end, evidence_text, date, rule, cluster, json)
      SELECT $1, local_id, se, te, sc, tc, cameo, root, quad, gs, pe, pm, modality, sentence, es, ee, et, date, rule, cluster, json
      FROM unnest($2::text[], $3::bigint[], $4::bigint[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $10::float8[], $11::text[],
        $12::text[], $13::text[], $14::int[], $15::int[], $16::int[], $17::text[], $18::text[], $19::text[], $20::bigint[], $21::text[])
        WITH ORDINALITY AS u(local_id, se, te, sc, tc, cameo, root, quad, gs, pe, pm, modality, sentence, es, ee, et, date, rule, cluster, json, ord)
      ORDER BY ord`,
    [art, events.map((e) => e.id), events.map((e) => ent(e.source)), events.map((e) => ent(e.target)), events.map((e) => e.sourceCode),
      events.map((e) => e.targetCode), events.map((e) => e.cameo), events.map((e) => e.root), events.map((e) => e.quad), events.map((e) => e.goldstein),
      events.map((e) => e.plover?.event ?? null), events.map((e) => e.plover?.mode ?? null), events.map((e) => e.modality), events.map((e) => e.sentence),
      events.map((e) => e.evidence.start), events.map((e) => e.evidence.end), events.map((e) => text.slice(e.evidence.start, e.evidence.end)),
      events.map((e) => e.date ?? articleDate), events.map((e) => e.rule ?? ''), clusterOf, events.map((e) => JSON.stringify(e))]);
    return [...new Set(clusterOf)];
  }

  async places(q: PlaceQuery): Promise<PlaceReport> {
    const run = async (build: (q: PlaceQuery, ph: (v: string | number) => string) => string): Promise<Row[]> => {
      const params: Param[] = [];
      const sql = build(q, (v) => { params.push(v); return `$${params.length}`; });
      return this.all(sql, params);
    };
    return { places: (await run(placeSummarySql)).map(placeSummaryOf), events: (await run(placeEventsSql)).map(placeEventOf) };
  }

  async counts(): Promise<Record<string, number>> {
    const tables = ['articles', 'entities', 'entity_roles', 'actors', 'mentions', 'quotes', 'events', 'clusters', 'places', 'event_places'];
    const r = await this.all(`SELECT ${tables.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(', ')}`);
    return Object.fromEntries(tables.map((t) => [t, r[0]![t] as number]));
  }

  async events(f: EventFilter): Promise<EventRow[]> {
    const q = new Sql();
    const where: string[] = [];
    if (f.sourceEntity !== undefined || f.targetEntity !== undefined) {
      const pair = (s: number | undefined, t: number | undefined): string => {
        const w: string[] = [];
        if (s !== undefined) w.push(`e.source_entity = ${q.p(s)}`);
        if (t !== undefined) w.push(`e.target_entity = ${q.p(t)}`);
        return `(${w.join(' AND ')})`;
      };
      const fwd = pair(f.sourceEntity, f.targetEntity);
      where.push(f.both ? `(${fwd} OR ${pair(f.targetEntity, f.sourceEntity)})` : fwd);
    }
    if (f.source !== undefined || f.target !== undefined) {
      const dir = async (s: string | undefined, t: string | undefined): Promise<string> => {
        const w: string[] = [];
        if (s !== undefined) w.push(await this.actorMatch('e.source_code', 'e.source_entity', s, q));
        if (t !== undefined) w.push(await this.actorMatch('e.target_code', 'e.target_entity', t, q));
        return `(${w.join(' AND ')})`;
      };
      const fwd = await dir(f.source, f.target);
      where.push(f.both ? `(${fwd} OR ${await dir(f.target, f.source)})` : fwd);
    }
    if (f.actor !== undefined) {
      const s = await this.actorMatch('e.source_code', 'e.source_entity', f.actor, q);
      const t = await this.actorMatch('e.target_code', 'e.target_entity', f.actor, q);
      where.push(`(${s} OR ${t})`);
    }
    if (f.entity !== undefined) where.push(`(e.source_entity = ${q.p(f.entity)} OR e.target_entity = ${q.p(f.entity)})`);
    where.push(...extraFilters('e', { code: f.code, quad: f.quad, country: f.country, place: f.place }, q.p, placeMatch));
    if (f.from !== undefined) where.push(`e.date >= ${q.p(f.from)}`);
    if (f.to !== undefined) where.push(`e.date <= ${q.p(f.to)}`);
    if (f.modality !== undefined) where.push(`e.modality = ${q.p(f.modality)}`);
    if (f.article !== undefined) where.push(`a.id = ${q.p(f.article)}`);
    if (f.cluster !== undefined) where.push(`e.cluster = ${q.p(f.cluster)}`);
    const col = SORT_SQL[f.sort ?? 'date'];
    const order = f.order === 'desc' ? 'DESC' : 'ASC';
    const sql = `SELECT a.id AS article, e.article AS apk, a.title AS "articleTitle", e.local_id AS id, e.date, se.name AS source, te.name AS target,
        e.source_entity AS "sourceEntity", e.target_entity AS "targetEntity", e.source_code AS "sourceCode", e.target_code AS "targetCode",
        e.cameo, e.root, e.quad, e.goldstein, e.json, e.modality, e.ev_start, e.ev_end,
        e.evidence_text AS "evidenceText", e.rule, e.cluster
      FROM events e JOIN articles a ON a.pk = e.article
      LEFT JOIN entities se ON se.pk = e.source_entity LEFT JOIN entities te ON te.pk = e.target_entity
      ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY ${col} IS NULL, ${col} ${order}, e.pk ${order}${q.page(f)}`;
    const rows = await this.all(sql, q.params);
    const parts = await this.articleParts(rows.map((r) => r.apk as number));
    return rows.map((r) => eventRow(r, parts));
  }

  /** The text, sentences and places of these articles (by storage key), for event rows. */
  private async articleParts(pks: number[]): Promise<Map<number, ArticleParts>> {
    const out = new Map<number, ArticleParts>();
    if (!pks.length) return out;
    const rows = await this.all(`SELECT pk, text, extra::jsonb -> 'sentences' AS s, extra::jsonb -> 'places' AS p
      FROM articles WHERE pk = ANY($1::bigint[])`, [[...new Set(pks)]]);
    for (const r of rows) out.set(r.pk as number, articleParts(r.text as string, r.s, r.p));
    return out;
  }

  async timeSeries(t: TimeSeriesQuery): Promise<TimeSeriesPoint[]> {
    const q = new Sql();
    const rest = (w: string[]): string => {
      w.push(`modality = ${q.p(t.modality ?? 'asserted')}`, `date >= ${q.p(t.from ?? '0000-00-00')}`, `date <= ${q.p(t.to ?? '9999-99-99')}`);
      w.push(...extraFilters('events', { code: t.code }, q.p, placeMatch));
      return `SELECT date, quad, goldstein FROM events WHERE ${w.join(' AND ')}`;
    };
    const side = async (s: string, tg: string | undefined): Promise<string> => {
      const w = [await this.actorMatch('source_code', 'source_entity', s, q)];
      if (tg !== undefined) w.push(await this.actorMatch('target_code', 'target_entity', tg, q));
      return rest(w);
    };
    let inner: string;
    if (t.entity !== undefined) {
      // Either side, each event once: as source, or as target and not also source.
      inner = rest([`source_entity = ${q.p(t.entity)}`]) + ' UNION ALL '
        + rest([`target_entity = ${q.p(t.entity)}`, `source_entity IS DISTINCT FROM ${q.p(t.entity)}`]);
    } else {
      if (t.source === undefined) return [];
      inner = await side(t.source, t.target);
      if (t.both && t.target !== undefined) inner += ' UNION ALL ' + await side(t.target, t.source);
    }
    // Grouped by day in SQL, folded into weeks or months here: the period arithmetic stays the same on every backend.
    const days = await this.all(`SELECT date, count(*) AS n, count(*) FILTER (WHERE quad = 1) AS q1, count(*) FILTER (WHERE quad = 2) AS q2,
      count(*) FILTER (WHERE quad = 3) AS q3, count(*) FILTER (WHERE quad = 4) AS q4, sum(goldstein) AS gs
      FROM (${inner}) AS d GROUP BY date ORDER BY date`, q.params);
    const byPeriod = new Map<string, { n: number; quad: [number, number, number, number]; gs: number }>();
    for (const r of days) {
      const period = periodOf(r.date as string, t.interval);
      let p = byPeriod.get(period);
      if (!p) byPeriod.set(period, p = { n: 0, quad: [0, 0, 0, 0], gs: 0 });
      p.n += r.n as number;
      p.quad = [p.quad[0] + (r.q1 as number), p.quad[1] + (r.q2 as number), p.quad[2] + (r.q3 as number), p.quad[3] + (r.q4 as number)];
      p.gs += r.gs as number;
    }
    return [...byPeriod].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([period, p]) => ({
      period, count: p.n, quad: p.quad, goldsteinSum: round(p.gs), goldsteinMean: round(p.gs / p.n),
    }));
  }

  async network(nq: NetworkQuery): Promise<Network> {
    const q = new Sql();
    const base = (): string => {
      const w = [`modality = ${q.p(nq.modality ?? 'asserted')}`, 'source_entity IS NOT NULL', 'target_entity IS NOT NULL', 'source_entity <> target_entity'];
      if (nq.from !== undefined) w.push(`date >= ${q.p(nq.from)}`);
      if (nq.to !== undefined) w.push(`date <= ${q.p(nq.to)}`);
      w.push(...extraFilters('events', nq, q.p, placeMatch));
      return w.join(' AND ');
    };
    let rows: string;
    if (nq.actor === undefined) {
      rows = `SELECT source_entity, target_entity, quad, goldstein FROM events WHERE ${base()}`;
    } else {
      const a = `${base()} AND ${await this.actorMatch('source_code', 'source_entity', nq.actor, q)}`;
      const b = `${base()} AND ${await this.actorMatch('target_code', 'target_entity', nq.actor, q)}`;
      const notA = `NOT ${await this.actorMatch('source_code', 'source_entity', nq.actor, q)}`;
      rows = `SELECT source_entity, target_entity, quad, goldstein FROM events WHERE ${a}
        UNION ALL SELECT source_entity, target_entity, quad, goldstein FROM events WHERE ${b} AND ${notA}`;
    }
    const edges = (await this.all(`SELECT source_entity AS s, target_entity AS t, count(*) AS n, count(*) FILTER (WHERE quad <= 2) AS coop,
        count(*) FILTER (WHERE quad >= 3) AS conf, sum(goldstein) AS gs
      FROM (${rows}) AS r GROUP BY source_entity, target_entity HAVING count(*) >= ${q.p(nq.minCount ?? 1)}
      ORDER BY n DESC, s, t LIMIT ${q.p(Math.min(Math.max(1, nq.limit ?? 500), MAX_LIMIT))}`, q.params)).map((r) => ({
      source: r.s as number, target: r.t as number, count: r.n as number, cooperation: r.coop as number,
      conflict: r.conf as number, goldsteinSum: round(r.gs as number),
    }));
    const weight = new Map<number, number>();
    for (const e of edges) {
      weight.set(e.source, (weight.get(e.source) ?? 0) + e.count);
      weight.set(e.target, (weight.get(e.target) ?? 0) + e.count);
    }
    const ids = [...weight.keys()];
    const nodes = ids.length === 0 ? [] : (await this.all('SELECT pk, name, code, kind FROM entities WHERE pk = ANY($1::bigint[])', [ids])).map((r) => ({
      id: r.pk as number, name: r.name as string, code: r.code as string, kind: r.kind as string, events: weight.get(r.pk as number) ?? 0,
    })).sort((a, b) => b.events - a.events || a.id - b.id);
    return { nodes, edges };
  }

  async quotes(qq: QuoteQuery): Promise<QuoteRow[]> {
    const q = new Sql();
    const w: string[] = [];
    if (qq.speaker !== undefined) {
      // A code prefix, or whole words of the folded name ("shoigu", "erdogan").
      const conds: string[] = [];
      if (CODE_LIKE.test(qq.speaker)) conds.push(codePrefix('code', qq.speaker, q.p));
      const folded = foldName(qq.speaker);
      if (folded) conds.push(`(' ' || folded || ' ') LIKE ${q.p(`% ${folded} %`)}`);
      w.push(conds.length ? `qu.speaker_entity IN (SELECT pk FROM entities WHERE ${conds.join(' OR ')})` : 'FALSE');
    }
    if (qq.speakerEntity !== undefined) w.push(`qu.speaker_entity = ${q.p(qq.speakerEntity)}`);
    if (qq.q !== undefined) w.push(`qu.content_text ILIKE ${q.p('%' + escapeLike(qq.q) + '%')} ESCAPE '\\'`);
    if (qq.article !== undefined) w.push(`a.id = ${q.p(qq.article)}`);
    const sql = `SELECT a.id AS article, qu.local_id AS id, en.name AS speaker, en.code AS "speakerCode", qu.speaker_entity AS "speakerEntity",
        qu.direct, qu.content_start AS cs, qu.content_end AS ce, qu.content_text AS "contentText", a.date, a.title AS "articleTitle",
        he.name AS hearer
      FROM quotes qu JOIN articles a ON a.pk = qu.article LEFT JOIN entities en ON en.pk = qu.speaker_entity
      LEFT JOIN actors ha ON ha.article = qu.article AND ha.local_id = qu.json::jsonb ->> 'hearer' LEFT JOIN entities he ON he.pk = ha.entity
      ${w.length ? 'WHERE ' + w.join(' AND ') : ''} ORDER BY a.date IS NULL, a.date, a.pk, qu.content_start${q.page(qq)}`;
    return (await this.all(sql, q.params)).map((r) => ({
      article: r.article as string, id: r.id as string, speaker: (r.speaker as string | null) ?? null,
      speakerCode: (r.speakerCode as string | null) ?? null, speakerEntity: (r.speakerEntity as number | null) ?? null,
      direct: r.direct === true, content: { start: r.cs as number, end: r.ce as number }, contentText: r.contentText as string,
      date: (r.date as string | null) ?? null, articleTitle: (r.articleTitle as string | null) ?? null, hearer: (r.hearer as string | null) ?? null,
    }));
  }

  async article(id: string): Promise<StoredArticle | null> {
    const [a] = await this.all('SELECT pk, id, date, title, url, source, text, extra, added_at FROM articles WHERE id = $1', [id]);
    if (!a) return null;
    const pk = a.pk as number;
    const parse = async <T>(sql: string): Promise<T[]> => (await this.all(sql, [pk])).map((r) => JSON.parse(r.json as string) as T);
    const extra = JSON.parse(a.extra as string) as Record<string, unknown>;
    const article = {
      id: a.id as string,
      ...(a.date != null ? { date: a.date as string } : {}),
      ...(a.title != null ? { title: a.title as string } : {}),
      ...(a.url != null ? { url: a.url as string } : {}),
      text: a.text as string,
      ...extra,
      actors: await parse<Actor>('SELECT json FROM actors WHERE article = $1 ORDER BY ord'),
      quotes: await parse<Quote>('SELECT json FROM quotes WHERE article = $1 ORDER BY ord'),
      events: await parse<CodedEvent>('SELECT json FROM events WHERE article = $1 ORDER BY pk'),
    } as CodedArticle;
    const clusters: Record<string, ClusterRow> = {};
    for (const r of await this.all(`SELECT e.local_id AS event_id, ${CLUSTER_COLS} FROM events e JOIN clusters c ON c.pk = e.cluster
      WHERE e.article = $1`, [pk])) clusters[r.event_id as string] = clusterRow(r);
    return { article, source: (a.source as string | null) ?? null, addedAt: a.added_at as string, clusters };
  }

  async actors(aq: ActorQuery): Promise<ActorRow[]> {
    const q = new Sql();
    let where = '';
    if (aq.q !== undefined && aq.q !== '') {
      // Part of the folded name (case and diacritics ignored: "erdogan" finds Erdoğan) or a code prefix.
      const esc = escapeLike(aq.q);
      const folded = foldName(aq.q);
      where = `WHERE ${folded ? `en.folded LIKE ${q.p('%' + folded + '%')} OR ` : ''}en.code LIKE ${q.p(esc.toUpperCase() + '%')} ESCAPE '\\'`;
    }
    return this.actorRows(where, q, aq);
  }

  private async actorRows(where: string, q: Sql, page: { limit?: number; offset?: number }): Promise<ActorRow[]> {
    const sql = `SELECT en.pk, en.name, en.code, en.kind, en.country, en.sectors,
        (SELECT count(*) FROM actors ac WHERE ac.entity = en.pk) AS articles,
        (SELECT count(*) FROM actors ac JOIN mentions m ON m.article = ac.article AND m.actor = ac.local_id WHERE ac.entity = en.pk) AS mentions,
        (SELECT count(*) FROM events e WHERE e.source_entity = en.pk) + (SELECT count(*) FROM events e WHERE e.target_entity = en.pk) AS events
      FROM entities en ${where} ORDER BY articles DESC, en.pk${q.page(page)}`;
    const rows = await this.all(sql, q.params);
    const roles = rows.length === 0 ? [] : await this.all(`SELECT entity, title, first_date, last_date FROM entity_roles
      WHERE entity = ANY($1::bigint[]) ORDER BY first_date, title`, [rows.map((r) => r.pk as number)]);
    return rows.map((r) => ({
      id: r.pk as number, name: r.name as string, code: r.code as string, kind: r.kind as string,
      country: (r.country as string | null) ?? null, sectors: JSON.parse(r.sectors as string) as string[],
      roles: roles.filter((x) => x.entity === r.pk).map((x) => ({ title: x.title as string, from: (x.first_date as string | null) ?? null, to: (x.last_date as string | null) ?? null })),
      articles: r.articles as number, mentions: r.mentions as number, events: r.events as number,
    }));
  }

  async actor(id: number): Promise<ActorDetail | null> {
    if (!Number.isSafeInteger(id)) return null;
    const q = new Sql();
    const [actor] = await this.actorRows(`WHERE en.pk = ${q.p(id)}`, q, { limit: 1 });
    if (!actor) return null;
    const readings = (await this.all(`SELECT a.id, a.title, a.date, a.text, ac.json FROM actors ac JOIN articles a ON a.pk = ac.article
      WHERE ac.entity = $1 ORDER BY a.date IS NULL, a.date, a.pk LIMIT 500`, [id])).map((r) => actorReading(
      { id: r.id as string, title: (r.title as string | null) ?? null, date: (r.date as string | null) ?? null, text: r.text as string },
      JSON.parse(r.json as string) as Actor));
    const partnerRows = await this.all(PARTNERS_SQL((i) => `$${i}`), [id, id, id, id]);
    const names = new Map((await this.all('SELECT pk, name, code FROM entities WHERE pk = ANY($1::bigint[])', [partnerRows.map((r) => r.other as number)]))
      .map((r) => [r.pk as number, { name: r.name as string, code: r.code as string }]));
    const [c] = await this.all(`SELECT (SELECT count(*) FROM events WHERE source_entity = $1) AS o, (SELECT count(*) FROM events WHERE target_entity = $1) AS i,
      (SELECT count(*) FROM quotes WHERE speaker_entity = $1) AS qn`, [id]);
    return { actor, readings, partners: partnerRows.map((r) => partnerRow(r, names)), eventsOut: c!.o as number, eventsIn: c!.i as number, quotes: c!.qn as number };
  }

  async clusters(f: ClusterFilter): Promise<ClusterRow[]> {
    const q = new Sql();
    const w: string[] = [];
    if (f.actor !== undefined) {
      if (!CODE_LIKE.test(f.actor)) {
        const named = `(SELECT pk FROM entities WHERE lower(name) = lower(${q.p(f.actor)}))`;
        w.push(`pk IN (SELECT cluster FROM events WHERE source_entity IN ${named} OR target_entity IN ${named})`);
      } else {
        w.push(`(${codePrefix('source_code', f.actor, q.p)} OR ${codePrefix('target_code', f.actor, q.p)})`);
      }
    }
    if (f.root !== undefined) w.push(`root = ${q.p(f.root)}`);
    if (f.from !== undefined) w.push(`last_date >= ${q.p(f.from)}`);
    if (f.to !== undefined) w.push(`first_date <= ${q.p(f.to)}`);
    if (f.minArticles !== undefined) w.push(`num_articles >= ${q.p(f.minArticles)}`);
    const sql = `SELECT ${CLUSTER_COLS} FROM clusters c ${w.length ? 'WHERE ' + w.join(' AND ') : ''}
      ORDER BY num_articles DESC, num_mentions DESC, pk${q.page(f)}`;
    return (await this.all(sql, q.params)).map(clusterRow);
  }

  async cluster(id: number): Promise<ClusterRow | null> {
    if (!Number.isSafeInteger(id)) return null;
    const [r] = await this.all(`SELECT ${CLUSTER_COLS} FROM clusters c WHERE c.pk = $1`, [id]);
    return r ? clusterRow(r) : null;
  }

  async search(sq: SearchQuery): Promise<SearchResult> {
    const limit = Math.min(Math.max(1, sq.limit ?? 20), 200);
    const actors = await this.actors({ q: sq.q, limit });
    const words = sq.q.match(/[\p{L}\p{N}]+/gu)?.slice(0, 16);
    const articles: SearchResult['articles'] = [];
    if (words?.length) {
      // plainto_tsquery ANDs the words and takes no operators, so user text never reaches the query syntax.
      const rows = await this.all(`SELECT a.id, a.title, a.date, a.text FROM articles a, plainto_tsquery('simple', $1) AS tq
        WHERE a.fts @@ tq ORDER BY ts_rank(a.fts, tq) DESC, a.pk LIMIT $2`, [words.join(' '), limit]);
      const first = words[0]!.toLowerCase();
      for (const r of rows) {
        const text = r.text as string;
        const at = Math.max(0, text.toLowerCase().indexOf(first));
        const start = Math.max(0, at - 60);
        articles.push({ id: r.id as string, title: (r.title as string | null) ?? null, date: (r.date as string | null) ?? null,
          snippet: (start > 0 ? '…' : '') + text.slice(start, at + 100).replace(/\s+/g, ' ') + '…' });
      }
    }
    return { actors, articles };
  }

  async articleIds(): Promise<string[]> {
    return (await this.all('SELECT id FROM articles ORDER BY pk')).map((r) => r.id as string);
  }

  async close(): Promise<void> {
    await this.ready.catch(() => undefined);
    if (!this.pool.ended && !this.pool.ending) await this.pool.end();
  }
}


/** The first day of the day, ISO week (Monday) or month a YYYY-MM-DD date falls in. */
function periodOf(date: string, interval: TimeSeriesQuery['interval']): string {
  if (interval === 'day') return date;
  if (interval === 'month') return date.slice(0, 7) + '-01';
  const day = dayNumber(date);
  if (!Number.isFinite(day)) return date;
  const weekday = (new Date(day * 86_400_000).getUTCDay() + 6) % 7; // Monday = 0
  return dayString(day - weekday);
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Keys for the entities a store held before it linked actors across articles (their names only: no mentions). */
async function backfillEntityKeys(c: pg.PoolClient): Promise<void> {
  const rows = (await c.query('SELECT pk, code, name, kind, country FROM entities ORDER BY pk')).rows as { pk: number; code: string; name: string; kind: string; country: string | null }[];
  for (const e of rows) for (const r of backfillKeyRows(e)) await c.query(keyUpsertSql(r.shared, ['$1', '$2']), [r.key, e.pk]);
}
