import * as chrono from 'chrono-node/en';
import type { Span } from '../../core/types.js';

/** A date expression read in a sentence and resolved against the article date. */
export interface DateMention extends Span {
  date: string; // YYYY-MM-DD
  /** The expression gives at least the day (true) or only a month/year/relative period. */
  dayCertain: boolean;
  /** Only a weekday was given ("on Tuesday"). */
  weekdayOnly: boolean;
}

// cheap pre-filter: chrono only runs on sentences that could hold a date expression
const DATEISH_G = /\b(mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|today|yesterday|tomorrow|tonight|(last|next|this|past|coming) (week|month|year|decade|spring|summer|autumn|fall|winter|weekend|night)|ago|january|february|march|april|june|july|august|september|october|november|december|(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.|(in|on|since|by|until|from) (early |late |mid-)?may|(1[89]|20)\d\d|\d{1,2}\/\d{1,2}\/\d{2,4})\b/gi;

const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** Date expressions of one sentence (`offset` = the sentence's start in the article text). */
export function findDates(sentence: string, offset: number, articleDate: string | undefined): DateMention[] {
  if (!articleDate) return [];
  const ref = new Date(`${articleDate}T12:00:00Z`);
  if (Number.isNaN(ref.getTime())) return [];
  // chrono runs only on short windows around the words that can start or end a date expression
  const windows: Array<[number, number]> = [];
  for (const m of sentence.matchAll(DATEISH_G)) {
    let a = Math.max(0, m.index - 30);
    let b = Math.min(sentence.length, m.index + m[0].length + 30);
    while (a > 0 && /\S/.test(sentence[a - 1]!)) a--;
    while (b < sentence.length && /\S/.test(sentence[b]!)) b++;
    const last = windows[windows.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b); else windows.push([a, b]);
  }
  const out: DateMention[] = [];
  for (const [a, b] of windows) {
    for (const r of chrono.parse(sentence.slice(a, b), ref)) {
      const c = r.start;
      const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day');
      const d = c.date();
      const y = d.getUTCFullYear();
      if (y < 1800 || y > 2200) continue;
      const start = offset + a + r.index;
      if (out.some((x) => x.start === start)) continue;
      out.push({ start, end: start + r.text.length, date: iso(d), dayCertain: c.isCertain('day'), weekdayOnly });
    }
  }
  return out;
}

/** News reports past events: a bare weekday resolved after the article date means the previous one. */
export function pastWeekday(date: string, articleDate: string): string {
  if (date <= articleDate) return date;
  return iso(new Date(new Date(`${date}T12:00:00Z`).getTime() - 7 * 864e5));
}
