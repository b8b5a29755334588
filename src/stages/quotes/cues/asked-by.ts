import { WH_WORDS } from '../../../resources/english.js';
import { objectEnd, startsVerb } from '../../syntax/clauses.js';
import { npStartingAt } from '../../syntax/noun-phrases.js';
import { skipSetting } from '../setting.js';
import type { CueReader } from './reader.js';

/** "Asked by Stephanopoulos whether ..., Clinton said": the question, put by the one after "by". */
export const askedBy: CueReader = (scan, i, lo, hi, si) => {
  const { tokens } = scan;
  if (tokens[i]!.norm !== 'asked' || i !== lo || tokens[i + 1]?.norm !== 'by') return undefined;
  const sp = npStartingAt(scan, i + 2, hi);
  if (!sp) return undefined;
  const k = skipSetting(scan, sp[1], hi, null);
  const n = tokens[k];
  if (n && k + 1 < hi && (WH_WORDS.has(n.norm) || n.norm === 'if' || n.norm === 'about' || (n.norm === 'to' && startsVerb(scan, k + 1)))) {
    const a = n.norm === 'about' ? k + 1 : k;
    return { lemma: 'ask', kind: 'speech', sentence: si, cue: [i, i + 2], speaker: sp, inherits: false, group: [i, a], content: [a, objectEnd(scan, a, hi)], rule: 'reported:asked-by' };
  }
  return undefined;
};
