import { mix, T } from './hash.js';
import type { ParseState } from './transition.js';

// The multipliers of hash.ts's f1 / f2 / f3, written out inline below (a call per feature would exceed V8's inlining
// budget for these long functions): Math.imul(a ^ T[k], M) is f1(T[k], a), and so on; the hashes are the same.
const M = 0x85ebca6b, K1 = 0x9e3779b1, K2 = 0xc2b2ae35;

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
  /** Word cluster (clusters.ts) at 4096 (CF), 512 (CM) and 64 (CC) clusters; the unknown cluster is a value too. */
  CF = new Int32Array(0);
  CM = new Int32Array(0);
  CC = new Int32Array(0);
  /** Whether the cluster templates are read (models with word clusters). */
  useClusters = false;

  constructor(cap = 128) { this.alloc(cap); }
  private alloc(cap: number): void {
    this.cap = cap;
    this.W = new Int32Array(cap + 2); this.P = new Int32Array(cap + 2); this.WP = new Int32Array(cap + 2); this.U = new Int32Array(cap + 2);
    this.CF = new Int32Array(cap + 2); this.CM = new Int32Array(cap + 2); this.CC = new Int32Array(cap + 2);
  }

  /**
   * words: lower-cased form hashes of words 1..n (array index 0..n-1); tags: class ids; upos: UPOS ids; clusters:
   * cluster code + 1 (0 none).
   */
  fill(n: number, words: Int32Array, tags: Int32Array, upos: Int32Array, clusters: Int32Array, useClusters: boolean): void {
    this.useClusters = useClusters;
    if (n + 1 > this.cap) { let c = this.cap || 1; while (c < n + 1) c *= 2; this.alloc(c); }
    this.W[0] = NONE; this.P[0] = NONE; this.WP[0] = NONE; this.U[0] = NONE;
    this.W[1] = 0x1b873593; this.P[1] = 0x1b873593; this.U[1] = 0x1b873593; this.WP[1] = mix(0x1b873593, 7);
    this.CF[0] = this.CM[0] = this.CC[0] = NONE;
    this.CF[1] = this.CM[1] = this.CC[1] = 0x1b873593;
    for (let i = 0; i < n; i++) {
      const w = words[i]!, p = tags[i]! + 1;
      this.W[i + 2] = w; this.P[i + 2] = p; this.U[i + 2] = upos[i]! + 1; this.WP[i + 2] = mix(w, p);
      const c = clusters[i]! - 1; // −1: no cluster
      this.CF[i + 2] = c; this.CM[i + 2] = c >> 3; this.CC[i + 2] = c >> 6;
    }
  }
}

function bucket(d: number): number {
  return d < 5 ? d : d < 7 ? 5 : d < 10 ? 6 : 7;
}

export const MAX_PARSER_FEATURES = 110;

/**
 * The transition templates a model leaves out (an experiment: template ablation), as a mask over the feature
 * positions of stateFeatures (position k is template T[k + 1]); undefined for every model trained with the default
 * options.
 */
export function templateMask(drop: readonly number[] | undefined): Uint8Array | undefined {
  if (!drop || drop.length === 0) return undefined;
  const m = new Uint8Array(MAX_PARSER_FEATURES);
  for (const k of drop) { if (!Number.isInteger(k) || k < 0 || k >= MAX_PARSER_FEATURES) throw new Error(`template mask: no transition template ${k}`); m[k] = 1; }
  return m;
}

/** The number of transition templates without word clusters (positions 0..95 of stateFeatures). */
export const BASE_PARSER_FEATURES = 96;

/**
 * Per-template regions of the transition table (an experiment, round 6; undefined for every model trained with the
 * default options): template position k's features pick one of 2^bits[k] rows of a region of its own instead of one
 * of all the table's rows, so that a template with few values (a tag, a tag pair, a relation) keeps its rows side by
 * side in a few cache lines. Regions are laid out largest first (each aligned to its size) and must fit in the table
 * (2^rowBits rows). The result: for each position k, [2k] the shift that keeps a hash's top bits[k] bits, [2k+1] the
 * region's first row as a hash (row << (32 − rowBits)); [2 × 96] is 32 − rowBits.
 */
export function templateRegions(bits: readonly number[] | undefined, rowBits: number): Int32Array | undefined {
  if (!bits || bits.length === 0) return undefined;
  if (bits.length !== BASE_PARSER_FEATURES) throw new Error(`template regions: ${bits.length} sizes for ${BASE_PARSER_FEATURES} transition templates`);
  const r = new Int32Array(2 * BASE_PARSER_FEATURES + 1);
  const order = bits.map((b, k) => [b, k] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  let base = 0;
  for (const [b, k] of order) {
    if (!Number.isInteger(b) || b < 1 || b > rowBits) throw new Error(`template regions: ${b} bits for template ${k} (1..${rowBits})`);
    r[2 * k] = 32 - b;
    r[2 * k + 1] = (base << (32 - rowBits)) | 0;
    base += 2 ** b;
  }
  if (base > 2 ** rowBits) throw new Error(`template regions: ${base} rows for a table of ${2 ** rowBits}`);
  r[2 * BASE_PARSER_FEATURES] = 32 - rowBits;
  return r;
}

/**
 * Transition features of a state, each moved into its template's region (templateRegions) when the model has regions,
 * without the masked templates; returns their count.
 */
export function stateFeatures(st: ParseState, v: SentenceValues, out: Int32Array, drop?: Uint8Array, region?: Int32Array): number {
  const k = allStateFeatures(st, v, out);
  if (region !== undefined) {
    const lo = region[2 * BASE_PARSER_FEATURES]!;
    for (let i = 0; i < BASE_PARSER_FEATURES; i++) out[i] = region[2 * i + 1]! | ((out[i]! >>> region[2 * i]!) << lo);
  }
  if (drop === undefined) return k;
  let j = 0;
  for (let i = 0; i < k; i++) if (drop[i] !== 1) out[j++] = out[i]!;
  return j;
}

/** Transition features of a state; returns their count. */
function allStateFeatures(st: ParseState, v: SentenceValues, out: Int32Array): number {
  const W = v.W, P = v.P, WP = v.WP, sp = st.sp, stack = st.stack, n = st.n, b = st.b;
  const lc1 = st.lc1, lc2 = st.lc2, rc1 = st.rc1, rc2 = st.rc2, lab = st.label;
  // token indices + 1 (0 = none)
  const s0 = sp > 0 ? stack[sp - 1]! + 1 : 0;
  const s1 = sp > 1 ? stack[sp - 2]! + 1 : 0;
  const s2 = sp > 2 ? stack[sp - 3]! + 1 : 0;
  // the root at the end of the buffer (st.root = n + 1) reads as the root (index 1)
  const rt = st.root;
  const b0 = b <= n ? b + 1 : b === rt ? 1 : 0;
  const b1 = b + 1 <= n ? b + 2 : b + 1 === rt ? 1 : 0;
  const b2 = b + 2 <= n ? b + 3 : b + 2 === rt ? 1 : 0;
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
  out[k++] = Math.imul(s0w ^ T[1]!, M); out[k++] = Math.imul(s0p ^ T[2]!, M); out[k++] = Math.imul(s0wp ^ T[3]!, M);
  out[k++] = Math.imul(s1w ^ T[4]!, M); out[k++] = Math.imul(s1p ^ T[5]!, M); out[k++] = Math.imul(s1wp ^ T[6]!, M);
  out[k++] = Math.imul(b0w ^ T[7]!, M); out[k++] = Math.imul(b0p ^ T[8]!, M); out[k++] = Math.imul(b0wp ^ T[9]!, M);
  out[k++] = Math.imul(b1w ^ T[10]!, M); out[k++] = Math.imul(b1p ^ T[11]!, M); out[k++] = Math.imul(b1wp ^ T[12]!, M);
  out[k++] = Math.imul(W[b2]! ^ T[13]!, M); out[k++] = Math.imul(b2p ^ T[14]!, M);
  out[k++] = Math.imul(W[s2]! ^ T[15]!, M); out[k++] = Math.imul(s2p ^ T[16]!, M);
  // pairs s0-b0
  out[k++] = Math.imul(Math.imul(s0wp ^ T[17]!, K1) ^ b0wp, M); out[k++] = Math.imul(Math.imul(s0wp ^ T[18]!, K1) ^ b0w, M); out[k++] = Math.imul(Math.imul(s0w ^ T[19]!, K1) ^ b0wp, M);
  out[k++] = Math.imul(Math.imul(s0wp ^ T[20]!, K1) ^ b0p, M); out[k++] = Math.imul(Math.imul(s0p ^ T[21]!, K1) ^ b0wp, M); out[k++] = Math.imul(Math.imul(s0w ^ T[22]!, K1) ^ b0w, M);
  out[k++] = Math.imul(Math.imul(s0p ^ T[23]!, K1) ^ b0p, M); out[k++] = Math.imul(Math.imul(b0p ^ T[24]!, K1) ^ b1p, M);
  // pairs s1-s0
  out[k++] = Math.imul(Math.imul(s1wp ^ T[25]!, K1) ^ s0wp, M); out[k++] = Math.imul(Math.imul(s1w ^ T[26]!, K1) ^ s0w, M); out[k++] = Math.imul(Math.imul(s1p ^ T[27]!, K1) ^ s0p, M);
  out[k++] = Math.imul(Math.imul(s1wp ^ T[28]!, K1) ^ s0p, M); out[k++] = Math.imul(Math.imul(s1p ^ T[29]!, K1) ^ s0wp, M); out[k++] = Math.imul(Math.imul(s1w ^ T[30]!, K1) ^ s0p, M); out[k++] = Math.imul(Math.imul(s1p ^ T[31]!, K1) ^ s0w, M);
  out[k++] = Math.imul(Math.imul(s1p ^ T[32]!, K1) ^ b0p, M); out[k++] = Math.imul(Math.imul(s1w ^ T[33]!, K1) ^ b0w, M);
  // tag triples
  out[k++] = Math.imul(Math.imul(Math.imul(b0p ^ T[34]!, K1) ^ b1p, K2) ^ b2p, M); out[k++] = Math.imul(Math.imul(Math.imul(s0p ^ T[35]!, K1) ^ b0p, K2) ^ b1p, M); out[k++] = Math.imul(Math.imul(Math.imul(s1p ^ T[36]!, K1) ^ s0p, K2) ^ b0p, M);
  out[k++] = Math.imul(Math.imul(Math.imul(s2p ^ T[37]!, K1) ^ s1p, K2) ^ s0p, M); out[k++] = Math.imul(Math.imul(Math.imul(s0p ^ T[38]!, K1) ^ P[s0l]!, K2) ^ b0p, M); out[k++] = Math.imul(Math.imul(Math.imul(s0p ^ T[39]!, K1) ^ P[s0r]!, K2) ^ b0p, M);
  out[k++] = Math.imul(Math.imul(Math.imul(s0p ^ T[40]!, K1) ^ b0p, K2) ^ P[b0l]!, M); out[k++] = Math.imul(Math.imul(Math.imul(s1p ^ T[41]!, K1) ^ s0p, K2) ^ P[s0l]!, M); out[k++] = Math.imul(Math.imul(Math.imul(s1p ^ T[42]!, K1) ^ s0p, K2) ^ P[s0r]!, M);
  out[k++] = Math.imul(Math.imul(Math.imul(s1p ^ T[43]!, K1) ^ P[s1r]!, K2) ^ s0p, M); out[k++] = Math.imul(Math.imul(Math.imul(s1p ^ T[44]!, K1) ^ P[s1l]!, K2) ^ s0p, M);
  out[k++] = Math.imul(Math.imul(Math.imul(s0w ^ T[45]!, K1) ^ b0p, K2) ^ b1p, M); out[k++] = Math.imul(Math.imul(Math.imul(s0p ^ T[46]!, K1) ^ b0w, K2) ^ b1p, M); out[k++] = Math.imul(Math.imul(Math.imul(s0p ^ T[47]!, K1) ^ b0p, K2) ^ b1w, M);
  out[k++] = Math.imul(Math.imul(Math.imul(s1w ^ T[48]!, K1) ^ s0p, K2) ^ b0p, M); out[k++] = Math.imul(Math.imul(Math.imul(s1p ^ T[49]!, K1) ^ s0w, K2) ^ b0p, M); out[k++] = Math.imul(Math.imul(Math.imul(s1p ^ T[50]!, K1) ^ s0p, K2) ^ b0w, M);
  // distance
  out[k++] = Math.imul(Math.imul(s0w ^ T[51]!, K1) ^ dsb, M); out[k++] = Math.imul(Math.imul(s0p ^ T[52]!, K1) ^ dsb, M); out[k++] = Math.imul(Math.imul(b0w ^ T[53]!, K1) ^ dsb, M); out[k++] = Math.imul(Math.imul(b0p ^ T[54]!, K1) ^ dsb, M);
  out[k++] = Math.imul(Math.imul(Math.imul(s0w ^ T[55]!, K1) ^ b0w, K2) ^ dsb, M); out[k++] = Math.imul(Math.imul(Math.imul(s0p ^ T[56]!, K1) ^ b0p, K2) ^ dsb, M);
  out[k++] = Math.imul(Math.imul(Math.imul(s1p ^ T[57]!, K1) ^ s0p, K2) ^ dss, M); out[k++] = Math.imul(Math.imul(s1w ^ T[58]!, K1) ^ dss, M); out[k++] = Math.imul(Math.imul(s0w ^ T[59]!, K1) ^ dss, M); out[k++] = Math.imul(Math.imul(Math.imul(s1w ^ T[60]!, K1) ^ s0w, K2) ^ dss, M);
  // valency
  out[k++] = Math.imul(Math.imul(s0w ^ T[61]!, K1) ^ s0vr, M); out[k++] = Math.imul(Math.imul(s0p ^ T[62]!, K1) ^ s0vr, M); out[k++] = Math.imul(Math.imul(s0w ^ T[63]!, K1) ^ s0vl, M); out[k++] = Math.imul(Math.imul(s0p ^ T[64]!, K1) ^ s0vl, M);
  out[k++] = Math.imul(Math.imul(s1w ^ T[65]!, K1) ^ s1vr, M); out[k++] = Math.imul(Math.imul(s1p ^ T[66]!, K1) ^ s1vr, M); out[k++] = Math.imul(Math.imul(s1p ^ T[67]!, K1) ^ s1vl, M);
  out[k++] = Math.imul(Math.imul(b0w ^ T[68]!, K1) ^ b0vl, M); out[k++] = Math.imul(Math.imul(b0p ^ T[69]!, K1) ^ b0vl, M);
  // children
  out[k++] = Math.imul(W[s0l]! ^ T[70]!, M); out[k++] = Math.imul(P[s0l]! ^ T[71]!, M); out[k++] = Math.imul((L(s0l)) ^ T[72]!, M);
  out[k++] = Math.imul(W[s0r]! ^ T[73]!, M); out[k++] = Math.imul(P[s0r]! ^ T[74]!, M); out[k++] = Math.imul((L(s0r)) ^ T[75]!, M);
  out[k++] = Math.imul(P[s0l2]! ^ T[76]!, M); out[k++] = Math.imul((L(s0l2)) ^ T[77]!, M); out[k++] = Math.imul(P[s0r2]! ^ T[78]!, M); out[k++] = Math.imul((L(s0r2)) ^ T[79]!, M);
  out[k++] = Math.imul(W[s1r]! ^ T[80]!, M); out[k++] = Math.imul(P[s1r]! ^ T[81]!, M); out[k++] = Math.imul((L(s1r)) ^ T[82]!, M);
  out[k++] = Math.imul(P[s1l]! ^ T[83]!, M); out[k++] = Math.imul((L(s1l)) ^ T[84]!, M);
  out[k++] = Math.imul(W[b0l]! ^ T[85]!, M); out[k++] = Math.imul(P[b0l]! ^ T[86]!, M); out[k++] = Math.imul((L(b0l)) ^ T[87]!, M); out[k++] = Math.imul(Math.imul(P[b0l2]! ^ T[88]!, K1) ^ (L(b0l2)), M);
  // third order
  out[k++] = Math.imul(Math.imul(Math.imul(s0p ^ T[89]!, K1) ^ P[s0l]!, K2) ^ P[s0l2]!, M); out[k++] = Math.imul(Math.imul(Math.imul(s0p ^ T[90]!, K1) ^ P[s0r]!, K2) ^ P[s0r2]!, M);
  out[k++] = Math.imul(Math.imul(Math.imul(s1p ^ T[91]!, K1) ^ P[s1r]!, K2) ^ P[s1r2]!, M); out[k++] = Math.imul(Math.imul(Math.imul(b0p ^ T[92]!, K1) ^ P[b0l]!, K2) ^ P[b0l2]!, M);
  // label sets
  out[k++] = Math.imul(Math.imul(s0wp ^ T[93]!, K1) ^ s0ls, M); out[k++] = Math.imul(Math.imul(s0wp ^ T[94]!, K1) ^ s0rs, M); out[k++] = Math.imul(Math.imul(s1wp ^ T[95]!, K1) ^ s1rs, M); out[k++] = Math.imul(Math.imul(b0wp ^ T[96]!, K1) ^ b0ls, M);
  // word clusters (Koo et al. 2008): alone at the finest level, combined with tags and each other at coarser ones
  if (!v.useClusters) return k;
  const CF = v.CF, CM = v.CM, CC = v.CC;
  const s0cm = CM[s0]!, b0cm = CM[b0]!, s0cc = CC[s0]!, b0cc = CC[b0]!;
  out[k++] = Math.imul(CF[s0]! ^ T[140]!, M); out[k++] = Math.imul(CF[b0]! ^ T[141]!, M); out[k++] = Math.imul(CM[s1]! ^ T[142]!, M); out[k++] = Math.imul(CM[b1]! ^ T[143]!, M);
  out[k++] = Math.imul(Math.imul(s0cm ^ T[144]!, K1) ^ b0cm, M); out[k++] = Math.imul(Math.imul(s0cc ^ T[145]!, K1) ^ b0p, M); out[k++] = Math.imul(Math.imul(s0p ^ T[146]!, K1) ^ b0cc, M);
  out[k++] = Math.imul(Math.imul(CM[s1]! ^ T[147]!, K1) ^ s0cm, M); out[k++] = Math.imul(Math.imul(CC[s1]! ^ T[148]!, K1) ^ s0p, M); out[k++] = Math.imul(Math.imul(s1p ^ T[149]!, K1) ^ s0cc, M);
  out[k++] = Math.imul(Math.imul(Math.imul(s0cc ^ T[150]!, K1) ^ b0cc, K2) ^ dsb, M); out[k++] = Math.imul(Math.imul(Math.imul(s1p ^ T[151]!, K1) ^ s0p, K2) ^ b0cc, M);
  out[k++] = Math.imul(CM[s0l]! ^ T[152]!, M); out[k++] = Math.imul(CM[b0l]! ^ T[153]!, M);
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
  out[k++] = Math.imul(dir ^ T[101]!, M); out[k++] = Math.imul(Math.imul(dir ^ T[102]!, K1) ^ hw, M); out[k++] = Math.imul(Math.imul(dir ^ T[103]!, K1) ^ hp, M); out[k++] = Math.imul(Math.imul(dir ^ T[104]!, K1) ^ hwp, M);
  out[k++] = Math.imul(Math.imul(dir ^ T[105]!, K1) ^ dw, M); out[k++] = Math.imul(Math.imul(dir ^ T[106]!, K1) ^ dp, M); out[k++] = Math.imul(Math.imul(dir ^ T[107]!, K1) ^ dwp, M);
  out[k++] = Math.imul(Math.imul(Math.imul(dir ^ T[108]!, K1) ^ hp, K2) ^ dp, M); out[k++] = Math.imul(Math.imul(Math.imul(hw ^ T[109]!, K1) ^ dp, K2) ^ dir, M); out[k++] = Math.imul(Math.imul(Math.imul(hp ^ T[110]!, K1) ^ dw, K2) ^ dir, M); out[k++] = Math.imul(Math.imul(Math.imul(hw ^ T[111]!, K1) ^ dw, K2) ^ dir, M);
  out[k++] = Math.imul(Math.imul(Math.imul(hwp ^ T[112]!, K1) ^ dwp, K2) ^ dir, M); out[k++] = Math.imul(Math.imul(Math.imul(hp ^ T[113]!, K1) ^ dp, K2) ^ (dist * 4 + dir), M);
  out[k++] = Math.imul(Math.imul(Math.imul(dp ^ T[114]!, K1) ^ W[dl]!, K2) ^ dir, M); out[k++] = Math.imul(Math.imul(Math.imul(dp ^ T[115]!, K1) ^ P[dl]!, K2) ^ (Lb(dl)), M); out[k++] = Math.imul(Math.imul(Math.imul(dp ^ T[116]!, K1) ^ W[dr]!, K2) ^ dir, M); out[k++] = Math.imul(Math.imul(Math.imul(dp ^ T[117]!, K1) ^ P[dr]!, K2) ^ (Lb(dr)), M);
  out[k++] = Math.imul(Math.imul(Math.imul(dp ^ T[118]!, K1) ^ st.lset[d]!, K2) ^ dir, M); out[k++] = Math.imul(Math.imul(Math.imul(dp ^ T[119]!, K1) ^ st.rset[d]!, K2) ^ dir, M);
  out[k++] = Math.imul(Math.imul(Math.imul(hp ^ T[120]!, K1) ^ st.lset[h]!, K2) ^ dir, M); out[k++] = Math.imul(Math.imul(Math.imul(hp ^ T[121]!, K1) ^ st.rset[h]!, K2) ^ dir, M);
  out[k++] = Math.imul(Math.imul(Math.imul(hp ^ T[122]!, K1) ^ (Lb(hl)), K2) ^ dir, M); out[k++] = Math.imul(Math.imul(Math.imul(hp ^ T[123]!, K1) ^ (Lb(hr)), K2) ^ dir, M); out[k++] = Math.imul(Math.imul(Math.imul(hw ^ T[124]!, K1) ^ W[hl]!, K2) ^ dir, M);
  out[k++] = Math.imul(Math.imul(Math.imul(dp ^ T[125]!, K1) ^ P[dm1]!, K2) ^ P[dp1]!, M); out[k++] = Math.imul(Math.imul(Math.imul(hp ^ T[126]!, K1) ^ P[hm1]!, K2) ^ P[hp1]!, M);
  out[k++] = Math.imul(Math.imul(Math.imul(hp ^ T[127]!, K1) ^ dp, K2) ^ P[ctx]!, M); out[k++] = Math.imul(Math.imul(Math.imul(dw ^ T[128]!, K1) ^ W[dl]!, K2) ^ hp, M); out[k++] = Math.imul(Math.imul(Math.imul(hw ^ T[129]!, K1) ^ W[dl]!, K2) ^ dp, M);
  out[k++] = Math.imul(Math.imul(Math.imul(U[H]! ^ T[130]!, K1) ^ U[D]!, K2) ^ dir, M); out[k++] = Math.imul(Math.imul(Math.imul(U[D]! ^ T[131]!, K1) ^ W[dl]!, K2) ^ U[H]!, M); out[k++] = Math.imul(Math.imul(Math.imul(dwp ^ T[132]!, K1) ^ (Lb(hl)), K2) ^ dir, M);
  out[k++] = Math.imul(Math.imul(Math.imul(hp ^ T[133]!, K1) ^ dp, K2) ^ st.lset[h]!, M); out[k++] = Math.imul(Math.imul(Math.imul(dw ^ T[134]!, K1) ^ W[dr]!, K2) ^ hp, M);
  if (!v.useClusters) return k;
  const CF = v.CF, CM = v.CM, CC = v.CC;
  out[k++] = Math.imul(Math.imul(Math.imul(CM[H]! ^ T[160]!, K1) ^ dp, K2) ^ dir, M); out[k++] = Math.imul(Math.imul(Math.imul(hp ^ T[161]!, K1) ^ CM[D]!, K2) ^ dir, M); out[k++] = Math.imul(Math.imul(Math.imul(CC[H]! ^ T[162]!, K1) ^ CC[D]!, K2) ^ dir, M);
  out[k++] = Math.imul(Math.imul(dir ^ T[163]!, K1) ^ CF[D]!, M); out[k++] = Math.imul(Math.imul(dir ^ T[164]!, K1) ^ CF[H]!, M);
  return k;
}
