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
