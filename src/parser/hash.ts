/** 32-bit integer hashing for feature templates (murmur3's mixing steps; no allocation, no strings). */

/** Hash of a string's UTF-16 code units (FNV-1a, then a final mix). */
export function hashString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

/** Folds one more 32-bit value into a running hash. */
export function mix(h: number, v: number): number {
  v = Math.imul(v, 0xcc9e2d51);
  v = (v << 15) | (v >>> 17);
  v = Math.imul(v, 0x1b873593);
  h ^= v;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** murmur3's finaliser: spreads every input bit over the output (used before masking a hash to a table size). */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/**
 * Feature of a template (a random 32-bit constant, see T) with one, two or three values: one multiply per value
 * (multiplication carries every low bit into the high bits, and tables index rows by the high bits of the result).
 * Values may be small integers or hashes.
 */
export const f1 = (t: number, a: number): number => Math.imul(a ^ t, 0x85ebca6b);
export const f2 = (t: number, a: number, b: number): number => Math.imul(Math.imul(a ^ t, 0x9e3779b1) ^ b, 0x85ebca6b);
export const f3 = (t: number, a: number, b: number, c: number): number => Math.imul(Math.imul(Math.imul(a ^ t, 0x9e3779b1) ^ b, 0xc2b2ae35) ^ c, 0x85ebca6b);

/** Template constants: T[k] is a random-looking 32-bit value for template k. */
export const T: Int32Array = Int32Array.from({ length: 256 }, (_, k) => fmix(Math.imul(k + 1, 0x27d4eb2d) ^ 0x165667b1));

/** A small deterministic PRNG (mulberry32) for shuffling and exploration during training. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
