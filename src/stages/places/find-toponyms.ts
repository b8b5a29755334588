import type { Token } from '../../core/types.js';
import type { Segmented } from './segmented.js';
import { upperAt } from '../../core/span.js';
import { featureCodeOf, geoKey, lookup, type Gazetteer } from '../../resources/geo/gazetteer.js';
import { FEATURE_NOUNS, LOCATIVE_PREPOSITIONS, NAME_CONNECTORS, NAME_MODIFIERS, NEVER_PLACE, OF_PLACE_NOUNS, ORG_WORDS, PLACE_NOUN_AFTER } from './cues.js';

/** A name in the text that the gazetteer knows, before the metonymy test and disambiguation. */
export interface Toponym {
  /** Token indices: first and one past the last. */
  first: number;
  end: number;
  start: number;
  stop: number;
  key: string;
  /** Gazetteer features of that name. */
  cands: Uint32Array;
  sentence: number;
  paragraph: number;
  /** The locative cue that makes it a place ("in", "of", "-based", "region", ", X", "list"), or null. */
  cue: string | null;
  /** The words are a name: a proper noun, or capitalised other than at the start of a sentence. */
  strong: boolean;
  /** The place named right after it as its parent ("Paris, Texas"; "Cabanatuan in Nueva Ecija"). */
  parent: Toponym | null;
  /**
   * A division or country named right after it as its parent that holds none of its readings ("Fife, Scotland" when
   * the gazetteer only knows a Fife in the United States): the text says where it is, and the gazetteer lacks it.
   */
  outside?: Toponym;
  /** The names coordinated with it in its sentence ("Mali, Niger and Senegal"; "eight in Alberta, one in Quebec"), itself included. */
  coordinated?: Toponym[];
}

/** Longest name the stage tries, in tokens. */
const MAX_TOKENS = 6;
/** Places this populous (or countries, divisions, capitals) need no locative cue. */
export const PROMINENT_POPULATION = 100_000;

const isLetterCap = (text: string, t: Token): boolean => upperAt(text, t.start);
const isAllCaps = (s: string): boolean => s === s.toUpperCase() && /\p{Lu}/u.test(s);

/** The feature is a country, a continent, a first-level division or a capital, or a large city. */
export function prominent(g: Gazetteer, f: number): boolean {
  const fc = featureCodeOf(g, f);
  return fc === 'PCLI' || fc === 'CONT' || fc === 'ADM1' || fc === 'PPLC' || g.population[f]! >= PROMINENT_POPULATION;
}

/**
 * Every gazetteer name over the capitalised runs of the text, longest first, with its locative cue. A name that
 * is a common word opening a sentence, a short all-capital word that is not a country ("WHO", "DA"), or a name
 * inside an organisation's name ("Bulacan Provincial Health Office", "University of Texas") is left out.
 */
export function findToponyms(text: string, seg: Segmented, g: Gazetteer): Toponym[] {
  const { tokens } = seg;
  const out: Toponym[] = [];
  for (let si = 0; si < seg.sentences.length; si++) {
    const s = seg.sentences[si]!;
    const firstInSentence = out.length;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = tokens[i]!;
      if (!isLetterCap(text, t) || !/^\p{L}/u.test(t.norm)) continue;
      // the capitalised run from here: capitalised words and connectors between them
      let runEnd = i + 1;
      while (runEnd < s.endToken && runEnd - i < MAX_TOKENS) {
        const u = tokens[runEnd]!;
        if (isLetterCap(text, u) && /^\p{L}/u.test(u.norm)) { runEnd++; continue; }
        // connectors between capitalised words: "Rio de Janeiro", "Port-au-Prince", "Isle of Man"
        let c = runEnd;
        while (c < s.endToken && c - runEnd < 3 && NAME_CONNECTORS.has(tokens[c]!.norm) && adjacent(tokens, c)) c++;
        if (c > runEnd && c < s.endToken && isLetterCap(text, tokens[c]!) && adjacent(tokens, c)) { runEnd = c + 1; continue; }
        break;
      }
      let hit: { end: number; key: string; cands: Uint32Array } | null = null;
      for (let j = runEnd; j > i; j--) {
        const last = tokens[j - 1]!;
        if (!isLetterCap(text, last)) continue;
        const surface = text.slice(t.start, last.end);
        const key = geoKey(surface);
        if (j - i === 1 && NEVER_PLACE.test(key)) continue;
        let cands = lookup(g, key);
        if (!cands.length) continue;
        // a short all-capital word is an acronym unless it names a country ("US", "UAE")
        if (key.replace(/[^a-z]/g, '').length <= 4 && isAllCaps(surface)) cands = cands.filter((f) => featureCodeOf(g, f) === 'PCLI');
        else if (key.length <= 3) continue; // "Us", "Ur": too short to read as a name written in lower case
        if (cands.length) { hit = { end: j, key, cands }; break; }
      }
      if (!hit) continue;
      if (insideOrganisationName(text, tokens, i, hit.end, s.firstToken, s.endToken) || partOfLongerName(text, tokens, i, hit.end, s.firstToken, s.endToken, hit.cands.some((f) => featureCodeOf(g, f) === 'PCLI'))) { i = hit.end - 1; continue; }
      // "the Kharkiv region", "Kherson province", "the state of Washington": the division, not its capital
      const after = tokens[hit.end];
      // (only right after "the": "the north-east region of Seoul" is a part of the city)
      const divisionOf = i >= s.firstToken + 3 && tokens[i - 1]!.norm === 'of' && /^(region|province|state|governorate|prefecture|department|territory)$/.test(tokens[i - 2]!.norm)
        && tokens[i - 3]!.norm === 'the';
      if (divisionOf || (after && after.sentence === t.sentence && /^(region|province|oblast|state|governorate|prefecture|county|district|department|territory)$/.test(after.norm))) {
        const div = hit.cands.filter((f) => featureCodeOf(g, f) === 'ADM1');
        if (div.length) hit.cands = div;
      }
      const initial = isSentenceStart(tokens, i, s.firstToken);
      let strong = !initial;
      for (let k = i; k < hit.end; k++) if (tokens[k]!.pos === 'PROPN') strong = true;
      out.push({ first: i, end: hit.end, start: t.start, stop: tokens[hit.end - 1]!.end, key: hit.key, cands: hit.cands, sentence: si, paragraph: s.paragraph,
        cue: locativeCue(text, tokens, i, hit.end, s.firstToken, s.endToken), strong, parent: null });
      i = hit.end - 1;
    }
    linkInSentence(text, tokens, g, out, firstInSentence);
  }
  return out;
}

/** Two tokens are written together or with one space (a connector across a line break is not inside a name). */
const adjacent = (tokens: readonly Token[], k: number): boolean => tokens[k]!.start - tokens[k - 1]!.end <= 1;

function isSentenceStart(tokens: readonly Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first; k--) if (tokens[k]!.pos !== 'PUNCT') return false;
  return true;
}

/** The name is part of a longer capitalised name holding an organisation or building word. */
function insideOrganisationName(text: string, tokens: readonly Token[], first: number, end: number, from: number, to: number): boolean {
  const capWord = (k: number): boolean => isLetterCap(text, tokens[k]!) && /^\p{L}/u.test(tokens[k]!.norm);
  const org = (k: number): boolean => ORG_WORDS.test(tokens[k]!.norm);
  for (let k = end; k < to && k < end + 4; k++) {
    if (capWord(k)) { if (org(k)) return true; continue; }
    if ((tokens[k]!.norm === 'of' || tokens[k]!.norm === "'s" || tokens[k]!.norm === '-') && k + 1 < to && capWord(k + 1)) continue;
    break;
  }
  for (let k = first - 1; k >= from && k > first - 5; k--) {
    if (capWord(k)) { if (org(k)) return true; continue; }
    // "University of Texas", "Bank of England": an organisation word before "of"
    if ((tokens[k]!.norm === 'of' || tokens[k]!.norm === 'for') && k - 1 >= from && capWord(k - 1)) continue;
    break;
  }
  return false;
}

/**
 * The name is only part of a longer name the gazetteer does not hold: a feature word follows ("Wright County",
 * "Rift Valley"), a capitalised name word stands before it ("Kasai Occidental") or after it ("Michael Sicilia",
 * "Michael J. Dillon"), unless that word is a compass or size modifier ("Western Sydney") or a place noun ("Kabul Province").
 */
function partOfLongerName(text: string, tokens: readonly Token[], first: number, end: number, from: number, to: number, countryName: boolean): boolean {
  const capWord = (k: number): boolean => k >= from && k < to && isLetterCap(text, tokens[k]!) && /^\p{L}/u.test(tokens[k]!.norm);
  if (capWord(end) && adjacent(tokens, end)) {
    const n = tokens[end]!;
    if (FEATURE_NOUNS.test(n.norm)) return true;
    if (/^\p{Lu}\.$/u.test(text.slice(n.start, n.end))) return true;
    // a country's name before another name is that country used as a modifier ("U.S. Centers for Disease Control")
    if (n.pos === 'PROPN' && !PLACE_NOUN_AFTER.test(n.norm) && !NEVER_PLACE.test(n.norm) && !countryName) return true;
  }
  if (capWord(first - 1) && adjacent(tokens, first)) {
    const p = tokens[first - 1]!;
    if ((p.pos === 'PROPN' || p.pos === 'NOUN' || p.pos === 'ADJ') && !NAME_MODIFIERS.test(p.norm) && !NEVER_PLACE.test(p.norm)) return true;
  }
  return false;
}

/** The word before or after that puts the name in the role of a location, if any. */
function locativeCue(text: string, tokens: readonly Token[], first: number, end: number, from: number, to: number): string | null {
  // "in X", "in the X", "in mainland X", "in the war-torn northern X": up to two modifiers between
  let p = first - 1;
  for (let n = 0; n < 3 && p >= from && (tokens[p]!.norm === 'the' || (tokens[p]!.pos === 'ADJ' || NAME_MODIFIERS.test(tokens[p]!.norm) || tokens[p]!.norm === 'mainland')) && !isLetterCap(text, tokens[p]!); n++) p--;
  const prev = p >= from ? tokens[p]!.norm : '';
  if (LOCATIVE_PREPOSITIONS.has(prev)) return prev;
  if (prev === 'of' && p - 1 >= from && OF_PLACE_NOUNS.has(tokens[p - 1]!.norm)) return `${tokens[p - 1]!.norm} of`;
  const next = end < to ? tokens[end]! : null;
  if (next && next.norm === '-' && end + 1 < to && /^based$/.test(tokens[end + 1]!.norm)) return '-based';
  if (next && /^-based$/.test(next.norm)) return '-based';
  if (next && PLACE_NOUN_AFTER.test(next.norm)) return next.norm;
  return null;
}

/**
 * Within one sentence: "X, Y" and "X in Y" where Y names a division or country make Y the parent of X, and both
 * are places — unless X and Y are names of the same rank ("China, Japan", "Washington, Pennsylvania": both countries,
 * both divisions of one country) or the list goes on after Y ("Boston, New York and Chicago"): then they are a list.
 * A name listed after a cued place ("in Pandi, Bulacan and Pangasinan") shares its cue. Names joined by a comma,
 * "and" or "or" (a gap of at most four words, no verb) are coordinated.
 */
function linkInSentence(text: string, tokens: readonly Token[], g: Gazetteer, list: Toponym[], from: number): void {
  const gap = (a: Toponym, b: Toponym): string => tokens.slice(a.end, b.first).map((t) => t.norm).join(' ');
  const LIST_GAP = /^(,|and|or|, and|, or)$/;
  // the list goes on after list[j]: ", Z" / "and Z" where Z does not hold list[j] and is not itself the child in "Z, W"
  const listGoesOn = (j: number): boolean => {
    const y = list[j]!, z = list[j + 1], w = list[j + 2];
    if (!z || !LIST_GAP.test(gap(y, z)) || isContainer(g, z.cands, y.cands)) return false;
    return !(w && gap(z, w) === ',' && isContainer(g, w.cands, z.cands));
  };
  for (let k = from; k < list.length; k++) {
    const a = list[k]!;
    const b = list[k + 1];
    if (b) {
      const between = gap(a, b);
      // "New York, New York" is the city in its state, not a list
      if ((between === ',' || between === 'in') && (a.key === b.key || !sameRank(g, a.cands, b.cands)) && !listGoesOn(k + 1)) {
        if (isContainer(g, b.cands, a.cands)) {
          a.parent = b;
          a.cue ??= between === ',' ? ', X' : 'in';
          b.cue ??= 'parent';
        } else if (clearRegion(g, b.cands) && !isRegion(g, a.cands) && !a.cands.some((f) => featureCodeOf(g, f) === 'CONT')) {
          a.outside = b;
          b.cue ??= 'parent';
        }
      }
    }
    const prev = list[k - 1];
    if (prev && prev.cue && a.cue === null) {
      const between = gap(prev, a);
      if (/^(,|and|or|, and|, or|and the|, the)$/.test(between)) a.cue = 'list';
    }
  }
  // coordination: consecutive names not linked as child and parent, a short gap with a comma or a conjunction and no verb
  for (let k = from + 1; k < list.length; k++) {
    const a = list[k - 1]!, b = list[k]!;
    if (a.parent === b || a.outside === b || b.first - a.end > 4) continue;
    const words = tokens.slice(a.end, b.first);
    if (!words.some((t) => t.norm === ',' || t.norm === 'and' || t.norm === 'or') || words.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) continue;
    const group = a.coordinated ?? [a];
    group.push(b);
    a.coordinated = group;
    b.coordinated = group;
  }
  void text;
}

/** Some feature of each is a country, or some feature of each is a division of one country: names of the same rank. */
function sameRank(g: Gazetteer, a: Uint32Array, b: Uint32Array): boolean {
  const countryA = a.some((f) => featureCodeOf(g, f) === 'PCLI'), countryB = b.some((f) => featureCodeOf(g, f) === 'PCLI');
  if (countryA && countryB) return true;
  const divisionsA = new Set([...a].filter((f) => featureCodeOf(g, f) === 'ADM1').map((f) => g.country[f]!));
  return [...b].some((f) => featureCodeOf(g, f) === 'ADM1' && divisionsA.has(g.country[f]!));
}

/**
 * The name's most populous reading is a division or country of at least 100,000 people ("England", "Scotland", "UK";
 * not "Long Island", whose division reading is a Bahamian district smaller than Long Island City).
 */
function clearRegion(g: Gazetteer, c: Uint32Array): boolean {
  const top = [...c].reduce((a, b) => (g.population[b]! > g.population[a]! ? b : a));
  const fc = featureCodeOf(g, top);
  return (fc === 'ADM1' || fc === 'PCLI') && g.population[top]! >= PROMINENT_POPULATION;
}

/** Some feature is a first-level division or a country. */
const isRegion = (g: Gazetteer, c: Uint32Array): boolean => c.some((f) => { const fc = featureCodeOf(g, f); return fc === 'ADM1' || fc === 'PCLI'; });

/** Some feature of `parents` is a division or country that holds some feature of `children`. */
export function isContainer(g: Gazetteer, parents: Uint32Array, children: Uint32Array): boolean {
  for (const p of parents) {
    const fc = featureCodeOf(g, p);
    if (fc !== 'ADM1' && fc !== 'PCLI') continue;
    for (const c of children) if (c !== p && contains(g, p, c)) return true;
  }
  return false;
}

/** Feature p (a country or division) holds feature c. */
export function contains(g: Gazetteer, p: number, c: number): boolean {
  const fc = featureCodeOf(g, p);
  if (fc === 'PCLI') return g.country[c] === g.country[p] && featureCodeOf(g, c) !== 'PCLI';
  if (fc === 'ADM1') return g.admin1[c] === g.admin1[p] && featureCodeOf(g, c) !== 'ADM1';
  return false;
}
