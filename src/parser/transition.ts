/**
 * The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011) with the root at the bottom of the stack
 * and the single-root constraint: a word is attached to the root only by the last transition. Every terminal state is
 * a tree: one root, every word one head, no cycles, heads in range (projective).
 *
 *   SHIFT  σ | b0 β      → σ b0 | β
 *   LEFT   σ s0 | b0 β   → σ | b0 β     with s0 ← b0  (s0 ≠ root)
 *   RIGHT  σ s1 s0 | β   → σ s1 | β     with s1 → s0  (s1 = root only when β is empty)
 *
 * Token 0 is the root; words are 1..n.
 *
 * With `rootEnd` (Ballesteros & Nivre 2013, "Going to the roots of dependency parsing") the root is instead the last
 * item of the buffer, at position n + 1 (heads still say 0): the stack starts empty, the root takes its one dependent
 * by a LEFT when the stack holds one word and the buffer only the root, and a word is attached to the root only after
 * every other decision, with the whole sentence seen.
 */

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;

export class ParseState {
  n = 0;
  cap = 0;
  stack = new Int32Array(0);
  sp = 0;
  /** Front of the buffer: words b..n are in the buffer. */
  b = 1;
  head = new Int32Array(0);
  label = new Int32Array(0);
  /** Leftmost / second leftmost / rightmost / second rightmost children (−1: none). */
  lc1 = new Int32Array(0);
  lc2 = new Int32Array(0);
  rc1 = new Int32Array(0);
  rc2 = new Int32Array(0);
  nl = new Int32Array(0);
  nr = new Int32Array(0);
  /** Bit sets of the (universal) relations of the left / right children. */
  lset = new Int32Array(0);
  rset = new Int32Array(0);
  /** The root at the end of the buffer (see above) instead of the bottom of the stack. */
  rootEnd = false;
  /** Position of the root: 0, or n + 1 with rootEnd. */
  root = 0;

  constructor(cap = 128) { this.alloc(cap); }

  private alloc(cap: number): void {
    this.cap = cap;
    const m = cap + 2;
    this.stack = new Int32Array(m); this.head = new Int32Array(m); this.label = new Int32Array(m);
    this.lc1 = new Int32Array(m); this.lc2 = new Int32Array(m); this.rc1 = new Int32Array(m); this.rc2 = new Int32Array(m);
    this.nl = new Int32Array(m); this.nr = new Int32Array(m); this.lset = new Int32Array(m); this.rset = new Int32Array(m);
  }

  init(n: number): void {
    if (n > this.cap) { let c = this.cap || 1; while (c < n) c *= 2; this.alloc(c); }
    this.n = n;
    const m = n + 2;
    this.head.fill(-1, 0, m); this.label.fill(-1, 0, m);
    this.lc1.fill(-1, 0, m); this.lc2.fill(-1, 0, m); this.rc1.fill(-1, 0, m); this.rc2.fill(-1, 0, m);
    this.nl.fill(0, 0, m); this.nr.fill(0, 0, m); this.lset.fill(0, 0, m); this.rset.fill(0, 0, m);
    this.b = 1;
    if (this.rootEnd) { this.sp = 0; this.root = n + 1; return; }
    this.stack[0] = 0;
    this.sp = 1;
    this.root = 0;
  }

  terminal(): boolean { return this.rootEnd ? this.b > this.n && this.sp === 0 : this.b > this.n && this.sp === 1; }

  canShift(): boolean { return this.b <= this.n; }
  canLeft(): boolean { return this.rootEnd ? this.sp > 0 && (this.b <= this.n || this.sp === 1) : this.sp > 1 && this.b <= this.n; }
  canRight(): boolean { return this.rootEnd ? this.sp > 1 : this.sp > 2 || (this.sp === 2 && this.b > this.n); }

  /** Applies a transition; `lab` is the relation id of the arc made (ignored for SHIFT), `bit` its bit in the label sets. */
  apply(t: number, lab: number, bit: number): void {
    if (t === SHIFT) { this.stack[this.sp++] = this.b++; return; }
    const d = this.stack[--this.sp]!;
    if (t === LEFT) {
      const h = this.b;
      this.head[d] = h === this.root ? 0 : h; this.label[d] = lab;
      this.lc2[h] = this.lc1[h]!; this.lc1[h] = d; this.nl[h] = this.nl[h]! + 1; this.lset[h] = this.lset[h]! | bit;
    } else {
      const h = this.stack[this.sp - 1]!;
      this.head[d] = h; this.label[d] = lab;
      this.rc2[h] = this.rc1[h]!; this.rc1[h] = d; this.nr[h] = this.nr[h]! + 1; this.rset[h] = this.rset[h]! | bit;
    }
  }

  /**
   * Costs of the three transitions against gold heads (Goldberg & Nivre 2013: the number of gold arcs a transition
   * makes unreachable; exact for projective gold trees). Invalid transitions get −1.
   */
  costs(gold: Int32Array, out: Int32Array): void {
    const n = this.n, b = this.b, sp = this.sp, st = this.stack, re = this.rootEnd;
    out[0] = out[1] = out[2] = -1;
    // with the root at the end of the buffer, a head 0 is position n + 1 (after every word in the buffer)
    const s0 = re ? (sp > 0 ? st[sp - 1]! : -1) : sp > 1 ? st[sp - 1]! : -1;
    const s1 = re ? (sp > 1 ? st[sp - 2]! : -1) : sp > 2 ? st[sp - 2]! : sp === 2 ? 0 : -1;
    if (this.canShift()) {
      // b0 loses a head deeper in the stack than s0 and every dependent in the stack
      let c = 0;
      const gb = gold[b]!;
      for (let i = 0; i < sp; i++) {
        const k = st[i]!;
        if (i < sp - 1 && gb === k) c++;
        if (k > 0 && gold[k] === b) c++;
      }
      out[SHIFT] = c;
    }
    if (s0 > 0 && this.canLeft()) {
      // s0 loses a head in s1 or the buffer after b0, and every dependent in the buffer
      let c = 0;
      const g = re && gold[s0] === 0 ? n + 1 : gold[s0]!;
      if (g === s1 || g > b) c++;
      for (let k = b; k <= n; k++) if (gold[k] === s0) c++;
      out[LEFT] = c;
    }
    if (s0 > 0 && this.canRight()) {
      let c = 0;
      const g = re && gold[s0] === 0 ? n + 1 : gold[s0]!;
      if (g >= b) c++;
      for (let k = b; k <= n; k++) if (gold[k] === s0) c++;
      out[RIGHT] = c;
    }
  }
}
