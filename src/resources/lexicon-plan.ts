import type { ActorKind } from '../core/types.js';
import type { CountryRecord } from './gazetteer.js';
import { fillLexicon, lexEntry, lexiconShell, type LexEntry, type LexiconSources, type LexType, type Lexicon } from './lexicon.js';
import type { DatedCode } from './petrarch/actors.js';
import { packCode, packPhrase, unpackCode, unpackPhrase } from './petrarch/compiled.js';
import type { PhraseKey } from './petrarch/phrase.js';

/**
 * The bundled lexicon's build as data, written by `npm run build` (scripts/compile-dictionaries.mjs) to
 * dist/dictionaries/lexicon.json: every entry once, and every phrase and surname put into the lexicon, in order.
 * Start-up replays it (`lexiconFromPlan`) instead of reading the dictionaries again: no phrase unpacking, title-casing,
 * kind guessing or rule naming per dictionary entry, and one JSON text of flat arrays to parse (start-up, docs/speed.md).
 * Replaying puts the same entries (one object per entry, shared as the build shared them) into the same trie and maps
 * in the same order as `buildLexicon` (test/resources/lexicon-plan.test.ts compares the two).
 */
export interface LexiconPlan {
  version: typeof PLAN_VERSION;
  /** Codes lists (`packCode` each, joined by U+001F), shared by the entries that shared them. */
  codes: string[];
  /** Sector lists (joined by U+001F), likewise. */
  sectors: string[];
  /**
   * Per entry, joined by U+001F: name, kind, type, codes index, sectors index, region (NONE: none), source, rule, flags
   * (FLAG_*). One string per entry: parsing it costs one string, and it is split only when the entry is first needed.
   */
  entries: string[];
  /**
   * Per phrase: `packPhrase` of its key, flags (PHRASE_*), entry index. In the order of `groups` when there is one
   * (the phrases of each first token together), else in the order of the build.
   */
  phrases: Array<string | number>;
  /**
   * Per first token: the token, and the start and end of its phrases in `phrases` (positions, as `phrases` is laid
   * out): start-up puts each group under the trie's root without adding it (`PhraseTrie.addLater`). Null when a phrase
   * goes into `Lexicon.spaced` (a user's dictionaries): the plan is then replayed in the build's order.
   */
  groups: Array<string | number> | null;
  /** Positions in `phrases` of the phrases that are one stem alone (the root's own, added at start-up), in order. */
  stems: number[];
  /** Per surname: the word, entry index. */
  surnames: Array<string | number>;
}

const PLAN_VERSION = 3;
/** An absent region. */
const NONE = '\u0001';
/** Between the fields of an entry and the items of a list (a character no dictionary name holds: the build checks). */
const SEP = '\u001f';
const FLAG_OFFICE_HOLDER = 1, FLAG_PREFIX = 2, FLAG_TERRITORY = 4, FLAG_CAPITALIZED = 8, FLAG_ALL_CAPS = 16;
/** The key was written with spaces (`PhraseKey.spaced`); the phrase also goes into `Lexicon.spaced`. */
const PHRASE_SPACED_KEY = 1, PHRASE_TO_SPACED = 2;

/** Records the build of `src` as a plan. */
export function planLexicon(src: LexiconSources): LexiconPlan {
  const plan: LexiconPlan = { version: PLAN_VERSION, codes: [], sectors: [], entries: [], phrases: [], groups: null, stems: [], surnames: [] };
  const entryIds = new Map<LexEntry, number>();
  const codeIds = new Map<readonly DatedCode[], number>();
  const sectorIds = new Map<readonly string[], number>();
  const idOf = <K, V>(ids: Map<K, number>, table: V[], k: K, v: () => V): number => {
    let id = ids.get(k);
    if (id === undefined) { ids.set(k, (id = table.length)); table.push(v()); }
    return id;
  };
  const joined = (xs: readonly string[]): string => {
    if (xs.some((x) => x.includes(SEP))) throw new Error(`a lexicon field holds U+001F: ${JSON.stringify(xs)}`);
    return xs.join(SEP);
  };
  const entry = (e: LexEntry): number => idOf(entryIds, plan.entries, e, () => joined([e.name, e.kind, e.type,
    String(idOf(codeIds, plan.codes, e.codes, () => joined(e.codes.map(packCode)))), String(idOf(sectorIds, plan.sectors, e.sectors, () => joined(e.sectors))),
    e.region ?? NONE, e.source, e.rule,
    String((e.officeHolder ? FLAG_OFFICE_HOLDER : 0) | (e.prefix ? FLAG_PREFIX : 0) | (e.territory ? FLAG_TERRITORY : 0) | (e.capitalized ? FLAG_CAPITALIZED : 0) | (e.allCaps ? FLAG_ALL_CAPS : 0))]));
  fillLexicon(src, {
    phrase(p, e, spaced) { plan.phrases.push(packPhrase(p), (p.spaced ? PHRASE_SPACED_KEY : 0) | (spaced ? PHRASE_TO_SPACED : 0), entry(e)); },
    surname(w, e) { plan.surnames.push(w, entry(e)); },
  });
  const ph = plan.phrases;
  for (let i = 1; i < ph.length; i += 3) if ((ph[i] as number) & PHRASE_TO_SPACED) return plan;
  // the phrases of each first token together, the tokens in the order they first came; the lone stems apart
  const byFirst = new Map<string, number[]>();
  const stems: number[] = [];
  for (let i = 0; i < ph.length; i += 3) {
    const first = firstToken(ph[i] as string);
    if (first === null) { stems.push(i); continue; }
    const l = byFirst.get(first);
    if (l) l.push(i); else byFirst.set(first, [i]);
  }
  const phrases: Array<string | number> = [];
  const groups: Array<string | number> = [];
  const copy = (i: number): void => { phrases.push(ph[i]!, ph[i + 1]!, ph[i + 2]!); };
  for (const [first, is] of byFirst) { groups.push(first, phrases.length); is.forEach(copy); groups.push(phrases.length); }
  plan.stems = stems.map((i) => { const at = phrases.length; copy(i); return at; });
  plan.phrases = phrases;
  plan.groups = groups;
  return plan;
}

/** The first token of a packed phrase, or null for a phrase that is one stem alone (`packPhrase`: tokens joined by spaces, `*` after a stem). */
function firstToken(packed: string): string | null {
  const space = packed.indexOf(' ');
  if (space >= 0) return packed.slice(0, space);
  return packed.endsWith('*') ? null : packed;
}

/** Whether `x` (parsed JSON) is a plan this version of dyad replays. */
export function isLexiconPlan(x: unknown): x is LexiconPlan {
  return typeof x === 'object' && x !== null && (x as { version?: unknown }).version === PLAN_VERSION;
}

/**
 * The lexicon a plan records, over the countries it was made with (`gazetteer`: as in the build). It uses the plan up:
 * each entry's, codes list's and phrase's text is dropped from the plan once made (a long run fills most of the trie,
 * and the plan's texts would otherwise stay beside it: peak RSS on BBC). Each entry is made
 * when first needed, and the phrases under each first token are added to the trie when a walk first reaches that
 * token (`PhraseTrie.addLater`): start-up makes only the root of the trie, the surnames' entries and the stems that
 * stand alone. A plan with spaced phrases (a user's dictionaries; never the bundled ones) is replayed whole.
 */
export function lexiconFromPlan(plan: LexiconPlan, countries: readonly CountryRecord[], gazetteer = true): Lexicon {
  if (replayed.has(plan)) throw new Error('a lexicon plan is replayed once (it is used up): parse it again');
  replayed.add(plan);
  const { lexicon, sink } = lexiconShell(countries, gazetteer);
  const made: Array<LexEntry | undefined> = new Array<LexEntry | undefined>(plan.entries.length);
  const madeCodes: Array<DatedCode[] | undefined> = new Array<DatedCode[] | undefined>(plan.codes.length);
  const entryAt = (i: number): LexEntry => {
    let e = made[i];
    if (e === undefined) { made[i] = e = makeEntry(plan, i, madeCodes); plan.entries[i] = ''; }
    return e;
  };
  const ph = plan.phrases;
  const keyAt = (i: number): PhraseKey => {
    const key = unpackPhrase(ph[i] as string);
    if ((ph[i + 1] as number) & PHRASE_SPACED_KEY) key.spaced = true;
    return key;
  };
  if (plan.groups === null) {
    for (let i = 0; i < ph.length; i += 3) sink.phrase(keyAt(i), entryAt(ph[i + 2] as number), ((ph[i + 1] as number) & PHRASE_TO_SPACED) !== 0);
  } else {
    const fill = (g: number, add: (key: PhraseKey, value: LexEntry) => void): void => {
      // each phrase's text is dropped once it is in the trie: what the plan still holds is only what waits
      for (let i = groups[g + 1] as number, end = groups[g + 2] as number; i < end; i += 3) { add(keyAt(i), entryAt(ph[i + 2] as number)); ph[i] = ''; }
    };
    const groups = plan.groups;
    for (let g = 0; g < groups.length; g += 3) lexicon.trie.addLater(groups[g] as string, ((groups[g + 2] as number) - (groups[g + 1] as number)) / 3, g, fill);
    for (const i of plan.stems) lexicon.trie.add(keyAt(i), entryAt(ph[i + 2] as number));
  }
  const sn = plan.surnames;
  for (let i = 0; i < sn.length; i += 2) sink.surname(sn[i] as string, entryAt(sn[i + 1] as number));
  sn.length = 0;
  return lexicon;
}

const replayed = new WeakSet<LexiconPlan>();

/** Entry `i` of a plan, its codes list made once for all the entries that share it. */
function makeEntry(plan: LexiconPlan, i: number, madeCodes: Array<DatedCode[] | undefined>): LexEntry {
  const [name, kind, type, cs, ss, region, source, rule, fs] = plan.entries[i]!.split(SEP) as [string, ActorKind, LexType, string, string, string, LexEntry['source'], string, string];
  const c = Number(cs), f = Number(fs);
  let codes = madeCodes[c];
  if (codes === undefined) { madeCodes[c] = codes = split(plan.codes[c]!).map(unpackCode); plan.codes[c] = ''; }
  return lexEntry({ name, kind, type, codes, sectors: sectorsOf(plan, Number(ss)), region: region === NONE ? undefined : region, source, rule, officeHolder: f & FLAG_OFFICE_HOLDER ? true : undefined,
    prefix: f & FLAG_PREFIX ? true : undefined, territory: f & FLAG_TERRITORY ? true : undefined, capitalized: (f & FLAG_CAPITALIZED) !== 0, allCaps: (f & FLAG_ALL_CAPS) !== 0 });
}

const split = (s: string): string[] => (s === '' ? [] : s.split(SEP));

/** Sector list `i` of a plan: one array for all the entries that share it, as in the build. */
const madeSectors = new WeakMap<LexiconPlan, Array<string[] | undefined>>();
function sectorsOf(plan: LexiconPlan, i: number): string[] {
  let made = madeSectors.get(plan);
  if (!made) madeSectors.set(plan, (made = new Array<string[] | undefined>(plan.sectors.length)));
  let l = made[i];
  if (l === undefined) { made[i] = l = split(plan.sectors[i]!); plan.sectors[i] = ''; }
  return l;
}
