import { nextParagraph } from '../scan.js';
import { takesClause, type ClauseReader } from './head.js';

/** "he said: the talks failed": the rest of the sentence after a colon. */
export const colon: ClauseReader = (scan, h) => {
  const { k, hi, group } = h;
  if (!takesClause(h) || scan.tokens[k]?.norm !== ':' || k + 1 >= hi || scan.inQuote[k + 1]! >= 0) return undefined;
  return { content: [k + 1, hi], rule: 'reported:colon', group: [group[0], k + 1] };
};

/** "he said:\n\nLet no one be mistaken ...": a paragraph ending in a colon introduces the next paragraph. */
export const colonParagraph: ClauseReader = (scan, h) => {
  const { k, hi, si, group } = h;
  if (!takesClause(h) || scan.tokens[k]?.norm !== ':' || k + 1 < hi) return undefined;
  const next = nextParagraph(scan, si);
  if (!next || scan.inQuote[scan.sentences[si + 1]!.firstToken]! >= 0) return undefined;
  return { content: next, rule: 'reported:colon-paragraph', group: [group[0], k + 1] };
};
