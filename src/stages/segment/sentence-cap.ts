import type { Segmentation, Sentence } from '../../core/types.js';

/**
 * The most tokens one sentence hands to the later stages. Coreference, quotes and events scan a sentence's tokens
 * and mentions with windows that can reach its start or end from every word, so one endless "sentence" (a list
 * without a full stop, `China criticized Japan and ` repeated for 300 kB) would cost time quadratic in its length.
 * The longest sentences of the development corpora hold 433 tokens (Wikinews), 342 (BBC), 222 (PolNeAR).
 */
export const MAX_SENTENCE_TOKENS = 1000;

/**
 * Cuts every sentence longer than `max` tokens into consecutive pieces of `max` tokens (the last one shorter), so the
 * work per sentence is bounded and the work per article stays linear in its length. Sentences within the cap, and
 * the tokens themselves, are unchanged; token `sentence` indices are renumbered only when something was cut.
 */
export function capSentences(seg: Segmentation, max = MAX_SENTENCE_TOKENS): Segmentation {
  if (!seg.sentences.some((s) => s.endToken - s.firstToken > max)) return seg;
  const sentences: Sentence[] = [];
  for (const s of seg.sentences) {
    for (let first = s.firstToken; first < s.endToken; first += max) {
      const last = Math.min(s.endToken, first + max);
      const index = sentences.length;
      for (let t = first; t < last; t++) seg.tokens[t]!.sentence = index;
      sentences.push({ ...s, start: seg.tokens[first]!.start, end: seg.tokens[last - 1]!.end, firstToken: first, endToken: last });
    }
  }
  return { sentences, tokens: seg.tokens };
}
