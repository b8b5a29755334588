import { objectEnd, startsObject } from '../../syntax/clauses.js';
import type { TokenRange } from '../../../core/doc.js';
import type { QuoteKind } from '../../../core/types.js';
import { EVALUATIVE_ACTS } from '../clause-words.js';
import { OBJECT_CUES } from '../cue-lexicon.js';
import type { QuoteScan } from '../scan.js';
import { takesClause, type ClauseReader } from './head.js';

/**
 * "criticized the plan", "praised X for ...", "endorsed Clinton", "talked about the economy": what it is about.
 * "criticized the plan" is an act the writer describes (an evaluation, `--attributions all` only); "criticized X for
 * ..." / "praised it as ..." / with the speaker's words in quotation marks states what was said.
 */
export const object: ClauseReader = (scan, h) => {
  const { k, hi, lemma, group } = h;
  if (!takesClause(h) || h.inverted || !(h.prepObject || OBJECT_CUES.has(lemma)) || k >= hi || !startsObject(scan, k, hi)) return undefined;
  let content: TokenRange | null = [k, objectEnd(scan, k, hi)];
  let kind: QuoteKind = h.kind;
  if (kind === 'speech' && EVALUATIVE_ACTS.has(lemma) && !statesReason(scan, content[0], content[1])) {
    kind = 'evaluation';
    if (!scan.allKinds) content = null;
  }
  return { content, rule: h.prepObject ? 'reported:prep-object' : 'reported:object', group: [group[0], k], kind };
};

/** An object phrase that gives a reason or a name ("X for doing Y", "X as Y") or quotes the speaker. */
export function statesReason(scan: QuoteScan, a: number, b: number): boolean {
  const { tokens, inQuote } = scan;
  for (let t = a; t < b; t++) {
    const n = tokens[t]!.norm;
    if (inQuote[t]! >= 0 || n === 'for' || n === 'as') return true;
  }
  return false;
}
