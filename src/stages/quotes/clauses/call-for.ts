import type { TokenRange } from '../../../core/doc.js';
import { reportedClauseEnd, startsVerb } from '../../syntax/clauses.js';
import { isNpTok } from '../../syntax/noun-phrases.js';
import type { QuoteRule } from '../rules.js';
import type { QuoteScan } from '../scan.js';
import type { ClauseReader } from './head.js';

/**
 * "called for a moratorium": a demand; "called on the council to act": a request. A demand of a thing ("called for his
 * release") states nothing that is true or false: the act the event coder reads, and an attribution (an intention) only
 * with `--attributions all`; a demand with a clause ("called for the Taliban to lift the ban") stays a statement.
 */
export const callForOn: ClauseReader = (scan, h) => {
  const { tokens } = scan;
  const { cueEnd, hi, group } = h;
  if (h.lemma !== 'call' || h.inverted || !(tokens[cueEnd]?.norm === 'for' || tokens[cueEnd]?.norm === 'on')) return undefined;
  const m = cueEnd + 1;
  let content: TokenRange | null = null;
  let rule: QuoteRule | null = null;
  if (tokens[cueEnd]!.norm === 'for' && m < hi) {
    content = [m, reportedClauseEnd(scan, m, hi)];
    rule = 'reported:call-for';
    if (!hasClause(scan, content[0], content[1])) return { content: scan.allKinds ? content : null, rule, group: [group[0], m], kind: 'intention' };
  }
  else {
    const t2 = findTo(scan, m, hi);
    if (t2 >= 0) { content = [t2, reportedClauseEnd(scan, t2, hi)]; rule = 'reported:directive'; }
  }
  return { content, rule, group: [group[0], m] };
};

/** The "to" of a request after its hearer: "called on Trump to stop". */
function findTo(scan: QuoteScan, from: number, hi: number): number {
  const { tokens } = scan;
  for (let j = from; j < Math.min(hi, from + 10); j++) {
    if (tokens[j]!.norm === 'to' && startsVerb(scan, j + 1)) return j;
    if (!isNpTok(scan, tokens[j]!, true) && tokens[j]!.pos !== 'PRON') return -1;
  }
  return -1;
}

/** A verb inside the demand's words ("for X to lift the ban", "for talks that include"): a clause, not only a thing. */
function hasClause(scan: QuoteScan, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (scan.tokens[j]!.norm === 'to' && startsVerb(scan, j + 1) || scan.tokens[j]!.pos === 'VERB' && scan.inQuote[j]! < 0 && scan.tokens[j]!.norm !== 'including') return true;
  return false;
}
