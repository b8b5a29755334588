import { reportedClauseEnd } from '../../syntax/clauses.js';
import { takesClause, type ClauseReader } from './head.js';

/** "said (on Tuesday) that ...": the that-clause (the "that" was looked for past the hearer and the setting). */
export const thatClause: ClauseReader = (scan, h) => {
  const { k, hi, group } = h;
  if (!takesClause(h) || scan.tokens[k]?.norm !== 'that' || k + 1 >= hi) return undefined;
  return { content: [k + 1, reportedClauseEnd(scan, k + 1, hi)], rule: 'reported:that-clause', group: [group[0], k + 1] };
};
