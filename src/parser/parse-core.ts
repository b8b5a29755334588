import type { IntMap } from './int-map.js';
import { SentenceLex } from './lex.js';
import { Delta16Table, Dense8Table, PackedTable, Sparse8Table, type Scorer } from './linear.js';
import { arcFeatures, MAX_LABEL_FEATURES, MAX_PARSER_FEATURES, SentenceValues, stateFeatures } from './parser-features.js';
import { type TagCandidates, TAGGER_FEATURES, tagSentence, type TaggerModel } from './tagger.js';
import { LEFT, ParseState, RIGHT, SHIFT } from './transition.js';

/** The universal POS tags, in the order of their ids. */
export const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'] as const;
export type Upos = (typeof UPOS)[number];
export const UPOS_ID: ReadonlyMap<string, number> = new Map(UPOS.map((u, i) => [u, i]));

/** Everything a parse needs, whether trained just now or read from the model file. */
export interface ParserModel {
  /** Word clusters: folded lower-case form hash → cluster code + 1 (clusters.ts); empty when the model has none. */
  clusters: IntMap;
  tagger: TaggerModel;
  /**
   * Tag candidates of known words (ambiguity classes): lower-cased form hash → list id + 65536 × training count (capped
   * at 32767); the classes of list q are tagCandList[tagCandStart[q] .. tagCandStart[q+1]). Unknown words, and words
   * seen fewer than `tagCandMinCount` times, are scored over all classes.
   */
  tagCand: IntMap;
  tagCandStart: Int32Array;
  tagCandList: Uint8Array;
  /** The list of the open classes (of words rare in training), the candidates of unknown and rare words. */
  tagCandOpen: number;
  /** Tag classes as "UPOS|XPOS". */
  tagNames: string[];
  /** UPOS id of each tag class. */
  tagUpos: Int32Array;
  trans: Scorer;
  labels: Scorer;
  /** Full UD relations (with subtypes), by id. */
  labelNames: string[];
  /** Bit of each relation's universal part in the label-set features. */
  labelBit: Int32Array;
  /** 1 where the relation was seen on a leftward (dependent before head) / rightward arc in training. */
  leftOk: Uint8Array;
  rightOk: Uint8Array;
  rootLabel: number;
  /**
   * Relations seen in training per (direction, head UPOS, dependent UPOS), as lists: the candidates of pair
   * q = (dir * 17 + hu) * 17 + du (dir 0 leftward, 1 rightward) are pairCand[pairStart[q] .. pairStart[q+1]); a pair
   * never seen falls back to the relations of the direction (leftOk / rightOk).
   */
  pairStart: Int32Array;
  pairCand: Uint8Array;
  /**
   * The relation of an arc fixed by its tags: labelFixed[(dir * C + head tag) * C + dependent tag] (C tag classes) is
   * the relation when training arcs with those (predicted) tags had it in ≥ 99% of at least 20 cases, else −1; such
   * arcs are labelled without scoring.
   */
  labelFixed: Int16Array;
  /**
   * Relations seen in training per (direction, head tag class, dependent tag class), indexed as labelFixed: the
   * candidates of an arc when its tag pair was seen (tagPairCand[tagPairStart[q] .. tagPairStart[q+1])), else those of
   * its UPOS pair.
   */
  tagPairStart: Int32Array;
  tagPairCand: Uint8Array;
  /** Words (lower-case form hashes) seen often enough in training to be features of the parser; others by shape. */
  vocab: IntMap;
  /** Lemmas: hash of lower-cased form + "|" + tag class → lemma-rule id; rules "strip:add". */
  lemmaDict: IntMap;
  lemmaRules: string[];
  /** Lemma rule by suffix: hash of (tag class, last k letters) → rule id, tried for k = 5..1. */
  lemmaSuffix: IntMap;
  /** The transition system puts the root at the end of the buffer (transition.ts); false for older models. */
  rootAtEnd?: boolean;
  /** Transition templates left out (templateMask, parser-features.ts; an ablation experiment), undefined: none. */
  transDrop?: Uint8Array;
  /** Per-template regions of the transition table (templateRegions, parser-features.ts; an experiment), undefined: none. */
  transRegion?: Int32Array;
}

/**
 * Reusable work space for one thread: parsing allocates nothing per transition (per sentence only its result arrays).
 */
export class Workspace {
  readonly lex: SentenceLex;
  readonly values = new SentenceValues();
  readonly state = new ParseState();
  readonly feats = new Int32Array(Math.max(MAX_PARSER_FEATURES, MAX_LABEL_FEATURES));
  tags = new Int32Array(64);
  words = new Int32Array(64);
  upos = new Int32Array(64);
  readonly tscores = new Int32Array(3);
  readonly tagFeats = new Int32Array(TAGGER_FEATURES);
  readonly tagScores: Int32Array;
  lscores: Int32Array;
  constructor(readonly model: ParserModel) {
    this.lex = new SentenceLex(model.clusters);
    this.lscores = new Int32Array(model.labelNames.length);
    this.tagScores = new Int32Array(model.tagger.classes);
    this.state.rootEnd = model.rootAtEnd === true;
  }

  ensure(n: number): void {
    if (n > this.tags.length) { let c = this.tags.length; while (c < n) c *= 2; this.tags = new Int32Array(c); this.upos = new Int32Array(c); this.words = new Int32Array(c); }
  }
}

/** Tags the words (in ws.lex, already filled) into ws.tags; a tag may be constrained to a given UPOS per word. */
export function tagInto(ws: Workspace, constrain?: ArrayLike<number>): void {
  const m = ws.model;
  ws.ensure(ws.lex.n);
  const allowed = constrain ? (i: number, c: number): boolean => constrain[i]! < 0 || m.tagUpos[c] === constrain[i] : undefined;
  tagSentence(m.tagger, ws.lex, ws.tags, allowed, ws.tagFeats, ws.tagScores);
  for (let i = 0; i < ws.lex.n; i++) ws.upos[i] = m.tagUpos[ws.tags[i]!]!;
}

const UNKNOWN = 0x6a09e667;

/** Words seen fewer times in training are tagged over the open classes, the others over the classes they had (dev: 1 gave LAS +0.24 over 2). */
export const TAG_CAND_MIN_COUNT = 1;

/**
 * The model as parsing wants it (a new object; `m` is left as it is, e.g. to be saved): the tagger's and the relation
 * classifier's sparse Int8 tables expanded to dense rows, which score candidate classes only, and the tag candidates
 * attached to the tagger. Same scores as the sparse tables; a model already prepared is returned as it is.
 */
export function prepareForParsing(m: ParserModel): ParserModel {
  if (!(m.tagger.table instanceof Sparse8Table) && !(m.labels instanceof Sparse8Table) && !(m.trans instanceof PackedTable)) return m;
  const cand = candidatesOf(m);
  return {
    ...m,
    tagger: {
      ...m.tagger, table: m.tagger.table instanceof Sparse8Table ? Dense8Table.fromSparse(m.tagger.table) : m.tagger.table, cand,
      ...(m.tagger.second ? { second: m.tagger.second instanceof Sparse8Table ? Dense8Table.fromSparse(m.tagger.second) : m.tagger.second } : {}),
    },
    // one cache line per relation row (51 classes in 64 bytes): the arc's candidate classes of a row in one line (round 6)
    labels: m.labels instanceof Sparse8Table ? Dense8Table.fromSparse(m.labels, true) : m.labels,
    trans: m.trans instanceof PackedTable && m.trans.classes === 3 ? Delta16Table.fromPacked(m.trans) : m.trans,
  };
}

/** The tag candidates of a model as the tagger reads them. */
export function candidatesOf(m: Pick<ParserModel, 'tagCand' | 'tagCandStart' | 'tagCandList' | 'tagCandOpen'>): TagCandidates {
  return { map: m.tagCand, start: m.tagCandStart, list: m.tagCandList, minCount: TAG_CAND_MIN_COUNT, open: m.tagCandOpen };
}

/** The best-scoring relation allowed for an arc of this direction between these UPOS (never root). */
export function bestLabel(m: ParserModel, t: number, hu: number, du: number, ls: Int32Array | Float64Array): number {
  const q = ((t === LEFT ? 0 : 1) * 17 + hu) * 17 + du;
  const cand = m.pairCand;
  let lab = -1, best = -Infinity;
  for (let j = m.pairStart[q]!, e = m.pairStart[q + 1]!; j < e; j++) { const c = cand[j]!; if (ls[c]! > best) { best = ls[c]!; lab = c; } }
  if (lab >= 0) return lab;
  const ok = t === LEFT ? m.leftOk : m.rightOk;
  const L = m.labelNames.length;
  for (let c = 0; c < L; c++) if (ok[c] && c !== m.rootLabel && ls[c]! > best) { best = ls[c]!; lab = c; }
  return lab < 0 ? (m.rootLabel === 0 ? 1 : 0) : lab;
}

/** The word values the parser's features read: the lower-cased form if in the vocabulary, else its shape. */
export function parserWords(vocab: IntMap, lex: SentenceLex, out: Int32Array): void {
  for (let i = 0; i < lex.n; i++) { const w = lex.lower[i]!; out[i] = vocab.get(w, 0) ? w : lex.shape[i]! ^ UNKNOWN; }
}

/**
 * Greedy arc-hybrid parse of the words in ws.lex with the tags in ws.tags. heads[i] / labels[i] for word i+1
 * (heads 0 = root, 1-based).
 */
export function parseInto(ws: Workspace, heads: Int32Array, labels: Int32Array): void {
  const m = ws.model, n = ws.lex.n, st = ws.state, v = ws.values, feats = ws.feats, ts = ws.tscores, ls = ws.lscores;
  ws.ensure(n);
  parserWords(m.vocab, ws.lex, ws.words);
  v.fill(n, ws.words, ws.tags, ws.upos, ws.lex.cluster, ws.lex.useClusters);
  st.init(n);
  const C = m.tagNames.length;
  while (!st.terminal()) {
    const cs = st.canShift(), cl = st.canLeft(), cr = st.canRight();
    let t: number;
    if (cs && !cl && !cr) t = SHIFT;
    else if (cr && !cs && !cl) t = RIGHT;
    else if (cl && !cs && !cr) t = LEFT;
    else {
      const nf = stateFeatures(st, v, feats, m.transDrop, m.transRegion);
      m.trans.score(feats, nf, ts);
      t = -1;
      let best = -Infinity;
      if (cs && ts[SHIFT]! > best) { best = ts[SHIFT]!; t = SHIFT; }
      if (cl && ts[LEFT]! > best) { best = ts[LEFT]!; t = LEFT; }
      if (cr && ts[RIGHT]! > best) { best = ts[RIGHT]!; t = RIGHT; }
    }
    let lab = -1, tq = 0;
    if (t !== SHIFT) {
      const d = st.stack[st.sp - 1]!;
      const h = t === LEFT ? st.b : st.stack[st.sp - 2]!;
      if (h === st.root) lab = m.rootLabel;
      else if ((lab = m.labelFixed[tq = ((t === LEFT ? 0 : C) + ws.tags[h - 1]!) * C + ws.tags[d - 1]!]!) < 0) {
        let from = m.tagPairStart[tq]!, to = m.tagPairStart[tq + 1]!, cand = m.tagPairCand;
        if (from === to) {
          const q = ((t === LEFT ? 0 : 1) * 17 + ws.upos[h - 1]!) * 17 + ws.upos[d - 1]!;
          from = m.pairStart[q]!; to = m.pairStart[q + 1]!; cand = m.pairCand;
        }
        if (to - from === 1) lab = cand[from]!; // one relation seen for these tags
        else if (from < to) {
          const nf = arcFeatures(st, v, h, d, t, feats);
          // only the relations seen in training between these UPOS in this direction (as bestLabel chooses)
          m.labels.scoreCand(feats, nf, cand, from, to, ls);
          let best = -Infinity;
          for (let j = from; j < to; j++) { const c = cand[j]!; if (ls[c]! > best) { best = ls[c]!; lab = c; } }
        } else {
          const nf = arcFeatures(st, v, h, d, t, feats);
          m.labels.score(feats, nf, ls);
          lab = bestLabel(m, t, ws.upos[h - 1]!, ws.upos[d - 1]!, ls);
        }
      }
    }
    st.apply(t, lab, lab >= 0 ? m.labelBit[lab]! : 0);
  }
  for (let i = 1; i <= n; i++) { heads[i - 1] = st.head[i]!; labels[i - 1] = st.label[i]!; }
}
