import type { EventSort } from './store.js';

/**
 * The parts of the event, quote and actor queries that SQLite and Postgres write alike. A query's parameters are
 * added through `bind(value)`, which returns the placeholder to write (`?` in SQLite, `$n` in Postgres) in the order
 * the text refers to them.
 */
export type Bind = (value: string | number) => string;

/** Rows a listing returns unless asked (`limit`), and at most. */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 10_000;

/** A value written like an actor or CAMEO code ("USA", "USAGOV", "190"): matched as a code prefix, not a name. */
export const CODE_LIKE = /^[A-Z0-9]{3,}$/;

/** A `code >= prefix AND code < prefix+DEL` range, so a CAMEO code prefix uses the index. */
export function codePrefix(col: string, prefix: string, bind: Bind): string {
  return `(${col} >= ${bind(prefix)} AND ${col} < ${bind(prefix + '\u007f')})`;
}

/**
 * The filters events, the network and the time series share beyond actors and dates; `placeMatch` is the dialect's
 * test that an event happened at a place of that name (the places are JSON of the article).
 */
export function extraFilters(ev: string, f: { code?: string; quad?: number; country?: string; place?: string }, bind: Bind,
  placeMatch: (ev: string, name: string, bind: Bind) => string): string[] {
  const w: string[] = [];
  if (f.code !== undefined) w.push(codePrefix(`${ev}.cameo`, f.code, bind));
  if (f.quad !== undefined) w.push(`${ev}.quad = ${bind(f.quad)}`);
  if (f.country !== undefined) w.push(`(${codePrefix(`${ev}.source_code`, f.country, bind)} OR ${codePrefix(`${ev}.target_code`, f.country, bind)})`);
  if (f.place !== undefined) w.push(placeMatch(ev, f.place, bind));
  return w;
}

/** The column an event listing is sorted by. */
export const SORT_SQL: Record<EventSort, string> = {
  date: 'e.date', source: 'coalesce(se.name, e.source_code)', target: 'coalesce(te.name, e.target_code)', code: 'e.cameo',
  modality: 'e.modality', goldstein: 'e.goldstein', article: 'a.id',
};

/** ` LIMIT n OFFSET m` of a page: at least 1 and at most MAX_LIMIT rows (DEFAULT_LIMIT when not asked), offset ≥ 0. */
export function pageSql(p: { limit?: number; offset?: number }, bind: Bind): string {
  const limit = Math.min(Math.max(1, Math.floor(p.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
  const offset = Math.max(0, Math.floor(p.offset ?? 0));
  return ` LIMIT ${bind(limit)} OFFSET ${bind(offset)}`;
}
