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

/**
 * A credit line or other boilerplate of the news report itself, not of the story it tells: "X contributed to this
 * report", "Some information for this report came from Reuters", "This story originated in VOA's Korean Service",
 * "Reporting by X; editing by Y", a photo credit ("(AP Photo/...)"). Its names are the reporters and agencies, so it
 * holds no event (dyad's policy).
 */
const BOILERPLATE = [
  /\bcontribut(?:ed|es|ing)\s+(?:reporting\s+)?to\s+(?:this|the)\s+(?:report|story|article)\b/i,
  /\b(?:information|material|reporting)\s+(?:for|in|used\s+in)\s+(?:this|the)\s+(?:report|story|article)\s+(?:came|comes|was\s+provided|is)\s+from\b/i,
  /\b(?:this|the)\s+(?:report|story|article)\s+(?:originated|first\s+appeared)\s+(?:in|on|at)\b/i,
  /^\s*(?:reporting|writing|additional\s+reporting)\s+by\b/i,
  /\((?:AP|AFP|Reuters|VOA)\s+Photos?\b/i,
];

export function boilerplateSentence(sentence: string): boolean {
  return BOILERPLATE.some((re) => re.test(sentence));
}
