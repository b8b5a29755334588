import type { TokenRange } from '../../../core/doc.js';
import { POSSESSIVE_DETERMINERS, WH_WORDS } from '../../../resources/english.js';
import { objectEnd, reportedClauseEnd, startsClause, startsObject, startsVerb } from '../../syntax/clauses.js';
import { npEndingAt } from '../../syntax/noun-phrases.js';
import { subjectBefore } from '../../syntax/subjects.js';
import { NOUN_CUES, NOUN_OF, NOUN_PREPS } from '../cue-lexicon.js';
import type { Cue } from '../cue-draft.js';
import type { QuoteScan } from '../scan.js';
import type { CueReader } from './reader.js';
import { verbAfterSubject } from './verb-after-subject.js';

/** With `--attributions all`: a noun of attribution, when it is no verb the tagger took for a noun ("voters who fear/NOUN"). */
export const nounCue: CueReader = (scan, i, lo, hi, si) => {
  const { tokens } = scan;
  const t = tokens[i]!;
  if (!(scan.allKinds && t.pos === 'NOUN' && NOUN_CUES.has(t.norm) && !verbAfterSubject(scan, i, lo) && !(i > lo && /^(who|which|they|we|i|you)$/.test(tokens[i - 1]!.norm)))) return undefined;
  return nominalCue(scan, i, lo, hi, si);
};

/**
 * A noun of attribution with what it is about: "Trump's criticism of the deal", "questions about her emails",
 * "his view that ...". The holder is the possessor, when there is one.
 */
function nominalCue(scan: QuoteScan, i: number, lo: number, hi: number, si: number): Cue | null {
  const { tokens, inQuote } = scan;
  const t = tokens[i]!;
  const n = tokens[i + 1];
  if (!n || i + 2 >= hi || inQuote[i + 1]! >= 0) return null;
  let content: TokenRange | null = null;
  if (n.norm === 'that' && startsClause(scan, i + 2, hi, false)) content = [i + 2, reportedClauseEnd(scan, i + 2, hi)];
  // "his refusal to tackle housing", "her plan to expand checks": the infinitive is what is intended
  else if (n.norm === 'to' && startsVerb(scan, i + 2)) {
    content = [i + 1, reportedClauseEnd(scan, i + 1, hi)];
    // "his refusal to sell the ferry angered the board": the phrase ends before the sentence's verb
    for (let k = i + 3; k < content[1]; k++) {
      const tk = tokens[k]!;
      if (inQuote[k]! >= 0) continue;
      if (tk.pos === 'AUX' || (tk.pos === 'VERB' && !/(ing|ed)$/.test(tk.norm) && tokens[k - 1]!.norm !== 'to' && tokens[k - 1]!.pos !== 'CCONJ') ||
        (tk.pos === 'VERB' && tk.norm.endsWith('ed') && tokens[k - 1]!.pos === 'NOUN' && tokens[k + 1]?.norm !== 'by')) { content = [content[0], k]; break; }
    }
  }
  else if (NOUN_PREPS.has(n.norm) || (n.norm === 'of' && NOUN_OF.has(t.norm))) {
    if (!startsObject(scan, i + 2, hi) && !WH_WORDS.has(tokens[i + 2]!.norm)) return null;
    content = [i + 2, objectEnd(scan, i + 2, hi)];
    // "the union's support for the strike surprised the owners": the phrase ends before the sentence's verb
    for (let k = i + 3; k < content[1]; k++) {
      const tk = tokens[k]!;
      if (inQuote[k]! >= 0) continue;
      if (tk.pos === 'AUX' || (tk.pos === 'VERB' && !tk.norm.endsWith('ing') && tokens[k - 1]!.norm !== 'to' && tokens[k + 1]?.norm !== 'by')) { content = [content[0], k]; break; }
    }
  }
  if (!content) return null;
  let speaker: TokenRange | null = null;
  let p = i - 1;
  while (p >= lo && (tokens[p]!.pos === 'ADJ' || tokens[p]!.pos === 'ADV')) p--;
  if (p >= lo && tokens[p]!.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(tokens[p]!.norm)) speaker = [p, p + 1];
  else if (p - 1 >= lo && (tokens[p]!.norm === "'s" || tokens[p]!.norm === '\u2019s' || tokens[p]!.norm === "'")) speaker = npEndingAt(scan, p - 1, lo);
  let inherits = false;
  if (!speaker) {
    // "voiced support for X", "raised questions about Y": the holder is the subject of the verb the noun is the object of
    while (p >= lo && (tokens[p]!.pos === 'DET' || tokens[p]!.pos === 'NUM')) p--;
    if (p >= lo && tokens[p]!.pos === 'VERB' && !/^(is|are|was|were|be|been)$/.test(tokens[p]!.norm)) {
      speaker = subjectBefore(scan, p, lo);
      if (!speaker && (tokens[p - 1]?.norm === ',' || tokens[p - 1]?.pos === 'CCONJ' || tokens[p]!.norm.endsWith('ing'))) inherits = true;
    }
  }
  return { lemma: t.norm, kind: NOUN_CUES.get(t.norm)!, sentence: si, cue: [i, i + 2], speaker, inherits, group: [i, i + 2], content,
    rule: 'reported:noun-cue' };
}
