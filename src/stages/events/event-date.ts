import * as chrono from 'chrono-node/en';
import type { Span } from '../../core/types.js';

/** A date expression read in a sentence and resolved against the article date. */
export interface DateMention extends Span {
  date: string; // YYYY-MM-DD
  /** The expression gives at least the day (true) or only a month/year/relative period. */
  dayCertain: boolean;
  /** Only a weekday was given ("on Tuesday"). */
  weekdayOnly: boolean;
  /** Only a year was given ("in 2014"): it dates the verb of its own phrase only. */
  yearOnly?: boolean;
}

// cheap pre-filter: chrono only runs on sentences that could hold a date expression
const DATEISH_G = /\b(mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|today|yesterday|tomorrow|tonight|(last|next|this|past|coming) (week|month|year|decade|spring|summer|autumn|fall|winter|weekend|night)|ago|january|february|march|april|june|july|august|september|october|november|december|(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.|(in|on|since|by|until|from) (early |late |mid-)?may|(1[89]|20)\d\d|\d{1,2}\/\d{1,2}\/\d{2,4})\b/gi;

const YEAR_PHRASE = /\b(in|since|during|by|until|till|from|before|after|around|circa|early|late|mid-|of|between|and)\s+(1[89]\d\d|20\d\d)\b(?![-\u2013]?\d|s\b|'s|\s*(?:percent|people|troops|km|kilometers|miles|tons|dollars))/gi;
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
  // a year alone after a preposition ("in 2014", "since 2019", "during the 1990s" is not one), which chrono does not
  // read: a year before the article's is dated mid-year, so that what it dates is historical (a year equal to the
  // article's or later adds nothing the article date does not say)
  const year = Number(articleDate.slice(0, 4));
  for (const m of sentence.matchAll(YEAR_PHRASE)) {
    const y = Number(m[2]);
    if (y >= year || y < 1800) continue;
    const start = offset + m.index + m[0].length - m[2]!.length;
    out.push({ start, end: start + 4, date: `${y}-07-01`, dayCertain: false, weekdayOnly: false, yearOnly: true });
  }
  for (const [a, b] of windows) {
    for (const r of chrono.parse(sentence.slice(a, b), ref)) {
      const c = r.start;
      const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day');
      const d = c.date();
      const y = d.getUTCFullYear();
      if (y < 1800 || y > 2200) continue;
      const start = offset + a + r.index;
      if (out.some((x) => x.start === start || (x.start >= start && x.start < start + r.text.length))) continue;
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
