import * as chrono from 'chrono-node/en';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const ISO_DATE = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/;
const COMPACT_DATE = /^\s*(\d{4})(\d{2})(\d{2})\s*$/;
/** RFC 822 / 2822 as in RSS pubDate: "Fri, 04 Jan 2019 10:00:00 GMT". */
const RFC822_DATE = /^\s*(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4}|\d{2})\b/;

/**
 * A publication date as YYYY-MM-DD, read as written (the calendar day in the article's own time zone, not UTC).
 * Accepts ISO 8601 ("2019-01-04", "2019-01-04T23:00:00-05:00"), RFC 822 pubDates, compact "20190104" and
 * written dates chrono-node reads with a certain day, month and year ("January 4, 2019").
 * An unreadable or impossible date gives undefined: the article is still coded, without a date (and the CLI's
 * --date fills in), because a bad date field should not cost the article.
 */
export function normalizeDate(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? fromDate(new Date(value)) : undefined;
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (!s || s.length > 200) return undefined;
  let m = ISO_DATE.exec(s) ?? COMPACT_DATE.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = RFC822_DATE.exec(s);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    let year = Number(m[3]);
    if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
    return month ? ymd(year, month, Number(m[1])) : undefined;
  }
  const parsed = chrono.strict.parse(s)[0];
  if (parsed && parsed.start.isCertain('year') && parsed.start.isCertain('month') && parsed.start.isCertain('day')) {
    return ymd(parsed.start.get('year') ?? 0, parsed.start.get('month') ?? 0, parsed.start.get('day') ?? 0);
  }
  return undefined;
}

function fromDate(d: Date): string | undefined {
  return Number.isNaN(d.getTime()) ? undefined : ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** "YYYY-MM-DD" for a real calendar day, else undefined (2019-02-30 is not a day). */
function ymd(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
