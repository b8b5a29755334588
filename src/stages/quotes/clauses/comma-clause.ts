import { reportedClauseEnd, startsClause } from '../../syntax/clauses.js';
import { isQuoteTok } from '../../syntax/tokens.js';
import { afterQuotation, commaBeforeCue } from '../around-quotations.js';
import { takesClause, type ClauseReader } from './head.js';

/** "The Hill reported, Donald Trump was also accused of ...": the clause after a comma. */
export const commaClause: ClauseReader = (scan, h) => {
  const { tokens } = scan;
  const { k, from, hi, group } = h;
  if (!takesClause(h) || h.inverted || h.kind !== 'speech' || h.prepObject || tokens[k]?.norm !== ',' || k !== from || k + 2 >= hi || isQuoteTok(tokens[k + 1]!) ||
    tokens[k + 1]!.pos === 'VERB' || afterQuotation(scan, group[0]) || !startsClause(scan, k + 1, hi, false) || commaBeforeCue(scan, group[0])) return undefined;
  return { content: [k + 1, reportedClauseEnd(scan, k + 1, hi)], rule: 'reported:comma-clause', group: [group[0], k + 1] };
};
