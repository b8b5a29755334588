import { objectEnd, startsObject } from '../../syntax/clauses.js';
import type { TokenRange } from '../../../core/doc.js';
import type { QuoteKind } from '../../../core/types.js';
import type { ClauseReader } from './head.js';
import { statesReason } from './object.js';

/** "called out his rival for alienating Hispanics": criticism, a statement when it gives its reason. */
export const callOut: ClauseReader = (scan, h) => {
  const { hi, group } = h;
  if (h.lemma !== 'call' || h.inverted || scan.tokens[h.cueEnd]?.norm !== 'out' || h.cueEnd + 1 >= hi || !startsObject(scan, h.cueEnd + 1, hi)) return undefined;
  const cueEnd = h.cueEnd + 1;
  let content: TokenRange | null = [cueEnd, objectEnd(scan, cueEnd, hi)];
  let kind: QuoteKind = h.kind;
  if (!statesReason(scan, content[0], content[1])) { kind = 'evaluation'; if (!scan.allKinds) content = null; }
  return { content, rule: 'reported:object', group: [group[0], cueEnd], kind, cueEnd };
};
