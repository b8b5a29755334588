import { reportedClauseEnd } from '../../syntax/clauses.js';
import { npStartingAt } from '../../syntax/noun-phrases.js';
import { FINDING_OBJECT_CUES } from '../clause-words.js';
import { DOCUMENT_NOUNS } from '../cue-lexicon.js';
import { takesClause, type ClauseReader } from './head.js';

/** "the poll indicates a tightening race": a document's finding given as a noun phrase. */
export const finding: ClauseReader = (scan, h) => {
  const { k, hi, speaker, group } = h;
  if (!takesClause(h) || h.inverted || !speaker || !FINDING_OBJECT_CUES.has(h.lemma) || !DOCUMENT_NOUNS.has(scan.tokens[speaker[1] - 1]!.norm) ||
    !npStartingAt(scan, k, hi)) return undefined;
  return { content: [k, reportedClauseEnd(scan, k, hi)], rule: 'reported:finding', group: [group[0], k] };
};
