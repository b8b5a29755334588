import { OFFICE_HOLDERS_FILE } from './office-holders/compile.js';
import type { ActorKind } from '../core/types.js';
import { codeOn, type ActorEntry, type DatedCode } from './petrarch/actors.js';
import type { AgentEntry } from './petrarch/agents.js';
import { parsePhrase, phraseTokens, type PhraseKey } from './petrarch/phrase.js';
import type { CountryRecord } from './gazetteer.js';
import { PhraseTrie } from './phrase-trie.js';

export type LexType = 'name' | 'metonym' | 'demonym' | 'agent';

/** One way of naming an actor or an agent, as found in the gazetteer or a dictionary. */
export interface LexEntry {
  name: string;
  kind: ActorKind;
  type: LexType;
  /** Actor codes, possibly date-restricted (empty for agents). */
  codes: DatedCode[];
  /** Agent sectors ("GOV", "MIL"); empty for names. */
  sectors: string[];
  /** Region of a country ("Asia"), for descriptions like "the Asian country". */
  region?: string;
  /** Where it was read: the gazetteer of countries (world-countries) or a PETRARCH dictionary. */
  source: 'gazetteer' | 'dictionary';
  /** Provenance for output rule ids ("gazetteer:world-countries:name:CHN", "petrarch:FILE:NAME"); never branched on. */
  rule: string;
  /** A person of the office-holder data (dated terms of office, current to the data's date), not of the 2014 Phoenix files. */
  officeHolder?: true;
  /** An agent whose sectors go before the actor code (`[NGO~]`: "MSF Arnor" -> NGOARN). */
  prefix?: boolean;
  /** A territory rather than a sovereign state: ranked after states sharing a word with it. */
  territory?: boolean;
  /** Names must be written with a capital (so "us" is not the US and "turkey" not Turkey). */
  capitalized: boolean;
  /** Short all-capital names ("US", "UN") must be written in capitals. */
  allCaps: boolean;
}

/**
 * Every entry is built with the same fields in the same order (the optional ones undefined): one object shape, so the
 * stages' reads of `entry.kind`, `entry.type`, ... stay monomorphic. Entries built with spreads and optional fields had
 * eight shapes, and V8 threw away `findMentions`' optimised code when a new one reached it (docs/speed.md).
 */
export function lexEntry(f: LexEntry): LexEntry {
  return { name: f.name, kind: f.kind, type: f.type, codes: f.codes, sectors: f.sectors, region: f.region, source: f.source, rule: f.rule,
    officeHolder: f.officeHolder, prefix: f.prefix, territory: f.territory, capitalized: f.capitalized, allCaps: f.allCaps };
}

export interface Lexicon {
  trie: PhraseTrie<LexEntry>;
  /** Country code -> record (region, canonical name). */
  countries: Map<string, CountryRecord>;
  /** Demonym/adjective (lower case) -> country code, also for region adjectives ("asian" -> region Asia). */
  regionAdjectives: Map<string, string>;
  /** Surname (lower case) -> the dictionary people with it, for "President Mugabe" and "Mugabe" alone. */
  surnames: Map<string, LexEntry[]>;
  /** Actor phrases written with spaces, by first word: their words may be apart inside a noun phrase (see PhraseKey.spaced). */
  spaced?: Map<string, Array<{ key: PhraseKey; entry: LexEntry }>>;
}

const ORG_WORDS = /\b(ministry|ministries|organi[sz]ation|council|committee|commission|agency|party|union|bank|company|corporation|corp|inc|university|association|front|forces|army|navy|brigades?|corps|guards?|militias?|battalions?|regiment|movement|congress|parliament|assembly|court|government|group|league|alliance|fund|institute|foundation|society|federation|office|department|authority|service|police|media|news|church|club|house|palace|community)\b/i;

/** Words that never stand between the words of a person's name ("Sons of the South", "Revolutionaries in Europe"). */
const NOT_IN_PERSON_NAMES = /\b(of|the|in|for|and|on|to|against)\b/i;

/** Kind of a dictionary actor from its code and name (`person`: the entry is known to be a person). */
export function kindOfEntry(name: string, code: string, countryCodes: Set<string>, person = false): ActorKind {
  if (person) return 'person';
  if (code.length === 3 && countryCodes.has(code)) return 'country';
  if (/^(IGO|NGO|IMG|INT|MNC|UNO|NGM|EUR|AFR|ASA|WST)/.test(code) || ORG_WORDS.test(name)) return 'organization';
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length >= 2 && words.length <= 5 && code.length > 3 && !NOT_IN_PERSON_NAMES.test(name)) return 'person';
  // (a sector's code alone names no country: REUTERS, XINHUA [MED] are news agencies, not countries: actors6)
  if (code.length === 3 && !SECTOR_ONLY.test(code)) return 'country';
  return 'organization';
}

/** Codes of a sector alone, which Phoenix gives organisations of no country (news agencies MED, firms BUS, ...). */
const SECTOR_ONLY = /^(MED|BUS|EDU|HLH|ENV|AGR|LAB|REL|HRI|DEV|JUD|LEG|CVL|GOV|MIL|COP|SPY)$/;

export interface LexiconSources {
  countries: CountryRecord[];
  actors: Array<{ file: string; entries: Iterable<ActorEntry> }>;
  agents: Array<{ file: string; entries: Iterable<AgentEntry> }>;
  /** Use the gazetteer of countries (off for a user's own dictionaries that are complete on their own). */
  gazetteer: boolean;
}

/**
 * Where a lexicon build puts what it finds, in order: a phrase for the trie (and, when its words were written with
 * spaces, for `spaced`), a surname for `surnames`. `buildLexicon` puts them straight into a lexicon; the build step
 * records them (src/resources/lexicon-plan.ts) so that start-up replays them without reading the dictionaries again.
 */
export interface LexiconSink {
  phrase(p: PhraseKey, e: LexEntry, spaced: boolean): void;
  surname(word: string, e: LexEntry): void;
}

/** A lexicon with nothing in it but its countries and region adjectives, and the sink that fills it. */
export function lexiconShell(countryList: readonly CountryRecord[], gazetteer: boolean): { lexicon: Required<Lexicon>; sink: LexiconSink } {
  const trie = new PhraseTrie<LexEntry>();
  const countries = new Map<string, CountryRecord>();
  const regionAdjectives = new Map<string, string>();
  const surnames = new Map<string, LexEntry[]>();
  const spaced = new Map<string, Array<{ key: PhraseKey; entry: LexEntry }>>();
  if (gazetteer) {
    for (const c of countryList) countries.set(c.code, c);
    for (const region of new Set(countryList.map((c) => c.region))) {
      const adj = REGION_ADJECTIVES[region];
      for (const a of adj ?? []) regionAdjectives.set(a, region);
    }
  }
  const sink: LexiconSink = {
    phrase(p, e, sp) {
      trie.add(p, e);
      if (sp) { const l = spaced.get(p.tokens[0]!); const x = { key: p, entry: e }; if (l) l.push(x); else spaced.set(p.tokens[0]!, [x]); }
    },
    surname(w, e) { const l = surnames.get(w); if (l) l.push(e); else surnames.set(w, [e]); },
  };
  return { lexicon: { trie, countries, regionAdjectives, surnames, spaced }, sink };
}

/** Builds the phrase trie of every actor name, capital, demonym and agent. */
export function buildLexicon(src: LexiconSources): Lexicon {
  const { lexicon, sink } = lexiconShell(src.countries, src.gazetteer);
  fillLexicon(src, sink);
  return lexicon;
}

/** Reads every actor name, capital, demonym and agent of `src` into `sink`, in the order the lexicon keeps them. */
export function fillLexicon(src: LexiconSources, sink: LexiconSink): void {
  const countries = new Map<string, CountryRecord>();
  const countryCodes = new Set<string>();
  for (const c of src.countries) countryCodes.add(c.code);
  const add = (phrase: string, e: LexEntry, exact = true): void => {
    const p = parsePhrase(exact ? phrase.replace(/\s+/g, '_') + '_' : phrase);
    if (!p) return;
    sink.phrase(p, e, false);
  };
  if (src.gazetteer) {
    for (const c of src.countries) {
      countries.set(c.code, c);
      const codes = [{ code: c.code }];
      const base = { kind: 'country' as const, codes, sectors: [], region: c.region, source: 'gazetteer' as const, capitalized: true, ...(c.sovereign ? {} : { territory: true }) };
      for (const n of c.names) add(n.replace(/^the\s+/i, ''), lexEntry({ ...base, name: c.name, type: 'name', rule: `gazetteer:world-countries:name:${c.code}`, allCaps: /^[A-Z.]{2,4}$/.test(n) }));
      for (const n of c.capitals) add(n, lexEntry({ ...base, name: c.name, type: 'metonym', rule: `gazetteer:world-countries:capital:${c.code}`, allCaps: false }));
      for (const n of c.demonyms) {
        add(n, lexEntry({ ...base, name: c.name, type: 'demonym', rule: `gazetteer:world-countries:demonym:${c.code}`, allCaps: false }));
        add(n + 's', lexEntry({ ...base, kind: 'group', name: c.name, type: 'demonym', rule: `gazetteer:world-countries:demonym-plural:${c.code}`, allCaps: false }));
      }
    }
  }
  for (const { file, entries } of src.actors) {
    for (const e of entries) {
      const first = codeOn(e.codes, undefined) ?? e.codes[0]!;
      const kind = kindOfEntry(e.name, first.code, countryCodes, e.person);
      const country = countries.get(first.code.slice(0, 3));
      const entry: LexEntry = lexEntry({ name: titleCase(e.name), kind, type: 'name', codes: e.codes, sectors: [], region: country?.region, source: 'dictionary',
        rule: `petrarch:${file}:${e.name.replace(/\s+/g, '_')}`, capitalized: true, allCaps: false, ...(file === OFFICE_HOLDERS_FILE ? { officeHolder: true as const } : {}) });
      // the single words that name a person alone: listed by the entry (src/resources/surnames.ts decides which)
      if (kind === 'person') for (const w of e.surnames ?? []) sink.surname(w, entry);
      e.phrases.forEach((p, k) => {
        // an acronym ("AU", "ICC", "UNDP") must be written in capitals; a short word with vowels ("BREE") is a name
        const bare = p.tokens.length === 1 ? p.tokens[0]!.replace(/\./g, '') : '';
        const isAllCaps = !!bare && (bare.length <= 3 || (bare.length === 4 && !/[aeiou]/i.test(bare)) || p.tokens[0]!.includes('.')) && kind !== 'person';
        // a synonym of a country that the gazetteer does not know is a place inside it (a city, a province): its own actor
        const place = kind === 'country' && k > 0 && src.gazetteer;
        const v: LexEntry = place ? lexEntry({ ...entry, kind: 'other', name: titleCase(p.tokens.join(' ').replace(/ ' s/g, "'s")), rule: entry.rule + ':place' }) : entry;
        // (an acronym is one token, so never a spaced phrase)
        sink.phrase(p, isAllCaps ? lexEntry({ ...v, allCaps: true }) : v, !!p.spaced && p.tokens.length > 1);
      });
    }
  }
  for (const { file, entries } of src.agents) {
    for (const a of entries) {
      const entry: LexEntry = lexEntry({ name: a.name.toLowerCase(), kind: 'group', type: 'agent', codes: [], sectors: a.sectors, source: 'dictionary', ...(a.prefix ? { prefix: true } : {}), rule: `petrarch:${file}:${a.name.replace(/\s+/g, '_')}`, capitalized: false, allCaps: false });
      for (const p of a.phrases) sink.phrase(p, entry, false);
    }
  }
}

const REGION_ADJECTIVES: Record<string, string[]> = {
  Asia: ['asian'], Europe: ['european'], Africa: ['african'], Americas: ['american', 'latin american', 'south american'], Oceania: ['pacific', 'oceanian'],
};

export function titleCase(raw: string): string {
  const s = raw.replace(/^the\s+/i, '');
  if (/^[A-Z0-9.&-]{2,6}$/.test(s)) return s;
  const lower = s.toLowerCase();
  return (ASCII.test(lower) ? capitaliseWordsAscii(lower) : lower.replace(/(^|[\s'-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()))
    .replace(/\bOf\b|\bAnd\b|\bThe\b|\bFor\b/g, (w, i: number) => (i === 0 ? w : w.toLowerCase()));
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * An ASCII lower-case string with each letter that opens it or follows white space, `'` or `-` in capitals: what the
 * Unicode replace above does, without a regex match and a callback per word (it ran for every one of 30,000
 * dictionary names at start-up).
 */
function capitaliseWordsAscii(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) continue; // a-z
    const p = i === 0 ? 32 : s.charCodeAt(i - 1);
    // white space (\s in ASCII: space, \t \n \v \f \r), ' or -
    if (p === 32 || (p >= 9 && p <= 13) || p === 39 || p === 45) { out += s.slice(from, i) + String.fromCharCode(c - 32); from = i + 1; }
  }
  return from === 0 ? s : out + s.slice(from);
}

export { phraseTokens };
