import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DyadError } from '../../core/errors.js';
import type { Actor, CodedArticle, CodedEvent, Modality, Quote } from '../../core/types.js';
import { contentHash, sourceOf } from '../article-meta.js';
import { actorReading, PARTNERS_SQL, partnerRow } from '../actor-detail.js';
import { articleParts, eventRow, type ArticleParts } from '../event-details.js';
import { foldName } from '../fold.js';
import type {
  ActorDetail, ActorQuery, ActorRow, ClusterFilter, ClusterRow, EventFilter, EventRow, Network, NetworkQuery, PutMeta, PutResult,
  QuoteQuery, QuoteRow, SearchQuery, SearchResult, Store, StoreOptions, StoredArticle, ThreadWriter, TimeSeriesPoint, TimeSeriesQuery,
} from '../store.js';
import { assignCluster, clusterKey, dayNumber } from '../clusters.js';
import { CLUSTER_COLS, clusterRow } from '../cluster-rows.js';
import { migrations } from './migrations.js';
import { backfillKeyRows, entityKeys, keyRows, keyUpsertSql, linkedEntity } from '../entity-keys.js';
import { eventPlaceRows, placeEventOf, placeEventsSql, placeRows, placeSummaryOf, placeSummarySql, type PlaceQuery, type PlaceReport } from '../places.js';
import { WatchDelegate } from '../watch-store.js';
import { SqliteWatch } from './sqlite-watch.js';
import { CODE_LIKE, codePrefix, extraFilters, MAX_LIMIT, pageSql, SORT_SQL, type Bind } from '../sql-filters.js';

// SQLite URI file names ("file:...?immutable=1"), for corpora on read-only media (openReadOnly). better-sqlite3 reads
// this when its native module loads, on the first database opened; without it a "file:" name is a plain path.
process.env.SQLITE_USE_URI ??= '1';

type Row = Record<string, unknown>;
type Param = string | number | null;

/** Full-text rows per INSERT statement (`insertFts`). */
const FTS_ROWS = 64;

/** Opens (creating when missing) an SQLite corpus file and brings its schema up to date. */
export function openSqliteStore(file: string, opts: StoreOptions = {}): SqliteStore {
  if (opts.readOnlyIfNeeded && !canWrite(file)) return openReadOnly(file, opts);
  let db: Database.Database;
  try {
    db = new Database(file);
    // (before the journal mode: two processes creating the file at once wait for each other instead of failing)
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma(opts.durable ? 'synchronous = FULL' : 'synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('cache_size = -65536'); // 64 MiB: the event indexes stay in memory while a corpus loads
    migrate(db);
    db.pragma('optimize = 0x10002');
  } catch (e) {
    throw new DyadError('E_DB', `cannot open database ${file}: ${(e as Error).message}`);
  }
  return new SqliteStore(db, opts);
}

/** The file and its folder (where the write-ahead log and its index go) can be written. */
function canWrite(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(path.resolve(file)), fs.constants.W_OK);
    return true;
  } catch (e) {
    // a file that does not exist yet is created by the normal open (which reports what goes wrong)
    return (e as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/**
 * A corpus on read-only media: opened read-only, nothing written (no journal mode change, no migration, no
 * optimize); when SQLite cannot create the WAL index there, the file is opened as immutable (SQLite's URI parameter:
 * no locks, nothing can change it anyway). A schema older than this dyad's cannot be brought forward here: E_DB.
 */
function openReadOnly(file: string, opts: StoreOptions): SqliteStore {
  let db: Database.Database;
  try {
    try {
      db = new Database(file, { readonly: true, fileMustExist: true });
      db.pragma('user_version');
    } catch {
      // a WAL database whose -shm/-wal files cannot be created there: read as immutable (nothing can change it anyway)
      db = new Database(`file:${encodeURI(path.resolve(file)).replace(/[?#]/g, encodeURIComponent)}?immutable=1`, { readonly: true, fileMustExist: true });
    }
    db.pragma('busy_timeout = 5000');
    const version = db.pragma('user_version', { simple: true }) as number;
    const latest = migrations.at(-1)!.version;
    if (version !== latest) {
      db.close();
      throw new Error(`its schema version ${version} differs from this dyad's (${latest}) and the file cannot be written to bring it forward`);
    }
  } catch (e) {
    throw new DyadError('E_DB', `cannot open read-only database ${file}: ${(e as Error).message}`);
  }
  return new SqliteStore(db, opts);
}

/**
 * Brings the schema forward, one immediate transaction per migration. The version is read again inside each
 * transaction: another process creating the same file at the same moment may have applied it meanwhile (reading it
 * only before, two processes both ran migration 1 and one failed with "table articles already exists").
 */
function migrate(db: Database.Database): void {
  const latest = migrations.at(-1)!.version;
  const versionNow = (): number => {
    const v = db.pragma('user_version', { simple: true }) as number;
    if (v > latest) throw new Error(`its schema version ${v} is newer than this dyad knows (${latest}); upgrade dyad`);
    return v;
  };
  const current = versionNow();
  if (current === latest) return;
  for (const m of migrations) {
    db.transaction(() => {
      if (m.version <= versionNow()) return;
      db.exec(m.sql);
      if (m.version === 3) backfillEntityKeys(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  // Entities stored before names were folded (the migration that added `folded`) get theirs now (only rows still
  // without one: another process that migrated the same file meanwhile leaves nothing to do).
  db.transaction(() => foldNames(db)).immediate();
}

/** Fills the folded names of entities stored before the `folded` column existed. */
function foldNames(db: Database.Database): void {
  const set = db.prepare('UPDATE entities SET folded = ? WHERE pk = ?');
  for (const r of db.prepare('SELECT pk, name FROM entities WHERE folded IS NULL').all() as { pk: number; name: string }[]) set.run(foldName(r.name), r.pk);
}

/** Events that happened at a place of this name (contract 1.1: the event's `place` is an id into its article's `places`). */
function placeMatch(ev: string, name: string, bind: Bind): string {
  return `(${ev}.json LIKE '%"place":"%' AND EXISTS (SELECT 1 FROM articles pa, json_each(pa.extra, '$.places') p WHERE pa.pk = ${ev}.article
    AND json_extract(p.value, '$.id') = json_extract(${ev}.json, '$.place') AND lower(json_extract(p.value, '$.name')) = lower(${bind(name)})))`;
}

/** Binds a query's parameters to SQLite's positional `?` by adding them to `params`, in the order of the text. */
function bindTo(params: Param[]): Bind {
  return (v) => { params.push(v); return '?'; };
}

/** Keys for the entities a store held before it linked actors across articles (their names only: no mentions). */
function backfillEntityKeys(db: Database.Database): void {
  const put = { false: db.prepare(keyUpsertSql(false, ['?', '?'])), true: db.prepare(keyUpsertSql(true, ['?', '?'])) };
  for (const e of db.prepare('SELECT pk, code, name, kind, country FROM entities ORDER BY pk').all() as { pk: number; code: string; name: string; kind: string; country: string | null }[]) {
    for (const r of backfillKeyRows(e)) put[`${r.shared}`].run(r.key, e.pk);
  }
}

/** FTS5 query from user words: each word quoted, so no FTS syntax reaches the engine. */
function ftsQuery(q: string): string | null {
  const words = q.match(/[\p{L}\p{N}]+/gu);
  if (!words?.length) return null;
  return words.slice(0, 16).map((w) => `"${w}"`).join(' ');
}

/** The WatchStore methods (WatchDelegate) are those of sqlite-watch.ts. */
export class SqliteStore extends WatchDelegate implements Store {
  readonly db: Database.Database;
  private readonly windowDays: number;
  private readonly durable: boolean;
  protected readonly watch: SqliteWatch;
  private readonly stmt: Record<string, Database.Statement>;
  /** Multi-row full-text inserts by row count (`insertFts`). */
  private readonly ftsRows = new Map<number, Database.Statement>();

  constructor(db: Database.Database, opts: StoreOptions = {}) {
    super();
    this.db = db;
    this.windowDays = opts.clusterWindowDays ?? 2;
    this.durable = opts.durable ?? false;
    this.watch = new SqliteWatch(db);
    const p = (sql: string) => db.prepare(sql);
    this.stmt = {
      has: p('SELECT 1 FROM articles WHERE id = ? OR content_hash = ? LIMIT 1'),
      named: p('SELECT pk, code FROM entities WHERE name = ? COLLATE NOCASE ORDER BY pk LIMIT 1000'),
      hasId: p('SELECT 1 FROM articles WHERE id = ?'),
      insArticle: p(`INSERT INTO articles (id, content_hash, date, title, url, source, text, extra, added_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      upEntity: p(`INSERT INTO entities (code, name, kind, country, sectors, folded) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (code, name) DO UPDATE SET code = code RETURNING pk`),
      upRole: p(`INSERT INTO entity_roles (entity, title, first_date, last_date) VALUES (?, ?, ?, ?)
        ON CONFLICT (entity, title) DO UPDATE SET
          first_date = CASE WHEN excluded.first_date IS NULL THEN first_date WHEN first_date IS NULL THEN excluded.first_date
                            ELSE min(first_date, excluded.first_date) END,
          last_date = CASE WHEN excluded.last_date IS NULL THEN last_date WHEN last_date IS NULL THEN excluded.last_date
                           ELSE max(last_date, excluded.last_date) END`),
      getKey: p('SELECT entity FROM entity_keys WHERE key = ?'),
      insKey: p(keyUpsertSql(false, ['?', '?'])),
      // a surname two different people register names neither of them alone
      regKey: p(keyUpsertSql(true, ['?', '?'])),
      // an entity stored uncoded takes the first code an article gives it; one named by a surname takes the full name
      refineCode: p(`UPDATE entities SET code = $code, country = $country, sectors = $sectors WHERE pk = $pk AND code = '' AND $code <> ''
        AND NOT EXISTS (SELECT 1 FROM entities e2 WHERE e2.code = $code AND e2.name = entities.name)`),
      refineName: p(`UPDATE entities SET name = $name, folded = $folded WHERE pk = $pk AND instr(name, ' ') = 0 AND $name LIKE '% ' || name
        AND NOT EXISTS (SELECT 1 FROM entities e2 WHERE e2.code = entities.code AND e2.name = $name)`),
      insActor: p('INSERT INTO actors (article, local_id, entity, role_title, json) VALUES (?, ?, ?, ?, ?)'),
      countActor: p('UPDATE entities SET n_articles = n_articles + 1, n_mentions = n_mentions + ? WHERE pk = ?'),
      allEdges: p(`SELECT source_entity AS s, target_entity AS t, n, cooperation AS coop, conflict AS conf, goldstein AS gs
        FROM edge_counts WHERE modality = ? AND n >= ? ORDER BY n DESC, s, t LIMIT ?`),
      countEvent: p('UPDATE entities SET n_events = n_events + 1 WHERE pk = ?'),
      countEdge: p(`INSERT INTO edge_counts (modality, source_entity, target_entity, n, cooperation, conflict, goldstein)
        VALUES (?, ?, ?, 1, ?, ?, ?) ON CONFLICT (modality, source_entity, target_entity) DO UPDATE SET n = n + 1,
        cooperation = cooperation + excluded.cooperation, conflict = conflict + excluded.conflict, goldstein = goldstein + excluded.goldstein`),
      insMention: p('INSERT INTO mentions (article, actor, seq, start, end) VALUES (?, ?, ?, ?, ?)'),
      insQuote: p(`INSERT INTO quotes (article, local_id, speaker, speaker_entity, direct, content_start, content_end,
        content_text, cue_start, cue_end, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      clusterCandidates: p(`SELECT pk, anchor_date FROM clusters WHERE source_code = ? AND target_code = ? AND root = ? AND modality = ?
        AND anchor_date BETWEEN date(?, ?) AND date(?, ?)`),
      insCluster: p(`INSERT INTO clusters (source_code, target_code, root, cameo, modality, anchor_date, first_date, last_date, quad, goldstein)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insEvent: p(`INSERT INTO events (article, local_id, source_entity, target_entity, source_code, target_code, cameo, root,
        quad, goldstein, plover_event, plover_mode, modality, sentence, ev_start, ev_end, evidence_text, date, rule, cluster, json)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insPlace: p(`INSERT INTO places (article, local_id, place_key, geonameid, name, country, admin1, admin1_code, feature_code, lat, lon, n_mentions, rule)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insEventPlace: p('INSERT INTO event_places (article, event, place) VALUES (?, ?, ?)'),
      updCluster: p(`UPDATE clusters SET
        num_mentions = (SELECT count(*) FROM events WHERE cluster = $c),
        num_articles = (SELECT count(DISTINCT article) FROM events WHERE cluster = $c),
        num_sources = (SELECT count(DISTINCT coalesce(a.source, '')) FROM events e JOIN articles a ON a.pk = e.article WHERE e.cluster = $c),
        first_date = (SELECT min(date) FROM events WHERE cluster = $c),
        last_date = (SELECT max(date) FROM events WHERE cluster = $c)
        WHERE pk = $c`),
    };
  }

  /** Entity ids whose canonical name is `name` (case-insensitive), resolved before the query so indexes stay usable. */
  private entitiesNamed(name: string, unlessCodePrefix: boolean): number[] {
    return (this.stmt.named!.all(name) as { pk: number; code: string }[])
      .filter((r) => !(unlessCodePrefix && r.code.startsWith(name))).map((r) => r.pk);
  }

  /** Either a CAMEO code prefix (upper-case) or an actor's canonical name, matched against one side of an event. */
  private actorMatch(codeCol: string, entityCol: string, value: string, params: Param[]): string {
    const isCode = CODE_LIKE.test(value);
    // Entities already covered by the code prefix are left out, so the common case stays one index range.
    const named = this.entitiesNamed(value, isCode);
    const conds: string[] = [];
    if (isCode) conds.push(codePrefix(codeCol, value, bindTo(params)));
    if (named.length) {
      conds.push(`${entityCol} IN (${named.map(() => '?').join(', ')})`);
      params.push(...named);
    }
    return conds.length ? `(${conds.join(' OR ')})` : '0';
  }

  async hasArticle(id: string, hash: string): Promise<boolean> {
    return this.stmt.has!.get(id, hash) !== undefined;
  }

  /** The file, for a second connection in another thread (WAL: its writes never block this connection's reads). */
  threadWriter(): ThreadWriter | undefined {
    if (this.db.memory || this.db.readonly || !this.db.open) return undefined;
    return { file: this.db.name, options: { clusterWindowDays: this.windowDays, durable: this.durable } };
  }

  async putArticle(a: CodedArticle, meta: PutMeta = {}): Promise<PutResult> {
    return (await this.putArticles([{ article: a, meta }]))[0]!;
  }

  async putArticles(batch: { article: CodedArticle; meta?: PutMeta }[]): Promise<PutResult[]> {
    try {
      return this.putArticlesSync(batch);
    } catch (e) {
      // Read-only file, full disk, locked database: the transaction rolled back, nothing of these articles is stored.
      if (e instanceof Database.SqliteError) {
        const ids = batch.map((b) => b.article.id);
        throw new DyadError('E_DB', `cannot store article${ids.length > 1 ? 's' : ''} ${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ', …' : ''}: ${e.message} (${e.code}); nothing of ${ids.length > 1 ? 'them' : 'it'} was stored`);
      }
      throw e;
    }
  }

  /** One article in its own immediate transaction (synchronous; benchmarks use it). */
  putArticleSync(a: CodedArticle, meta: PutMeta = {}): PutResult {
    return this.putArticlesSync([{ article: a, meta }])[0]!;
  }

  /** The synchronous core: the batch in one immediate transaction, all or nothing. */
  putArticlesSync(batch: { article: CodedArticle; meta?: PutMeta }[]): PutResult[] {
    return this.db.transaction(() => {
      const fts: Param[] = [];
      const results = batch.map((b) => this.putOne(b.article, b.meta ?? {}, fts));
      this.insertFts(fts);
      return results;
    }).immediate();
  }

  /**
   * The batch's full-text rows, last and in as few statements as possible: FTS5 writes its pending rows out as a new
   * index segment at every statement that opens a savepoint (any later write in the transaction), so one row per
   * article inserted among the article's other rows made a segment per article, and merging them cost more than
   * tokenizing the text (`valgrind --tool=callgrind`, docs/speed.md).
   */
  private insertFts(flat: Param[]): void {
    for (let i = 0; i < flat.length;) {
      const n = Math.min(FTS_ROWS, (flat.length - i) / 3);
      let st = this.ftsRows.get(n);
      if (!st) {
        st = this.db.prepare(`INSERT INTO articles_fts (rowid, title, text) VALUES ${Array.from({ length: n }, () => '(?, ?, ?)').join(', ')}`);
        if (n === FTS_ROWS || this.ftsRows.size < 8) this.ftsRows.set(n, st);
      }
      st.run(flat.slice(i, i + 3 * n));
      i += 3 * n;
    }
  }

  private putOne(a: CodedArticle, meta: PutMeta, fts: Param[]): PutResult {
    const hash = contentHash(a.text);
    const dup = this.stmt.has!.get(a.id, hash);
    if (dup !== undefined) return { status: 'duplicate', reason: this.stmt.hasId!.get(a.id) ? 'id' : 'hash' };
    const { id, date, title, url, text, actors, quotes, events, ...extra } = a;
    const info = this.stmt.insArticle!.run(id, hash, date ?? null, title ?? null, url ?? null, meta.source ?? sourceOf(url),
      text, JSON.stringify(extra), new Date().toISOString());
    const art = Number(info.lastInsertRowid);
    fts.push(art, title ?? '', text);
    const entityOf = new Map<string, number>();
    for (const actor of actors) entityOf.set(actor.id, this.putActor(art, actor, date ?? null, text));
    for (const q of quotes) this.putQuote(art, a.text, q, entityOf);
    const touched = new Set<number>();
    for (const ev of events) touched.add(this.putEvent(art, a.text, ev, date ?? null, entityOf));
    for (const c of touched) this.stmt.updCluster!.run({ c });
    for (const r of placeRows(a)) this.stmt.insPlace!.run(art, ...r);
    for (const r of eventPlaceRows(a)) this.stmt.insEventPlace!.run(art, ...r);
    return { status: 'inserted', events: events.length };
  }

  private putActor(art: number, actor: Actor, date: string | null, text: string): number {
    // the entity of the same real actor stored from another article, else the (code, name) one
    const keys = entityKeys(actor, actor.mentions.map((m) => text.slice(m.start, m.end)));
    const linked = linkedEntity(keys, (k) => (this.stmt.getKey!.get(k) as { entity: number | null } | undefined)?.entity);
    const sectors = JSON.stringify(actor.sectors ?? []);
    const ent = linked === undefined ? this.stmt.upEntity!.get(actor.code, actor.name, actor.kind, actor.country ?? null, sectors, foldName(actor.name)) as { pk: number } : { pk: linked };
    if (linked !== undefined) {
      this.stmt.refineCode!.run({ code: actor.code, country: actor.country ?? null, sectors, pk: linked });
      this.stmt.refineName!.run({ name: actor.name, folded: foldName(actor.name), pk: linked });
    }
    for (const r of keyRows(keys)) (r.shared ? this.stmt.regKey! : this.stmt.insKey!).run(r.key, ent.pk);
    if (actor.role) this.stmt.upRole!.run(ent.pk, actor.role.title, date, date);
    this.stmt.insActor!.run(art, actor.id, ent.pk, actor.role?.title ?? null, JSON.stringify(actor));
    actor.mentions.forEach((m, i) => this.stmt.insMention!.run(art, actor.id, i, m.start, m.end));
    this.stmt.countActor!.run(actor.mentions.length, ent.pk);
    return ent.pk;
  }

  private putQuote(art: number, text: string, q: Quote, entityOf: Map<string, number>): void {
    this.stmt.insQuote!.run(art, q.id, q.speaker, q.speaker ? entityOf.get(q.speaker) ?? null : null, q.direct ? 1 : 0,
      q.content.start, q.content.end, text.slice(q.content.start, q.content.end), q.cue?.start ?? null, q.cue?.end ?? null,
      JSON.stringify(q));
  }

  /** Stores one event and returns the cluster it joined (same dyad, root and modality, anchor date within the window). */
  private putEvent(art: number, text: string, ev: CodedEvent, articleDate: string | null, entityOf: Map<string, number>): number {
    const date = ev.date ?? articleDate;
    let cluster: number | null = null;
    if (date) {
      const w = this.windowDays;
      const key = clusterKey(ev);
      const rows = this.stmt.clusterCandidates!.all(ev.sourceCode, ev.targetCode, ev.root, ev.modality, date, `-${w} days`, date, `+${w} days`) as Array<{ pk: number; anchor_date: string }>;
      cluster = assignCluster(key, date, rows.map((r) => ({ pk: r.pk, key, day: dayNumber(r.anchor_date) })), w);
    }
    if (cluster === null) {
      cluster = Number(this.stmt.insCluster!.run(ev.sourceCode, ev.targetCode, ev.root, ev.cameo, ev.modality, date, date, date, ev.quad, ev.goldstein).lastInsertRowid);
    }
    const se = ev.source ? entityOf.get(ev.source) ?? null : null;
    const te = ev.target ? entityOf.get(ev.target) ?? null : null;
    if (se !== null) this.stmt.countEvent!.run(se);
    if (te !== null && te !== se) this.stmt.countEvent!.run(te);
    if (se !== null && te !== null && se !== te) this.stmt.countEdge!.run(ev.modality, se, te, ev.quad <= 2 ? 1 : 0, ev.quad >= 3 ? 1 : 0, ev.goldstein);
    this.stmt.insEvent!.run(art, ev.id, se, te,
      ev.sourceCode, ev.targetCode, ev.cameo, ev.root, ev.quad, ev.goldstein, ev.plover?.event ?? null, ev.plover?.mode ?? null,
      ev.modality, ev.sentence, ev.evidence.start, ev.evidence.end, text.slice(ev.evidence.start, ev.evidence.end), date, ev.rule ?? '',
      cluster, JSON.stringify(ev));
    return cluster;
  }

  async places(q: PlaceQuery): Promise<PlaceReport> {
    const run = (build: (q: PlaceQuery, ph: (v: string | number) => string) => string): Row[] => {
      const params: Param[] = [];
      const sql = build(q, (v) => { params.push(v); return '?'; });
      return this.db.prepare(sql).all(...params) as Row[];
    };
    return { places: run(placeSummarySql).map(placeSummaryOf), events: run(placeEventsSql).map(placeEventOf) };
  }

  async counts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const t of ['articles', 'entities', 'entity_roles', 'actors', 'mentions', 'quotes', 'events', 'clusters', 'places', 'event_places']) {
      out[t] = (this.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    }
    return out;
  }

  async events(f: EventFilter): Promise<EventRow[]> {
    const where: string[] = [];
    const params: Param[] = [];
    const dir = (s: string | undefined, t: string | undefined, se: number | undefined, te: number | undefined): string[] => {
      const w: string[] = [];
      if (s !== undefined) w.push(this.actorMatch('e.source_code', 'e.source_entity', s, params));
      if (t !== undefined) w.push(this.actorMatch('e.target_code', 'e.target_entity', t, params));
      if (se !== undefined) { w.push('e.source_entity = ?'); params.push(se); }
      if (te !== undefined) { w.push('e.target_entity = ?'); params.push(te); }
      return w;
    };
    if (f.both) {
      const a = dir(f.source, f.target, f.sourceEntity, f.targetEntity);
      const b = dir(f.target, f.source, f.targetEntity, f.sourceEntity);
      if (a.length) where.push(`((${a.join(' AND ')}) OR (${b.join(' AND ')}))`);
    } else {
      where.push(...dir(f.source, f.target, f.sourceEntity, f.targetEntity));
    }
    if (f.actor !== undefined) {
      const s = this.actorMatch('e.source_code', 'e.source_entity', f.actor, params);
      const t = this.actorMatch('e.target_code', 'e.target_entity', f.actor, params);
      where.push(`(${s} OR ${t})`);
    }
    if (f.entity !== undefined) { where.push('(e.source_entity = ? OR e.target_entity = ?)'); params.push(f.entity, f.entity); }
    where.push(...extraFilters('e', { code: f.code, quad: f.quad, country: f.country, place: f.place }, bindTo(params), placeMatch));
    if (f.from !== undefined) { where.push('e.date >= ?'); params.push(f.from); }
    if (f.to !== undefined) { where.push('e.date <= ?'); params.push(f.to); }
    if (f.modality !== undefined) { where.push('e.modality = ?'); params.push(f.modality); }
    if (f.article !== undefined) { where.push('a.id = ?'); params.push(f.article); }
    if (f.cluster !== undefined) { where.push('e.cluster = ?'); params.push(f.cluster); }
    const col = SORT_SQL[f.sort ?? 'date'];
    const order = f.order === 'desc' ? 'DESC' : 'ASC';
    const sql = `SELECT a.id AS article, e.article AS apk, a.title AS articleTitle, e.local_id AS id, e.date, se.name AS source, te.name AS target,
        e.source_entity AS sourceEntity, e.target_entity AS targetEntity, e.source_code AS sourceCode, e.target_code AS targetCode,
        e.cameo, e.root, e.quad, e.goldstein, e.plover_event, e.plover_mode, e.json, e.modality, e.ev_start, e.ev_end,
        e.evidence_text AS evidenceText, e.rule, e.cluster
      FROM events e JOIN articles a ON a.pk = e.article
      LEFT JOIN entities se ON se.pk = e.source_entity LEFT JOIN entities te ON te.pk = e.target_entity
      ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY ${col} IS NULL, ${col} ${order}, e.pk ${order}${pageSql(f, bindTo(params))}`;
    const rows = this.db.prepare(sql).all(...params) as Row[];
    const parts = this.articleParts(rows.map((r) => r.apk as number));
    return rows.map((r) => eventRow(r, parts));
  }

  /** The text, sentences and places of these articles (by storage key), for event rows. */
  private articleParts(pks: number[]): Map<number, ArticleParts> {
    const out = new Map<number, ArticleParts>();
    if (!pks.length) return out;
    const rows = this.db.prepare(`SELECT pk, text, json_extract(extra, '$.sentences') AS s, json_extract(extra, '$.places') AS p
      FROM articles WHERE pk IN (SELECT value FROM json_each(?))`).all(JSON.stringify([...new Set(pks)])) as Row[];
    for (const r of rows) out.set(r.pk as number, articleParts(r.text as string, r.s, r.p));
    return out;
  }

  async timeSeries(q: TimeSeriesQuery): Promise<TimeSeriesPoint[]> {
    const period = q.interval === 'day' ? 'date' : q.interval === 'week' ? "date(date, '-6 days', 'weekday 1')" : "substr(date, 1, 7) || '-01'";
    const params: Param[] = [];
    const rest = (w: string[]): string => {
      // `+modality`: keeps the planner off the modality-led indexes, so the dyad index answers (with or without statistics).
      w.push('+modality = ?', 'date >= ?', 'date <= ?');
      params.push(q.modality ?? 'asserted', q.from ?? '0000-00-00', q.to ?? '9999-99-99');
      w.push(...extraFilters('events', { code: q.code }, bindTo(params), placeMatch));
      return `SELECT date, quad, goldstein FROM events WHERE ${w.join(' AND ')}`;
    };
    const side = (s: string, t: string | undefined): string => {
      const w = [this.actorMatch('source_code', 'source_entity', s, params)];
      if (t !== undefined) w.push(this.actorMatch('target_code', 'target_entity', t, params));
      return rest(w);
    };
    let inner: string;
    if (q.entity !== undefined) {
      // Either side, each event once: as source, or as target and not also source.
      params.push(q.entity);
      inner = rest(['source_entity = ?']);
      params.push(q.entity, q.entity);
      inner += ' UNION ALL ' + rest(['target_entity = ?', 'source_entity IS NOT ?']);
    } else {
      if (q.source === undefined) return [];
      inner = side(q.source, q.target);
      if (q.both && q.target !== undefined) inner += ' UNION ALL ' + side(q.target, q.source);
    }
    const sql = `SELECT ${period} AS period, count(*) AS n, sum(quad = 1) AS q1, sum(quad = 2) AS q2, sum(quad = 3) AS q3,
      sum(quad = 4) AS q4, sum(goldstein) AS gs FROM (${inner}) GROUP BY period ORDER BY period`;
    return (this.db.prepare(sql).all(...params) as Row[]).map((r) => ({
      period: r.period as string, count: r.n as number,
      quad: [r.q1 as number, r.q2 as number, r.q3 as number, r.q4 as number],
      goldsteinSum: round(r.gs as number), goldsteinMean: round((r.gs as number) / (r.n as number)),
    }));
  }

  async network(q: NetworkQuery): Promise<Network> {
    const params: Param[] = [];
    // With an actor, `+modality` steers the planner to the actor's code or entity index instead of a modality-led scan.
    const base = (): string => {
      const w = [q.actor === undefined ? 'modality = ?' : '+modality = ?', 'source_entity IS NOT NULL', 'target_entity IS NOT NULL', 'source_entity <> target_entity'];
      params.push(q.modality ?? 'asserted');
      if (q.from !== undefined) { w.push('date >= ?'); params.push(q.from); }
      if (q.to !== undefined) { w.push('date <= ?'); params.push(q.to); }
      w.push(...extraFilters('events', q, bindTo(params), placeMatch));
      return w.join(' AND ');
    };
    let rows: string;
    const filtered = [q.code, q.quad, q.country, q.place].some((x) => x !== undefined);
    if (q.actor === undefined && q.from === undefined && q.to === undefined && !filtered) {
      // All time, no actor: the edge counts kept on write answer without reading the events.
      params.push(q.modality ?? 'asserted', q.minCount ?? 1, Math.min(Math.max(1, q.limit ?? 500), MAX_LIMIT));
      const edges = (this.stmt.allEdges!.all(...params) as Row[]).map((r) => ({
        source: r.s as number, target: r.t as number, count: r.n as number, cooperation: r.coop as number,
        conflict: r.conf as number, goldsteinSum: round(r.gs as number),
      }));
      return this.withNodes(edges);
    }
    if (q.actor === undefined) {
      rows = `SELECT source_entity, target_entity, quad, goldstein FROM events WHERE ${base()}`;
    } else {
      // Two index ranges (actor as source; actor as target but not source) instead of one OR over the whole table.
      const a = `${base()} AND ${this.actorMatch('source_code', 'source_entity', q.actor, params)}`;
      const b = `${base()} AND ${this.actorMatch('target_code', 'target_entity', q.actor, params)}`;
      const notA = `NOT ${this.actorMatch('source_code', 'source_entity', q.actor, params)}`;
      rows = `SELECT source_entity, target_entity, quad, goldstein FROM events WHERE ${a}
        UNION ALL SELECT source_entity, target_entity, quad, goldstein FROM events WHERE ${b} AND ${notA}`;
    }
    params.push(q.minCount ?? 1, Math.min(Math.max(1, q.limit ?? 500), MAX_LIMIT));
    const edges = (this.db.prepare(`SELECT source_entity AS s, target_entity AS t, count(*) AS n, sum(quad <= 2) AS coop,
        sum(quad >= 3) AS conf, sum(goldstein) AS gs
      FROM (${rows}) GROUP BY source_entity, target_entity HAVING n >= ?
      ORDER BY n DESC, s, t LIMIT ?`).all(...params) as Row[]).map((r) => ({
      source: r.s as number, target: r.t as number, count: r.n as number, cooperation: r.coop as number,
      conflict: r.conf as number, goldsteinSum: round(r.gs as number),
    }));
    return this.withNodes(edges);
  }

  private withNodes(edges: Network['edges']): Network {
    const weight = new Map<number, number>();
    for (const e of edges) {
      weight.set(e.source, (weight.get(e.source) ?? 0) + e.count);
      weight.set(e.target, (weight.get(e.target) ?? 0) + e.count);
    }
    const ids = [...weight.keys()];
    const nodes = ids.length === 0 ? [] : (this.db.prepare(`SELECT pk, name, code, kind FROM entities WHERE pk IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(ids)) as Row[]).map((r) => ({
      id: r.pk as number, name: r.name as string, code: r.code as string, kind: r.kind as string, events: weight.get(r.pk as number) ?? 0,
    })).sort((a, b) => b.events - a.events || a.id - b.id);
    return { nodes, edges };
  }

  async quotes(q: QuoteQuery): Promise<QuoteRow[]> {
    const params: Param[] = [];
    const w: string[] = [];
    if (q.speaker !== undefined) {
      // A code prefix, or whole words of the folded name ("shoigu", "erdogan").
      const conds: string[] = [];
      if (CODE_LIKE.test(q.speaker)) conds.push(codePrefix('code', q.speaker, bindTo(params)));
      const folded = foldName(q.speaker);
      if (folded) { conds.push("(' ' || folded || ' ') LIKE ?"); params.push(`% ${folded} %`); }
      w.push(conds.length ? `qu.speaker_entity IN (SELECT pk FROM entities WHERE ${conds.join(' OR ')})` : '0');
    }
    if (q.speakerEntity !== undefined) { w.push('qu.speaker_entity = ?'); params.push(q.speakerEntity); }
    if (q.q !== undefined) { w.push("qu.content_text LIKE ? ESCAPE '\\'"); params.push('%' + q.q.replace(/[\\%_]/g, (c) => '\\' + c) + '%'); }
    if (q.article !== undefined) { w.push('a.id = ?'); params.push(q.article); }
    const sql = `SELECT a.id AS article, qu.local_id AS id, en.name AS speaker, en.code AS speakerCode, qu.speaker_entity AS speakerEntity,
        qu.direct, qu.content_start AS cs, qu.content_end AS ce, qu.content_text AS contentText, a.date, a.title AS articleTitle,
        he.name AS hearer
      FROM quotes qu JOIN articles a ON a.pk = qu.article LEFT JOIN entities en ON en.pk = qu.speaker_entity
      LEFT JOIN actors ha ON ha.article = qu.article AND ha.local_id = json_extract(qu.json, '$.hearer') LEFT JOIN entities he ON he.pk = ha.entity
      ${w.length ? 'WHERE ' + w.join(' AND ') : ''} ORDER BY a.date IS NULL, a.date, a.pk, qu.content_start${pageSql(q, bindTo(params))}`;
    return (this.db.prepare(sql).all(...params) as Row[]).map((r) => ({
      article: r.article as string, id: r.id as string, speaker: (r.speaker as string | null) ?? null,
      speakerCode: (r.speakerCode as string | null) ?? null, speakerEntity: (r.speakerEntity as number | null) ?? null,
      direct: r.direct === 1, content: { start: r.cs as number, end: r.ce as number }, contentText: r.contentText as string,
      date: (r.date as string | null) ?? null, articleTitle: (r.articleTitle as string | null) ?? null, hearer: (r.hearer as string | null) ?? null,
    }));
  }

  async article(id: string): Promise<StoredArticle | null> {
    const a = this.db.prepare('SELECT pk, id, date, title, url, source, text, extra, added_at FROM articles WHERE id = ?').get(id) as Row | undefined;
    if (!a) return null;
    const pk = a.pk as number;
    const parse = <T>(sql: string): T[] => (this.db.prepare(sql).all(pk) as { json: string }[]).map((r) => JSON.parse(r.json) as T);
    const extra = JSON.parse(a.extra as string) as Record<string, unknown>;
    const article = {
      id: a.id as string,
      ...(a.date != null ? { date: a.date as string } : {}),
      ...(a.title != null ? { title: a.title as string } : {}),
      ...(a.url != null ? { url: a.url as string } : {}),
      text: a.text as string,
      ...extra,
      actors: parse<Actor>('SELECT json FROM actors WHERE article = ? ORDER BY rowid'),
      quotes: parse<Quote>('SELECT json FROM quotes WHERE article = ? ORDER BY rowid'),
      events: parse<CodedEvent>('SELECT json FROM events WHERE article = ? ORDER BY pk'),
    } as CodedArticle;
    const clusters: Record<string, ClusterRow> = {};
    for (const r of this.db.prepare(`SELECT e.local_id AS event_id, ${CLUSTER_COLS} FROM events e JOIN clusters c ON c.pk = e.cluster
      WHERE e.article = ?`).all(pk) as Row[]) clusters[r.event_id as string] = clusterRow(r);
    return { article, source: (a.source as string | null) ?? null, addedAt: a.added_at as string, clusters };
  }

  async actors(q: ActorQuery): Promise<ActorRow[]> {
    const params: Param[] = [];
    let where = '';
    if (q.q !== undefined && q.q !== '') {
      // Part of the folded name (case and diacritics ignored: "erdogan" finds Erdoğan) or a code prefix.
      const esc = q.q.replace(/[\\%_]/g, (c) => '\\' + c);
      const folded = foldName(q.q);
      where = `WHERE ${folded ? 'en.folded LIKE ? OR ' : ''}en.code LIKE ? ESCAPE '\\'`;
      if (folded) params.push('%' + folded + '%');
      params.push(esc.toUpperCase() + '%');
    }
    return this.actorRows(where, params, q);
  }

  private actorRows(where: string, params: Param[], page: { limit?: number; offset?: number }): ActorRow[] {
    // Counts are kept up to date by putArticle, so listing and searching actors reads one table.
    const sql = `SELECT en.pk, en.name, en.code, en.kind, en.country, en.sectors, en.n_articles AS articles, en.n_mentions AS mentions,
        en.n_events AS events FROM entities en ${where} ORDER BY articles DESC, en.pk${pageSql(page, bindTo(params))}`;
    const rows = this.db.prepare(sql).all(...params) as Row[];
    const roles = this.db.prepare('SELECT title, first_date, last_date FROM entity_roles WHERE entity = ? ORDER BY first_date, title');
    return rows.map((r) => ({
      id: r.pk as number, name: r.name as string, code: r.code as string, kind: r.kind as string,
      country: (r.country as string | null) ?? null, sectors: JSON.parse(r.sectors as string) as string[],
      roles: (roles.all(r.pk) as Row[]).map((x) => ({ title: x.title as string, from: (x.first_date as string | null) ?? null, to: (x.last_date as string | null) ?? null })),
      articles: r.articles as number, mentions: r.mentions as number, events: r.events as number,
    }));
  }

  async actor(id: number): Promise<ActorDetail | null> {
    const [actor] = this.actorRows('WHERE en.pk = ?', [id], { limit: 1 });
    if (!actor) return null;
    const readings = (this.db.prepare(`SELECT a.id, a.title, a.date, a.text, ac.json FROM actors ac JOIN articles a ON a.pk = ac.article
      WHERE ac.entity = ? ORDER BY a.date IS NULL, a.date, a.pk LIMIT 500`).all(id) as Row[]).map((r) => actorReading(
      { id: r.id as string, title: (r.title as string | null) ?? null, date: (r.date as string | null) ?? null, text: r.text as string },
      JSON.parse(r.json as string) as Actor));
    const partnerRows = this.db.prepare(PARTNERS_SQL(() => '?')).all(id, id, id, id) as Row[];
    const names = new Map((this.db.prepare('SELECT pk, name, code FROM entities WHERE pk IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(partnerRows.map((r) => r.other))) as Row[]).map((r) => [r.pk as number, { name: r.name as string, code: r.code as string }]));
    const count = (sql: string): number => (this.db.prepare(sql).get(id) as { n: number }).n;
    return {
      actor, readings, partners: partnerRows.map((r) => partnerRow(r, names)),
      eventsOut: count('SELECT count(*) AS n FROM events WHERE source_entity = ?'),
      eventsIn: count('SELECT count(*) AS n FROM events WHERE target_entity = ?'),
      quotes: count('SELECT count(*) AS n FROM quotes WHERE speaker_entity = ?'),
    };
  }

  async clusters(f: ClusterFilter): Promise<ClusterRow[]> {
    const params: Param[] = [];
    const w: string[] = [];
    if (f.actor !== undefined) {
      if (!CODE_LIKE.test(f.actor)) {
        w.push(`pk IN (SELECT cluster FROM events WHERE source_entity IN (SELECT pk FROM entities WHERE name = ? COLLATE NOCASE)
          OR target_entity IN (SELECT pk FROM entities WHERE name = ? COLLATE NOCASE))`);
        params.push(f.actor, f.actor);
      } else {
        w.push(`(${codePrefix('source_code', f.actor, bindTo(params))} OR ${codePrefix('target_code', f.actor, bindTo(params))})`);
      }
    }
    if (f.root !== undefined) { w.push('root = ?'); params.push(f.root); }
    if (f.from !== undefined) { w.push('last_date >= ?'); params.push(f.from); }
    if (f.to !== undefined) { w.push('first_date <= ?'); params.push(f.to); }
    if (f.minArticles !== undefined) { w.push('num_articles >= ?'); params.push(f.minArticles); }
    const sql = `SELECT ${CLUSTER_COLS} FROM clusters c ${w.length ? 'WHERE ' + w.join(' AND ') : ''}
      ORDER BY num_articles DESC, num_mentions DESC, pk${pageSql(f, bindTo(params))}`;
    return (this.db.prepare(sql).all(...params) as Row[]).map(clusterRow);
  }

  async search(q: SearchQuery): Promise<SearchResult> {
    const limit = Math.min(Math.max(1, q.limit ?? 20), 200);
    const actors = await this.actors({ q: q.q, limit });
    const fts = ftsQuery(q.q);
    const articles: SearchResult['articles'] = [];
    if (fts) {
      const rows = this.db.prepare(`SELECT a.id, a.title, a.date, a.text FROM articles_fts f JOIN articles a ON a.pk = f.rowid
        WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`).all(fts, limit) as Row[];
      const first = (q.q.match(/[\p{L}\p{N}]+/u) ?? [''])[0]!.toLowerCase();
      for (const r of rows) {
        const text = r.text as string;
        const at = Math.max(0, text.toLowerCase().indexOf(first));
        // Start the snippet at a word boundary about 60 characters before the first hit.
        let start = Math.max(0, at - 60);
        if (start > 0) start = Math.min(at, text.indexOf(' ', start) + 1 || at);
        articles.push({ id: r.id as string, title: (r.title as string | null) ?? null, date: (r.date as string | null) ?? null,
          snippet: (start > 0 ? '…' : '') + text.slice(start, at + 100).replace(/\s+/g, ' ') + '…' });
      }
    }
    return { actors, articles };
  }

  async articleIds(): Promise<string[]> {
    return (this.db.prepare('SELECT id FROM articles ORDER BY pk').all() as { id: string }[]).map((r) => r.id);
  }

  async cluster(id: number): Promise<ClusterRow | null> {
    const r = this.db.prepare(`SELECT ${CLUSTER_COLS} FROM clusters c WHERE c.pk = ?`).get(id) as Row | undefined;
    return r ? clusterRow(r) : null;
  }

  async close(): Promise<void> {
    // Refresh the planner's statistics when tables grew (cheap with a limit): the query plans depend on them.
    if (this.db.open && !this.db.readonly) {
      this.db.pragma('analysis_limit = 1000');
      this.db.pragma('optimize');
    }
    this.db.close();
  }
}


function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
