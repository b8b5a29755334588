import { f1, f2, f3, mix, T } from './hash.js';
import type { ParseState } from './transition.js';

/**
 * Feature templates of the transition and relation classifiers: the rich non-local features of Zhang & Nivre (2011)
 * adapted to arc-hybrid (the arc candidates are s0←b0 and s1→s0): words and tags of s0..s2 and b0..b2, leftmost and
 * rightmost children with their relations, distances, valencies and the relation sets of s0, s1 and b0.
 */

const NONE = 0x3c6ef372;

/** Token values of one sentence, index i+1 for token i (0 = root), index 0 for "no token". */
export class SentenceValues {
  cap = 0;
  W = new Int32Array(0);
  P = new Int32Array(0);
  WP = new Int32Array(0);
  /** The universal part of the tag (UPOS) for a coarser view. */
  U = new Int32Array(0);

  constructor(cap = 128) { this.alloc(cap); }
  private alloc(cap: number): void {
    this.cap = cap;
    this.W = new Int32Array(cap + 2); this.P = new Int32Array(cap + 2); this.WP = new Int32Array(cap + 2); this.U = new Int32Array(cap + 2);
  }

  /** words: lower-cased form hashes of words 1..n (array index 0..n-1); tags: class ids; upos: UPOS ids. */
  fill(n: number, words: Int32Array, tags: Int32Array, upos: Int32Array): void {
    if (n + 1 > this.cap) { let c = this.cap || 1; while (c < n + 1) c *= 2; this.alloc(c); }
    this.W[0] = NONE; this.P[0] = NONE; this.WP[0] = NONE; this.U[0] = NONE;
    this.W[1] = 0x1b873593; this.P[1] = 0x1b873593; this.U[1] = 0x1b873593; this.WP[1] = mix(0x1b873593, 7);
    for (let i = 0; i < n; i++) {
      const w = words[i]!, p = tags[i]! + 1;
      this.W[i + 2] = w; this.P[i + 2] = p; this.U[i + 2] = upos[i]! + 1; this.WP[i + 2] = mix(w, p);
    }
  }
}

function bucket(d: number): number {
  return d < 5 ? d : d < 7 ? 5 : d < 10 ? 6 : 7;
}

export const MAX_PARSER_FEATURES = 96;

/** Transition features of a state; returns their count. */
export function stateFeatures(st: ParseState, v: SentenceValues, out: Int32Array): number {
  const W = v.W, P = v.P, WP = v.WP, sp = st.sp, stack = st.stack, n = st.n, b = st.b;
  const lc1 = st.lc1, lc2 = st.lc2, rc1 = st.rc1, rc2 = st.rc2, lab = st.label;
  // token indices + 1 (0 = none)
  const s0 = sp > 0 ? stack[sp - 1]! + 1 : 0;
  const s1 = sp > 1 ? stack[sp - 2]! + 1 : 0;
  const s2 = sp > 2 ? stack[sp - 3]! + 1 : 0;
  const b0 = b <= n ? b + 1 : 0;
  const b1 = b + 1 <= n ? b + 2 : 0;
  const b2 = b + 2 <= n ? b + 3 : 0;
  const ch = (a: Int32Array, x: number): number => (x > 0 ? a[x - 1]! + 1 : 0);
  const L = (x: number): number => (x > 0 ? lab[x - 1]! + 1 : 0);
  const s0l = ch(lc1, s0), s0l2 = ch(lc2, s0), s0r = ch(rc1, s0), s0r2 = ch(rc2, s0);
  const s1l = ch(lc1, s1), s1r = ch(rc1, s1), s1r2 = ch(rc2, s1);
  const b0l = ch(lc1, b0), b0l2 = ch(lc2, b0);
  const s0w = W[s0]!, s0p = P[s0]!, s0wp = WP[s0]!;
  const s1w = W[s1]!, s1p = P[s1]!, s1wp = WP[s1]!;
  const b0w = W[b0]!, b0p = P[b0]!, b0wp = WP[b0]!;
  const b1w = W[b1]!, b1p = P[b1]!, b1wp = WP[b1]!;
  const b2p = P[b2]!, s2p = P[s2]!;
  const dsb = s0 > 1 && b0 ? bucket(b0 - s0) : 0;
  const dss = s0 > 0 && s1 > 0 ? bucket(s0 - s1) : 0;
  const s0vl = s0 ? st.nl[s0 - 1]! : -1, s0vr = s0 ? st.nr[s0 - 1]! : -1;
  const s1vr = s1 ? st.nr[s1 - 1]! : -1, s1vl = s1 ? st.nl[s1 - 1]! : -1, b0vl = b0 ? st.nl[b0 - 1]! : -1;
  const s0ls = s0 ? st.lset[s0 - 1]! : -1, s0rs = s0 ? st.rset[s0 - 1]! : -1;
  const s1rs = s1 ? st.rset[s1 - 1]! : -1, b0ls = b0 ? st.lset[b0 - 1]! : -1;
  let k = 0;
  // single words
  out[k++] = f1(T[1]!, s0w); out[k++] = f1(T[2]!, s0p); out[k++] = f1(T[3]!, s0wp);
  out[k++] = f1(T[4]!, s1w); out[k++] = f1(T[5]!, s1p); out[k++] = f1(T[6]!, s1wp);
  out[k++] = f1(T[7]!, b0w); out[k++] = f1(T[8]!, b0p); out[k++] = f1(T[9]!, b0wp);
  out[k++] = f1(T[10]!, b1w); out[k++] = f1(T[11]!, b1p); out[k++] = f1(T[12]!, b1wp);
  out[k++] = f1(T[13]!, W[b2]!); out[k++] = f1(T[14]!, b2p);
  out[k++] = f1(T[15]!, W[s2]!); out[k++] = f1(T[16]!, s2p);
  // pairs s0-b0
  out[k++] = f2(T[17]!, s0wp, b0wp); out[k++] = f2(T[18]!, s0wp, b0w); out[k++] = f2(T[19]!, s0w, b0wp);
  out[k++] = f2(T[20]!, s0wp, b0p); out[k++] = f2(T[21]!, s0p, b0wp); out[k++] = f2(T[22]!, s0w, b0w);
  out[k++] = f2(T[23]!, s0p, b0p); out[k++] = f2(T[24]!, b0p, b1p);
  // pairs s1-s0
  out[k++] = f2(T[25]!, s1wp, s0wp); out[k++] = f2(T[26]!, s1w, s0w); out[k++] = f2(T[27]!, s1p, s0p);
  out[k++] = f2(T[28]!, s1wp, s0p); out[k++] = f2(T[29]!, s1p, s0wp); out[k++] = f2(T[30]!, s1w, s0p); out[k++] = f2(T[31]!, s1p, s0w);
  out[k++] = f2(T[32]!, s1p, b0p); out[k++] = f2(T[33]!, s1w, b0w);
  // tag triples
  out[k++] = f3(T[34]!, b0p, b1p, b2p); out[k++] = f3(T[35]!, s0p, b0p, b1p); out[k++] = f3(T[36]!, s1p, s0p, b0p);
  out[k++] = f3(T[37]!, s2p, s1p, s0p); out[k++] = f3(T[38]!, s0p, P[s0l]!, b0p); out[k++] = f3(T[39]!, s0p, P[s0r]!, b0p);
  out[k++] = f3(T[40]!, s0p, b0p, P[b0l]!); out[k++] = f3(T[41]!, s1p, s0p, P[s0l]!); out[k++] = f3(T[42]!, s1p, s0p, P[s0r]!);
  out[k++] = f3(T[43]!, s1p, P[s1r]!, s0p); out[k++] = f3(T[44]!, s1p, P[s1l]!, s0p);
  out[k++] = f3(T[45]!, s0w, b0p, b1p); out[k++] = f3(T[46]!, s0p, b0w, b1p); out[k++] = f3(T[47]!, s0p, b0p, b1w);
  out[k++] = f3(T[48]!, s1w, s0p, b0p); out[k++] = f3(T[49]!, s1p, s0w, b0p); out[k++] = f3(T[50]!, s1p, s0p, b0w);
  // distance
  out[k++] = f2(T[51]!, s0w, dsb); out[k++] = f2(T[52]!, s0p, dsb); out[k++] = f2(T[53]!, b0w, dsb); out[k++] = f2(T[54]!, b0p, dsb);
  out[k++] = f3(T[55]!, s0w, b0w, dsb); out[k++] = f3(T[56]!, s0p, b0p, dsb);
  out[k++] = f3(T[57]!, s1p, s0p, dss); out[k++] = f2(T[58]!, s1w, dss); out[k++] = f2(T[59]!, s0w, dss); out[k++] = f3(T[60]!, s1w, s0w, dss);
  // valency
  out[k++] = f2(T[61]!, s0w, s0vr); out[k++] = f2(T[62]!, s0p, s0vr); out[k++] = f2(T[63]!, s0w, s0vl); out[k++] = f2(T[64]!, s0p, s0vl);
  out[k++] = f2(T[65]!, s1w, s1vr); out[k++] = f2(T[66]!, s1p, s1vr); out[k++] = f2(T[67]!, s1p, s1vl);
  out[k++] = f2(T[68]!, b0w, b0vl); out[k++] = f2(T[69]!, b0p, b0vl);
  // children
  out[k++] = f1(T[70]!, W[s0l]!); out[k++] = f1(T[71]!, P[s0l]!); out[k++] = f1(T[72]!, L(s0l));
  out[k++] = f1(T[73]!, W[s0r]!); out[k++] = f1(T[74]!, P[s0r]!); out[k++] = f1(T[75]!, L(s0r));
  out[k++] = f1(T[76]!, P[s0l2]!); out[k++] = f1(T[77]!, L(s0l2)); out[k++] = f1(T[78]!, P[s0r2]!); out[k++] = f1(T[79]!, L(s0r2));
  out[k++] = f1(T[80]!, W[s1r]!); out[k++] = f1(T[81]!, P[s1r]!); out[k++] = f1(T[82]!, L(s1r));
  out[k++] = f1(T[83]!, P[s1l]!); out[k++] = f1(T[84]!, L(s1l));
  out[k++] = f1(T[85]!, W[b0l]!); out[k++] = f1(T[86]!, P[b0l]!); out[k++] = f1(T[87]!, L(b0l)); out[k++] = f2(T[88]!, P[b0l2]!, L(b0l2));
  // third order
  out[k++] = f3(T[89]!, s0p, P[s0l]!, P[s0l2]!); out[k++] = f3(T[90]!, s0p, P[s0r]!, P[s0r2]!);
  out[k++] = f3(T[91]!, s1p, P[s1r]!, P[s1r2]!); out[k++] = f3(T[92]!, b0p, P[b0l]!, P[b0l2]!);
  // label sets
  out[k++] = f2(T[93]!, s0wp, s0ls); out[k++] = f2(T[94]!, s0wp, s0rs); out[k++] = f2(T[95]!, s1wp, s1rs); out[k++] = f2(T[96]!, b0wp, b0ls);
  return k;
}

export const MAX_LABEL_FEATURES = 40;

/** Relation features for the arc h → d made by a LEFT (dir 1) or RIGHT (dir 2) transition. */
export function arcFeatures(st: ParseState, v: SentenceValues, h: number, d: number, dir: number, out: Int32Array): number {
  const W = v.W, P = v.P, WP = v.WP, U = v.U, lab = st.label, n = st.n;
  const H = h + 1, D = d + 1;
  const hw = W[H]!, hp = P[H]!, hwp = WP[H]!, dw = W[D]!, dp = P[D]!, dwp = WP[D]!;
  const dl = st.lc1[d]! + 1, dr = st.rc1[d]! + 1, hl = st.lc1[h]! + 1, hr = st.rc1[h]! + 1;
  const Lb = (x: number): number => (x > 0 ? lab[x - 1]! + 1 : 0);
  const dist = bucket(h > d ? h - d : d - h);
  const dm1 = d > 1 ? d : 0, dp1 = d < n ? d + 2 : 0, hp1 = h > 0 && h < n ? h + 2 : 0, hm1 = h > 1 ? h : 0;
  const ctx = dir === 1 ? (st.sp > 1 ? st.stack[st.sp - 2]! + 1 : 0) : (st.b <= n ? st.b + 1 : 0);
  let k = 0;
  out[k++] = f1(T[101]!, dir); out[k++] = f2(T[102]!, dir, hw); out[k++] = f2(T[103]!, dir, hp); out[k++] = f2(T[104]!, dir, hwp);
  out[k++] = f2(T[105]!, dir, dw); out[k++] = f2(T[106]!, dir, dp); out[k++] = f2(T[107]!, dir, dwp);
  out[k++] = f3(T[108]!, dir, hp, dp); out[k++] = f3(T[109]!, hw, dp, dir); out[k++] = f3(T[110]!, hp, dw, dir); out[k++] = f3(T[111]!, hw, dw, dir);
  out[k++] = f3(T[112]!, hwp, dwp, dir); out[k++] = f3(T[113]!, hp, dp, dist * 4 + dir);
  out[k++] = f3(T[114]!, dp, W[dl]!, dir); out[k++] = f3(T[115]!, dp, P[dl]!, Lb(dl)); out[k++] = f3(T[116]!, dp, W[dr]!, dir); out[k++] = f3(T[117]!, dp, P[dr]!, Lb(dr));
  out[k++] = f3(T[118]!, dp, st.lset[d]!, dir); out[k++] = f3(T[119]!, dp, st.rset[d]!, dir);
  out[k++] = f3(T[120]!, hp, st.lset[h]!, dir); out[k++] = f3(T[121]!, hp, st.rset[h]!, dir);
  out[k++] = f3(T[122]!, hp, Lb(hl), dir); out[k++] = f3(T[123]!, hp, Lb(hr), dir); out[k++] = f3(T[124]!, hw, W[hl]!, dir);
  out[k++] = f3(T[125]!, dp, P[dm1]!, P[dp1]!); out[k++] = f3(T[126]!, hp, P[hm1]!, P[hp1]!);
  out[k++] = f3(T[127]!, hp, dp, P[ctx]!); out[k++] = f3(T[128]!, dw, W[dl]!, hp); out[k++] = f3(T[129]!, hw, W[dl]!, dp);
  out[k++] = f3(T[130]!, U[H]!, U[D]!, dir); out[k++] = f3(T[131]!, U[D]!, W[dl]!, U[H]!); out[k++] = f3(T[132]!, dwp, Lb(hl), dir);
  out[k++] = f3(T[133]!, hp, dp, st.lset[h]!); out[k++] = f3(T[134]!, dw, W[dr]!, hp);
  return k;
}
