import type { DatedCode } from '../petrarch/actors.js';

/** One office held between two dates (YYYY-MM-DD, inclusive; `to` absent while in office). */
export interface Term {
  from: string;
  to?: string;
  /** CAMEO code while in this office ("DZAGOV", "GBRGOVMIL", "USALEG"). */
  code: string;
  /** Which office wins where two overlap: head of state or government 3, minister 2, legislator 1. */
  priority: number;
  title: string;
  /** Data set the term comes from (for the entry's comment). */
  source: string;
  /** `to` is not an end but the limit of what the source vouches for (a supplement row in office on its as-of date). */
  open?: boolean;
}

/** A person of the office-holder data: the forms to match, the country, and every term. */
export interface Holder {
  /** Identity within the data: country and normalised name. */
  key: string;
  display: string;
  phrases: string[];
  surname?: string;
  country: string;
  terms: Term[];
}

export function addDays(ymd: string, n: number): string {
  const d = new Date(`${ymd}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const compact = (ymd: string): string => ymd.replace(/-/g, '');

/**
 * Date-bounded codes for a person: in each stretch of time the code of the highest office held then; from the day
 * after an office ends until the next one starts, and from the day after the last one ends, the person is an elite
 * (`<country>ELI`). Nothing before the first office.
 */
export function holderCodes(terms: readonly Term[], country: string): DatedCode[] {
  if (!terms.length) return [];
  const points = new Set<string>();
  for (const t of terms) { points.add(t.from); if (t.to) points.add(addDays(t.to, 1)); }
  const sorted = [...points].sort();
  const segments: Array<{ from: string; to?: string; code: string }> = [];
  for (let i = 0; i < sorted.length; i++) {
    const from = sorted[i]!;
    const to = i + 1 < sorted.length ? addDays(sorted[i + 1]!, -1) : undefined;
    let best: Term | undefined;
    for (const t of terms) {
      if (t.from > from || (t.to !== undefined && t.to < from)) continue;
      if (!best || t.priority > best.priority || (t.priority === best.priority && t.from > best.from)) best = t;
    }
    const code = best ? best.code : `${country}ELI`;
    const last = segments[segments.length - 1];
    if (last && last.code === code) last.to = to; else segments.push({ from, ...(to ? { to } : {}), code });
  }
  // after a term whose end is only the limit of its source, nothing is known: no ELI
  const tail = segments[segments.length - 1];
  if (tail && tail.to === undefined && tail.code === `${country}ELI`) {
    const lastEnd = terms.reduce((m, t) => ((t.to ?? '9999') > m ? (t.to ?? '9999') : m), '');
    if (terms.some((t) => t.open && t.to === lastEnd)) segments.pop();
  }
  return segments.map((s) => ({ code: s.code, from: compact(s.from), ...(s.to ? { to: compact(s.to) } : {}) }));
}
