import { parsePhrase, stripComment, type PhraseKey } from './phrase.js';

/** A code valid between two dates (inclusive, YYYYMMDD); open ends are undefined. */
export interface DatedCode {
  code: string;
  from?: string;
  to?: string;
}

/** One actor of a PETRARCH actor dictionary: a name, its synonyms, and its (possibly date-restricted) codes. */
export interface ActorEntry {
  name: string;
  phrases: PhraseKey[];
  codes: DatedCode[];
  /** "file:line" of the entry's first line. */
  source: string;
  /** Known to be a person (office-holder data), whatever the name looks like. */
  person?: boolean;
  /**
   * Single words that name this person alone (lower case): a surname distinctive enough to stand for them
   * (`assignSurnames`, src/resources/surnames.ts). Absent: none.
   */
  surnames?: string[];
}

/** "681031" -> "19681031", "030101" -> "20030101"; 8 digits unchanged. */
function fullDate(d: string): string | undefined {
  if (/^\d{8}$/.test(d)) return d;
  if (/^\d{6}$/.test(d)) return (Number(d.slice(0, 2)) > 30 ? '19' : '20') + d;
  return undefined;
}

/** `[CHNGOV >20121115]`, `[CHNGOV 681031-720224]`, `[CHN]`, several per line. */
export function parseCodes(s: string): DatedCode[] {
  const out: DatedCode[] = [];
  const simple = /^\[([A-Z0-9]{3,15})\]$/.exec(s);
  if (simple) return simple[1] === '---' ? out : [{ code: simple[1]! }];
  for (const m of s.matchAll(/\[([^\]]*)\]/g)) {
    const parts = m[1]!.trim().split(/\s+/);
    const code = (parts[0] ?? '').toUpperCase();
    if (!code || code === '---') continue;
    const r = parts.slice(1).join(''); // "[HOBGOV 19950601 - 19990815]", "[HOB < 950601]": spaces inside the range are allowed
    const c: DatedCode = { code };
    if (r) {
      let mm: RegExpMatchArray | null;
      if ((mm = r.match(/^>(\d+)$/))) c.from = fullDate(mm[1]!);
      else if ((mm = r.match(/^<(\d+)$/))) c.to = fullDate(mm[1]!);
      else if ((mm = r.match(/^(\d+)-(\d+)$/))) { c.from = fullDate(mm[1]!); c.to = fullDate(mm[2]!); }
    }
    out.push(c);
  }
  return out;
}

/**
 * Parses a PETRARCH/TABARI actor dictionary:
 * ```
 * CHINA_  [CHN]
 * +CHINESE_
 * XI_JINPING
 * +PRESIDENT_XI_JINPING
 * 	[CHNGOV >20121115]
 * ```
 * A line starting with a word opens an entry (codes on the same line or on following indented lines);
 * `+` lines add synonyms; indented `[...]` lines add codes.
 */
export function parseActorDictionary(text: string, file: string): ActorEntry[] {
  const entries: ActorEntry[] = [];
  let cur: ActorEntry | null = null;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = stripComment(raw);
    if (!line.trim()) continue;
    const trimmed = line.trim();
    if (trimmed.startsWith('[')) { if (cur) cur.codes.push(...parseCodes(trimmed)); continue; }
    if (trimmed.startsWith('+')) {
      if (!cur) continue;
      const body = trimmed.slice(1);
      const b = body.indexOf('[');
      const p = parsePhrase(b >= 0 ? body.slice(0, b) : body);
      if (p) cur.phrases.push(p);
      if (b >= 0) cur.codes.push(...parseCodes(body.slice(b)));
      continue;
    }
    if (/^\s/.test(line) && cur) {
      // an indented continuation that is not a code: some files indent synonyms
      continue;
    }
    const b = trimmed.indexOf('[');
    const namePart = b >= 0 ? trimmed.slice(0, b) : trimmed;
    const p = parsePhrase(namePart);
    if (!p) continue;
    cur = { name: namePart.trim().replace(/_+$/, '').replace(/_/g, ' '), phrases: [p], codes: b >= 0 ? parseCodes(trimmed.slice(b)) : [], source: `${file}:${i + 1}` };
    entries.push(cur);
  }
  return entries.filter((e) => e.codes.length > 0);
}

/**
 * The code in force on `date` (YYYY-MM-DD or YYYYMMDD): a dated code whose range holds the date first, else an undated
 * one. Without a date, the latest role: the open-ended dated code that started last ("[USAELI >20170121]"), else the
 * undated code, else the dated code that ended last.
 */
export function codeOn(codes: DatedCode[], date: string | undefined): DatedCode | undefined {
  const d = date ? date.replace(/-/g, '') : undefined;
  if (d) {
    const dated = codes.find((c) => (c.from !== undefined || c.to !== undefined) && (!c.from || c.from <= d) && (!c.to || d <= c.to));
    if (dated) return dated;
  }
  const undated = codes.find((c) => c.from === undefined && c.to === undefined);
  if (!d) {
    let open: DatedCode | undefined;
    for (const c of codes) if (c.from !== undefined && c.to === undefined && (!open || c.from > open.from!)) open = c;
    if (open) return open;
    if (undated) return undated;
    let last: DatedCode | undefined;
    for (const c of codes) if (!last || (c.to ?? '') >= (last.to ?? '')) last = c;
    return last;
  }
  return undated;
}
