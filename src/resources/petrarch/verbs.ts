import { parsePattern, type VerbPattern } from './verb-patterns.js';

/**
 * A PETRARCH / TABARI verb dictionary: synonym sets, verb synonym blocks with their default code,
 * and the patterns of each block. Reads both the PETRARCH-1 / TABARI layout (`- * WORDS [code]`) and
 * the PETRARCH-2 CAMEO.2.0 layout (`- * {NOUN PHRASE} (PREP PHRASE) [code]`).
 *
 * Words are stored lower-cased. A verb form maps to the block it belongs to, so `code` of a verb is
 * its own code when the verb line had one, else the block's.
 */
export interface VerbDictionary {
  /** Name of the file it was read from (for rule ids), e.g. "CAMEO.2.0". */
  name: string;
  /** Synset name (with its "&", upper case, no trailing "_") -> phrases (each a list of lower-case words). */
  synsets: Map<string, string[][]>;
  /** Synset name -> first word -> phrases, and -> last word -> phrases (for matching forwards and backwards). */
  synsetFirst: Map<string, Map<string, string[][]>>;
  synsetLast: Map<string, Map<string, string[][]>>;
  /** Synset name -> the synsets it includes as a one-word member ("&TIETYPES"), upper case, each once. */
  synsetNested: Map<string, string[]>;
  /** Inflected or base form of a single-word verb (lower case) -> the verbs having that form. */
  forms: Map<string, VerbEntry[]>;
  blocks: Map<string, VerbBlock>;
  /**
   * PETRARCH-2 phrase-structured patterns (the file uses `{...}` / `(...)`): a pattern word is a head inside a
   * phrase, so gaps do not cross prepositions, verbs or commas. Otherwise TABARI semantics: free gaps.
   */
  structured: boolean;
}

export interface VerbEntry {
  /** Base form as written in the dictionary ("restore", "clear up"). */
  lemma: string;
  block: string;
  /** CAMEO code of the isolated verb, null for the null code "---". */
  code: string | null;
  /** Code of the reverse event (target -> source) of the isolated verb (`[032:033]`), null when none. */
  reverse: string | null;
  /** Words that must come right before the verb word ("re" in RE_+ADMIT). */
  front: string[];
  /** Words that must come right after the verb word ("up" in CLEAR_UP, "off" in CORDON_OFF). */
  back: string[];
}

export interface VerbBlock {
  name: string;
  code: string | null;
  reverse: string | null;
  patterns: VerbPattern[];
  /** Patterns by one of their required words (the first); `''` holds those that need no literal word. */
  byWord: Map<string, VerbPattern[]>;
}

export interface DictionaryProblem {
  line: number;
  message: string;
}

/** Strips `#`, `;` and one-line `<!-- -->` comments; returns '' for comment-only lines. */
function stripComment(line: string, inXml: { open: boolean }): string {
  let s = line;
  if (inXml.open) {
    const end = s.indexOf('-->');
    if (end < 0) return '';
    inXml.open = false;
    s = s.slice(end + 3);
  }
  for (;;) {
    const b = s.indexOf('<!--');
    if (b < 0) break;
    const e = s.indexOf('-->', b + 4);
    if (e < 0) { inXml.open = true; s = s.slice(0, b); break; }
    s = s.slice(0, b) + ' ' + s.slice(e + 3);
  }
  const h = s.indexOf('#');
  if (h >= 0) s = s.slice(0, h);
  const sc = s.indexOf(';');
  if (sc >= 0) s = s.slice(0, sc);
  return s.replace(/\s+$/, '');
}

const normCode = (c: string): string | null => {
  const t = c.trim();
  return !t || /^-+$/.test(t) ? null : t;
};

/** Regular English forms of a verb base (upper or lower case in, lower case out). */
export function regularVerbForms(base: string): string[] {
  const b = base.toLowerCase();
  const out = new Set<string>([b]);
  const last = b.slice(-1);
  const cons = (c: string | undefined): boolean => !!c && /[bcdfghjklmnpqrstvwxz]/.test(c);
  if (/(s|x|z|ch|sh)$/.test(b)) out.add(b + 'es');
  else if (last === 'y' && cons(b[b.length - 2])) out.add(b.slice(0, -1) + 'ies');
  else out.add(b + 's');
  if (last === 'e') { out.add(b + 'd'); out.add(b.slice(0, -1) + 'ing'); }
  else if (last === 'y' && cons(b[b.length - 2])) { out.add(b.slice(0, -1) + 'ied'); out.add(b + 'ing'); }
  else {
    out.add(b + 'ed'); out.add(b + 'ing');
    // consonant doubling for short stressed endings: stop -> stopped, ban -> banned
    if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(b) || /[^aeiou][aeiou][bdgmnpt]$/.test(b) && b.length <= 4) {
      out.add(b + last + 'ed'); out.add(b + last + 'ing');
    }
  }
  return [...out];
}

/** Regular plural of a synset noun (PETRARCH rule): Y -> IES, S -> ES, else +S. */
function pluralOf(word: string): string {
  if (word.endsWith('y')) return word.slice(0, -1) + 'ies';
  if (word.endsWith('s')) return word + 'es';
  return word + 's';
}

/**
 * Parses a verb dictionary. Pure: the text in, the dictionary and the problems found out.
 * Patterns using an undefined synset are kept; they simply never match (as in PETRARCH).
 */
export function parseVerbDictionary(text: string, name: string): { dict: VerbDictionary; problems: DictionaryProblem[] } {
  const synsets = new Map<string, string[][]>();
  const forms = new Map<string, VerbEntry[]>();
  const blocks = new Map<string, VerbBlock>();
  const problems: DictionaryProblem[] = [];
  const xml = { open: false };
  let mode: 'none' | 'synset' | 'block' = 'none';
  let synName = '';
  let synNoPlural = false;
  let block: VerbBlock | null = null;
  let blockCode: string | null = null;
  let blockReverse: string | null = null;
  const lines = text.split(/\r?\n/);
  const addForm = (form: string, e: VerbEntry): void => {
    const list = forms.get(form);
    if (!list) forms.set(form, [e]);
    else if (!list.some((x) => x.block === e.block && x.lemma === e.lemma && x.code === e.code && x.reverse === e.reverse && x.front.join(' ') === e.front.join(' ') && x.back.join(' ') === e.back.join(' '))) list.push(e);
  };
  for (let ln = 0; ln < lines.length; ln++) {
    const raw = lines[ln]!;
    // block headers are comment-like lines: keep them before stripping comments
    const header = /^\s*-{3}\s*(\S+?)\s*\[([^\]]*)\]\s*-{3}/.exec(raw) ?? /^\s*-{3}\s*(\S+)\s*-{3}/.exec(raw);
    if (header) {
      const nm = header[1]!.toUpperCase();
      const [fwd, rev] = (header[2] ?? '').split(':');
      blockCode = normCode(fwd ?? '');
      blockReverse = normCode(rev ?? '');
      // a second block of the same name ("--- SHOT [---] ---" then "--- SHOT [223] ---") adds its patterns to the
      // first; its verb lines keep their own default code
      const same = blocks.get(nm);
      if (same) block = same;
      else { block = { name: nm, code: blockCode, reverse: blockReverse, patterns: [], byWord: new Map() }; blocks.set(nm, block); }
      mode = 'block';
      continue;
    }
    const line = stripComment(raw, xml);
    if (!line.trim()) { if (mode === 'synset') mode = block ? 'block' : 'none'; continue; }
    const t = line.trim();
    if (t.startsWith('~')) continue; // PETRARCH-2 verb transformations: not used
    if (t.startsWith('&')) {
      synName = t.split(/\s+/)[0]!.toUpperCase();
      synNoPlural = synName.endsWith('_');
      synName = synName.replace(/_+$/, '');
      if (!synsets.has(synName)) synsets.set(synName, []);
      mode = 'synset';
      continue;
    }
    if (mode === 'synset' && t.startsWith('+')) {
      let phrase = t.slice(1).trim();
      const noPlural = synNoPlural || phrase.endsWith('_') || phrase.startsWith('&');
      phrase = phrase.replace(/_+$/, '');
      const words = phrase.toLowerCase().split(/[\s_]+/).filter(Boolean);
      if (!words.length) continue;
      const list = synsets.get(synName)!;
      list.push(words);
      if (!noPlural) list.push([...words.slice(0, -1), pluralOf(words[words.length - 1]!)]);
      continue;
    }
    if (t.startsWith('-')) {
      if (!block) { problems.push({ line: ln + 1, message: 'pattern outside a verb block' }); continue; }
      const p = parsePattern(t.slice(1), block.name, raw.trim());
      if (typeof p === 'string') { problems.push({ line: ln + 1, message: p }); continue; }
      block.patterns.push(p);
      continue;
    }
    if (!block) continue;
    // a verb line: WORD or X_+VERB_Y, optional {IRREGULAR FORMS}, optional [code]
    mode = 'block';
    let rest = t;
    let code: string | null = blockCode;
    let reverse: string | null = blockReverse;
    const cm = /\[([^\]]*)\]\s*$/.exec(rest);
    if (cm) { const [f, r] = cm[1]!.split(':'); code = normCode(f ?? ''); reverse = normCode(r ?? ''); rest = rest.slice(0, cm.index).trim(); }
    let irregular: string[] = [];
    const im = /\{([^}]*)\}/.exec(rest);
    if (im) { irregular = im[1]!.trim().split(/\s+/).filter(Boolean); rest = (rest.slice(0, im.index) + rest.slice(im.index + im[0].length)).trim(); }
    const stemRaw = rest.replace(/^\+/, '').split(/\s+/)[0];
    if (!stemRaw) continue;
    const parse = (w: string): { front: string[]; verb: string; back: string[] } => {
      const lw = w.toLowerCase();
      if (!lw.includes('_')) return { front: [], verb: lw, back: [] };
      const plus = lw.indexOf('+');
      if (plus >= 0) {
        const front = lw.slice(0, plus).split('_').filter(Boolean);
        const after = lw.slice(plus + 1).split('_').filter(Boolean);
        return { front, verb: after[0] ?? '', back: after.slice(1) };
      }
      const parts = lw.split('_').filter(Boolean);
      return { front: [], verb: parts[0] ?? '', back: parts.slice(1) };
    };
    const base = parse(stemRaw);
    if (!base.verb) continue;
    const entry: VerbEntry = { lemma: [...base.front, base.verb, ...base.back].join(' '), block: block.name, code, reverse, front: base.front, back: base.back };
    if (irregular.length) {
      addForm(base.verb, entry);
      for (const f of irregular) { const p = parse(f.replace(/^\+/, '')); if (p.verb) addForm(p.verb, entry); }
      // irregular lists often give only some forms: add the regular -s and -ing forms too
      for (const f of regularVerbForms(base.verb)) if (/(s|ing)$/.test(f)) addForm(f, entry);
    } else {
      for (const f of regularVerbForms(base.verb)) addForm(f, entry);
    }
  }
  let phrased = 0;
  for (const b of blocks.values()) {
    for (const p of b.patterns) {
      if (/[{(]/.test(p.text)) phrased++;
      const key = p.required[0] ?? '';
      const l = b.byWord.get(key);
      if (l) l.push(p); else b.byWord.set(key, [p]);
    }
  }
  const synsetFirst = new Map<string, Map<string, string[][]>>();
  const synsetLast = new Map<string, Map<string, string[][]>>();
  for (const [nm, phrases] of synsets) {
    const f = new Map<string, string[][]>();
    const l = new Map<string, string[][]>();
    for (const ph of phrases) {
      const a = ph[0]!, z = ph[ph.length - 1]!;
      (f.get(a) ?? f.set(a, []).get(a)!).push(ph);
      (l.get(z) ?? l.set(z, []).get(z)!).push(ph);
    }
    synsetFirst.set(nm, f);
    synsetLast.set(nm, l);
  }
  const synsetNested = new Map<string, string[]>();
  for (const [nm, phrases] of synsets) {
    const inner = [...new Set(phrases.filter((ph) => ph.length === 1 && ph[0]!.startsWith('&')).map((ph) => ph[0]!.toUpperCase()))];
    if (inner.length) synsetNested.set(nm, inner);
  }
  return { dict: { name, synsets, synsetFirst, synsetLast, synsetNested, forms, blocks, structured: phrased >= 10 }, problems };
}
