/** Span arithmetic and the two matchings the scorer uses: maximum bipartite matching and best-IoU span matching. */

/** A half-open interval [start, end) of UTF-16 offsets. */
export type Interval = [number, number];

/** Total overlap between two lists of intervals (pairwise, so overlapping intervals within a list count twice). */
export function overlapLen(a: readonly Interval[], b: readonly Interval[]): number {
  let n = 0;
  for (const [s1, e1] of a) for (const [s2, e2] of b) n += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  return n;
}

export const ivLen = (a: readonly Interval[]): number => a.reduce((n, [s, e]) => n + Math.max(0, e - s), 0);

/** The two sides of a one-to-one matching; -1 where unmatched. */
export interface Matching {
  gToP: Int32Array;
  pToG: Int32Array;
}

export const matchedCount = (m: Int32Array): number => m.reduce((n, x) => n + (x >= 0 ? 1 : 0), 0);

/**
 * Maximum bipartite matching between nG gold items and nP predictions (Kuhn's augmenting paths).
 * Each gold item tries its candidate predictions in the order given by `pref` (lower first, stable).
 */
export function maxMatching(nG: number, nP: number, edge: (g: number, p: number) => boolean, pref?: (g: number, p: number) => number): Matching {
  const adj: number[][] = [];
  for (let g = 0; g < nG; g++) {
    const l: number[] = [];
    for (let p = 0; p < nP; p++) if (edge(g, p)) l.push(p);
    if (pref) l.sort((a, b) => pref(g, a) - pref(g, b));
    adj.push(l);
  }
  const pToG = new Int32Array(nP).fill(-1);
  const gToP = new Int32Array(nG).fill(-1);
  const tryG = (g: number, seen: Uint8Array): boolean => {
    for (const p of adj[g]!) {
      if (seen[p]) continue;
      seen[p] = 1;
      if (pToG[p]! < 0 || tryG(pToG[p]!, seen)) {
        pToG[p] = g;
        gToP[g] = p;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < nG; g++) tryG(g, new Uint8Array(nP));
  return { gToP, pToG };
}

/**
 * One-to-one mention matching, best IoU first (ties: lower gold index, then lower prediction index).
 * A pair is a candidate when the spans overlap and the prediction overlaps one of the gold item's head
 * spans (`heads[g]`) or, where no head is given, the overlap covers at least half of the shorter span.
 */
export function matchSpans(golds: readonly Interval[], preds: readonly Interval[], heads: ReadonlyArray<readonly Interval[] | null> | null = null): Matching {
  const cands: Array<[number, number, number]> = [];
  const order = preds.map((_, i) => i).sort((a, b) => preds[a]![0] - preds[b]![0]);
  for (let g = 0; g < golds.length; g++) {
    const [gs, ge] = golds[g]!;
    const head = heads ? heads[g] : null;
    for (const p of order) {
      const [ps, pe] = preds[p]!;
      if (ps >= ge) break;
      if (pe <= gs) continue;
      const ov = Math.min(ge, pe) - Math.max(gs, ps);
      if (ov <= 0) continue;
      if (head && head.length) {
        if (!head.some(([hs, he]) => Math.min(he, pe) - Math.max(hs, ps) > 0)) continue;
      } else {
        const minLen = Math.max(1, Math.min(ge - gs, pe - ps));
        if (ov * 2 < minLen) continue;
      }
      cands.push([ov / (Math.max(ge, pe) - Math.min(gs, ps)), g, p]);
    }
  }
  cands.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const gToP = new Int32Array(golds.length).fill(-1);
  const pToG = new Int32Array(preds.length).fill(-1);
  for (const [, g, p] of cands) {
    if (gToP[g]! < 0 && pToG[p]! < 0) {
      gToP[g] = p;
      pToG[p] = g;
    }
  }
  return { gToP, pToG };
}
