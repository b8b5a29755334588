import worldCountries from 'world-countries';
import { countryCentroids } from './shapes.js';
import { divisionPoint } from './division-point.js';
import type { CountryRecord } from '../gazetteer.js';
import { geoKey, SECTION_NAMES, type GazetteerHeader, type GeoAdmin1, type GeoCountry, type SectionName, NONE16 } from './gazetteer.js';

/** The raw GeoNames tables and the country names the compiler reads (all text, as shipped). */
export interface GazetteerSources {
  /** GeoNames cities500.txt (19 tab-separated columns). */
  cities: string;
  /** GeoNames admin1CodesASCII.txt (`CC.code`, name, ASCII name, geonameid). */
  admin1: string;
  /** GeoNames countryInfo.txt (`#` comment lines, then ISO, ISO3, ISO-Numeric, fips, Country, ...). */
  countryInfo: string;
  /** GeoNames continents (geonameid, name, latitude, longitude; `#` comments). */
  continents: string;
  /** Natural Earth country outlines (world-atlas countries-50m.json): a country's point is its main landmass's centroid. */
  countryShapes?: string;
  /** Country names, capitals and demonyms from world-countries (src/resources/gazetteer.ts loadCountries). */
  countries: CountryRecord[];
}

const latlngOf = new Map((worldCountries as unknown as Array<{ cca3: string; latlng: [number, number] }>).map((c) => [c.cca3 === 'UNK' ? 'XKX' : c.cca3, c.latlng]));

/** Words a first-level division's name may carry that writers often leave out ("Kherson Oblast" -> "Kherson"). */
const ADMIN_SUFFIX = / (oblast|province|region|governorate|prefecture|state|county|district|department|krai|kray|municipality|voivodeship|autonomous region|special administrative region|region of|territory|division|emirate|canton)$/i;
const ADMIN_PREFIX = /^(republic of|province of|state of|region of|departamento de|provincia de) /i;

/** A Latin-script name with a capital first letter and a lower-case letter, no digits (drops codes, URLs, other scripts). */
const NAME_LIKE = /^\p{Lu}[\p{Script=Latin}\p{M}' .\-\u2019]*\p{Ll}[\p{Script=Latin}\p{M}' .\-\u2019]*$/u;

interface Row { id: number; lat: number; lon: number; pop: number; fcode: string; country: number; admin1: number; alt: number; name: string; keys: Set<string> }

/** Compiles the tables into the binary file `parseGazetteer` reads. Pure: text in, bytes out. */
export function compileGazetteer(src: GazetteerSources): Buffer {
  const countries: GeoCountry[] = [];
  const rows: Row[] = [];
  const info = src.countryInfo.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
  const wc = new Map(src.countries.map((c) => [c.code === 'KSV' ? 'XKX' : c.code, c]));
  const demonyms = new Set(src.countries.flatMap((c) => c.demonyms.flatMap((d) => [geoKey(d), geoKey(d + 's')])));
  const shapes = src.countryShapes ? countryCentroids(src.countryShapes) : new Map<string, [number, number]>();
  for (const c of info) {
    const [iso2, iso3, isoNum, fips, name, , , pop, , , , , , , , , gid, neighbours] = c;
    // the header row ("ISO	ISO3	...", in some copies without its '#') is no country
    if (!iso2 || !iso3 || !/^[A-Z]{2}$/.test(iso2) || !/^[A-Z]{3}$/.test(iso3)) continue;
    const w = wc.get(iso3);
    const ll = shapes.get(isoNum ?? '') ?? latlngOf.get(iso3) ?? [NaN, NaN];
    // a dissolved country with no point (Serbia and Montenegro, the Netherlands Antilles) is no place, and no country
    // of the table either: country i is feature i and division a is feature countries.length + a
    if (!Number.isFinite(ll[0]) || !Number.isFinite(ll[1])) continue;
    const idx = countries.length;
    countries.push({ iso2, iso3, fips: fips ?? '', name: name ?? iso3, neighbours: (neighbours ?? '').split(',').filter(Boolean) });
    const keys = new Set<string>([geoKey(name ?? '')]);
    for (const n of w?.names ?? []) keys.add(geoKey(n.replace(/^the\s+/i, '')));
    rows.push({ id: Number(gid) || 0, lat: ll[0], lon: ll[1], pop: Number(pop) || 0, fcode: 'PCLI', country: idx, admin1: NONE16, alt: keys.size, name: w?.name ?? name ?? iso3, keys });
  }
  const countryIdx = new Map(countries.map((c, i) => [c.iso2, i]));

  const cityCols = src.cities.split('\n').filter(Boolean).map((l) => l.split('\t'));
  const admin1: GeoAdmin1[] = [];
  const admin1Idx = new Map<string, number>();
  const admin1Rows: Row[] = [];
  for (const l of src.admin1.split('\n')) {
    const [key, name, ascii, gid] = l.split('\t');
    if (!key || !name) continue;
    const country = countryIdx.get(key.slice(0, 2));
    if (country === undefined) continue;
    admin1Idx.set(key, admin1.length);
    admin1.push({ key, name, country });
    const keys = new Set<string>();
    for (const n of [name, ascii ?? '']) {
      if (!n) continue;
      keys.add(geoKey(n));
      const bare = n.replace(ADMIN_SUFFIX, '').replace(ADMIN_PREFIX, '');
      if (bare !== n && bare.length >= 3) keys.add(geoKey(bare));
    }
    for (const k of keys) if (demonyms.has(k)) keys.delete(k);
    admin1Rows.push({ id: Number(gid) || 0, lat: NaN, lon: NaN, pop: 0, fcode: 'ADM1', country, admin1: admin1.length - 1, alt: 0, name, keys });
  }
  // a division's point: the centroid of the hull of its places (division-point.ts), and their population
  const pts = admin1Rows.map(() => ({ lat: [] as number[], lon: [] as number[] }));
  for (const c of cityCols) {
    const a = admin1Idx.get(`${c[8]}.${c[10]}`);
    if (a === undefined) continue;
    pts[a]!.lat.push(Number(c[4])); pts[a]!.lon.push(Number(c[5]));
    admin1Rows[a]!.pop += Number(c[14]) || 0;
  }
  admin1Rows.forEach((r, a) => {
    const p = pts[a]!;
    if (p.lat.length) [r.lat, r.lon] = divisionPoint(p.lat, p.lon);
    else { const cr = rows[r.country]!; r.lat = cr.lat; r.lon = cr.lon; }
  });
  rows.push(...admin1Rows);

  for (const c of cityCols) {
    const country = countryIdx.get(c[8] ?? '') ?? NONE16;
    const alts = c[3] ? c[3].split(',') : [];
    const keys = new Set<string>([geoKey(c[1]!), geoKey(c[2]!)]);
    for (const a of alts) if (a.length >= 3 && NAME_LIKE.test(a)) keys.add(geoKey(a));
    for (const k of keys) if (demonyms.has(k) || k.length < 2) keys.delete(k);
    rows.push({ id: Number(c[0]), lat: Number(c[4]), lon: Number(c[5]), pop: Number(c[14]) || 0, fcode: c[7] || 'PPL', country,
      admin1: admin1Idx.get(`${c[8]}.${c[10]}`) ?? NONE16, alt: Math.min(alts.length, 65535), name: c[1]!, keys });
  }
  for (const l of src.continents.split('\n')) {
    const [gid, name, lat, lon] = l.split('\t');
    if (!gid || gid.startsWith('#') || !name) continue;
    rows.push({ id: Number(gid), lat: Number(lat), lon: Number(lon), pop: 0, fcode: 'CONT', country: NONE16, admin1: NONE16, alt: 0, name, keys: new Set([geoKey(name)]) });
  }
  return writeFile(countries, admin1, rows);
}

function writeFile(countries: GeoCountry[], admin1: GeoAdmin1[], rows: Row[]): Buffer {
  const n = rows.length;
  const featureCodes = [...new Set(rows.map((r) => r.fcode))].sort();
  const fcIdx = new Map(featureCodes.map((f, i) => [f, i]));
  const byKey = new Map<string, number[]>();
  rows.forEach((r, i) => { for (const k of r.keys) { if (!k) continue; const l = byKey.get(k); if (l) l.push(i); else byKey.set(k, [i]); } });
  const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const keyOff = new Uint32Array(keys.length + 1), postOff = new Uint32Array(keys.length + 1);
  let kc = 0, pc = 0;
  keys.forEach((k, i) => { keyOff[i] = kc; postOff[i] = pc; kc += k.length; pc += byKey.get(k)!.length; });
  keyOff[keys.length] = kc; postOff[keys.length] = pc;
  const postings = new Uint32Array(pc);
  keys.forEach((k, i) => postings.set(byKey.get(k)!, postOff[i]!));
  const nameOff = new Uint32Array(n + 1);
  let nc = 0;
  rows.forEach((r, i) => { nameOff[i] = nc; nc += r.name.length; });
  nameOff[n] = nc;
  const arrays: Record<SectionName, ArrayBufferView> = {
    geonameid: Int32Array.from(rows, (r) => r.id), lat: Float32Array.from(rows, (r) => r.lat), lon: Float32Array.from(rows, (r) => r.lon),
    population: Uint32Array.from(rows, (r) => Math.min(r.pop, 0xffffffff)), featureCode: Uint8Array.from(rows, (r) => fcIdx.get(r.fcode)!),
    country: Uint16Array.from(rows, (r) => r.country), admin1: Uint16Array.from(rows, (r) => r.admin1), altCount: Uint16Array.from(rows, (r) => r.alt),
    nameOff, names: utf16(rows.map((r) => r.name).join('')), keyOff, keys: utf16(keys.join('')), postOff, postings,
  };
  // header first with placeholder offsets, to know its length; offsets are absolute and 8-aligned
  const sections = {} as Record<SectionName, [number, number]>;
  const header: GazetteerHeader = { version: 1, countries, admin1, featureCodes, sections };
  for (const s of SECTION_NAMES) sections[s] = [0, 0];
  let hlen = Buffer.byteLength(JSON.stringify(header));
  for (;;) {
    let off = align(4 + hlen);
    for (const s of SECTION_NAMES) { const a = arrays[s]; sections[s] = [off, a.byteLength / (a as Uint8Array).BYTES_PER_ELEMENT]; off = align(off + a.byteLength); }
    const h2 = Buffer.byteLength(JSON.stringify(header));
    if (h2 <= hlen) break;
    hlen = h2;
  }
  const json = Buffer.from(JSON.stringify(header).padEnd(hlen, ' '));
  const last = sections.postings;
  const out = Buffer.alloc(last[0] + arrays.postings.byteLength);
  out.writeUInt32LE(hlen, 0);
  json.copy(out, 4);
  for (const s of SECTION_NAMES) { const a = arrays[s]; Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, sections[s][0]); }
  return out;
}

const align = (x: number): number => (x + 7) & ~7;
function utf16(s: string): Uint16Array {
  const a = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i);
  return a;
}
