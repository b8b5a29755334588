import { reportedClauseEnd, startsVerb } from '../../syntax/clauses.js';
import { subjectBefore } from '../../syntax/subjects.js';
import type { Cue } from '../cue-draft.js';
import type { QuoteScan } from '../scan.js';

/** "the plan seems to work", "who appeared confused", "Trump is expected to win": the clause is attributed to no one. */
export function appearance(scan: QuoteScan, i: number, lo: number, hi: number, si: number, lemma: string): Cue | null {
  const { tokens, inQuote } = scan;
  const n = tokens[i + 1];
  if (!n || inQuote[i + 1]! >= 0) return null;
  const ok = (n.norm === 'to' && startsVerb(scan, i + 2)) || n.pos === 'ADJ' || n.norm === 'that' || n.norm === 'like' ||
    (n.pos === 'VERB' && n.norm.endsWith('ed')) || (n.pos === 'ADV' && tokens[i + 2]?.pos === 'ADJ');
  if (!ok) return null;
  const subj = subjectBefore(scan, i, lo);
  const a = subj ? subj[0] : i;
  const end = reportedClauseEnd(scan, Math.max(a, i - 1), hi);
  return { lemma, kind: 'evidence', sentence: si, cue: [i, i + 1], speaker: null, inherits: false, group: [i, i + 1], content: [a, end], rule: 'reported:appearance' };
}
