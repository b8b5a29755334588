/**
 * How many resolved mentions a look-back for an antecedent may walk over: 50 per sentence of its window, at most
 * 1,000. Without it, a sentence of thousands of mentions (`He said "China ` repeated) makes every pronoun walk
 * back over all of them. The longest walks that found an antecedent in the development corpora (Wikinews, BBC,
 * PolNeAR, VOA, GUM, GeoVirus) were 46 mentions for windows of up to 12 sentences and 324 for 99 sentences.
 */
export function candidateWindow(maxBackSentences: number): number {
  return Math.min(1000, 50 * (maxBackSentences + 1));
}
