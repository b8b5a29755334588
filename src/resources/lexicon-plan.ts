import type { ActorKind } from '../core/types.js';
import type { CountryRecord } from './gazetteer.js';
import { fillLexicon, lexEntry, lexiconShell, type LexEntry, type LexiconSources, type LexType, type Lexicon } from './lexicon.js';
import type { DatedCode } from './petrarch/actors.js';
import { packCode, packPhrase, unpackCode, unpackPhrase } from './petrarch/compiled.js';

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
  /** Codes lists (`packCode` each), shared by the entries that shared them. */
  codes: string[][];
  /** Sector lists, likewise. */
  sectors: string[][];
  /** name, kind, type, codes index, sectors index, region (null: none), source, rule, flags (FLAG_*). */
  entries: Array<[string, ActorKind, LexType, number, number, string | null, LexEntry['source'], string, number]>;
  /** Per phrase: `packPhrase` of its key, flags (PHRASE_*), entry index. */
  phrases: Array<string | number>;
  /** Per surname: the word, entry index. */
  surnames: Array<string | number>;
}

const PLAN_VERSION = 1;
const FLAG_OFFICE_HOLDER = 1, FLAG_PREFIX = 2, FLAG_TERRITORY = 4, FLAG_CAPITALIZED = 8, FLAG_ALL_CAPS = 16;
/** The key was written with spaces (`PhraseKey.spaced`); the phrase also goes into `Lexicon.spaced`. */
const PHRASE_SPACED_KEY = 1, PHRASE_TO_SPACED = 2;

/** Records the build of `src` as a plan. */
export function planLexicon(src: LexiconSources): LexiconPlan {
  const plan: LexiconPlan = { version: PLAN_VERSION, codes: [], sectors: [], entries: [], phrases: [], surnames: [] };
  const entryIds = new Map<LexEntry, number>();
  const codeIds = new Map<readonly DatedCode[], number>();
  const sectorIds = new Map<readonly string[], number>();
  const idOf = <K, V>(ids: Map<K, number>, table: V[], k: K, v: () => V): number => {
    let id = ids.get(k);
    if (id === undefined) { ids.set(k, (id = table.length)); table.push(v()); }
    return id;
  };
  const entry = (e: LexEntry): number => idOf(entryIds, plan.entries, e, () => [e.name, e.kind, e.type, idOf(codeIds, plan.codes, e.codes, () => e.codes.map(packCode)),
    idOf(sectorIds, plan.sectors, e.sectors, () => [...e.sectors]), e.region ?? null, e.source, e.rule,
    (e.officeHolder ? FLAG_OFFICE_HOLDER : 0) | (e.prefix ? FLAG_PREFIX : 0) | (e.territory ? FLAG_TERRITORY : 0) | (e.capitalized ? FLAG_CAPITALIZED : 0) | (e.allCaps ? FLAG_ALL_CAPS : 0)]);
  fillLexicon(src, {
    phrase(p, e, spaced) { plan.phrases.push(packPhrase(p), (p.spaced ? PHRASE_SPACED_KEY : 0) | (spaced ? PHRASE_TO_SPACED : 0), entry(e)); },
    surname(w, e) { plan.surnames.push(w, entry(e)); },
  });
  return plan;
}

/** Whether `x` (parsed JSON) is a plan this version of dyad replays. */
export function isLexiconPlan(x: unknown): x is LexiconPlan {
  return typeof x === 'object' && x !== null && (x as { version?: unknown }).version === PLAN_VERSION;
}

/** The lexicon a plan records, over the countries it was made with (`gazetteer`: as in the build). */
export function lexiconFromPlan(plan: LexiconPlan, countries: readonly CountryRecord[], gazetteer = true): Lexicon {
  const { lexicon, sink } = lexiconShell(countries, gazetteer);
  const codes = plan.codes.map((l) => l.map(unpackCode));
  const entries = plan.entries.map(([name, kind, type, c, s, region, source, rule, f]): LexEntry => lexEntry({ name, kind, type, codes: codes[c]!, sectors: plan.sectors[s]!,
    region: region ?? undefined, source, rule, officeHolder: f & FLAG_OFFICE_HOLDER ? true : undefined, prefix: f & FLAG_PREFIX ? true : undefined,
    territory: f & FLAG_TERRITORY ? true : undefined, capitalized: (f & FLAG_CAPITALIZED) !== 0, allCaps: (f & FLAG_ALL_CAPS) !== 0 }));
  const ph = plan.phrases;
  for (let i = 0; i < ph.length; i += 3) {
    const key = unpackPhrase(ph[i] as string);
    const flags = ph[i + 1] as number;
    if (flags & PHRASE_SPACED_KEY) key.spaced = true;
    sink.phrase(key, entries[ph[i + 2] as number]!, (flags & PHRASE_TO_SPACED) !== 0);
  }
  const sn = plan.surnames;
  for (let i = 0; i < sn.length; i += 2) sink.surname(sn[i] as string, entries[sn[i + 1] as number]!);
  return lexicon;
}
