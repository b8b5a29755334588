import type { CodedArticle, Place } from '../core/types.js';

/**
 * Places in the store (contract 1.1): one `places` row per place of an article and one `event_places` row per event
 * that has a place; the SQL below is shared by the SQLite and Postgres stores (only the parameter style differs).
 */

/** Events with a place, filtered for a map: by date, by country or first-level division, by bounding box. */
export interface PlaceQuery {
  from?: string; // YYYY-MM-DD, inclusive
  to?: string;
  /** ISO 3166 alpha-3 / CAMEO country code of the place. */
  country?: string;
  /** GeoNames first-level division key of the place ("US.TX"). */
  admin1?: string;
  /** [minLon, minLat, maxLon, maxLat]; minLon > maxLon crosses the antimeridian. */
  bbox?: [number, number, number, number];
  /** Most events returned (default 500, at most 5000); places are those of the events matched, at most as many. */
  limit?: number;
}

/** A place with how many of the matched events happened there, by quad class. */
export interface PlaceSummary {
  /** `gn:<GeoNames id>`, else `<featureCode>:<country>:<name>`: the same place across articles. */
  key: string;
  name: string;
  country: string | null;
  admin1: string | null;
  lat: number;
  lon: number;
  events: number;
  quads: { '1': number; '2': number; '3': number; '4': number };
}

/** One event with its place, for a map point linked to its evidence. */
export interface PlaceEventRow {
  eventId: string;
  articleId: string;
  date: string | null;
  sourceCode: string;
  targetCode: string;
  cameo: string;
  quad: number;
  modality: string;
  placeKey: string;
  placeName: string;
  lat: number;
  lon: number;
  /** The evidence words, cut from the stored text. */
  evidence: string;
}

export interface PlaceReport {
  places: PlaceSummary[];
  events: PlaceEventRow[];
}

export const DEFAULT_PLACE_LIMIT = 500;
export const MAX_PLACE_LIMIT = 5000;

export const placeKey = (p: Place): string => (p.geonameid ? `gn:${p.geonameid}` : `${p.featureCode}:${p.country ?? ''}:${p.name}`);

/** The rows to store for an article's places: [local_id, key, geonameid, name, country, admin1, admin1_code, feature_code, lat, lon, n_mentions, rule]. */
export function placeRows(a: CodedArticle): Array<[string, string, number | null, string, string | null, string | null, string | null, string, number, number, number, string]> {
  return (a.places ?? []).map((p) => [p.id, placeKey(p), p.geonameid, p.name, p.country, p.admin1, p.admin1Code, p.featureCode, p.lat, p.lon, p.mentions.length, p.rule]);
}

/** [event local id, place local id] for every event with a place. */
export function eventPlaceRows(a: CodedArticle): Array<[string, string]> {
  return a.events.filter((e) => e.place).map((e) => [e.id, e.place!]);
}

/** The WHERE clause of a place query, with `ph` making one parameter placeholder. */
function where(q: PlaceQuery, ph: (v: string | number) => string): string {
  const w: string[] = [];
  if (q.from) w.push(`e.date >= ${ph(q.from)}`);
  if (q.to) w.push(`e.date <= ${ph(q.to)}`);
  if (q.country) w.push(`p.country = ${ph(q.country)}`);
  if (q.admin1) w.push(`p.admin1_code = ${ph(q.admin1)}`);
  if (q.bbox) {
    const [minLon, minLat, maxLon, maxLat] = q.bbox;
    w.push(`p.lat >= ${ph(minLat)} AND p.lat <= ${ph(maxLat)}`);
    w.push(minLon <= maxLon ? `p.lon >= ${ph(minLon)} AND p.lon <= ${ph(maxLon)}` : `(p.lon >= ${ph(minLon)} OR p.lon <= ${ph(maxLon)})`);
  }
  return w.length ? `WHERE ${w.join(' AND ')}` : '';
}

const FROM = `FROM event_places ep
  JOIN events e ON e.article = ep.article AND e.local_id = ep.event
  JOIN places p ON p.article = ep.article AND p.local_id = ep.place`;

export const limitOf = (q: PlaceQuery): number => Math.min(Math.max(1, Math.floor(q.limit ?? DEFAULT_PLACE_LIMIT)), MAX_PLACE_LIMIT);

/** SQL for the events of a place query, newest first. */
export function placeEventsSql(q: PlaceQuery, ph: (v: string | number) => string): string {
  const w = where(q, ph);
  return `SELECT e.local_id AS event_id, a.id AS article_id, e.date AS date, e.source_code, e.target_code, e.cameo, e.quad, e.modality,
    p.place_key, p.name AS place_name, p.lat, p.lon, e.evidence_text
    ${FROM} JOIN articles a ON a.pk = ep.article ${w}
    ORDER BY e.date IS NULL, e.date DESC, ep.article, e.pk LIMIT ${ph(limitOf(q))}`;
}

/** SQL for the places of a place query, most events first. */
export function placeSummarySql(q: PlaceQuery, ph: (v: string | number) => string): string {
  const w = where(q, ph);
  const quad = (n: number): string => `sum(CASE WHEN e.quad = ${n} THEN 1 ELSE 0 END) AS q${n}`;
  return `SELECT p.place_key, min(p.name) AS name, min(p.country) AS country, min(p.admin1) AS admin1, min(p.lat) AS lat, min(p.lon) AS lon,
    count(*) AS n, ${quad(1)}, ${quad(2)}, ${quad(3)}, ${quad(4)}
    ${FROM} ${w}
    GROUP BY p.place_key ORDER BY count(*) DESC, p.place_key LIMIT ${ph(limitOf(q))}`;
}

type Row = Record<string, unknown>;
const num = (v: unknown): number => Number(v);

export function placeSummaryOf(r: Row): PlaceSummary {
  return { key: String(r.place_key), name: String(r.name), country: (r.country as string | null) ?? null, admin1: (r.admin1 as string | null) ?? null,
    lat: num(r.lat), lon: num(r.lon), events: num(r.n), quads: { '1': num(r.q1), '2': num(r.q2), '3': num(r.q3), '4': num(r.q4) } };
}

export function placeEventOf(r: Row): PlaceEventRow {
  return { eventId: String(r.event_id), articleId: String(r.article_id), date: (r.date as string | null) ?? null, sourceCode: String(r.source_code),
    targetCode: String(r.target_code), cameo: String(r.cameo), quad: num(r.quad), modality: String(r.modality), placeKey: String(r.place_key),
    placeName: String(r.place_name), lat: num(r.lat), lon: num(r.lon), evidence: String(r.evidence_text) };
}
