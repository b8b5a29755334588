import { T } from './hash.js';
import type { IntMap } from './int-map.js';
import type { SentenceLex } from './lex.js';
import type { Scorer } from './linear.js';

// The multipliers of hash.ts's f1 / f2 / f3, written out inline below (a call per feature would exceed V8's inlining
// budget for these long functions): Math.imul(a ^ T[k], M) is f1(T[k], a), and so on; the hashes are the same.
const M = 0x85ebca6b, K1 = 0x9e3779b1, K2 = 0xc2b2ae35;

/**
 * Part-of-speech tagger: greedy left to right, an averaged perceptron over hashed features of the word, its affixes
 * and shape, its neighbours and the two previous tags (Collins 2002; the feature set of Honnibal's tagger). Classes are
 * UPOS|XPOS pairs of UD English EWT (the parser reads the finer Penn tag: VBN vs VBD, ...). Words seen often with one
 * tag only are tagged from a dictionary without scoring.
 */

export const TAGGER_FEATURES = 44;
const NONE = 0x5bd1e995;
const START = 0x27d4eb2d;

/** Fills `out` with the features of token i given the previous two tags; returns their count. */
export function taggerFeatures(lex: SentenceLex, i: number, t1: number, t2: number, out: Int32Array): number {
  const n = lex.n, cap = lex.cap, L = lex.lower, suf = lex.suf;
  const w = L[i]!;
  const wm1 = i > 0 ? L[i - 1]! : START, wm2 = i > 1 ? L[i - 2]! : START;
  const wp1 = i + 1 < n ? L[i + 1]! : NONE, wp2 = i + 2 < n ? L[i + 2]! : NONE;
  let k = 0;
  out[k++] = Math.imul(1 ^ T[0]!, M);
  out[k++] = Math.imul(w ^ T[1]!, M);
  out[k++] = Math.imul(lex.cased[i]! ^ T[2]!, M);
  out[k++] = Math.imul(suf[i]! ^ T[3]!, M);
  out[k++] = Math.imul((suf[cap + i]!) ^ T[4]!, M);
  out[k++] = Math.imul((suf[2 * cap + i]!) ^ T[5]!, M);
  out[k++] = Math.imul((suf[3 * cap + i]!) ^ T[6]!, M);
  out[k++] = Math.imul(lex.pre[i]! ^ T[7]!, M);
  out[k++] = Math.imul((lex.pre[cap + i]!) ^ T[8]!, M);
  out[k++] = Math.imul((lex.pre[2 * cap + i]!) ^ T[9]!, M);
  out[k++] = Math.imul(lex.shape[i]! ^ T[10]!, M);
  out[k++] = Math.imul(t1 ^ T[11]!, M);
  out[k++] = Math.imul(Math.imul(t1 ^ T[12]!, K1) ^ t2, M);
  out[k++] = Math.imul(Math.imul(w ^ T[13]!, K1) ^ t1, M);
  out[k++] = Math.imul(wm1 ^ T[14]!, M);
  out[k++] = Math.imul((i > 0 ? suf[2 * cap + i - 1]! : START) ^ T[15]!, M);
  out[k++] = Math.imul(wm2 ^ T[16]!, M);
  out[k++] = Math.imul(wp1 ^ T[17]!, M);
  out[k++] = Math.imul((i + 1 < n ? suf[2 * cap + i + 1]! : NONE) ^ T[18]!, M);
  out[k++] = Math.imul(wp2 ^ T[19]!, M);
  out[k++] = Math.imul(Math.imul(wm1 ^ T[20]!, K1) ^ w, M);
  out[k++] = Math.imul(Math.imul(w ^ T[21]!, K1) ^ wp1, M);
  out[k++] = Math.imul(Math.imul(t1 ^ T[22]!, K1) ^ wp1, M);
  out[k++] = Math.imul(Math.imul((i === 0 ? 1 : 0) ^ T[23]!, K1) ^ lex.caps[i]!, M);
  out[k++] = Math.imul((i + 1 < n ? lex.shape[i + 1]! : NONE) ^ T[24]!, M);
  out[k++] = Math.imul(Math.imul(Math.imul(t1 ^ T[25]!, K1) ^ w, K2) ^ wp1, M);
  out[k++] = Math.imul(Math.imul((suf[cap + i]!) ^ T[26]!, K1) ^ t1, M);
  if (!lex.useClusters) return k;
  // word clusters (clusters.ts) at 4096 / 512 / 64 clusters, of the word and its neighbours (models with clusters only)
  const C = lex.cluster;
  const c0 = C[i]! - 1, cm1 = i > 0 ? C[i - 1]! - 1 : -2, cp1 = i + 1 < n ? C[i + 1]! - 1 : -2, cp2 = i + 2 < n ? C[i + 2]! - 1 : -2;
  out[k++] = Math.imul(c0 ^ T[27]!, M);
  out[k++] = Math.imul((c0 >> 3) ^ T[28]!, M);
  out[k++] = Math.imul((c0 >> 6) ^ T[29]!, M);
  out[k++] = Math.imul((cm1 >> 3) ^ T[30]!, M);
  out[k++] = Math.imul((cp1 >> 3) ^ T[31]!, M);
  out[k++] = Math.imul((cp2 >> 6) ^ T[32]!, M);
  out[k++] = Math.imul(Math.imul(t1 ^ T[33]!, K1) ^ (c0 >> 6), M);
  out[k++] = Math.imul(Math.imul((c0 >> 3) ^ T[34]!, K1) ^ (cp1 >> 6), M);
  out[k++] = Math.imul(Math.imul(wm1 ^ T[35]!, K1) ^ wp1, M);
  return k;
}

/**
 * The features of the second pass (two-pass tagging): those of the first, plus the first pass's tags of the word and
 * of the two words after it, the right context the left-to-right first pass could not see.
 */
export function taggerFeatures2(lex: SentenceLex, i: number, t1: number, t2: number, p: Int32Array, out: Int32Array): number {
  let k = taggerFeatures(lex, i, t1, t2, out);
  const n = lex.n, w = lex.lower[i]!;
  const p0 = p[i]!, pa = i + 1 < n ? p[i + 1]! : NONE, pb = i + 2 < n ? p[i + 2]! : NONE;
  out[k++] = Math.imul(p0 ^ T[50]!, M);
  out[k++] = Math.imul(pa ^ T[51]!, M);
  out[k++] = Math.imul(pb ^ T[52]!, M);
  out[k++] = Math.imul(Math.imul(pa ^ T[53]!, K1) ^ pb, M);
  out[k++] = Math.imul(Math.imul(w ^ T[54]!, K1) ^ pa, M);
  out[k++] = Math.imul(Math.imul(t1 ^ T[55]!, K1) ^ pa, M);
  out[k++] = Math.imul(Math.imul(p0 ^ T[56]!, K1) ^ w, M);
  out[k++] = Math.imul(Math.imul(Math.imul(t1 ^ T[57]!, K1) ^ p0, K2) ^ pa, M);
  return k;
}

export interface TaggerModel {
  /** Number of classes (UPOS|XPOS pairs). */
  classes: number;
  table: Scorer;
  /** Cased-form hash → class for words seen often with one tag. */
  dict: IntMap;
  /** Tag candidates of known words (see ParserModel.tagCand), when parsing. */
  cand?: TagCandidates;
  /** The second pass's weights (two-pass tagging, taggerFeatures2), if the model has one. */
  second?: Scorer;
}

export interface TagCandidates {
  map: IntMap;
  start: Int32Array;
  list: Uint8Array;
  /** Words seen fewer times in training, and unknown words, are scored over the open classes (list `open`; −1: all). */
  minCount: number;
  open: number;
}

/** Tag ids written into `out` (length ≥ lex.n). `allowed` (optional) restricts token i to classes with allowed[i][class]. */
export function tagSentence(m: TaggerModel, lex: SentenceLex, out: Int32Array, allowed?: (i: number, cls: number) => boolean, feats: Int32Array = new Int32Array(TAGGER_FEATURES), scores: Int32Array = new Int32Array(m.classes)): void {
  if (!m.second) { tagPass(m, m.table, lex, out, allowed, feats, scores); return; }
  tagPass(m, m.table, lex, lex.tags1, allowed, feats, scores);
  tagPass(m, m.second, lex, out, allowed, feats, scores, lex.tags1);
}

/** One left-to-right pass with `table`; with `p1` (the first pass's tags) the second pass's features. */
function tagPass(m: TaggerModel, table: Scorer, lex: SentenceLex, out: Int32Array, allowed: ((i: number, cls: number) => boolean) | undefined, feats: Int32Array, scores: Int32Array, p1?: Int32Array): void {
  const cand = m.cand;
  let t1 = START, t2 = START;
  for (let i = 0; i < lex.n; i++) {
    let best = m.dict.get(lex.cased[i]!, -1);
    if (best < 0 || (allowed && !allowed(i, best))) {
      best = -1;
      let bs = -Infinity, nf = -1;
      const e = cand ? cand.map.get(lex.lower[i]!, -1) : -1;
      const q = e >= 0 && e >>> 16 >= cand!.minCount ? e & 0xffff : cand ? cand.open : -1;
      if (q >= 0) {
        // a known word: only the classes it had in training (one: no scoring); another: the open classes
        const list = cand!.list, from = cand!.start[q]!, to = cand!.start[q + 1]!;
        if (to - from === 1 && !(allowed && !allowed(i, list[from]!))) { out[i] = best = list[from]!; t2 = t1; t1 = best; continue; }
        nf = p1 ? taggerFeatures2(lex, i, t1, t2, p1, feats) : taggerFeatures(lex, i, t1, t2, feats);
        table.scoreCand(feats, nf, list, from, to, scores);
        for (let j = from; j < to; j++) {
          const c = list[j]!;
          if (allowed && !allowed(i, c)) continue;
          if (scores[c]! > bs) { bs = scores[c]!; best = c; }
        }
      }
      if (best < 0) {
        if (nf < 0) nf = p1 ? taggerFeatures2(lex, i, t1, t2, p1, feats) : taggerFeatures(lex, i, t1, t2, feats);
        table.score(feats, nf, scores);
        for (let c = 0; c < m.classes; c++) {
          if (allowed && !allowed(i, c)) continue;
          if (scores[c]! > bs) { bs = scores[c]!; best = c; }
        }
      }
      if (best < 0) best = 0;
    }
    out[i] = best;
    t2 = t1; t1 = best;
  }
}
