import { reportedClauseEnd, startsClause } from '../../syntax/clauses.js';
import { afterQuotation } from '../around-quotations.js';
import { SAYING_VERBS, THAT_ONLY } from '../cue-lexicon.js';
import { takesClause, type ClauseReader } from './head.js';

/** "said it would ...", "believes Trump will win": a clause without "that" after a verb of saying, belief or evidence. */
export const bareClause: ClauseReader = (scan, h) => {
  const { k, hi, lemma, kind, group } = h;
  if (!takesClause(h) || h.inverted || h.prepObject || THAT_ONLY.has(lemma) || !(SAYING_VERBS.has(lemma) || kind === 'belief' || kind === 'evidence') ||
    k >= hi || afterQuotation(scan, group[0]) || !startsClause(scan, k, hi, false)) return undefined;
  return { content: [k, reportedClauseEnd(scan, k, hi)], rule: 'reported:bare-clause', group: [group[0], k] };
};
