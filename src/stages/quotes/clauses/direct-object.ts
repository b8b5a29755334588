import { objectEnd, startsObject } from '../../syntax/clauses.js';
import { isQuoteTok } from '../../syntax/tokens.js';
import { OBJECT_CUES } from '../cue-lexicon.js';
import type { ClauseReader } from './head.js';

/** "described his intent to lead a big tent", "dismissed the report": what the description is about. */
export const directObject: ClauseReader = (scan, h) => {
  const { k, hi, group } = h;
  if (h.lemma === 'call' || !OBJECT_CUES.has(h.lemma) || h.inverted || k >= hi || !startsObject(scan, k, hi) || isQuoteTok(scan.tokens[k]!)) return undefined;
  return { content: [k, objectEnd(scan, k, hi)], rule: 'reported:object', group: [group[0], k] };
};

/** The last reader: no clause; the attribution runs past the hearer and the setting. */
export const noClause: ClauseReader = (_scan, h) => ({ content: null, rule: null, group: [h.group[0], Math.max(h.group[1], h.k)] });
