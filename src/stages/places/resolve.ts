import { featureCodeOf, featureName, geoKey, NONE16, type Gazetteer } from '../../resources/geo/gazetteer.js';
import { contains, prominent } from './find-toponyms.js';
import type { Toponym } from './find-toponyms.js';

/** The reading chosen for one toponym: a gazetteer feature and the rule that chose it. */
export interface Reading {
  feature: number;
  rule: string;
}

/** What the document says about where it is: countries of its actors and of the dateline. */
export interface DocumentHints {
  /** Country indices (gazetteer) of the article's actors, with how many actors have each. */
  actorCountries: Map<number, number>;
  /** The dateline's country, when there is a dateline. */
  datelineCountry: number | null;
}

/** Prominence of a feature: its kind first, then population and how many names it has (Mordecai 3's log alternate-name count). */
export function prominence(g: Gazetteer, f: number): number {
  const fc = featureCodeOf(g, f);
  const kind = fc === 'PCLI' || fc === 'CONT' || fc === 'PPLC' ? 30 : fc === 'ADM1' ? 26 : fc === 'PPLA' ? 10 : fc === 'PPLA2' ? 5
    : fc === 'PPLX' || fc === 'PPLH' || fc === 'PPLQ' || fc === 'PPLW' ? -6 : 0;
  return kind + 2 * Math.log10(g.population[f]! + 1) + 0.8 * Math.log2(g.altCount[f]! + 1);
}

/**
 * Chooses one feature per toponym by ordered, explainable rules:
 * 1. `only-candidate`: the name has one reading;
 * 2. `hierarchy`: "X, Y" / "X in Y" — the readings inside the division or country Y;
 * 3. then the readings are ranked by the context they share with the rest of the document — the same first-level
 *    division as another place of the document (`shared-admin1`), a country named in it or of its actors or its
 *    dateline (`context-country`), a neighbour of such a country (`neighbour`) — and by prominence (kind, population,
 *    number of names); the rule recorded is the first of these on which the chosen reading beats the runner-up;
 * 4. no match (the name is not read as a place) when the best reading of an ambiguous name has no document context
 *    and its prominence is below NO_MATCH.
 * One name keeps one reading in a document unless its own hierarchy says otherwise.
 */
export function resolveToponyms(g: Gazetteer, tops: Toponym[], hints: DocumentHints): Array<Reading | null> {
  const out: Array<Reading | null> = tops.map(() => null);
  // pass 1: names with one reading, and hierarchies whose parent has one reading
  const countries = new Map<number, number>(hints.actorCountries);
  const admin1 = new Map<number, number>();
  const addContext = (f: number): void => {
    const c = g.country[f]!;
    if (c !== NONE16) countries.set(c, (countries.get(c) ?? 0) + 2);
    const a = g.admin1[f]!;
    if (a !== NONE16) admin1.set(a, (admin1.get(a) ?? 0) + 1);
  };
  if (hints.datelineCountry !== null) countries.set(hints.datelineCountry, (countries.get(hints.datelineCountry) ?? 0) + 2);
  // a name written as the parent of another ("Buffalo, New York") is the division or country
  const parents = new Set(tops.map((t) => t.parent).filter((p): p is Toponym => p !== null));
  const candsOf = (t: Toponym): Uint32Array => {
    if (!parents.has(t)) return t.cands;
    const c = t.cands.filter((f) => { const fc = featureCodeOf(g, f); return fc === 'ADM1' || fc === 'PCLI'; });
    return c.length ? c : t.cands;
  };
  // "Fife, Scotland" where the gazetteer has no Fife in Scotland: no match, for that name in the whole document
  const outside = new Set(tops.filter((t) => t.outside).map((t) => t.key));
  const vetoed = (t: Toponym): boolean => outside.has(t.key) && t.parent === null;
  // names listed with countries read as countries, with divisions of one country as its divisions
  tops.forEach((t, k) => {
    if (vetoed(t) || parents.has(t) || t.parent) return;
    const f = listReading(g, t);
    if (f !== null) { out[k] = { feature: f.feature, rule: f.rule }; addContext(f.feature); }
  });
  // one reading: taken now when it is a country, division, capital or large city, then when it is a small place of a
  // country the document is already about; another small place waits for the context of the whole document (pass 2),
  // which may leave it unread
  for (const small of [false, true]) {
    tops.forEach((t, k) => {
      const c = candsOf(t);
      if (out[k] || vetoed(t) || c.length !== 1 || prominent(g, c[0]!) === small) return;
      if (small && !countries.has(g.country[c[0]!]!)) return;
      out[k] = { feature: c[0]!, rule: parents.has(t) && t.cands.length > 1 ? 'hierarchy-parent' : 'only-candidate' };
      addContext(c[0]!);
    });
  }
  for (let k = 0; k < tops.length; k++) {
    const t = tops[k]!;
    if (out[k] || t.parent === null) continue;
    const parent = t.parent;
    const inside = [...t.cands].filter((c) => [...parent.cands].some((p) => contains(g, p, c)));
    if (!inside.length) continue;
    const best = inside.reduce((a, b) => (prominence(g, b) > prominence(g, a) ? b : a));
    out[k] = { feature: best, rule: `hierarchy:${parent.key}` };
    addContext(best);
  }
  // pass 2: one reading per name, ranked by document context then prominence; the clearest choice is made first and
  // joins the context of the others
  const byKey = new Map<string, Reading>();
  tops.forEach((t, k) => { if (out[k] && !byKey.has(t.key)) byKey.set(t.key, out[k]!); });
  const open = new Map<string, Uint32Array>();
  tops.forEach((t, k) => { if (!out[k] && !byKey.has(t.key) && !vetoed(t)) open.set(t.key, candsOf(t)); });
  while (open.size) {
    let bestKey = '', best: { reading: Reading | null; margin: number } | null = null;
    for (const [key, cands] of open) {
      const r = rank(g, key, cands, countries, admin1);
      if (!best || r.margin > best.margin) { best = r; bestKey = key; }
    }
    open.delete(bestKey);
    if (!best!.reading) continue;
    byKey.set(bestKey, best!.reading);
    addContext(best!.reading.feature);
  }
  tops.forEach((t, k) => { if (!out[k] && !vetoed(t)) { const r = byKey.get(t.key); out[k] = r ? { feature: r.feature, rule: r.rule } : null; } });
  return out;
}

/**
 * A name coordinated with others ("Mali, Niger and Senegal"; "Georgia, Illinois, Missouri") takes the reading of their
 * rank: a country when some other member names only a country and none only a division; the division of country C
 * when some other member names only a division of C (not its capital's name, nor a large city's: "New York") and
 * none only a country.
 */
function listReading(g: Gazetteer, t: Toponym): Reading | null {
  const others = (t.coordinated ?? []).filter((o) => o !== t && o.key !== t.key);
  if (!others.length) return null;
  const codes = (o: Toponym): string[] => [...o.cands].map((f) => featureCodeOf(g, f));
  const onlyCountry = others.some((o) => { const c = codes(o); return c.includes('PCLI') && !c.includes('ADM1'); });
  const divisionOf = new Set<number>();
  for (const o of others) {
    const c = codes(o);
    if (c.includes('PCLI')) continue;
    // not a name shared with its capital ("Quebec") or with a large city ("New York")
    if ([...o.cands].some((p) => featureCodeOf(g, p).startsWith('PPL') && prominent(g, p))) continue;
    const divs = [...o.cands].filter((f) => featureCodeOf(g, f) === 'ADM1' && ![...o.cands].some((p) => /^PPL(A|C)$/.test(featureCodeOf(g, p)) && g.admin1[p] === g.admin1[f]));
    if (divs.length === 1) divisionOf.add(g.country[divs[0]!]!);
  }
  if (onlyCountry && !divisionOf.size) {
    const f = [...t.cands].find((x) => featureCodeOf(g, x) === 'PCLI');
    return f === undefined ? null : { feature: f, rule: 'list-of-countries' };
  }
  if (divisionOf.size === 1 && !onlyCountry) {
    const c = [...divisionOf][0]!;
    const f = [...t.cands].find((x) => featureCodeOf(g, x) === 'ADM1' && g.country[x] === c);
    return f === undefined ? null : { feature: f, rule: `list-of-divisions:${g.header.countries[c]!.iso3}` };
  }
  return null;
}

/** The feature is named by this key under its own name (or that name without accents), not only by an alternate name. */
function ownName(g: Gazetteer, f: number, key: string): boolean {
  const n = geoKey(featureName(g, f));
  return n === key || n.normalize('NFD').replace(/\p{M}/gu, '') === key;
}

interface Scored { f: number; admin1: number; country: number; neighbour: number; exact: number; prom: number; total: number }

/** Below this prominence (a village of a few thousand people with few names) an ambiguous name with no context is no match. */
const NO_MATCH = 12;
/** What sharing a first-level division with another place of the document is worth (Mordecai 3's admin1 share). */
const SHARED_ADMIN1 = 25;

function rank(g: Gazetteer, key: string, cands: Uint32Array, countries: Map<number, number>, admin1: Map<number, number>): { reading: Reading | null; margin: number } {
  // a country's or continent's name reads as that country or continent ("Mexico", "Poland", "China"), except a
  // division of a country the document is about when the country of that name is not ("Georgia" among US places)
  const big = [...cands].filter((f) => { const fc = featureCodeOf(g, f); return fc === 'PCLI' || fc === 'CONT'; });
  if (big.length) {
    const division = [...cands].find((f) => featureCodeOf(g, f) === 'ADM1' && countries.has(g.country[f]!) && !big.some((b) => countries.has(g.country[b]!)));
    if (division === undefined) return { reading: { feature: big[0]!, rule: featureCodeOf(g, big[0]!) === 'CONT' ? 'continent-name' : 'country-name' }, margin: 1000 };
    return { reading: { feature: division, rule: `context-country:${g.header.countries[g.country[division]!]!.iso3}` }, margin: 1000 };
  }
  // a division named like its capital reads as the capital ("Kharkiv", "Geneva", "Kherson"): the division is written
  // "the Kharkiv region" / "Kharkiv Oblast" / "the region of Kharkiv", which the name index and the toponym finder
  // read as the division
  const seat = [...cands].filter((f) => featureCodeOf(g, f) === 'ADM1' && [...cands].some((c) => /^PPL(A|C)$/.test(featureCodeOf(g, c)) && g.admin1[c] === g.admin1[f]));
  if (seat.length) cands = cands.filter((f) => !seat.includes(f));
  const neighbours = new Set<string>();
  for (const c of countries.keys()) for (const n of g.header.countries[c]?.neighbours ?? []) neighbours.add(n);
  const scored: Scored[] = [];
  for (const f of cands) {
    const a = g.admin1[f]!, c = g.country[f]!;
    const fc = featureCodeOf(g, f);
    // a division or country is not "in" itself: its context is its own country for divisions, nothing for countries
    const sharedAdmin = a !== NONE16 && admin1.has(a) ? 1 : 0;
    const inCountry = c !== NONE16 && fc !== 'PCLI' && countries.has(c) ? 1 : 0;
    const neighbour = !inCountry && c !== NONE16 && fc !== 'PCLI' && neighbours.has(g.header.countries[c]!.iso2) ? 1 : 0;
    const prom = prominence(g, f);
    // a division's or a national capital's own name, not one of a town's alternate names ("Missouri"; "Washington" the
    // capital before the state); for towns GeoNames keeps the English name among the alternates ("Geneva" for
    // Genève), so the test would favour small English-named places
    const exact = (fc === 'ADM1' || fc === 'PPLC') && geoKey(featureName(g, f)) === key ? 1 : 0;
    scored.push({ f, admin1: sharedAdmin, country: inCountry, neighbour, exact, prom, total: SHARED_ADMIN1 * sharedAdmin + 20 * inCountry + 8 * neighbour + 10 * exact + prom });
  }
  scored.sort((x, y) => y.total - x.total || x.f - y.f);
  const [win, second] = scored;
  const unsupported = win!.admin1 + win!.country + win!.neighbour === 0;
  // no match: a small place (no country, division, capital, nor 100,000 people) with no support in the document
  // when the document is about other countries ("Fife" in a story about the UK, the gazetteer knowing only a Fife
  // in the United States), or known by that name only as one of its alternate names ("Kashmir" for Cashmere)
  if (unsupported && !prominent(g, win!.f) && (countries.size > 0 || !ownName(g, win!.f, key))) return { reading: null, margin: second ? win!.total - second.total : -1 };
  // a name with one reading is decided after the ambiguous ones, when the document's context is known
  if (!second) return { reading: { feature: win!.f, rule: 'only-candidate' }, margin: -1 };
  // no match: an ambiguous name whose best reading has no support in the document and little prominence of its own
  // and a division's name that divisions of other countries share ("Eastern Province", "Central Region") when the
  // document, about other countries, says nothing of which
  if (unsupported && (win!.prom < NO_MATCH || (countries.size > 0 && featureCodeOf(g, win!.f) === 'ADM1' && featureCodeOf(g, second.f) === 'ADM1'
    && g.country[second.f] !== g.country[win!.f]))) return { reading: null, margin: win!.total - second.total };
  const c = g.header.countries[g.country[win!.f]!];
  const rule = win!.admin1 > second.admin1 ? `shared-admin1:${g.header.admin1[g.admin1[win!.f]!]!.key}`
    : win!.country > second.country ? `context-country:${c?.iso3 ?? '?'}`
      : win!.neighbour > second.neighbour ? `neighbour:${c?.iso3 ?? '?'}` : win!.exact > second.exact ? 'exact-name' : 'prominence';
  return { reading: { feature: win!.f, rule }, margin: win!.total - second.total };
}
