import { reportedClauseEnd } from '../../syntax/clauses.js';
import { npEndingAt } from '../../syntax/noun-phrases.js';
import { SAYING_VERBS } from '../cue-lexicon.js';
import type { QuoteScan } from '../scan.js';
import { takesClause, type ClauseReader } from './head.js';

/**
 * "a probe the agency said was ongoing", "which the OECD says had the highest wages": the statement is the clause
 * whose subject is the phrase before the speaker; it runs over the attribution.
 */
export const embedded: ClauseReader = (scan, h) => {
  const { tokens, inQuote } = scan;
  const { k, from, lo, hi, speaker, group } = h;
  if (!takesClause(h) || h.inverted || h.participle || !speaker || !(SAYING_VERBS.has(h.lemma) || (scan.allKinds && h.kind === 'belief')) || k !== from ||
    k + 1 >= hi || !embeddedGap(scan, k, speaker[0])) return undefined;
  const a = gapHead(scan, speaker[0], lo);
  let e = reportedClauseEnd(scan, k, hi);
  // ", which X says had ..., objected": an insertion between commas ends at the next one
  if (tokens[a - 1]?.norm === ',') for (let m = k + 1; m < e; m++) if (inQuote[m]! < 0 && /^(,|;|--|\u2014)$/.test(tokens[m]!.norm)) { e = m; break; }
  return { content: [a, e], rule: 'reported:embedded', group: [group[0], k] };
};

/**
 * After "X said" at k, a finite verb with no subject of its own ("... the agency said was ongoing"), and before the
 * speaker at s a relative word or the noun phrase the clause is about: the cue sits inside a relative clause.
 */
function embeddedGap(scan: QuoteScan, k: number, s: number): boolean {
  const { tokens, inQuote } = scan;
  const v = tokens[k]!;
  if (inQuote[k]! >= 0 || !(v.pos === 'AUX' || v.pos === 'VERB') || v.norm.endsWith('ing') || /^(to|be|been|being)$/.test(v.norm)) return false;
  if (v.pos === 'VERB' && v.norm.endsWith('ed') && tokens[k + 1]?.norm === 'by') return false;
  const p = tokens[s - 1];
  if (!p || inQuote[s - 1]! >= 0) return false;
  if (p.norm === 'that' || p.norm === 'which' || p.norm === 'what' || p.norm === 'who') return true;
  return p.pos === 'NOUN' || (p.pos === 'PROPN' && s - 2 >= 0 && tokens[s - 2]!.pos === 'DET');
}

/** Where the phrase holding an embedded statement starts: its relative word, or the noun phrase before the speaker. */
function gapHead(scan: QuoteScan, s: number, lo: number): number {
  const { tokens } = scan;
  const p = tokens[s - 1]!;
  if (p.pos === 'NOUN' || p.pos === 'PROPN') { const np = npEndingAt(scan, s - 1, lo); if (np) return np[0]; }
  return s - 1;
}
