import type { TokenRange } from '../../core/doc.js';
import { OBJECT_PRONOUNS, WH_WORDS } from '../../resources/english.js';
import { startsClause, startsVerb } from '../syntax/clauses.js';
import { npStartingAt } from '../syntax/noun-phrases.js';
import { TIME_WORDS } from '../syntax/time-phrases.js';
import { isQuoteTok } from '../syntax/tokens.js';
import { SETTING_PREPS } from './clause-words.js';
import { HEARER_CUES } from './cue-lexicon.js';
import type { QuoteScan } from './scan.js';

/** Skips the hearer ("told reporters"), times and settings ("on Tuesday", "in a statement") after a cue. */
export function skipSetting(scan: QuoteScan, k: number, hi: number, lemma: string | null): number {
  const { tokens, inQuote } = scan;
  if (lemma && HEARER_CUES.has(lemma)) {
    let np: TokenRange | null = OBJECT_PRONOUNS.has(tokens[k]?.norm ?? '') ? [k, k + 1] : npStartingAt(scan, k, hi);
    // "promised lower taxes": a phrase with nothing said after it is the object, not the hearer
    if (np && !OBJECT_PRONOUNS.has(tokens[k]!.norm)) {
      const n = tokens[np[1]];
      const said = !!n && (n.norm === 'that' || n.norm === ',' || n.norm === ':' || isQuoteTok(n) || WH_WORDS.has(n.norm) || n.norm === 'if' ||
        (n.norm === 'to' && startsVerb(scan, np[1] + 1)) || SETTING_PREPS.has(n.norm) || TIME_WORDS.has(n.norm) || startsClause(scan, np[1], hi, false));
      if (!said) np = null;
    }
    if (np) {
      k = np[1];
      // an appositive: "his Russian counterpart, Sergei Shoigu, that"
      if (tokens[k]?.norm === ',') {
        const app = npStartingAt(scan, k + 1, hi);
        if (app && tokens[app[1]]?.norm === ',') k = app[1] + 1;
      }
    }
  }
  for (let n = 0; n < 4 && k < hi; n++) {
    const t = tokens[k]!;
    if (inQuote[k]! >= 0) break;
    if (TIME_WORDS.has(t.norm) && (t.pos === 'ADV' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET')) { k++; continue; }
    if (t.pos === 'ADV' && !t.norm.endsWith('ly') && t.norm !== 'also' && t.norm !== 'back' && t.norm !== 'once') break;
    if (t.pos === 'ADV') { k++; continue; }
    if (t.pos === 'ADP' && SETTING_PREPS.has(t.norm)) {
      const np = npStartingAt(scan, k + 1, hi);
      if (!np) break;
      k = np[1];
      continue;
    }
    break;
  }
  return k;
}
