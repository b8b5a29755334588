import type { TokenRange } from '../../../core/doc.js';
import { reportedClauseEnd } from '../../syntax/clauses.js';
import { npStartingAt } from '../../syntax/noun-phrases.js';
import { isWord } from '../../syntax/tokens.js';
import { POLL_NOUNS } from '../clause-words.js';
import type { Cue } from '../cue-draft.js';
import type { QuoteScan } from '../scan.js';
import type { CueReader } from './reader.js';

/** "in" opening a poll phrase. */
export const inPoll: CueReader = (scan, i, lo, hi, si) => (scan.tokens[i]!.norm === 'in' && i + 2 < hi ? inPollCue(scan, i, lo, hi, si) ?? undefined : undefined);

/**
 * "In the CBS poll, Trump's lead narrowed" / "Kasich was at 25 percent in the latest Fox poll": a finding the poll
 * publishes, with the poll as its source (as "according to the poll").
 */
function inPollCue(scan: QuoteScan, i: number, lo: number, hi: number, si: number): Cue | null {
  const { tokens, inQuote } = scan;
  const np = npStartingAt(scan, i + 1, hi);
  if (!np || !POLL_NOUNS.has(tokens[np[1] - 1]!.norm)) return null;
  let content: TokenRange | null = null;
  let spEnd = np[1];
  if (i === lo) {
    // up to the comma closing the phrase ("In a poll released Tuesday by CNN, ...")
    let c = np[1];
    while (c < hi && c < np[1] + 10 && tokens[c]!.norm !== ',' && tokens[c]!.norm !== '.' && inQuote[c]! < 0) c++;
    if (tokens[c]?.norm !== ',' || c + 2 >= hi) return null;
    // "In the previous poll, conducted in early September, ...": past a participle phrase on the poll
    if (tokens[c + 1]!.pos === 'VERB' && /(ed|en)$/.test(tokens[c + 1]!.norm)) {
      let d = c + 2;
      while (d < hi && d < c + 12 && tokens[d]!.norm !== ',' && inQuote[d]! < 0) d++;
      if (tokens[d]?.norm === ',' && d + 2 < hi) c = d;
    }
    spEnd = c;
    content = [c + 1, reportedClauseEnd(scan, c + 1, hi)];
  } else {
    let e = np[1];
    while (e < hi && !isWord(tokens[e]!)) e++;
    if (e < hi || i - lo < 4) return null; // the poll phrase closes the sentence
    let a = lo;
    while (a < i && !isWord(tokens[a]!)) a++;
    content = [a, tokens[i - 1]!.norm === ',' ? i - 1 : i];
  }
  return { lemma: 'in', kind: 'speech', sentence: si, cue: [i, i + 1], speaker: [np[0], Math.min(spEnd, np[1])], inherits: false, group: [i, spEnd], content, rule: 'reported:in-poll' };
}
