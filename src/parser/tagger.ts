import { f1, f2, f3, T } from './hash.js';
import type { IntMap } from './int-map.js';
import type { SentenceLex } from './lex.js';
import type { Scorer } from './linear.js';

/**
 * Part-of-speech tagger: greedy left to right, an averaged perceptron over hashed features of the word, its affixes
 * and shape, its neighbours and the two previous tags (Collins 2002; the feature set of Honnibal's tagger). Classes are
 * UPOS|XPOS pairs of UD English EWT (the parser reads the finer Penn tag: VBN vs VBD, ...). Words seen often with one
 * tag only are tagged from a dictionary without scoring.
 */

export const TAGGER_FEATURES = 36;
const NONE = 0x5bd1e995;
const START = 0x27d4eb2d;

/** Fills `out` with the features of token i given the previous two tags; returns their count. */
export function taggerFeatures(lex: SentenceLex, i: number, t1: number, t2: number, out: Int32Array): number {
  const n = lex.n, cap = lex.cap, L = lex.lower, suf = lex.suf;
  const w = L[i]!;
  const wm1 = i > 0 ? L[i - 1]! : START, wm2 = i > 1 ? L[i - 2]! : START;
  const wp1 = i + 1 < n ? L[i + 1]! : NONE, wp2 = i + 2 < n ? L[i + 2]! : NONE;
  let k = 0;
  out[k++] = f1(T[0]!, 1);
  out[k++] = f1(T[1]!, w);
  out[k++] = f1(T[2]!, lex.cased[i]!);
  out[k++] = f1(T[3]!, suf[i]!);
  out[k++] = f1(T[4]!, suf[cap + i]!);
  out[k++] = f1(T[5]!, suf[2 * cap + i]!);
  out[k++] = f1(T[6]!, suf[3 * cap + i]!);
  out[k++] = f1(T[7]!, lex.pre[i]!);
  out[k++] = f1(T[8]!, lex.pre[cap + i]!);
  out[k++] = f1(T[9]!, lex.pre[2 * cap + i]!);
  out[k++] = f1(T[10]!, lex.shape[i]!);
  out[k++] = f1(T[11]!, t1);
  out[k++] = f2(T[12]!, t1, t2);
  out[k++] = f2(T[13]!, w, t1);
  out[k++] = f1(T[14]!, wm1);
  out[k++] = f1(T[15]!, i > 0 ? suf[2 * cap + i - 1]! : START);
  out[k++] = f1(T[16]!, wm2);
  out[k++] = f1(T[17]!, wp1);
  out[k++] = f1(T[18]!, i + 1 < n ? suf[2 * cap + i + 1]! : NONE);
  out[k++] = f1(T[19]!, wp2);
  out[k++] = f2(T[20]!, wm1, w);
  out[k++] = f2(T[21]!, w, wp1);
  out[k++] = f2(T[22]!, t1, wp1);
  out[k++] = f2(T[23]!, i === 0 ? 1 : 0, lex.caps[i]!);
  out[k++] = f1(T[24]!, i + 1 < n ? lex.shape[i + 1]! : NONE);
  out[k++] = f3(T[25]!, t1, w, wp1);
  out[k++] = f2(T[26]!, suf[cap + i]!, t1);
  // word clusters (clusters.ts) at 4096 / 512 / 64 clusters, of the word and its neighbours
  const C = lex.cluster;
  const c0 = C[i]! - 1, cm1 = i > 0 ? C[i - 1]! - 1 : -2, cp1 = i + 1 < n ? C[i + 1]! - 1 : -2, cp2 = i + 2 < n ? C[i + 2]! - 1 : -2;
  out[k++] = f1(T[27]!, c0);
  out[k++] = f1(T[28]!, c0 >> 3);
  out[k++] = f1(T[29]!, c0 >> 6);
  out[k++] = f1(T[30]!, cm1 >> 3);
  out[k++] = f1(T[31]!, cp1 >> 3);
  out[k++] = f1(T[32]!, cp2 >> 6);
  out[k++] = f2(T[33]!, t1, c0 >> 6);
  out[k++] = f2(T[34]!, c0 >> 3, cp1 >> 6);
  out[k++] = f2(T[35]!, wm1, wp1);
  return k;
}

export interface TaggerModel {
  /** Number of classes (UPOS|XPOS pairs). */
  classes: number;
  table: Scorer;
  /** Cased-form hash → class for words seen often with one tag. */
  dict: IntMap;
}

/** Tag ids written into `out` (length ≥ lex.n). `allowed` (optional) restricts token i to classes with allowed[i][class]. */
export function tagSentence(m: TaggerModel, lex: SentenceLex, out: Int32Array, allowed?: (i: number, cls: number) => boolean): void {
  const feats = new Int32Array(TAGGER_FEATURES);
  const scores = new Int32Array(m.classes);
  let t1 = START, t2 = START;
  for (let i = 0; i < lex.n; i++) {
    let best = m.dict.get(lex.cased[i]!, -1);
    if (best < 0 || (allowed && !allowed(i, best))) {
      const nf = taggerFeatures(lex, i, t1, t2, feats);
      m.table.score(feats, nf, scores);
      best = -1;
      let bs = -Infinity;
      for (let c = 0; c < m.classes; c++) {
        if (allowed && !allowed(i, c)) continue;
        if (scores[c]! > bs) { bs = scores[c]!; best = c; }
      }
      if (best < 0) best = 0;
    }
    out[i] = best;
    t2 = t1; t1 = best;
  }
}
