import { reportedClauseEnd, startsVerb } from '../../syntax/clauses.js';
import { COMMITMENT_CUES, HEARER_CUES } from '../cue-lexicon.js';
import { takesClause, type ClauseReader } from './head.js';

/** "told his supporters to vote", "urged the council to act": a request; "vowed to punish": a commitment. */
export const directive: ClauseReader = (scan, h) => {
  const { k, from, hi, lemma, group } = h;
  if (!takesClause(h) || h.inverted || !((HEARER_CUES.has(lemma) && k > from) || COMMITMENT_CUES.has(lemma)) || scan.tokens[k]?.norm !== 'to' ||
    !startsVerb(scan, k + 1)) return undefined;
  return { content: [k, reportedClauseEnd(scan, k, hi)], rule: 'reported:directive', group: [group[0], k] };
};
