import type { TokenRange } from '../../../core/doc.js';
import { reportedClauseEnd, startsClause } from '../../syntax/clauses.js';
import { npStartingAt } from '../../syntax/noun-phrases.js';
import { NP_JOINERS, isQuoteTok, isWord } from '../../syntax/tokens.js';
import type { CueReader } from './reader.js';

/**
 * "according to X": the source is the phrase after it (to the comma closing it), the statement the clause after
 * the comma, or the clause before "according to" ("..., according to X").
 */
export const accordingTo: CueReader = (scan, i, lo, hi, si) => {
  const { tokens, inQuote } = scan;
  if (tokens[i]!.norm !== 'according' || tokens[i + 1]?.norm !== 'to' || i + 2 >= hi) return undefined;
  let sp = npStartingAt(scan, i + 2, hi);
  if (!sp) {
    // a phrase the tagger got wrong ("exit/VERB polls"): up to the next comma
    let e = i + 2;
    while (e < hi && e < i + 14 && tokens[e]!.norm !== ',' && (tokens[e]!.pos !== 'PUNCT' || isQuoteTok(tokens[e]!) || tokens[e]!.norm === '-')) e++;
    if (e === i + 2 || (e < hi && tokens[e]!.norm !== ',' && tokens[e]!.norm !== '.')) return null;
    sp = [i + 2, e];
  }
  let spEnd = sp[1];
  while (spEnd < hi && tokens[spEnd]!.pos === 'ADP' && NP_JOINERS.has(tokens[spEnd]!.norm)) { const more = npStartingAt(scan, spEnd + 1, hi); if (!more) break; spEnd = more[1]; }
  if (i === lo && tokens[spEnd]?.norm !== ',') {
    // "According to a complaint filed by the commission and a suit by the state, ...": the phrase runs to the comma
    let e = spEnd;
    while (e < hi && e < spEnd + 25 && tokens[e]!.norm !== ',' && tokens[e]!.norm !== '.' && inQuote[e]! < 0) e++;
    if (tokens[e]?.norm === ',') spEnd = e;
  }
  const before: TokenRange | null = i - 1 > lo && /^(,|--|\u2014|\u2013)$/.test(tokens[i - 1]!.norm) ? [lo, i - 1] : null;
  const after: TokenRange | null = spEnd < hi - 1 && tokens[spEnd]!.norm === ',' ? [spEnd + 1, hi] : null;
  const words = (r: TokenRange | null): number => { let n = 0; if (r) for (let k = r[0]; k < r[1]; k++) if (isWord(tokens[k]!)) n++; return n; };
  const lead = tokens[lo]!;
  let content: TokenRange | null;
  if (i === lo) content = after;
  // "In 2015, according to X, the rate fell": the clause follows; "When ..., it can work, according to Bryan, head of ...": an appositive follows
  else if (after && before && (lead.pos === 'ADP' || lead.pos === 'ADV' || lead.pos === 'SCONJ' || words(before) < 3) && words(after) >= 3 &&
    (words(before) < 3 || startsClause(scan, after[0], hi, false))) content = after;
  else if (before && (!after || words(before) >= words(after))) content = before;
  else content = after ?? before;
  if (content) content = [content[0], reportedClauseEnd(scan, content[0], content[1])];
  return { lemma: 'according to', kind: 'speech', sentence: si, cue: [i, i + 2], speaker: [sp[0], spEnd], inherits: false, group: [i, spEnd], content, rule: 'according-to' };
};
