import type { TokenRange } from '../../core/doc.js';
import { MONTHS, WEEKDAYS } from '../../resources/english.js';
import type { PhraseView } from './noun-phrases.js';

/** The days of the week, "today", "yesterday" and "tonight" ("tomorrow" is not among them). */
export const WEEKDAYS_TODAY_YESTERDAY_TONIGHT: ReadonlySet<string> = new Set([...WEEKDAYS, 'today', 'yesterday', 'tonight']);

/**
 * Words of time that sit between a verb and its clause or head a time phrase: "said on Tuesday that", "said earlier
 * this month", "this week", "two years ago".
 */
export const TIME_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS_TODAY_YESTERDAY_TONIGHT, 'earlier', 'later', 'recently', 'previously', 'again',
  'also', 'then', 'now', 'last', 'this', 'next', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'weeks', 'months',
  'years', 'days', 'hours', 'ago']);

/** "late Wednesday", "earlier this month": only words of time between a and b. */
export function onlyTimeWords(v: PhraseView, a: number, b: number): boolean {
  const { tokens } = v;
  for (let t = a; t < b; t++) {
    const n = tokens[t]!.norm;
    if (!(TIME_WORDS.has(n) || MONTHS.has(n) || WEEKDAYS_TODAY_YESTERDAY_TONIGHT.has(n) || n === 'late' || n === 'early' || tokens[t]!.pos === 'NUM')) return false;
  }
  return true;
}
/** "Tuesday", "this month", "2010": a time, not a speaker. */
export function isTimePhrase(v: PhraseView, np: TokenRange): boolean {
  const { tokens } = v;
  const h = tokens[np[1] - 1]!;
  return TIME_WORDS.has(h.norm) || MONTHS.has(h.norm) || (h.pos === 'NUM' && /^(1[89]|20)\d\d$/.test(h.norm));
}