import { WH_WORDS } from '../../../resources/english.js';
import { reportedClauseEnd } from '../../syntax/clauses.js';
import { IF_CUES, WH_CUES } from '../clause-words.js';
import { takesClause, type ClauseReader } from './head.js';

/** "asked Pence whether ...", "explained how ...", "knows what ...": the question or the thing known. */
export const whClause: ClauseReader = (scan, h) => {
  const { tokens } = scan;
  const { k, hi, lemma, group } = h;
  if (!takesClause(h) || h.inverted || h.prepObject || k + 1 >= hi || !(WH_WORDS.has(tokens[k]!.norm) || (tokens[k]!.norm === 'if' && IF_CUES.has(lemma))) ||
    !(WH_CUES.has(lemma) || h.kind !== 'speech')) return undefined;
  return { content: [k, reportedClauseEnd(scan, k, hi)], rule: 'reported:wh-clause', group: [group[0], k] };
};
