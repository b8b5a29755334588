import type { TokenRange } from '../../core/doc.js';
import { isQuoteTok } from '../syntax/tokens.js';
import { ATTRIBUTION_GAP } from './clause-words.js';
import { beforeMarks, countWords, looksLikeTitle, type QuoteScan } from './scan.js';

/* Where an attribution stands against the quotations next to it. */

/** A quotation mark just before or after an attribution, past commas, colons and dashes. */
export function nextToQuotation(scan: QuoteScan, group: TokenRange): boolean {
  const { tokens } = scan;
  let a = group[0] - 1;
  while (a >= 0 && ATTRIBUTION_GAP.has(tokens[a]!.norm) && tokens[a]!.norm !== 'that') a--;
  let b = group[1];
  while (b < tokens.length && ATTRIBUTION_GAP.has(tokens[b]!.norm) && tokens[b]!.norm !== 'that') b++;
  return (a >= 0 && isQuoteTok(tokens[a]!)) || (b < tokens.length && isQuoteTok(tokens[b]!));
}

/** The attribution starting at g follows a quotation ending in a comma ('"...," she said'): the quotation is what was said. */
export function afterQuotation(scan: QuoteScan, g: number): boolean {
  const { text, tokens, inQuote, marks } = scan;
  const q = tokens[g - 1];
  if (!q || !isQuoteTok(q) || inQuote[g - 1]! < 0 || !(tokens[beforeMarks(scan, g - 1)]?.norm === ',' || text[q.start - 1] === ',')) return false;
  const content = marks[inQuote[g - 1]!]!.content;
  return !looksLikeTitle(scan, content, countWords(scan, content)); // 'On "Face the Nation," Ryan said ...' is a title
}

/** The attribution starting at g follows a comma: "CLAUSE, X said, ..." reports the clause before it, not after. */
export function commaBeforeCue(scan: QuoteScan, g: number): boolean {
  const { tokens } = scan;
  const p = tokens[g - 1];
  return !!p && (p.norm === ',' || isQuoteTok(p));
}
