import { OBJECT_PRONOUNS } from '../../../resources/english.js';
import { reportedClauseEnd } from '../../syntax/clauses.js';
import { isNpTok } from '../../syntax/noun-phrases.js';
import type { TokenRange } from '../../../core/doc.js';
import type { ClauseReader } from './head.js';

/** "X accused Y of doing Z": the charge is the content. */
export const accuseOf: ClauseReader = (scan, h) => {
  if (h.lemma !== 'accuse') return undefined;
  const { tokens, inQuote } = scan;
  const { cueEnd, hi, group } = h;
  let m = cueEnd;
  while (m < hi && m < cueEnd + 10 && tokens[m]!.norm !== 'of' && inQuote[m]! < 0 && (isNpTok(scan, tokens[m]!, true) || OBJECT_PRONOUNS.has(tokens[m]!.norm))) m++;
  const content: TokenRange | null = tokens[m]?.norm === 'of' && m + 1 < hi ? [m + 1, reportedClauseEnd(scan, m + 1, hi)] : null;
  return { content, rule: content ? 'reported:accuse-of' : null, group: [group[0], Math.max(group[1], m + 1)] };
};
