/** Number formatting and precision/recall arithmetic, exactly as the shared scorer prints them. */

export const ratio = (a: number, b: number): number => (b > 0 ? a / b : NaN);

/** Two decimals, or "n/a" for NaN / infinite values. */
export const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');

/** "a/b (p%)", the percentage left out when b is 0. */
export const pct = (a: number, b: number): string => `${a}/${b}${b ? ` (${((100 * a) / b).toFixed(1)}%)` : ''}`;

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  P: number;
  R: number;
  F1: number;
}

/** Precision, recall and F1; F1 is NaN when there is nothing at all, 0 when nothing is right. */
export function prf(tp: number, fp: number, fn: number): Prf {
  const P = ratio(tp, tp + fp);
  const R = ratio(tp, tp + fn);
  const F1 = tp === 0 ? (tp + fp + fn === 0 ? NaN : 0) : (2 * P * R) / (P + R);
  return { tp, fp, fn, P, R, F1 };
}

export const prfText = (m: Prf): string => `F1=${f3(m.F1)} P=${f3(m.P)} R=${f3(m.R)}`;

/**
 * Entries of a Map in the order JavaScript's default `Array.prototype.sort` gives `[key, value]` pairs
 * (it compares "key,[object Object]" strings by UTF-16 code units), so listings match the scorer's.
 */
export function entriesSortedByKey<V>(m: Map<string, V>): Array<[string, V]> {
  const keyed = [...m.entries()].map((e) => ({ e, k: `${e[0]},` }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  return keyed.map((x) => x.e);
}
