import type { CodedArticle, CodedEvent, Modality, Span } from '../core/types.js';
import type { PlaceQuery, PlaceReport } from './places.js';
import type { WatchStore } from './watch-store.js';

/**
 * The one interface every corpus backend implements (SQLite now, Postgres later). Methods are async so a
 * networked backend fits; every result is plain JSON. The contract tests in test/store/ run against any Store.
 */
export interface Store extends WatchStore {
  /** True when an article with this id or this content hash is already stored. */
  hasArticle(id: string, contentHash: string): Promise<boolean>;
  /** Stores one coded article with all its layers and updates event clusters, in one transaction. */
  putArticle(article: CodedArticle, meta?: PutMeta): Promise<PutResult>;
  /** Stores several articles, in order, in one transaction: all of them or none (a crash loses at most the batch). */
  putArticles(batch: { article: CodedArticle; meta?: PutMeta }[]): Promise<PutResult[]>;
  /** Row counts per table (for idempotence checks and `dyad query stats`). */
  counts(): Promise<Record<string, number>>;
  /**
   * Where another thread can open this store to write to it (SQLite: the file and the options it was opened with), so
   * a server stores posted articles off its event loop; undefined when it cannot (in memory, read-only; Postgres
   * writes are network round trips and need no thread).
   */
  threadWriter?(): ThreadWriter | undefined;

  events(filter: EventFilter): Promise<EventRow[]>;
  timeSeries(q: TimeSeriesQuery): Promise<TimeSeriesPoint[]>;
  network(q: NetworkQuery): Promise<Network>;
  quotes(q: QuoteQuery): Promise<QuoteRow[]>;
  /** The article as it was coded (a CodedArticle round-trips), plus the cluster of each event. */
  article(id: string): Promise<StoredArticle | null>;
  actors(q: ActorQuery): Promise<ActorRow[]>;
  /** One actor (entity) for its page: the actor, how each article coded it (code, role, evidence), its main partners. */
  actor(id: number): Promise<ActorDetail | null>;
  clusters(filter: ClusterFilter): Promise<ClusterRow[]>;
  cluster(id: number): Promise<ClusterRow | null>;
  /** Actors by name/code and articles by words. */
  search(q: SearchQuery): Promise<SearchResult>;
  /** Events that have a place, and those places with their event counts: by date, country, division, bounding box. */
  places(q: PlaceQuery): Promise<PlaceReport>;
  /** Every stored article id in storage order (exports walk this). */
  articleIds(): Promise<string[]>;

  close(): Promise<void>;
}

export interface PutMeta {
  /** Name of the outlet the article came from (GDELT's "source"); defaults to the URL's host name. */
  source?: string;
}

export type PutResult =
  | { status: 'inserted'; events: number }
  | { status: 'duplicate'; reason: 'id' | 'hash' };

export interface StoreOptions {
  /** Events of the same dyad and root whose dates are at most this many days apart form one cluster (default 2). */
  clusterWindowDays?: number;
  /**
   * SQLite: open the file read-only when it or its folder cannot be written (a read-only filesystem, an immutable
   * file), so a corpus there can still be queried, served and exported. Writes to such a store fail with E_DB.
   */
  readOnlyIfNeeded?: boolean;
  /**
   * SQLite: `synchronous = FULL`, so every committed transaction survives a power cut or OS crash. The default,
   * NORMAL with the write-ahead log, survives a crash of dyad itself, but a power cut may roll back the last
   * committed batches (SQLite's documentation: durability is lost, consistency is kept).
   */
  durable?: boolean;
}

/** An SQLite file another thread opens to write to it (Store.threadWriter). */
export interface ThreadWriter {
  file: string;
  options: Pick<StoreOptions, 'clusterWindowDays' | 'durable'>;
}

export interface Page {
  limit?: number;
  offset?: number;
}

export interface EventFilter extends Page {
  /** Either side: a CAMEO actor code prefix ("CHN" matches "CHNGOVMIL") or an actor's canonical name. */
  actor?: string;
  source?: string;
  target?: string;
  /** CAMEO event code prefix ("11" matches "112"). */
  code?: string;
  from?: string; // YYYY-MM-DD, inclusive
  to?: string; // YYYY-MM-DD, inclusive
  modality?: Modality;
  quad?: number;
  article?: string;
  cluster?: number;
  /** Entity ids (as in network nodes): events from `sourceEntity` to `targetEntity`. */
  sourceEntity?: number;
  targetEntity?: number;
  /** Also match the reverse direction of sourceEntity/targetEntity or source/target. */
  both?: boolean;
  /** Either side is this entity. */
  entity?: number;
  /** Either side's actor code starts with this country (or IGO) code. */
  country?: string;
  /** The event happened at a place of this name (contract 1.1 `place`; case-insensitive). */
  place?: string;
  /** Row order (default date); ties by storage order. */
  sort?: EventSort;
  order?: 'asc' | 'desc';
}

export const EVENT_SORTS = ['date', 'source', 'target', 'code', 'modality', 'goldstein', 'article'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

/** Where an event happened, read from its article's `places` (contract 1.1). */
export interface EventPlace {
  id: string;
  name: string;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
}

/** A stored event as queries return it: the coded event's codes and evidence, with names, entities and its cluster. */
export interface EventRow extends Pick<CodedEvent, 'id' | 'sourceCode' | 'targetCode' | 'cameo' | 'root' | 'quad' | 'goldstein' | 'plover' | 'modality' | 'evidence' | 'rule'> {
  article: string;
  articleTitle: string | null;
  date: string | null;
  source: string | null; // canonical name
  target: string | null;
  sourceEntity: number | null;
  targetEntity: number | null;
  /** The evidence words, cut from the stored text. */
  evidenceText: string;
  /** The sentence holding the evidence. */
  sentenceText: string;
  place: EventPlace | null;
  cluster: number;
}

export type Interval = 'day' | 'week' | 'month';

export interface TimeSeriesQuery {
  /** The dyad's source (with `target`), or one actor on either side; or `entity`. One of source and entity is needed. */
  source?: string;
  /** Either side is this entity (an actor's timeline). */
  entity?: number;
  target?: string;
  interval: Interval;
  from?: string;
  to?: string;
  both?: boolean;
  /** Only these modalities count (default: asserted). */
  modality?: Modality;
  /** CAMEO code prefix. */
  code?: string;
}

export interface TimeSeriesPoint {
  period: string; // first day of the period, YYYY-MM-DD
  count: number;
  quad: [number, number, number, number];
  goldsteinSum: number;
  goldsteinMean: number;
}

export interface NetworkQuery {
  from?: string;
  to?: string;
  /** Keep only edges touching this actor (code prefix or name). */
  actor?: string;
  minCount?: number;
  limit?: number;
  modality?: Modality;
  /** CAMEO code prefix (a root: "19"), quad class, either side's country code, the place's name (as in EventFilter). */
  code?: string;
  quad?: number;
  country?: string;
  place?: string;
}

export interface NetworkNode {
  id: number;
  name: string;
  code: string;
  kind: string;
  events: number;
}

export interface NetworkEdge {
  source: number;
  target: number;
  count: number;
  /** Events of quad class 1-2 and 3-4. */
  cooperation: number;
  conflict: number;
  goldsteinSum: number;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface QuoteQuery extends Page {
  /**
   * Speaker: a code prefix, or words of the name: whole words, case and diacritics ignored (`shoigu` finds Sergei
   * Shoigu, `erdogan` finds Recep Tayyip Erdoğan).
   */
  speaker?: string;
  speakerEntity?: number;
  /** Words in the quote. */
  q?: string;
  article?: string;
}

export interface QuoteRow {
  article: string;
  id: string;
  speaker: string | null;
  speakerCode: string | null;
  speakerEntity: number | null;
  direct: boolean;
  content: Span;
  contentText: string;
  date: string | null;
  articleTitle: string | null;
  /** Who it was said to, when the quote names a hearer (a `hearer` actor id on the quote); else null. */
  hearer: string | null;
}

export interface ActorQuery extends Page {
  /** Part of the name (case and diacritics ignored) or a code prefix. */
  q?: string;
}

export interface ActorRow {
  id: number;
  name: string;
  code: string;
  kind: string;
  country: string | null;
  sectors: string[];
  roles: { title: string; from: string | null; to: string | null }[];
  /** Articles naming it, its mentions in them, and events with it as source or target. */
  articles: number;
  mentions: number;
  events: number;
}

/** How one article coded the actor: its code, name and role there, with the spans they were read from. */
export interface ActorReading {
  article: string;
  articleTitle: string | null;
  date: string | null;
  localId: string;
  name: string;
  code: string;
  codeRule: string | null;
  codeEvidence: { start: number; end: number; text: string } | null;
  role: { title: string; start: number; end: number; text: string } | null;
  mentions: number;
}

export interface ActorPartner {
  id: number;
  name: string;
  code: string;
  /** Events from the actor to the partner, and from the partner to the actor (asserted). */
  out: number;
  in: number;
  goldsteinMean: number;
}

export interface ActorDetail {
  actor: ActorRow;
  /** Every article's reading, by date (at most 500). */
  readings: ActorReading[];
  /** The 20 actors it has the most asserted events with. */
  partners: ActorPartner[];
  /** Events with the actor as source and as target, and its quotes (all modalities). */
  eventsOut: number;
  eventsIn: number;
  quotes: number;
}

export interface ClusterFilter extends Page {
  actor?: string;
  from?: string;
  to?: string;
  root?: string;
  minArticles?: number;
}

export interface ClusterRow {
  id: number;
  sourceCode: string;
  targetCode: string;
  root: string;
  cameo: string;
  modality: Modality;
  firstDate: string | null;
  lastDate: string | null;
  quad: number;
  goldstein: number;
  numMentions: number;
  numArticles: number;
  numSources: number;
  /** The first stored event of the cluster (GDELT's root record): its article id and event id. */
  firstArticle: string;
  firstEvent: string;
}

export interface StoredArticle {
  article: CodedArticle;
  source: string | null;
  addedAt: string;
  /** event id -> the cluster it belongs to */
  clusters: Record<string, ClusterRow>;
}

export interface SearchQuery {
  q: string;
  limit?: number;
}

export interface SearchResult {
  actors: ActorRow[];
  articles: { id: string; title: string | null; date: string | null; snippet: string }[];
}
