import { fmix } from './hash.js';
import type { IntMap } from './int-map.js';

/**
 * Per-token values computed once per sentence and shared by the tagger's and the parser's feature templates: hashes
 * of the lower-cased form (digits folded to 0), of the form as written, of its prefixes and suffixes, and of its shape
 * (Xx, dd, ...). Arrays are reused between sentences (no allocation once grown).
 */
export class SentenceLex {
  n = 0;
  lower = new Int32Array(64);
  cased = new Int32Array(64);
  shape = new Int32Array(64);
  /** suf[k * cap + i]: suffix of length k+1 (k = 0..3); pre likewise, lengths 1..3. */
  suf = new Int32Array(4 * 64);
  pre = new Int32Array(3 * 64);
  /** 1 when the form has a letter and all its letters are capitals, 2 when it starts with a capital, else 0. */
  caps = new Int32Array(64);
  /** Word cluster code + 1 of the lower-cased form (0: no cluster), see clusters.ts. */
  cluster = new Int32Array(64);
  /** The first pass's tags (two-pass tagging), filled by tagSentence. */
  tags1 = new Int32Array(64);
  cap = 64;

  /** `clusters`: the model's word → cluster table, if it has one. */
  /** True when the model has word clusters: the tagger and the parser then read their cluster templates. */
  readonly useClusters: boolean;
  constructor(public clusters?: IntMap) {
    this.useClusters = clusters !== undefined && clusters.keys.some((k) => k !== 0);
  }

  fill(forms: readonly string[]): void {
    const n = forms.length;
    if (n > this.cap) this.grow(n);
    this.n = n;
    const cap = this.cap;
    for (let i = 0; i < n; i++) {
      const form = forms[i]!;
      const low = form.toLowerCase();
      this.lower[i] = foldHash(low, 0, low.length);
      this.cased[i] = foldHash(form, 0, form.length);
      const L = low.length;
      for (let k = 0; k < 4; k++) this.suf[k * cap + i] = foldHash(low, Math.max(0, L - k - 1), L) ^ (k + 1);
      for (let k = 0; k < 3; k++) this.pre[k * cap + i] = foldHash(low, 0, Math.min(L, k + 1)) ^ (k + 11);
      this.shape[i] = shapeHash(form);
      this.caps[i] = capsOf(form);
      this.cluster[i] = this.clusters ? this.clusters.get(this.lower[i]!, 0) : 0;
    }
  }

  private grow(n: number): void {
    let cap = this.cap;
    while (cap < n) cap *= 2;
    this.cap = cap;
    this.lower = new Int32Array(cap);
    this.cased = new Int32Array(cap);
    this.shape = new Int32Array(cap);
    this.caps = new Int32Array(cap);
    this.cluster = new Int32Array(cap);
    this.tags1 = new Int32Array(cap);
    this.suf = new Int32Array(4 * cap);
    this.pre = new Int32Array(3 * cap);
  }
}

/** FNV-1a over s[start, end) with ASCII digits folded to '0', then mixed. */
export function foldHash(s: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) c = 48;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

/** Hash of the word shape: capitals X, small letters x, digits d, anything else itself; runs longer than 2 cut to 2. */
export function shapeHash(s: string): number {
  let h = 0x811c9dc5 | 0;
  let prev = -1, run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let m: number;
    if (c >= 65 && c <= 90) m = 88;
    else if (c >= 97 && c <= 122) m = 120;
    else if (c >= 48 && c <= 57) m = 100;
    else if (c > 127) {
      const ch = s[i]!;
      m = ch.toLowerCase() !== ch ? 88 : ch.toUpperCase() !== ch ? 120 : c;
    } else m = c;
    if (m === prev) { if (++run > 2) continue; } else { prev = m; run = 1; }
    h ^= m;
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

function capsOf(s: string): number {
  let letters = 0, upper = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) { letters++; upper++; } else if (c >= 97 && c <= 122) letters++;
      continue;
    }
    const ch = s[i]!;
    const lo = ch.toLowerCase(), up = ch.toUpperCase();
    if (lo !== up) { letters++; if (ch === up) upper++; }
  }
  if (letters === 0) return 0;
  if (upper === letters) return 1;
  const first = s[0]!;
  return first !== first.toLowerCase() ? 2 : 0;
}
