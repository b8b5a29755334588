import path from 'node:path';
import type { Origin } from '../../core/types.js';

/** The JSONL keys and CSV columns read as an article's publication date, first present wins. */
export const DATE_FIELDS = ['date', 'published', 'pubDate', 'published_at', 'datetime'] as const;

/** The first date field present in a record (JSONL object or CSV row), as given (normalised later). */
export function firstDateField(get: (field: string) => unknown): unknown {
  for (const f of DATE_FIELDS) {
    const v = get(f);
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

/**
 * (A warning line reads `dyad warning W_UNDATED file:line: ...`; error lines read `dyad: E_CODE file:line: ...`, so
 * tools that count errors are not misled.)
 *
 * One warning per input (a path as given on the command line, or "-") that holds articles without a publication date,
 * not one per article: persons are then coded by their latest role, which a user should know about once.
 */
export class UndatedWarnings {
  private readonly warned = new Set<string>();
  constructor(private readonly inputs: readonly string[], private readonly defaultDate?: string) {}

  /** The warning line for an article without a date, the first time its input has one; otherwise undefined. */
  check(article: { date?: string }, origin: Origin): string | undefined {
    if (article.date || this.defaultDate) return undefined;
    const input = this.inputOf(origin.input);
    if (this.warned.has(input)) return undefined;
    this.warned.add(input);
    const where = origin.line !== undefined ? `${origin.input}:${origin.line}` : origin.item !== undefined ? `${origin.input} item ${origin.item}` : origin.input;
    return `dyad warning W_UNDATED ${where}: article without a date (no ${DATE_FIELDS.join('/')} field and no --date): persons are coded by `
      + `their latest role; further undated articles of ${input} are not reported`;
  }

  /** The command-line input a file was read from (a folder holds many files). */
  private inputOf(file: string): string {
    for (const i of this.inputs) if (file === i || file.startsWith(i.endsWith(path.sep) ? i : i + path.sep)) return i;
    return file;
  }
}
