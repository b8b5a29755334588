import { WEEKDAYS } from '../../resources/english.js';

/** The days of the week, "today", "yesterday" and "tonight" ("tomorrow" is not among them). */
export const WEEKDAYS_TODAY_YESTERDAY_TONIGHT: ReadonlySet<string> = new Set([...WEEKDAYS, 'today', 'yesterday', 'tonight']);

/**
 * Words of time that sit between a verb and its clause or head a time phrase: "said on Tuesday that", "said earlier
 * this month", "this week", "two years ago".
 */
export const TIME_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS_TODAY_YESTERDAY_TONIGHT, 'earlier', 'later', 'recently', 'previously', 'again',
  'also', 'then', 'now', 'last', 'this', 'next', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'weeks', 'months',
  'years', 'days', 'hours', 'ago']);
