import { OBJECT_PRONOUNS, QUANTIFIERS } from '../../../resources/english.js';
import { reportedClauseEnd } from '../../syntax/clauses.js';
import { npStartingAt } from '../../syntax/noun-phrases.js';
import { isQuoteTok } from '../../syntax/tokens.js';
import { NAMING_CUES } from '../cue-lexicon.js';
import type { QuoteScan } from '../scan.js';
import type { ClauseReader } from './head.js';

/** "called the charges fabricated", "described Mr. Obama as a climate evangelist": a judgement stated by the speaker. */
export const callXY: ClauseReader = (scan, h) => {
  const { cueEnd, hi } = h;
  if (!NAMING_CUES.has(h.lemma) || h.inverted || !namesSomething(scan, cueEnd, hi)) return undefined;
  return { content: [cueEnd, reportedClauseEnd(scan, cueEnd, hi)], rule: 'reported:call-X-Y', group: h.group };
};

/** An object and what it is called: "the charges fabricated", "it \"a hoax\"", "Estonia as ...". */
function namesSomething(scan: QuoteScan, k: number, hi: number): boolean {
  const { tokens, inQuote } = scan;
  let e: number;
  // "half of Trump's supporters": a quantifier and its "of" phrase
  if (QUANTIFIERS.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'of') k += 2;
  const possessiveHer = tokens[k]?.norm === 'her' && npStartingAt(scan, k, hi) !== null; // "her vote", not "her"
  if ((OBJECT_PRONOUNS.has(tokens[k]?.norm ?? '') && !possessiveHer) || tokens[k]?.norm === 'it') e = k + 1;
  else { const np = npStartingAt(scan, k, hi); if (!np) return false; e = np[1]; }
  // "his squabble with the intelligence community unusual", "Mr. Yanukovych, a former director, an outstanding leader":
  // past prepositional phrases and an appositive between commas
  for (let n = 0; n < 3 && e < hi; n++) {
    const p = tokens[e]!;
    if (p.pos === 'ADP' && p.norm !== 'as' && inQuote[e]! < 0) { const np = npStartingAt(scan, e + 1, hi); if (!np) break; e = np[1]; continue; }
    // "the contempt citation and the demand for ...": a second phrase joined by "and"
    if (p.norm === 'and' && inQuote[e]! < 0) { const np = npStartingAt(scan, e + 1, hi); if (!np) break; e = np[1]; continue; }
    if (p.norm === ',' && n === 0) {
      let c = e + 1;
      while (c < hi && c < e + 25 && tokens[c]!.norm !== ',' && inQuote[c]! < 0 && tokens[c]!.norm !== '.') c++;
      if (tokens[c]?.norm === ',' && c + 1 < hi) { e = c + 1; if (tokens[e]!.pos === 'DET' || isQuoteTok(tokens[e]!)) break; }
      break;
    }
    break;
  }
  const n = tokens[e];
  if (!n || e >= hi) return false;
  return isQuoteTok(n) || n.norm === 'as' || n.pos === 'ADJ' || (n.pos === 'DET' && n.norm !== 'that');
}
