/**
 * The compiled gazetteer: every feature dyad can name (countries, first-level divisions, GeoNames cities500 places)
 * as columns of typed arrays, and a sorted index of lower-cased names pointing at them. Written at build time by
 * `scripts/compile-gazetteer.mjs` (see `compile.ts`), read here without parsing any text table: loading is one file
 * read and a few typed-array views (measured in src/stages/places/README.md).
 *
 * Data: GeoNames (cities500, admin1CodesASCII, countryInfo; CC BY 4.0, geonames.org) and world-countries (ODbL).
 */

/** A country as the gazetteer holds it. */
export interface GeoCountry {
  iso2: string;
  /** ISO 3166 alpha-3, which is the CAMEO country code (Kosovo: XKX in GeoNames; dyad writes KSV). */
  iso3: string;
  fips: string;
  name: string;
  /** ISO2 codes of the neighbours (GeoNames countryInfo). */
  neighbours: string[];
}

/** A first-level division ("US.TX"). */
export interface GeoAdmin1 {
  /** `CC.code` as GeoNames writes it. */
  key: string;
  name: string;
  /** Index of its country in `countries`. */
  country: number;
}

/** The small tables, stored as JSON in the file's header. */
export interface GazetteerHeader {
  version: 1;
  countries: GeoCountry[];
  admin1: GeoAdmin1[];
  featureCodes: string[];
  /** Byte offset and element count of each binary section. */
  sections: Record<SectionName, [number, number]>;
}

export const SECTION_NAMES = ['geonameid', 'lat', 'lon', 'population', 'featureCode', 'country', 'admin1', 'altCount', 'nameOff', 'names', 'keyOff', 'keys', 'postOff', 'postings'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

/** No country / no admin1 in the columns. */
export const NONE16 = 0xffff;

/** The feature columns and the name index, read-only. */
export interface Gazetteer {
  header: GazetteerHeader;
  size: number;
  geonameid: Int32Array;
  lat: Float32Array;
  lon: Float32Array;
  population: Uint32Array;
  featureCode: Uint8Array;
  country: Uint16Array;
  admin1: Uint16Array;
  altCount: Uint16Array;
  /** Feature i's display name is the UTF-16 units names[nameOff[i] .. nameOff[i + 1]). */
  nameOff: Uint32Array;
  names: Uint16Array;
  /** Key k is the UTF-16 units keys[keyOff[k] .. keyOff[k + 1]); keys are sorted by UTF-16 code units. */
  keyOff: Uint32Array;
  keys: Uint16Array;
  /** Features named by key k: postings[postOff[k] .. postOff[k + 1]). */
  postOff: Uint32Array;
  postings: Uint32Array;
  /** ISO3 -> country index. */
  countryByIso3: Map<string, number>;
  /** ISO2 -> country index. */
  countryByIso2: Map<string, number>;
}

/**
 * The lookup form of a name: lower case, curly apostrophes and dashes folded, full stops dropped ("St. Louis" =
 * "St Louis"), white space collapsed. The compiler and the places stage both use it.
 */
export function geoKey(s: string): string {
  let k = s.toLowerCase();
  if (/[\u2018\u2019\u02bc\u2010-\u2015.\s]/.test(k)) k = k.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u2010-\u2015]/g, '-').replace(/\./g, '').replace(/\s+/g, ' ').trim();
  return k;
}

/** Feature indices named by a key (empty when none). */
export function lookup(g: Gazetteer, key: string): Uint32Array {
  let lo = 0, hi = g.keyOff.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = compareKey(g, mid, key);
    if (c < 0) lo = mid + 1; else hi = mid;
  }
  if (lo < g.keyOff.length - 1 && compareKey(g, lo, key) === 0) return g.postings.subarray(g.postOff[lo]!, g.postOff[lo + 1]!);
  return EMPTY;
}

/** True when some key starts with `prefix + ' '` or `prefix + '-'` (a longer name may follow: "new" -> "new york"). */
export function hasLongerKey(g: Gazetteer, prefix: string): boolean {
  for (const sep of [' ', '-']) {
    const p = prefix + sep;
    let lo = 0, hi = g.keyOff.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (compareKey(g, mid, p) < 0) lo = mid + 1; else hi = mid; }
    if (lo < g.keyOff.length - 1 && g.keyOff[lo + 1]! - g.keyOff[lo]! >= p.length && compareKey(g, lo, p, p.length) === 0) return true;
  }
  return false;
}

const EMPTY = new Uint32Array(0);

/** Compares key k (or its first `prefix` units) with s by UTF-16 code units, reading the units in place. */
function compareKey(g: Gazetteer, k: number, s: string, prefix = Infinity): number {
  const a = g.keyOff[k]!, b = Math.min(g.keyOff[k + 1]!, a + prefix);
  const n = Math.min(b - a, s.length);
  for (let i = 0; i < n; i++) {
    const d = g.keys[a + i]! - s.charCodeAt(i);
    if (d !== 0) return d;
  }
  return b - a - s.length;
}

export const featureName = (g: Gazetteer, i: number): string => String.fromCharCode(...g.names.subarray(g.nameOff[i]!, g.nameOff[i + 1]!));
export const featureCodeOf = (g: Gazetteer, i: number): string => g.header.featureCodes[g.featureCode[i]!]!;

/** Reads the compiled file (layout: u32 header length, header JSON, then the sections at the absolute byte offsets the header gives, 8-aligned; strings as UTF-16LE). */
export function parseGazetteer(buf: Buffer): Gazetteer {
  const hlen = buf.readUInt32LE(0);
  const header = JSON.parse(buf.toString('utf8', 4, 4 + hlen)) as GazetteerHeader;
  if (header.version !== 1) throw new Error(`gazetteer format ${String(header.version)} is not known: rebuild with npm run build`);
  // the typed arrays are views into the file's bytes (copied once only when the buffer does not start 8-aligned)
  let ab: ArrayBufferLike, base = 0;
  if (buf.byteOffset % 8 === 0 && (buf.buffer instanceof ArrayBuffer || buf.buffer instanceof SharedArrayBuffer)) { ab = buf.buffer; base = buf.byteOffset; }
  else { ab = new ArrayBuffer(buf.length); new Uint8Array(ab).set(buf); }
  const sec = (n: SectionName): [number, number] => [base + header.sections[n][0], header.sections[n][1]];
  const i32 = (n: SectionName): Int32Array => new Int32Array(ab, ...sec(n));
  const u32 = (n: SectionName): Uint32Array => new Uint32Array(ab, ...sec(n));
  const f32 = (n: SectionName): Float32Array => new Float32Array(ab, ...sec(n));
  const u16 = (n: SectionName): Uint16Array => new Uint16Array(ab, ...sec(n));
  const u8 = (n: SectionName): Uint8Array => new Uint8Array(ab, ...sec(n));
  const geonameid = i32('geonameid');
  return {
    header, size: geonameid.length, geonameid, lat: f32('lat'), lon: f32('lon'), population: u32('population'), featureCode: u8('featureCode'),
    country: u16('country'), admin1: u16('admin1'), altCount: u16('altCount'), nameOff: u32('nameOff'), names: u16('names'),
    keyOff: u32('keyOff'), keys: u16('keys'), postOff: u32('postOff'), postings: u32('postings'),
    countryByIso3: new Map(header.countries.map((c, i) => [c.iso3, i])), countryByIso2: new Map(header.countries.map((c, i) => [c.iso2, i])),
  };
}
