import type { Actor, CodedEvent, Mention, Place, Quote, Span } from '../../core/types.js';
import type { Segmented } from './segmented.js';
import { featureCodeOf, featureName, geoKey, lookup, NONE16, type Gazetteer } from '../../resources/geo/gazetteer.js';
import { attachPlaces, type Attachment } from './attach.js';
import type { Dateline } from './dateline.js';
import { findToponyms, prominent, type Toponym } from './find-toponyms.js';
import type { PlaceMention } from './location-phrase.js';
import { actorUse } from './metonymy.js';
import { prominence, resolveToponyms } from './resolve.js';

/** What the places stage reads: the text and its tokens, the actor layer from coreference, the events and quotes. */
export interface PlacesInput {
  text: string;
  seg: Segmented;
  /** The dateline (the dateline stage, dateline.ts), or null. */
  readonly dateline: Dateline | null;
  /** Actor mentions after coreference, sorted by start. */
  readonly mentions: readonly Mention[];
  readonly actors: readonly Actor[];
  actorOfMention: ReadonlyMap<string, string>;
  readonly events: readonly CodedEvent[];
  /** Quotes: a quote's named speaker is an actor, never a place. */
  readonly quotes: readonly Quote[];
}

/** The contract 1.1 `places` layer and the place of each event (parallel to `input.events`). */
export interface PlacesResult {
  places: Place[];
  events: Attachment[];
}


/** CAMEO writes Kosovo KSV, GeoNames XKX. */
const cameoCountry = (iso3: string): string => (iso3 === 'XKX' ? 'KSV' : iso3);
const isoCountry = (cameo: string): string => (cameo === 'KSV' ? 'XKX' : cameo);

/**
 * The places stage: finds the place names of the text, drops those the actor layer reads as actors (metonymy) or
 * as parts of organisation and person names, chooses one gazetteer reading for each by ordered rules
 * (resolve.ts), reads the dateline, and attaches a place to each event (attach.ts). Pure: no I/O, no state.
 */
export function findPlaces(input: PlacesInput, g: Gazetteer): PlacesResult {
  const { text, seg } = input;
  const all = findToponyms(text, seg, g);
  const kept: Toponym[] = [];
  const ctx = { tokens: seg.tokens, mentions: input.mentions, actorOfMention: input.actorOfMention, events: input.events, quotes: input.quotes };
  const actorById = new Map(input.actors.map((a) => [a.id, a]));
  // the dateline is read apart: a place (never an actor), and not a mention of any event's sentence
  const dl = input.dateline;
  const dlTops = dl ? all.filter((t) => t.start >= dl.span.start && t.stop <= dl.span.end) : [];
  let mi = 0;
  for (const t of all) {
    if (dlTops.includes(t)) continue;
    while (mi < input.mentions.length && input.mentions[mi]!.end <= t.start - 200) mi++;
    let drop = false, geoActor = false;
    for (let k = mi; k < input.mentions.length && input.mentions[k]!.start < t.stop; k++) {
      const m = input.mentions[k]!;
      if (m.end <= t.start || m.type === 'pronoun' || m.type === 'description') continue;
      const longer = m.start < t.start || m.end > t.stop;
      const actor = actorById.get(input.actorOfMention.get(m.id) ?? '');
      if (m.type === 'demonym') { drop = true; break; }
      // a region's or a division's name the dictionaries code as an organisation ("Europe", "Africa") is a place name all the same
      const placeName = !longer && t.cands.some((f) => { const fc = featureCodeOf(g, f); return fc === 'CONT' || fc === 'PCLI' || fc === 'ADM1'; });
      if (m.kind === 'organization' && !placeName && (longer || !m.guessed)) { drop = true; break; }
      if (m.kind === 'person' && !placeName) {
        const strongPerson = !m.guessed || !!actor?.role || !!actor?.code;
        if (strongPerson || (longer && !t.cue)) { drop = true; break; }
        continue;
      }
      if (longer && m.guessed && !t.cue) continue;
      if (actorUse(t, m, ctx, t.cands.some((f) => featureCodeOf(g, f) === 'PCLI'))) { drop = true; break; }
      if (!m.guessed) geoActor = true;
    }
    if (drop) continue;
    const big = geoActor || t.cands.some((f) => prominent(g, f)) || t.end - t.first > 1;
    if (!(t.cue || (big && t.strong))) continue;
    kept.push(t);
  }

  // the dateline's city (a populated place: "WASHINGTON" is the city), inside the region written after it
  let dateline: { tops: Toponym[]; feature: number } | null = null;
  if (dl) {
    const cityKey = geoKey(text.slice(dl.city.start, dl.city.end));
    let cands = [...lookup(g, cityKey)].filter((f) => featureCodeOf(g, f).startsWith('PPL'));
    const region = dl.region ? [...lookup(g, geoKey(text.slice(dl.region.start, dl.region.end)))] : [];
    const inRegion = cands.filter((f) => region.some((r) => g.country[r] === g.country[f] && (featureCodeOf(g, r) === 'PCLI' || g.admin1[r] === g.admin1[f])));
    if (inRegion.length) cands = inRegion;
    if (cands.length) {
      const feature = cands.reduce((a, b) => (prominence(g, b) > prominence(g, a) ? b : a));
      const top: Toponym = { first: -1, end: -1, start: dl.city.start, stop: dl.city.end, key: cityKey, cands: Uint32Array.of(feature), sentence: 0, paragraph: 0, cue: 'dateline', strong: true, parent: null };
      dateline = { tops: [top, ...dlTops.filter((t) => t.start > dl.city.end)], feature };
    }
  }

  const actorCountries = new Map<number, number>();
  // actors that are only names of places, and pronouns referring back to them, say nothing more about the document
  // than the places stage reads in those names ("Georgia" itself; "Victoria" read by the actor layer as the Seychelles'
  // capital, then "it"; "Georgia" of "the University of Georgia" read as the country)
  const named = (sp: Span): boolean => all.some((t) => t.start < sp.end && sp.start < t.stop) || lookup(g, geoKey(text.slice(sp.start, sp.end))).length > 0;
  const namesOf = new Map<string, Span[]>();
  for (const m of input.mentions) {
    const a = input.actorOfMention.get(m.id);
    if (a !== undefined && m.type !== 'pronoun') namesOf.set(a, [...(namesOf.get(a) ?? []), m]);
  }
  for (const a of input.actors) {
    if (a.kind === 'country' || a.kind === 'other') {
      const names = namesOf.get(a.id) ?? a.mentions;
      if (names.length && names.every(named)) continue;
    }
    const ci = a.country ? g.countryByIso3.get(isoCountry(a.country)) : undefined;
    if (ci !== undefined) actorCountries.set(ci, (actorCountries.get(ci) ?? 0) + 1);
  }
  const datelineCountry = dateline ? g.country[dateline.feature]! : null;
  const dlAll = dateline?.tops ?? [];
  const readings = resolveToponyms(g, [...dlAll, ...kept], { actorCountries, datelineCountry: datelineCountry === NONE16 ? null : datelineCountry });

  // one place per feature, numbered in order of first mention
  const order = [...dlAll, ...kept].map((t, k) => ({ t, r: readings[k]! })).filter((x) => x.r).sort((a, b) => a.t.start - b.t.start);
  const places: Place[] = [];
  const byFeature = new Map<number, Place>();
  const placeOf = new Map<Toponym, Place>();
  for (const { t, r } of order) {
    let p = byFeature.get(r.feature);
    if (!p) { p = makePlace(g, r.feature, `p${places.length + 1}`, r.rule); places.push(p); byFeature.set(r.feature, p); }
    p.mentions.push({ start: t.start, end: t.stop });
    placeOf.set(t, p);
  }
  const featureOf = new Map(places.map((p) => [p.id, [...byFeature].find(([, q]) => q === p)![0]]));

  const mentions: PlaceMention[] = kept.filter((t) => placeOf.has(t)).map((t) => ({ place: placeOf.get(t)!.id, start: t.start, end: t.stop, first: t.first, last: t.end, cue: t.cue, sentence: t.sentence }));
  const where = new Map(places.map((p) => [p.id, { admin1: p.featureCode === 'ADM1' || p.featureCode === 'PCLI' ? null : p.admin1Code, country: p.featureCode === 'CONT' ? null : p.country }]));
  const commonPlace = (kind: 'admin1' | 'country', key: string): string | null => {
    let f = -1;
    if (kind === 'country') f = g.countryByIso3.get(isoCountry(key)) ?? -1; // countries are the first rows
    else { const a = g.header.admin1.findIndex((x) => x.key === key); if (a >= 0) f = g.header.countries.length + a; }
    if (f < 0) return null;
    const existing = byFeature.get(f);
    if (existing) return existing.id;
    const p = makePlace(g, f, `p${places.length + 1}`, `common-${kind}`);
    places.push(p); byFeature.set(f, p); featureOf.set(p.id, f);
    return p.id;
  };
  const dlPlace = dateline ? byFeature.get(dateline.feature) ?? null : null;
  const actorCountry = new Map(input.actors.map((a) => [a.id, a.country]));
  const events = attachPlaces(input.events, {
    seg, mentions, actorMentions: input.mentions, actorOfMention: input.actorOfMention, where, commonPlace, actorCountry,
    dateline: dlPlace ? { place: dlPlace.id, country: dlPlace.country } : null,
  });
  return { places, events };
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

function makePlace(g: Gazetteer, f: number, id: string, rule: string): Place {
  const c = g.country[f]!, a = g.admin1[f]!;
  const country = c !== NONE16 ? g.header.countries[c]! : null;
  const admin1 = a !== NONE16 ? g.header.admin1[a]! : null;
  return {
    id, name: featureName(g, f), geonameid: g.geonameid[f]! || null, country: country ? cameoCountry(country.iso3) : null,
    admin1: admin1?.name ?? null, admin1Code: admin1?.key ?? null, featureCode: featureCodeOf(g, f), lat: round(g.lat[f]!), lon: round(g.lon[f]!),
    mentions: [] as Span[], rule,
  };
}
