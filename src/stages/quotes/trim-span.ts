import type { Span } from '../../core/types.js';

/** Drops white space, quotation marks and trailing commas or periods at the edges of a reported clause. */
export function trimSpan(text: string, sp: Span): Span {
  let { start, end } = sp;
  while (start < end && /[\s"\u201c\u201d,]/.test(text[start]!)) start++;
  for (;;) {
    while (end > start && /[\s,;:.]/.test(text[end - 1]!)) end--;
    // closing marks right after a comma ('smart,"' or "smart,''") belong to the quotation, not the clause
    let e = end;
    while (e > start && /["\u201d']/.test(text[e - 1]!)) e--;
    if (e < end && text[e - 1] === ',') { end = e - 1; continue; }
    return { start, end };
  }
}
