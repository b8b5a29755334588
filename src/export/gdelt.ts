import type { Actor, CodedArticle, CodedEvent, Place } from '../core/types.js';
import type { GazetteerHeader } from '../resources/geo/gazetteer.js';
import { gazetteerHeader } from '../resources/geo/load.js';
import type { ClusterRow, StoredArticle } from '../store/store.js';
import { EMPTY_GEO, gdeltGeo, type GdeltGeo } from './geo.js';
import { gdeltName, globalEventId } from './gdelt-values.js';

/** What a GDELT row reads besides the article: the country table (FIPS codes) and the documents' tone. */
export interface GdeltContext {
  /** The gazetteer's country table (default: the bundled one); null without a gazetteer: the geo columns stay empty. */
  countries?: GazetteerHeader | null;
  /** AvgTone of the event's cluster (MentionDocTone of the article for Mentions rows); empty when not given. */
  tone?: number | null;
}

/** GDELT 2.0 Events columns, in file order (61). */
export const GDELT_EVENT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code',
  'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code',
  'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources',
  'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code', 'Actor1Geo_Lat',
  'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code', 'Actor2Geo_Lat',
  'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code', 'ActionGeo_Lat',
  'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

/** GDELT 2.0 Mentions columns, in file order (16). */
export const GDELT_MENTION_COLUMNS = [
  'GLOBALEVENTID', 'EventTimeDate', 'MentionTimeDate', 'MentionType', 'MentionSourceName', 'MentionIdentifier', 'SentenceID',
  'Actor1CharOffset', 'Actor2CharOffset', 'ActionCharOffset', 'InRawText', 'Confidence', 'MentionDocLen', 'MentionDocTone',
  'MentionDocTranslationInfo', 'Extras',
] as const;

type EventCol = (typeof GDELT_EVENT_COLUMNS)[number];
type MentionCol = (typeof GDELT_MENTION_COLUMNS)[number];

/** Tabs and line breaks inside a value would shift every later column. */
const cell = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

const IGO_LIKE = /^(IGO|NGO|IMG|MNC|UNO|EUR|AFR|ASA|BLK|CAU|LAM|MEA|NAF|SAF|WAF|WST|SAS|SEA|NMR)/;

/** Country code and up to three type (sector) codes read off a CAMEO actor code ("CHNGOVMIL" -> CHN, GOV, MIL). */
function splitCode(code: string): { country: string; types: string[] } {
  if (!code || IGO_LIKE.test(code)) return { country: '', types: [] };
  return { country: code.slice(0, 3), types: (code.slice(3).match(/.{3}/g) ?? []).slice(0, 3) };
}

export function gdeltDate(date: string | null | undefined): { sql: string; month: string; year: string; fraction: string } {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return { sql: '', month: '', year: '', fraction: '' };
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { sql: `${y}${date.slice(5, 7)}${date.slice(8, 10)}`, month: `${y}${date.slice(5, 7)}`, year: String(y),
    fraction: (y + (m * 30 + d) / 365).toFixed(4) };
}

/** "2024-01-31T10:02:03.456Z" -> "20240131100203". */
export function gdeltTimestamp(iso: string | null | undefined): string {
  if (!iso) return '';
  const digits = iso.replace(/[^0-9]/g, '');
  return (digits + '000000').slice(0, 14);
}

/** The event is in the lead: the first paragraph, or the second when the first is a one-line headline. */
function isRootEvent(text: string, ev: CodedEvent): boolean {
  const paras = [...text.matchAll(/\n\s*\n/g)].map((m) => m.index!);
  const firstEnd = paras[0] ?? text.length;
  const headline = !text.slice(0, firstEnd).includes('\n') && firstEnd < 300 && paras.length > 0;
  const leadEnd = headline ? paras[1] ?? text.length : firstEnd;
  return ev.evidence.start < leadEnd;
}

export function eventDate(a: CodedArticle, ev: CodedEvent): string | null {
  return ev.date ?? a.date ?? null;
}

function actorRow(prefix: 'Actor1' | 'Actor2', code: string, actor: Actor | undefined): Partial<Record<EventCol, string>> {
  const { country, types } = splitCode(code);
  return {
    [`${prefix}Code`]: code, [`${prefix}Name`]: actor ? gdeltName(actor.name) : '', [`${prefix}CountryCode`]: country,
    [`${prefix}Type1Code`]: types[0] ?? '', [`${prefix}Type2Code`]: types[1] ?? '', [`${prefix}Type3Code`]: types[2] ?? '',
  } as Partial<Record<EventCol, string>>;
}

function geoCells(prefix: 'Actor1Geo' | 'Actor2Geo' | 'ActionGeo', g: GdeltGeo): Partial<Record<EventCol, string | number>> {
  return Object.fromEntries(Object.entries(g).map(([k, v]) => [`${prefix}_${k}`, v])) as Partial<Record<EventCol, string | number>>;
}

/**
 * The places of an event for GDELT: ActionGeo is the event's place (`events[].place`); Actor1Geo/Actor2Geo the
 * place the text gives the source or target (`sourcePlace`/`targetPlace`: "troops in X", "X-based"), else empty.
 */
function eventGeo(a: CodedArticle, ev: CodedEvent, header: GazetteerHeader): Partial<Record<EventCol, string | number>> {
  const places = new Map<string, Place>((a.places ?? []).map((p) => [p.id, p]));
  const geo = (id: string | null | undefined): GdeltGeo => (id ? gdeltGeo(places.get(id), header) : EMPTY_GEO);
  return { ...geoCells('Actor1Geo', geo(ev.sourcePlace)), ...geoCells('Actor2Geo', geo(ev.targetPlace)), ...geoCells('ActionGeo', geo(ev.place)) };
}

/** GLOBALEVENTID of a cluster: from its first event's article id and event id (stable across runs and databases). */
export const clusterEventId = (cluster: ClusterRow): number => globalEventId(cluster.firstArticle, cluster.firstEvent);

/** The geo cells of an event row: empty when the article has no places or the gazetteer cannot be read. */
function geoOf(a: CodedArticle, ev: CodedEvent, ctx: GdeltContext): Partial<Record<EventCol, string | number>> {
  if (!a.places?.length) return {};
  const header = ctx.countries === undefined ? gazetteerHeader() : ctx.countries;
  return header ? eventGeo(a, ev, header) : {};
}

/** One GDELT Events row (61 cells) for a cluster, read from its first event. */
export function gdeltEventRow(stored: StoredArticle, ev: CodedEvent, cluster: ClusterRow, ctx: GdeltContext = {}): string[] {
  const a = stored.article;
  const actors = new Map(a.actors.map((x) => [x.id, x]));
  const d = gdeltDate(eventDate(a, ev));
  const v: Partial<Record<EventCol, string | number>> = {
    GLOBALEVENTID: clusterEventId(cluster), SQLDATE: d.sql, MonthYear: d.month, Year: d.year, FractionDate: d.fraction,
    ...actorRow('Actor1', ev.sourceCode, ev.source ? actors.get(ev.source) : undefined),
    ...actorRow('Actor2', ev.targetCode, ev.target ? actors.get(ev.target) : undefined),
    IsRootEvent: isRootEvent(a.text, ev) ? 1 : 0, EventCode: ev.cameo, EventBaseCode: ev.cameo.slice(0, 3), EventRootCode: ev.root,
    QuadClass: ev.quad, GoldsteinScale: ev.goldstein.toFixed(1), NumMentions: cluster.numMentions, NumSources: cluster.numSources,
    NumArticles: cluster.numArticles, AvgTone: ctx.tone ?? '', DATEADDED: gdeltTimestamp(stored.addedAt), SOURCEURL: a.url ?? '',
    ...geoOf(a, ev, ctx),
  };
  return GDELT_EVENT_COLUMNS.map((c) => cell(v[c]));
}

/** One GDELT Mentions row (16 cells): this article's mention of the event. */
export function gdeltMentionRow(stored: StoredArticle, ev: CodedEvent, cluster: ClusterRow, ctx: GdeltContext = {}): string[] {
  const a = stored.article;
  const actors = new Map(a.actors.map((x) => [x.id, x]));
  const firstIn = (actorId: string | null, span: { start: number } | undefined): number => {
    if (span) return span.start;
    const s = a.sentences[ev.sentence];
    const m = actorId ? actors.get(actorId)?.mentions.find((x) => !s || (x.start >= s.start && x.end <= s.end)) : undefined;
    return m ? m.start : -1;
  };
  const eventTime = gdeltDate(cluster.firstDate).sql;
  const v: Partial<Record<MentionCol, string | number>> = {
    GLOBALEVENTID: clusterEventId(cluster), EventTimeDate: eventTime ? eventTime + '000000' : '',
    MentionTimeDate: a.date ? gdeltDate(a.date).sql + '000000' : gdeltTimestamp(stored.addedAt),
    MentionType: 1, MentionSourceName: stored.source ?? '', MentionIdentifier: a.url ?? a.id, SentenceID: ev.sentence + 1,
    Actor1CharOffset: firstIn(ev.source, ev.sourceSpan), Actor2CharOffset: ev.target ? firstIn(ev.target, ev.targetSpan) : -1,
    ActionCharOffset: ev.evidence.start, InRawText: 1, MentionDocLen: a.text.length, MentionDocTone: ctx.tone ?? '',
  };
  return GDELT_MENTION_COLUMNS.map((c) => cell(v[c]));
}
