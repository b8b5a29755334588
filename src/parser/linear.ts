import { zeroedOffHeap } from '../core/binary-sections.js';

/**
 * Linear classifiers over hashed features. Training: an averaged perceptron whose weights live in one dense table of
 * rows (a feature hash masked to the table size picks the row) × classes, Float32 weights plus Float64 update sums
 * for the average (Daumé's trick: average = w − u / c). Use: the averaged weights quantised to Int16, either dense
 * (few classes: the transition model) or as a compressed sparse row table holding only the non-zero weights (many
 * classes: tags, relations).
 */

/** What scoring needs: add the weights of `n` features to `scores` (one slot per class). */
export interface Scorer {
  readonly classes: number;
  score(feats: Int32Array, n: number, scores: Int32Array | Float64Array): void;
  /**
   * Scores at least of the classes cand[from .. to) (a dense table computes only those; other tables score all): the
   * caller reads only those slots.
   */
  scoreCand(feats: Int32Array, n: number, cand: Uint8Array, from: number, to: number, scores: Int32Array): void;
}

/**
 * The dense tables' scoring (training Float32, Int16, Int8 rows alike): scores[k] = sum over the features of row
 * (hash >>> shift)'s weight k, for k < C.
 */
export function addDenseRows(w: Float32Array | Int16Array | Int8Array, shift: number, C: number, feats: Int32Array, n: number, scores: Int32Array | Float64Array, stride = C): void {
  scores.fill(0, 0, C);
  for (let i = 0; i < n; i++) {
    const base = (feats[i]! >>> shift) * stride;
    for (let k = 0; k < C; k++) scores[k] = scores[k]! + w[base + k]!;
  }
}

export class TrainTable implements Scorer {
  /** Rows are picked by the top rowBits bits of a feature hash. */
  readonly shift: number;
  readonly w: Float32Array;
  readonly u: Float64Array;
  /** Update counter (one tick per training instance). */
  c = 1;

  constructor(readonly rowBits: number, readonly classes: number) {
    this.shift = 32 - rowBits;
    this.w = new Float32Array((1 << rowBits) * classes);
    this.u = new Float64Array((1 << rowBits) * classes);
  }

  scoreCand(feats: Int32Array, n: number, _cand: Uint8Array, _from: number, _to: number, scores: Int32Array): void { this.score(feats, n, scores); }

  score(feats: Int32Array, n: number, scores: Int32Array | Float64Array): void { addDenseRows(this.w, this.shift, this.classes, feats, n, scores); }

  /** Perceptron update: +1 for `good`, −1 for `bad` on every feature. */
  update(feats: Int32Array, n: number, good: number, bad: number): void {
    const C = this.classes, w = this.w, u = this.u, shift = this.shift, c = this.c;
    for (let i = 0; i < n; i++) {
      const base = (feats[i]! >>> shift) * C;
      w[base + good] = w[base + good]! + 1; u[base + good] = u[base + good]! + c;
      w[base + bad] = w[base + bad]! - 1; u[base + bad] = u[base + bad]! - c;
    }
  }

  tick(): void { this.c++; }

  /** The averaged weights. */
  averaged(): Float32Array {
    const out = new Float32Array(this.w.length);
    const c = this.c;
    for (let i = 0; i < out.length; i++) out[i] = this.w[i]! - this.u[i]! / c;
    return out;
  }
}

/** Scale that maps the largest absolute weight to 32767. */
function quantScale(avg: Float32Array): number {
  let max = 0;
  for (let i = 0; i < avg.length; i++) { const a = Math.abs(avg[i]!); if (a > max) max = a; }
  return max > 0 ? 32767 / max : 1;
}

/** Dense Int16 table: rows × classes. */
export class DenseTable implements Scorer {
  /** Rows are picked by the top rowBits bits of a feature hash. */
  readonly shift: number;
  constructor(readonly rowBits: number, readonly classes: number, readonly w: Int16Array) {
    this.shift = 32 - rowBits;
    if (w.length !== (1 << rowBits) * classes) throw new Error(`dense table: ${w.length} weights for ${1 << rowBits} rows × ${classes}`);
  }

  static fromTraining(t: TrainTable): DenseTable {
    const avg = t.averaged();
    const s = quantScale(avg);
    const w = new Int16Array(avg.length);
    for (let i = 0; i < avg.length; i++) w[i] = Math.round(avg[i]! * s);
    return new DenseTable(t.rowBits, t.classes, w);
  }

  scoreCand(feats: Int32Array, n: number, _cand: Uint8Array, _from: number, _to: number, scores: Int32Array): void { this.score(feats, n, scores); }

  score(feats: Int32Array, n: number, scores: Int32Array | Float64Array): void {
    const C = this.classes, w = this.w, shift = this.shift;
    if (C === 3) {
      let a = 0, b = 0, c = 0;
      for (let i = 0; i < n; i++) {
        const base = (feats[i]! >>> shift) * 3;
        a += w[base]!; b += w[base + 1]!; c += w[base + 2]!;
      }
      scores[0] = a; scores[1] = b; scores[2] = c;
      return;
    }
    addDenseRows(w, shift, C, feats, n, scores);
  }
}

/** Compressed sparse rows: row r's weights are cls/w[start[r] .. start[r+1]). */
export class SparseTable implements Scorer {
  /** Rows are picked by the top rowBits bits of a feature hash. */
  readonly shift: number;
  constructor(readonly rowBits: number, readonly classes: number, readonly start: Uint32Array, readonly cls: Uint8Array, readonly w: Int16Array) {
    this.shift = 32 - rowBits;
    if (start.length !== (1 << rowBits) + 1 || cls.length !== w.length || start[1 << rowBits] !== w.length) throw new Error('sparse table: inconsistent arrays');
    if (classes > 256) throw new Error('sparse table: at most 256 classes');
  }

  /** Quantises the averaged weights; weights whose magnitude rounds below `minAbs` (in Int16 units) are dropped. */
  static fromTraining(t: TrainTable, minAbs = 1): SparseTable {
    const avg = t.averaged();
    const s = quantScale(avg);
    const R = 1 << t.rowBits, C = t.classes;
    const start = new Uint32Array(R + 1);
    let nnz = 0;
    for (let i = 0; i < avg.length; i++) if (Math.abs(Math.round(avg[i]! * s)) >= minAbs) nnz++;
    const cls = new Uint8Array(nnz);
    const w = new Int16Array(nnz);
    let j = 0;
    for (let r = 0; r < R; r++) {
      start[r] = j;
      for (let k = 0; k < C; k++) {
        const q = Math.round(avg[r * C + k]! * s);
        if (Math.abs(q) >= minAbs) { cls[j] = k; w[j] = q; j++; }
      }
    }
    start[R] = j;
    return new SparseTable(t.rowBits, C, start, cls, w);
  }

  scoreCand(feats: Int32Array, n: number, _cand: Uint8Array, _from: number, _to: number, scores: Int32Array): void { this.score(feats, n, scores); }

  score(feats: Int32Array, n: number, scores: Int32Array | Float64Array): void {
    const start = this.start, cls = this.cls, w = this.w, shift = this.shift;
    scores.fill(0, 0, this.classes);
    for (let i = 0; i < n; i++) {
      const r = feats[i]! >>> shift;
      const e = start[r + 1]!;
      for (let j = start[r]!; j < e; j++) scores[cls[j]!] = scores[cls[j]!]! + w[j]!;
    }
  }
}

/**
 * Scale that maps weights to Int8: the largest magnitude maps to 127 × `headroom`, weights beyond 127 are clipped.
 * Measured on EWT dev: the tagger loses 0.12 UPOS|XPOS with headroom 2 (the top half of the range clipped) and nothing
 * with 1; see src/parser/README.md.
 */
export function int8Scale(avg: ArrayLike<number>, headroom = INT8_HEADROOM): number {
  let max = 0;
  for (let i = 0; i < avg.length; i++) { const a = Math.abs(avg[i]!); if (a > max) max = a; }
  return max > 0 ? (127 * headroom) / max : 1;
}
export const INT8_HEADROOM = 1;
const clip8 = (x: number): number => (x > 127 ? 127 : x < -127 ? -127 : x);

/**
 * Dense table of up to 4 classes, Int8 weights packed into one Int32 per row (class k in byte k): scoring a feature
 * is one load. The transition classifier's table.
 */
export class PackedTable implements Scorer {
  readonly shift: number;
  constructor(readonly rowBits: number, readonly classes: number, readonly w: Int32Array) {
    this.shift = 32 - rowBits;
    if (classes > 4 || w.length !== 1 << rowBits) throw new Error(`packed table: ${w.length} rows for ${1 << rowBits}, ${classes} classes`);
  }

  /** From averaged weights (rows × classes). */
  static fromWeights(rowBits: number, classes: number, avg: ArrayLike<number>): PackedTable {
    const s = int8Scale(avg);
    const R = 1 << rowBits;
    const w = new Int32Array(R);
    for (let r = 0; r < R; r++) {
      let x = 0;
      for (let k = 0; k < classes; k++) x |= (clip8(Math.round(avg[r * classes + k]! * s)) & 255) << (8 * k);
      w[r] = x;
    }
    return new PackedTable(rowBits, classes, w);
  }

  scoreCand(feats: Int32Array, n: number, _cand: Uint8Array, _from: number, _to: number, scores: Int32Array): void { this.score(feats, n, scores); }

  score(feats: Int32Array, n: number, scores: Int32Array | Float64Array): void {
    const w = this.w, shift = this.shift;
    let a = 0, b = 0, c = 0, d = 0;
    for (let i = 0; i < n; i++) {
      const x = w[feats[i]! >>> shift]!;
      a += (x << 24) >> 24; b += (x << 16) >> 24; c += (x << 8) >> 24; d += x >> 24;
    }
    scores[0] = a; scores[1] = b; scores[2] = c;
    if (this.classes > 3) scores[3] = d;
  }
}

/**
 * The transition table as parsing reads it (built from a PackedTable when a model is loaded): one Int16 per row, half
 * the PackedTable's 2 MB at 2^19 rows, so that more of it stays in the core's cache. A row holds the differences of
 * classes 1 and 2 from class 0 (an Int8 each: low byte, high byte); `score` gives 0 for class 0 and the sums of the
 * differences for the others, i.e. the PackedTable's scores minus one number common to all classes, so every
 * comparison between classes (argmax and ties) comes out the same. The few rows whose differences do not fit an Int8
 * hold ESCAPE and keep their packed weights in a small map.
 */
export class Delta16Table implements Scorer {
  readonly classes = 3;
  readonly shift: number;
  constructor(readonly rowBits: number, readonly w: Int16Array, readonly escRows: Int32Array, readonly escW: Int32Array) {
    this.shift = 32 - rowBits;
  }

  static readonly ESCAPE = -32768;

  static fromPacked(t: PackedTable): Delta16Table {
    if (t.classes !== 3) throw new Error('delta table: 3 classes only');
    const R = 1 << t.rowBits, src = t.w;
    const w = new Int16Array(R);
    const escRows: number[] = [], escW: number[] = [];
    for (let r = 0; r < R; r++) {
      const x = src[r]!;
      const a = (x << 24) >> 24, d1 = ((x << 16) >> 24) - a, d2 = ((x << 8) >> 24) - a;
      if (d1 < -127 || d1 > 127 || d2 < -127 || d2 > 127) { w[r] = Delta16Table.ESCAPE; escRows.push(r); escW.push(x); } else w[r] = (d1 & 255) | (d2 << 8);
    }
    return new Delta16Table(t.rowBits, w, Int32Array.from(escRows), Int32Array.from(escW));
  }

  scoreCand(feats: Int32Array, n: number, _cand: Uint8Array, _from: number, _to: number, scores: Int32Array): void { this.score(feats, n, scores); }

  score(feats: Int32Array, n: number, scores: Int32Array | Float64Array): void {
    const w = this.w, shift = this.shift;
    let b = 0, c = 0;
    for (let i = 0; i < n; i++) {
      const x = w[feats[i]! >>> shift]!;
      if (x === -32768) { const y = this.escaped(feats[i]! >>> shift), a = (y << 24) >> 24; b += ((y << 16) >> 24) - a; c += ((y << 8) >> 24) - a; continue; }
      b += (x << 24) >> 24; c += x >> 8;
    }
    scores[0] = 0; scores[1] = b; scores[2] = c;
  }

  private escaped(r: number): number {
    const rows = this.escRows;
    for (let j = 0; j < rows.length; j++) if (rows[j] === r) return this.escW[j]!;
    throw new Error(`delta table: row ${r} escaped but not listed`);
  }
}

/**
 * Compressed sparse rows with Int8 weights: row r's entries are e[start[r] .. start[r+1]), each a Uint16 holding the
 * class in the low byte and the weight in the high byte (one array, so one cache line holds 32 entries).
 */
export class Sparse8Table implements Scorer {
  readonly shift: number;
  constructor(readonly rowBits: number, readonly classes: number, readonly start: Uint32Array, readonly e: Uint16Array) {
    this.shift = 32 - rowBits;
    if (start.length !== (1 << rowBits) + 1 || start[1 << rowBits] !== e.length) throw new Error('sparse table: inconsistent arrays');
    if (classes > 256) throw new Error('sparse table: at most 256 classes');
  }

  /** From averaged weights (rows × classes); weights that round to 0 are dropped. */
  static fromWeights(rowBits: number, classes: number, avg: ArrayLike<number>, scale?: number): Sparse8Table {
    const s = scale ?? int8Scale(avg);
    const R = 1 << rowBits, C = classes;
    const start = new Uint32Array(R + 1);
    let nnz = 0;
    for (let i = 0; i < R * C; i++) if (Math.round(avg[i]! * s) !== 0) nnz++;
    const e = new Uint16Array(nnz);
    let j = 0;
    for (let r = 0; r < R; r++) {
      start[r] = j;
      for (let k = 0; k < C; k++) {
        const q = clip8(Math.round(avg[r * C + k]! * s));
        if (q !== 0) e[j++] = k | ((q & 255) << 8);
      }
    }
    start[R] = j;
    return new Sparse8Table(rowBits, C, start, e);
  }

  scoreCand(feats: Int32Array, n: number, _cand: Uint8Array, _from: number, _to: number, scores: Int32Array): void { this.score(feats, n, scores); }

  score(feats: Int32Array, n: number, scores: Int32Array | Float64Array): void {
    const start = this.start, e = this.e, shift = this.shift;
    scores.fill(0, 0, this.classes);
    for (let i = 0; i < n; i++) {
      const r = feats[i]! >>> shift;
      const end = start[r + 1]!;
      for (let j = start[r]!; j < end; j++) { const x = e[j]!; scores[x & 255] = scores[x & 255]! + ((x << 16) >> 24); }
    }
  }
}

/** Dense averaged weights of a frozen Int16 table (to re-quantise a model). */
export function weightsOf(t: DenseTable | SparseTable): Float32Array {
  if (t instanceof DenseTable) return Float32Array.from(t.w);
  const out = new Float32Array((1 << t.rowBits) * t.classes);
  for (let r = 0; r < 1 << t.rowBits; r++) for (let j = t.start[r]!; j < t.start[r + 1]!; j++) out[r * t.classes + t.cls[j]!] = t.w[j]!;
  return out;
}

/**
 * Zeroed bytes starting on a page boundary, outside V8's accounting of array buffers (`zeroedOffHeap`: a
 * WebAssembly.Memory's buffer, whose pages do not make V8 collect garbage the way 35 MB of ordinary array buffers do
 * at start-up; docs/speed.md, seventh round); a plain array where WebAssembly is unavailable (node --jitless).
 */
function pageAligned(n: number): Int8Array {
  const b = zeroedOffHeap(n);
  return new Int8Array(b.buffer, b.byteOffset, n);
}

/**
 * Dense Int8 rows (rows × classes, each feature's weights for all classes contiguous), expanded from a Sparse8Table
 * when a model is loaded: scoring a few candidate classes reads only their bytes of each feature's row (one cache
 * line), so the tagger and the relation classifier score only the classes a word or an arc can have.
 */
export class Dense8Table implements Scorer {
  readonly shift: number;
  private rows = new Int32Array(64);
  /**
   * Rows are `stride` bytes apart (≥ classes): classes, or 64 for rows that each fill one cache line (see fromSparse).
   */
  constructor(readonly rowBits: number, readonly classes: number, readonly w: Int8Array, readonly stride = classes) {
    this.shift = 32 - rowBits;
    if (stride < classes || w.length !== (1 << rowBits) * stride) throw new Error(`dense table: ${w.length} weights for ${1 << rowBits} rows × ${classes} (rows ${stride} apart)`);
  }

  /**
   * Expands sparse rows. `lineRows` (tables of at most 64 classes): each row padded to 64 bytes in memory aligned to a
   * page (a WebAssembly.Memory's buffer), so that a row is one cache line whichever of its classes are read; the
   * scores are the same.
   */
  static fromSparse(t: Sparse8Table, lineRows = false): Dense8Table {
    const C = t.classes, R = 1 << t.rowBits, start = t.start, e = t.e;
    const S = lineRows && C <= 64 ? 64 : C;
    const w = pageAligned(R * S);
    for (let r = 0; r < R; r++) {
      const base = r * S;
      for (let j = start[r]!, end = start[r + 1]!; j < end; j++) { const x = e[j]!; w[base + (x & 255)] = (x << 16) >> 24; }
    }
    return new Dense8Table(t.rowBits, C, w, S);
  }

  score(feats: Int32Array, n: number, scores: Int32Array | Float64Array): void { addDenseRows(this.w, this.shift, this.classes, feats, n, scores, this.stride); }

  /** Scores of the classes cand[from .. to) only (other slots of `scores` are left as they were). */
  scoreCand(feats: Int32Array, n: number, cand: Uint8Array, from: number, to: number, scores: Int32Array): void {
    const S = this.stride, w = this.w, shift = this.shift;
    let rows = this.rows;
    if (rows.length < n) rows = this.rows = new Int32Array(n);
    for (let i = 0; i < n; i++) rows[i] = (feats[i]! >>> shift) * S;
    // class by class: the sum stays in a register; the rows' cache lines are read once, by the first class
    for (let j = from; j < to; j++) {
      const c = cand[j]!;
      let s = 0;
      for (let i = 0; i < n; i++) s += w[rows[i]! + c]!;
      scores[c] = s;
    }
  }
}
