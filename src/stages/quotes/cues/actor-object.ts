import { objectEnd, startsObject } from '../../syntax/clauses.js';
import { subjectBefore } from '../../syntax/subjects.js';
import { isTimePhrase } from '../../syntax/time-phrases.js';
import { isQuoteTok } from '../../syntax/tokens.js';
import { VERB_PARTICLES } from '../cue-lexicon.js';
import type { Cue } from '../cue-draft.js';
import type { QuoteScan } from '../scan.js';
import { hasActorMention } from '../speaker-lookup.js';
import { LIGHT_VERBS } from '../stance-verbs.js';
import type { CueReader } from './reader.js';

/** With `--attributions all`, a verb that is no cue word: its object, when an actor is its subject. */
export const actorObjectCue: CueReader = (scan, i, lo, hi, si) => (scan.allKinds ? actorObject(scan, i, lo, hi, si) : undefined);

/**
 * With `--attributions all`: any other verb whose subject is an actor dyad knows and whose object is a noun phrase
 * ("Trump has questioned the very need for moderators", "He has promoted a raft of therapies"): PolNeAR attributes
 * the object to the subject as a stance.
 */
function actorObject(scan: QuoteScan, i: number, lo: number, hi: number, si: number): Cue | null {
  const { tokens, inQuote, actionVerbs } = scan;
  const t = tokens[i]!;
  if (t.pos !== 'VERB' || inQuote[i]! >= 0) return null;
  const lemma = (t.lemma ?? t.norm).toLowerCase();
  if (LIGHT_VERBS.has(lemma) || actionVerbs.has(lemma)) return null;
  const prevTok = i > lo ? tokens[i - 1]! : null;
  if (prevTok && /^(is|are|was|were|be|been|being|to)$/.test(prevTok.norm)) return null;
  if (t.norm.endsWith('ing') && !(prevTok && prevTok.pos === 'AUX')) return null;
  let k = i + 1;
  if (VERB_PARTICLES.has(tokens[k]?.norm ?? '') && tokens[k]!.pos !== 'NOUN') k++;
  if (k >= hi || !startsObject(scan, k, hi) || (inQuote[k]! >= 0 && !isQuoteTok(tokens[k]!))) return null;
  const speaker = subjectBefore(scan, i, lo);
  if (!speaker || isTimePhrase(scan, speaker) || !hasActorMention(scan, speaker)) return null;
  const end = objectEnd(scan, k, hi);
  if (end <= k) return null;
  return { lemma, kind: 'evaluation', sentence: si, cue: [i, k], speaker, inherits: false, group: [Math.min(speaker[0], i), k],
    content: [k, end], rule: 'reported:actor-object' };
}
