/**
 * Projectivisation by lifting (Nivre & Nilsson 2005, without label decoration): while some arc is non-projective,
 * the shortest such arc is lifted to the head's head. Used on training trees only, since the arc-hybrid oracle is
 * exact for projective trees. heads[i] is the head of word i (1-based words, heads[0] unused, 0 = root).
 */
export function projectivize(heads: Int32Array): Int32Array {
  const h = Int32Array.from(heads);
  const n = h.length - 1;
  for (let guard = 0; guard < n * n + 1; guard++) {
    let worst = -1, worstLen = Infinity;
    for (let d = 1; d <= n; d++) {
      if (h[d] === 0) continue;
      const len = Math.abs(h[d]! - d);
      if (len < worstLen && !isProjectiveArc(h, d)) { worst = d; worstLen = len; }
    }
    if (worst < 0) return h;
    h[worst] = h[h[worst]!]!;
  }
  return h;
}

/** The arc into d is projective when its head dominates every word between them. */
export function isProjectiveArc(h: Int32Array, d: number): boolean {
  const hd = h[d]!;
  const lo = Math.min(hd, d), hi = Math.max(hd, d);
  for (let k = lo + 1; k < hi; k++) {
    let a = k, steps = 0;
    while (a !== hd && a !== 0 && steps++ < h.length) a = h[a]!;
    if (a !== hd) return false;
  }
  return true;
}
