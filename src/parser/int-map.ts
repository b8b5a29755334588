/**
 * A frozen open-addressing hash map from non-zero 32-bit keys to 32-bit values, held in two Int32Arrays so that it is
 * stored in and loaded from the model file without parsing.
 */
export class IntMap {
  readonly mask: number;
  constructor(readonly keys: Int32Array, readonly vals: Int32Array) {
    if (keys.length !== vals.length || (keys.length & (keys.length - 1)) !== 0) throw new Error('IntMap: capacity must be a power of two');
    this.mask = keys.length - 1;
  }

  static build(entries: Iterable<[number, number]>, count: number): IntMap {
    let cap = 16;
    while (cap < count * 2) cap *= 2;
    const keys = new Int32Array(cap), vals = new Int32Array(cap);
    const m = new IntMap(keys, vals);
    for (const [k, v] of entries) {
      const key = k === 0 ? 1 : k;
      let i = (key ^ (key >>> 15)) & m.mask;
      while (keys[i] !== 0 && keys[i] !== key) i = (i + 1) & m.mask;
      keys[i] = key; vals[i] = v;
    }
    return m;
  }

  /** The value for `k`, or `missing`. */
  get(k: number, missing: number): number {
    const key = k === 0 ? 1 : k;
    const keys = this.keys, mask = this.mask;
    let i = (key ^ (key >>> 15)) & mask;
    for (;;) {
      const x = keys[i]!;
      if (x === key) return this.vals[i]!;
      if (x === 0) return missing;
      i = (i + 1) & mask;
    }
  }
}
