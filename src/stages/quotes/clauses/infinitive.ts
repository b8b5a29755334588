import { reportedClauseEnd, startsVerb } from '../../syntax/clauses.js';
import { INFINITIVE_CUES } from '../cue-lexicon.js';
import { takesClause, type ClauseReader } from './head.js';

/** "declined to comment", "wants to build a wall", "plans to run": what is intended (or refused). */
export const infinitive: ClauseReader = (scan, h) => {
  const { k, hi, group } = h;
  if (!takesClause(h) || h.inverted || h.prepObject || !INFINITIVE_CUES.has(h.lemma) || scan.tokens[k]?.norm !== 'to' || !startsVerb(scan, k + 1)) return undefined;
  return { content: [k, reportedClauseEnd(scan, k, hi)], rule: 'reported:infinitive', group: [group[0], k] };
};
