import { layoutSections, packSections, readSectionsHeader } from '../core/binary-sections.js';
import type { ActorKind } from '../core/types.js';
import type { CountryRecord } from './gazetteer.js';
import { fillLexicon, lexEntry, lexiconShell, type LexEntry, type LexiconSources, type LexType, type Lexicon } from './lexicon.js';
import type { DatedCode } from './petrarch/actors.js';
import { packCode, packPhrase, unpackCode, unpackPhrase } from './petrarch/compiled.js';
import type { PhraseKey } from './petrarch/phrase.js';
import { LazySurnames } from './lazy-surnames.js';

/**
 * The bundled lexicon's build as data, written by `npm run build` (scripts/compile-dictionaries.mjs) to
 * dist/dictionaries/lexicon.bin (`encodeLexiconPlan`): every entry once, and every phrase and surname put into the
 * lexicon, in order. Start-up replays it (`lexiconFromPlan`) instead of reading the dictionaries again: no phrase
 * unpacking, title-casing, kind guessing or rule naming per dictionary entry, and nothing parsed but what a run needs
 * (start-up, docs/speed.md).
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

/**
 * The plan as one binary file (dist/dictionaries/lexicon.bin, written by the build with `encodeLexiconPlan`), read at
 * start-up without parsing: "DYADLEX1", a uint32 header length, a small JSON header (counts, sections), then typed
 * arrays, each 8-byte aligned. Every string of the plan (codes lists, sector lists, entries, packed phrases, first
 * tokens, surnames) is one range of a single UTF-8 section, decoded when first needed; the numbers (a phrase's flags
 * and entry, a group's range, the stems, a surname's entries) are typed arrays read in place.
 */
const MAGIC = 'DYADLEX1';

interface BinaryHeader {
  version: typeof PLAN_VERSION;
  /** Where each table's strings start among the string offsets, and how many it has. */
  tables: Record<StringTable, [base: number, count: number]>;
  grouped: boolean;
  sections: Array<{ name: SectionName; type: 'Uint8Array' | 'Uint32Array'; offset: number; length: number }>;
}
type StringTable = 'codes' | 'sectors' | 'entries' | 'phrases' | 'groups' | 'surnames';
type SectionName = 'text' | 'textStart' | 'phraseFlags' | 'phraseEntry' | 'groupRange' | 'stems' | 'surnameStart' | 'surnameEntry';

/** The plan as the bytes `lexiconFromPlan` replays. */
export function encodeLexiconPlan(plan: LexiconPlan): Buffer {
  const strings: string[] = [];
  const tables = {} as BinaryHeader['tables'];
  const table = (name: StringTable, xs: readonly string[]): void => { tables[name] = [strings.length, xs.length]; for (const x of xs) strings.push(x); };
  const ph = plan.phrases;
  const n = ph.length / 3;
  const phraseFlags = new Uint8Array(n), phraseEntry = new Uint32Array(n);
  const packed: string[] = [];
  for (let i = 0; i < n; i++) { packed.push(ph[3 * i] as string); phraseFlags[i] = ph[3 * i + 1] as number; phraseEntry[i] = ph[3 * i + 2] as number; }
  const groupTokens: string[] = [];
  const groupRange = new Uint32Array(plan.groups ? (plan.groups.length / 3) * 2 : 0);
  for (let g = 0; plan.groups && g < plan.groups.length; g += 3) {
    groupTokens.push(plan.groups[g] as string);
    groupRange[(g / 3) * 2] = (plan.groups[g + 1] as number) / 3;
    groupRange[(g / 3) * 2 + 1] = (plan.groups[g + 2] as number) / 3;
  }
  // the surnames by word, the words in the order the build first met them, each word's entries in the build's order
  const byWord = new Map<string, number[]>();
  for (let i = 0; i < plan.surnames.length; i += 2) {
    const w = plan.surnames[i] as string, e = plan.surnames[i + 1] as number;
    const l = byWord.get(w); if (l) l.push(e); else byWord.set(w, [e]);
  }
  const surnameStart = new Uint32Array(byWord.size + 1);
  const surnameEntry = new Uint32Array(plan.surnames.length / 2);
  let k = 0, w = 0;
  for (const es of byWord.values()) { surnameStart[w++] = k; for (const e of es) surnameEntry[k++] = e; }
  surnameStart[w] = k;
  table('codes', plan.codes); table('sectors', plan.sectors); table('entries', plan.entries); table('phrases', packed);
  table('groups', groupTokens); table('surnames', [...byWord.keys()]);
  const bytes = strings.map((s) => Buffer.from(s, 'utf8'));
  const textStart = new Uint32Array(strings.length + 1);
  let at = 0;
  bytes.forEach((b, i) => { textStart[i] = at; at += b.length; });
  textStart[strings.length] = at;
  const arrays: Array<[SectionName, Uint8Array | Uint32Array]> = [['text', Buffer.concat(bytes)], ['textStart', textStart], ['phraseFlags', phraseFlags],
    ['phraseEntry', phraseEntry], ['groupRange', groupRange], ['stems', Uint32Array.from(plan.stems, (i) => i / 3)], ['surnameStart', surnameStart], ['surnameEntry', surnameEntry]];
  const layout = layoutSections(arrays.map(([, a]) => a));
  const sections: BinaryHeader['sections'] = arrays.map(([name, a], i) => ({ name, type: a instanceof Uint32Array ? 'Uint32Array' : 'Uint8Array', offset: layout.offsets[i]!, length: a.length }));
  const header: BinaryHeader = { version: PLAN_VERSION, tables, grouped: plan.groups !== null, sections };
  return packSections(MAGIC, header, arrays.map(([, a]) => a), layout);
}

/** Whether `bytes` are a plan (`encodeLexiconPlan`) this version of dyad replays. */
export function isLexiconPlan(bytes: Uint8Array): boolean {
  return readHeader(bytes) !== null;
}

function readHeader(bytes: Uint8Array): { header: BinaryHeader; dataStart: number } | null {
  const read = readSectionsHeader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), MAGIC);
  if (read === null) return null;
  const header = read.header as BinaryHeader;
  return header.version === PLAN_VERSION ? { header, dataStart: read.dataStart } : null;
}

/** The plan's arrays viewed in place, its strings decoded on demand. */
class PlanView {
  readonly text: Buffer;
  readonly textStart: Uint32Array;
  readonly phraseFlags: Uint8Array;
  readonly phraseEntry: Uint32Array;
  readonly groupRange: Uint32Array;
  readonly stems: Uint32Array;
  readonly surnameStart: Uint32Array;
  readonly surnameEntry: Uint32Array;
  readonly tables: BinaryHeader['tables'];
  readonly grouped: boolean;

  constructor(bytes: Uint8Array) {
    const h = readHeader(bytes);
    if (h === null) throw new Error('not a lexicon plan of this version of dyad (dist/dictionaries/lexicon.bin: run npm run build)');
    // typed-array views need aligned offsets
    const b = bytes.byteOffset % 8 === 0 ? bytes : Uint8Array.from(bytes);
    const get = (name: SectionName): Uint8Array | Uint32Array => {
      const s = h.header.sections.find((x) => x.name === name)!;
      const at = b.byteOffset + h.dataStart + s.offset;
      const Ctor = s.type === 'Uint32Array' ? Uint32Array : Uint8Array;
      if (at + s.length * Ctor.BYTES_PER_ELEMENT > b.byteOffset + b.byteLength) throw new Error(`lexicon plan truncated (section ${name})`);
      return new Ctor(b.buffer as ArrayBuffer, at, s.length);
    };
    const text = get('text');
    this.text = Buffer.from(text.buffer, text.byteOffset, text.byteLength);
    this.textStart = get('textStart') as Uint32Array;
    this.phraseFlags = get('phraseFlags') as Uint8Array;
    this.phraseEntry = get('phraseEntry') as Uint32Array;
    this.groupRange = get('groupRange') as Uint32Array;
    this.stems = get('stems') as Uint32Array;
    this.surnameStart = get('surnameStart') as Uint32Array;
    this.surnameEntry = get('surnameEntry') as Uint32Array;
    this.tables = h.header.tables;
    this.grouped = h.header.grouped;
  }

  /** String `i` of a table. */
  string(table: StringTable, i: number): string {
    const k = this.tables[table][0] + i;
    return this.text.toString('utf8', this.textStart[k]!, this.textStart[k + 1]!);
  }

  count(table: StringTable): number { return this.tables[table][1]; }
}

/**
 * The lexicon a plan (`encodeLexiconPlan`'s bytes) records, over the countries it was made with (`gazetteer`: as in
 * the build). Each entry is made when first needed; the phrases under each first token are added to the trie when a
 * walk first reaches that token (`PhraseTrie.addLater`), and a surname's list when first asked for
 * (`LazySurnames`): start-up makes only the root of the trie and the stems that stand alone. A plan with spaced
 * phrases (a user's dictionaries; never the bundled ones) is replayed whole. What is made keeps no reference to the
 * plan's strings beyond the one buffer the file was read into.
 */
export function lexiconFromPlan(bytes: Uint8Array, countries: readonly CountryRecord[], gazetteer = true): Lexicon {
  const plan = new PlanView(bytes);
  const { lexicon, sink } = lexiconShell(countries, gazetteer);
  const made: Array<LexEntry | undefined> = new Array<LexEntry | undefined>(plan.count('entries'));
  const madeCodes: Array<DatedCode[] | undefined> = new Array<DatedCode[] | undefined>(plan.count('codes'));
  const madeSectors: Array<string[] | undefined> = new Array<string[] | undefined>(plan.count('sectors'));
  const entryAt = (i: number): LexEntry => (made[i] ??= makeEntry(plan, i, madeCodes, madeSectors));
  const keyAt = (i: number): PhraseKey => {
    const key = unpackPhrase(plan.string('phrases', i));
    if (plan.phraseFlags[i]! & PHRASE_SPACED_KEY) key.spaced = true;
    return key;
  };
  if (!plan.grouped) {
    for (let i = 0, n = plan.count('phrases'); i < n; i++) sink.phrase(keyAt(i), entryAt(plan.phraseEntry[i]!), (plan.phraseFlags[i]! & PHRASE_TO_SPACED) !== 0);
  } else {
    const range = plan.groupRange;
    const fill = (g: number, add: (key: PhraseKey, value: LexEntry) => void): void => {
      for (let i = range[2 * g]!, end = range[2 * g + 1]!; i < end; i++) add(keyAt(i), entryAt(plan.phraseEntry[i]!));
    };
    for (let g = 0, n = plan.count('groups'); g < n; g++) lexicon.trie.addLater(plan.string('groups', g), range[2 * g + 1]! - range[2 * g]!, g, fill);
    for (const i of plan.stems) lexicon.trie.add(keyAt(i), entryAt(plan.phraseEntry[i]!));
  }
  const start = plan.surnameStart, es = plan.surnameEntry;
  lexicon.surnames = new LazySurnames(plan.count('surnames'), (w) => plan.string('surnames', w), (w) => {
    const l: LexEntry[] = [];
    for (let k = start[w]!; k < start[w + 1]!; k++) l.push(entryAt(es[k]!));
    return l;
  });
  return lexicon;
}

/** Entry `i` of a plan, its codes and sectors lists made once for all the entries that share them (as in the build). */
function makeEntry(plan: PlanView, i: number, madeCodes: Array<DatedCode[] | undefined>, madeSectors: Array<string[] | undefined>): LexEntry {
  const [name, kind, type, cs, ss, region, source, rule, fs] = plan.string('entries', i).split(SEP) as [string, ActorKind, LexType, string, string, string, LexEntry['source'], string, string];
  const c = Number(cs), s = Number(ss), f = Number(fs);
  const codes = (madeCodes[c] ??= split(plan.string('codes', c)).map(unpackCode));
  const sectors = (madeSectors[s] ??= split(plan.string('sectors', s)));
  return lexEntry({ name, kind, type, codes, sectors, region: region === NONE ? undefined : region, source, rule, officeHolder: f & FLAG_OFFICE_HOLDER ? true : undefined,
    prefix: f & FLAG_PREFIX ? true : undefined, territory: f & FLAG_TERRITORY ? true : undefined, capitalized: (f & FLAG_CAPITALIZED) !== 0, allCaps: (f & FLAG_ALL_CAPS) !== 0 });
}

const split = (s: string): string[] => (s === '' ? [] : s.split(SEP));
