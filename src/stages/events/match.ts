import { CALENDAR_WORDS, NEGATION_WORDS } from '../../resources/english.js';
import type { PatAtom, VerbPattern } from '../../resources/petrarch/verb-patterns.js';

/**
 * Matching of one verb pattern against the tokens of a sentence around a verb, TABARI style:
 * atoms after `*` are matched forwards from the verb, atoms before it backwards. A space in the
 * pattern lets other words come between (within the region), `_` does not; atoms of one `{...}` or
 * `(...)` group may be at most GROUP_GAP words apart.
 */
export interface MatchView {
  /** Lower-case token norms of the sentence. */
  norms: readonly string[];
  /** Lemmas (lower case) of the sentence tokens. */
  lemmas: readonly string[];
  /** For each token, the index of the actor group starting there (or -1); `groupEnd` gives its end. */
  groupAt: readonly number[];
  groupEnd: readonly number[];
  /** 1 for a noun-phrase word (determiner, adjective, noun, number), 2 for a preposition, else 0. */
  npWord: readonly number[];
  /** The dictionary is PETRARCH-2 phrase-structured (see VerbDictionary.structured). */
  structured: boolean;
  /** Tokens a gap between two pattern words may not pass: prepositions, verbs, commas. */
  barrier: readonly boolean[];
  /** Synsets of the dictionary, indexed by first and by last word. */
  synsetFirst: ReadonlyMap<string, ReadonlyMap<string, string[][]>>;
  synsetLast: ReadonlyMap<string, ReadonlyMap<string, string[][]>>;
  /** Synset name -> the synsets it includes as one-word members. */
  synsetNested: ReadonlyMap<string, readonly string[]>;
}

export interface PatternMatch {
  pattern: VerbPattern;
  /** Actor group index bound to `+` / `$` / `%`, when the pattern has one. */
  target: number | null;
  source: number | null;
  compound: number | null;
  /** First and one-past-last token the match covers (verb included). */
  start: number;
  end: number;
  /** The pattern consumed a negation word ("not", "n't", "never"). */
  consumedNegation: boolean;
}

const GROUP_GAP = 3;
/** Does token i match a dictionary word? PETRARCH matches whole words only (synsets list their plurals). */
function wordAt(v: MatchView, i: number, w: string): boolean {
  return v.norms[i] === w;
}

/** Lengths of the synset phrases that match forwards at token i (or backwards ending at i when dir = -1). */
function synsetLengths(v: MatchView, name: string, i: number, dir: 1 | -1, depth = 0): number[] {
  if (depth > 3) return [];
  const out: number[] = [];
  // nested synsets ("+&TIETYPES") are listed under their own name, whatever the word
  const nested = (dir === 1 ? v.synsetFirst : v.synsetLast).get(name);
  if (!nested) return [];
  for (const inner of v.synsetNested.get(name) ?? []) out.push(...synsetLengths(v, inner, i, dir, depth + 1));
  const word = v.norms[i];
  const cands = word === undefined ? undefined : nested.get(word);
  if (cands) {
    for (const ph of cands) {
      let ok = true;
      for (let k = 0; k < ph.length && ok; k++) {
        const pos = dir === 1 ? i + k : i - (ph.length - 1 - k);
        if (v.norms[pos] !== ph[k]) ok = false;
      }
      if (ok) out.push(ph.length);
    }
  }
  return out.length > 1 ? [...new Set(out)].sort((a, b) => b - a) : out;
}

interface State { target: number | null; source: number | null; compound: number | null; neg: boolean; edge: number }

/**
 * Matches `atoms` forwards from `pos` (dir 1) or backwards from `pos` (dir -1, atoms nearest-first),
 * never crossing `limit` (exclusive end for forwards, inclusive start for backwards).
 */
function matchAtoms(v: MatchView, atoms: readonly PatAtom[], k: number, pos: number, dir: 1 | -1, limit: number,
  prevGroup: number, st: State): State | null {
  if (k === atoms.length) return st;
  const a = atoms[k]!;
  const inRange = (p: number): boolean => (dir === 1 ? p < limit : p >= limit);
  const maxGap = a.tight ? 0 : a.group > 0 && a.group === prevGroup ? GROUP_GAP : Infinity;
  if (a.kind === 'skip') {
    // `^` skips one noun phrase: an actor group, or a run of noun-phrase words (with a leading preposition)
    if (dir === -1) return matchAtoms(v, atoms, k + 1, pos, dir, limit, a.group, st);
    let p = pos;
    if (v.npWord[p] === 2) p++;
    const g = v.groupAt[p] ?? -1;
    if (g >= 0) p = v.groupEnd[g]!;
    else if (v.norms[p] === 'the' && (v.groupAt[p + 1] ?? -1) >= 0) p = v.groupEnd[v.groupAt[p + 1]!]!;
    else while (p < limit && v.npWord[p] === 1 && (v.groupAt[p] ?? -1) < 0) p++;
    if (p === pos || p > limit) return null;
    return matchAtoms(v, atoms, k + 1, p, dir, limit, a.group, st);
  }
  const actorAtom = a.kind === 'target' || a.kind === 'source' || a.kind === 'compound';
  for (let gap = 0; gap <= maxGap; gap++) {
    const p = pos + dir * gap;
    if (!inRange(p)) break;
    // words of a pattern stay within one phrase: a gap may not pass a preposition, a verb or a comma
    if (gap > 0 && !actorAtom && v.barrier[p - dir]) break;
    let nexts: Array<{ next: number; st: State }> = [];
    if (a.kind === 'word') {
      // the preposition heading a "(...)" group is a preposition, not the infinitive "to"
      const headsGroup = a.pp && a.group !== prevGroup;
      // a preposition that is all of its "(...)" group ("- * (ON) [020]": call on someone) does not head a time
      // phrase ("telephoned the minister on Tuesday")
      const lonePrep = headsGroup && atoms[k + 1]?.group !== a.group && dir === 1 && CALENDAR_WORDS.has(v.norms[p + 1] ?? '');
      if (wordAt(v, p, a.value) && (!headsGroup || v.npWord[p] === 2) && !lonePrep) nexts.push({ next: p + dir, st: { ...st, neg: st.neg || NEGATION_WORDS.has(a.value), edge: p } });
    } else if (a.kind === 'syn') {
      for (const len of synsetLengths(v, a.value, p, dir)) {
        let neg = st.neg;
        for (let q = 0; q < len; q++) if (NEGATION_WORDS.has(v.norms[p + dir * q] ?? '')) neg = true;
        nexts.push({ next: p + dir * len, st: { ...st, neg, edge: p + dir * (len - 1) } });
      }
    } else {
      // an actor group: forwards it must start at p (a leading "the" is allowed); backwards it must end at p
      let g = -1;
      if (dir === 1) {
        g = v.groupAt[p] ?? -1;
        if (g < 0 && v.norms[p] === 'the') g = v.groupAt[p + 1] ?? -1;
      } else {
        for (let q = p; q >= Math.max(limit, p - 8); q--) { const gq = v.groupAt[q] ?? -1; if (gq >= 0 && v.groupEnd[gq]! - 1 === p) { g = gq; break; } }
      }
      if (g >= 0) {
        const st2: State = { ...st, edge: p };
        if (a.kind === 'target') st2.target = g; else if (a.kind === 'source') st2.source = g; else st2.compound = g;
        let next: number;
        if (dir === 1) next = v.groupEnd[g]!;
        else { let s = p; while (s > limit && (v.groupAt[s - 1] ?? -1) === g) s--; next = s - 1; }
        nexts.push({ next, st: st2 });
      }
    }
    for (const n of nexts) {
      const r = matchAtoms(v, atoms, k + 1, n.next, dir, limit, a.group, n.st);
      if (r) return r;
    }
    nexts = [];
  }
  return null;
}

/**
 * Tries a pattern around a verb occupying tokens [verbStart, verbEnd). `preLimit` is the first token
 * the pattern may look at before the verb, `postLimit` one past the last after it.
 */
export function matchPattern(v: MatchView, p: VerbPattern, verbStart: number, verbEnd: number, preLimit: number, postLimit: number): PatternMatch | null {
  const init: State = { target: null, source: null, compound: null, neg: false, edge: -1 };
  const post = matchAtoms(v, p.post, 0, verbEnd, 1, postLimit, -1, init);
  if (!post) return null;
  const end = p.post.length ? post.edge + 1 : verbEnd;
  const pre = matchAtoms(v, p.pre, 0, verbStart - 1, -1, preLimit, -1, { ...post, edge: verbStart });
  if (!pre) return null;
  const start = p.pre.length ? pre.edge : verbStart;
  return { pattern: p, target: pre.target, source: pre.source, compound: pre.compound, start: Math.min(start, verbStart), end, consumedNegation: pre.neg };
}
