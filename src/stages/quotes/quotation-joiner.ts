import type { Span } from '../../core/types.js';
import { firstStartingAt } from '../../core/span.js';
import { isName } from '../syntax/noun-phrases.js';
import { isQuoteTok } from '../syntax/tokens.js';
import { ruleHas, type RuledQuote } from './rules.js';
import type { QuoteScan } from './scan.js';

/*
 * When two direct quotations are one statement: the second goes on right after the attribution of the first, in the
 * same paragraph ('"A," she said, "B."', '"A," said Dana Holt, the chief engineer. "B."').
 */

/**
 * '"We are ready," he said, "but ..."' / '"...," she said. "And ..."': a quotation interrupted only by its
 * attribution goes on in the next one, in the same paragraph; the two are one statement (its content runs
 * over the attribution between them).
 */
export function continues(scan: QuoteScan, prev: RuledQuote, q: RuledQuote): boolean {
  const { text, tokens, sentences } = scan;
  if (!prev.direct || !q.direct || !prev.cue || q.content.start <= prev.content.end) return false;
  if (!ruleHas(q.rule, 'continuesQuotation')) return false;
  if (q.speaker !== prev.speaker) return false;
  const a = prev.content.end, b = q.content.start;
  if (prev.cue.start < a || prev.cue.end > b) return false;
  let between = text.slice(a, b);
  if (between.includes('\n')) return false;
  // '"...," said Donna Brazile, the interim chairwoman of the committee. "...": the sentence between them is the
  // attribution alone (the speaker with an appositive or a relative clause, no other verb)
  const cs = sentences[tokens[firstStartingAt(tokens, prev.cue.start)]?.sentence ?? -1];
  if (cs && cs.start <= prev.content.start && b - a <= 400 && attributionOnly(scan, a, b, prev.cue)) return true;
  if (b - a > 120) return false;
  const cut = (sp: Span | null): void => { if (sp && sp.start >= a && sp.end <= b) between = between.slice(0, sp.start - a) + ' '.repeat(sp.end - sp.start) + between.slice(sp.end - a); };
  cut(prev.cue); cut(prev.speakerSpan);
  // only the attribution (and a short participle phrase) between them, no sentence of the writer's
  if (/[.!?]["'\u201d\u2019]?\s+\p{L}/u.test(between)) return false;
  const words = between.match(/[\p{L}\p{N}]+/gu);
  // "she said on stage at the convention. "...": a place or time phrase after the attribution is still the attribution
  const n = words ? words.length : 0;
  return n <= 5 || (n <= 12 && !/[,;()\u2014]/.test(between.replace(/^[\s,"'\u201c\u201d\u2018\u2019]+/, '')));
}

/**
 * Between offsets a and b (two quotations) only the attribution: no verb but the cue's, except inside a relative
 * clause on the speaker ("said Victor Cha, who served as Asia director"), and the last sentence there ends at b.
 */
function attributionOnly(scan: QuoteScan, a: number, b: number, cue: Span): boolean {
  const { tokens, sentences } = scan;
  let t = firstStartingAt(tokens, a);
  let relative = false;
  let lastSentence = -1;
  for (; t < tokens.length && tokens[t]!.start < b; t++) {
    const tk = tokens[t]!;
    if (!isQuoteTok(tk)) lastSentence = tk.sentence;
    if (tk.start >= cue.start && tk.end <= cue.end) continue;
    if (tk.norm === 'who' || tk.norm === 'which' || tk.norm === 'whose') relative = true;
    if ((tk.pos === 'VERB' || tk.pos === 'AUX') && !relative && !isName(scan, tk)) return false;
  }
  return lastSentence >= 0 && sentences[lastSentence]!.end <= b;
}
