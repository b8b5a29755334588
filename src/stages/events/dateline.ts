/**
 * A news dateline at the start of a sentence: a place in capitals, optionally its country or state, optionally the
 * agency, then a dash ("MOMBASA, Kenya (AP) — ", "KYIV, Ukraine - ", "WASHINGTON — ", "NEW DELHI (Reuters) -- ").
 * It says where the story was filed, so no name in it is an actor of the sentence's events. Returns the offset where
 * the sentence proper starts, or -1.
 */
const DATELINE = /^(?:[A-Z][A-Z.'\u2019-]*(?: [A-Z][A-Z.'\u2019-]*){0,3})(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})?(?: \([A-Za-z .&]+\))? ?(?:\u2014|\u2013|--|-) ?/;

export function datelineEnd(text: string, start: number, end: number): number {
  const m = DATELINE.exec(text.slice(start, Math.min(end, start + 120)));
  if (!m) return -1;
  // the place is written in capitals: at least one word of two or more capital letters
  if (!/\b[A-Z]{2,}/.test(m[0])) return -1;
  return start + m[0].length;
}
