/**
 * How many resolved mentions a look-back for an antecedent may walk over: 50 per sentence of its window, at most
 * 1,000. Without it, a sentence of thousands of mentions (`He said "China ` repeated) makes every pronoun walk
 * back over all of them. The longest walks that found an antecedent in the development corpora (Wikinews, BBC,
 * PolNeAR, VOA, GUM, GeoVirus) were 46 mentions for windows of up to 12 sentences and 324 for 99 sentences.
 */
export function candidateWindow(maxBackSentences: number): number {
  return Math.min(1000, 50 * (maxBackSentences + 1));
}

/**
 * How many entities a search by name (a surname, an initialism, the last word of an organization's name) looks
 * through, oldest first. Without it, an article of thousands of distinct names costs time quadratic in its length
 * (every unknown name compared with every entity). The development corpora's articles hold at most 292 entities.
 */
export const MAX_ENTITY_SCAN = 1000;

/** `list.find(ok)` over the first MAX_ENTITY_SCAN entries. */
export function firstOf<T>(list: readonly T[], ok: (x: T) => boolean): T | undefined {
  const n = Math.min(list.length, MAX_ENTITY_SCAN);
  for (let i = 0; i < n; i++) if (ok(list[i]!)) return list[i];
  return undefined;
}
