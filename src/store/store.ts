import type { CodedArticle, CodedEvent, Modality, Span } from '../core/types.js';

/**
 * The one interface every corpus backend implements (SQLite now, Postgres later). Methods are async so a
 * networked backend fits; every result is plain JSON. The contract tests in test/store/ run against any Store.
 */
export interface Store {
  /** True when an article with this id or this content hash is already stored. */
  hasArticle(id: string, contentHash: string): Promise<boolean>;
  /** Stores one coded article with all its layers and updates event clusters, in one transaction. */
  putArticle(article: CodedArticle, meta?: PutMeta): Promise<PutResult>;
  /** Stores several articles, in order, in one transaction: all of them or none (a crash loses at most the batch). */
  putArticles(batch: { article: CodedArticle; meta?: PutMeta }[]): Promise<PutResult[]>;
  /** Row counts per table (for idempotence checks and `dyad query stats`). */
  counts(): Promise<Record<string, number>>;

  events(filter: EventFilter): Promise<EventRow[]>;
  timeSeries(q: TimeSeriesQuery): Promise<TimeSeriesPoint[]>;
  network(q: NetworkQuery): Promise<Network>;
  quotes(q: QuoteQuery): Promise<QuoteRow[]>;
  /** The article as it was coded (a CodedArticle round-trips), plus the cluster of each event. */
  article(id: string): Promise<StoredArticle | null>;
  actors(q: ActorQuery): Promise<ActorRow[]>;
  clusters(filter: ClusterFilter): Promise<ClusterRow[]>;
  cluster(id: number): Promise<ClusterRow | null>;
  /** Actors by name/code and articles by words. */
  search(q: SearchQuery): Promise<SearchResult>;
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
  cluster: number;
}

export type Interval = 'day' | 'week' | 'month';

export interface TimeSeriesQuery {
  source: string;
  target?: string;
  interval: Interval;
  from?: string;
  to?: string;
  both?: boolean;
  /** Only these modalities count (default: asserted). */
  modality?: Modality;
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
  /** Speaker: code prefix or canonical name. */
  speaker?: string;
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
}

export interface ActorQuery extends Page {
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
