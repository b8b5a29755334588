import type { RawArticle } from './article.js';

/** A first line at most this long, followed by a blank line, is a headline. */
const MAX_HEADLINE_CHARS = 300;
const HEADLINE = /^[ \t]*\n*[ \t]*([^\n]+)\n[ \t]*\n/;

/**
 * A plain-text article: the whole text is kept (offsets point into it); a first line followed by a blank line is the
 * headline, which stays in `text` and is also the `title`.
 */
export function textArticle(text: string): RawArticle {
  const m = HEADLINE.exec(text.length > 4 * MAX_HEADLINE_CHARS ? text.slice(0, 4 * MAX_HEADLINE_CHARS) : text);
  const title = m && m[1]!.trim().length <= MAX_HEADLINE_CHARS ? m[1]!.trim() : undefined;
  return title ? { title, text } : { text };
}
