/**
 * Options several commands take, checked the same way everywhere: each gives the option's value (undefined when it is
 * absent) or the one line to print for a value it cannot use.
 */

/** A value, or the error line (`dyad: E_... ...`) for a bad one. */
export type Checked<T> = { value: T } | { error: string };

/** `--date YYYY-MM-DD`: the publication date for articles that have none. */
export function dateOption(v: string | undefined): Checked<string | undefined> {
  return v === undefined || /^\d{4}-\d{2}-\d{2}$/.test(v) ? { value: v } : { error: `dyad: E_DATE --date must be YYYY-MM-DD, got ${v}` };
}

/** `--max-article-chars N`: a positive whole number. */
export function maxArticleCharsOption(v: string | undefined): Checked<number | undefined> {
  const n = v === undefined ? undefined : Number(v);
  return n === undefined || (Number.isInteger(n) && n > 0) ? { value: n } : { error: `dyad: E_LIMIT --max-article-chars must be a positive whole number, got ${v}` };
}

/** `--budget-ms MS`: CPU time an article may take, a whole number of milliseconds (0: none). */
export function budgetMsOption(v: string | undefined): Checked<number | undefined> {
  const n = v === undefined ? undefined : Number(v);
  return n === undefined || (Number.isInteger(n) && n >= 0) ? { value: n } : { error: `dyad: E_LIMIT --budget-ms must be a whole number of milliseconds (0: none), got ${v}` };
}
