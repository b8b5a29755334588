import { NOT_INTENTIONAL } from '../clause-words.js';
import { VERB_PARTICLES } from '../cue-lexicon.js';
import { reportedClauseEnd, startsVerb } from '../../syntax/clauses.js';
import { isName } from '../../syntax/noun-phrases.js';
import { subjectBefore } from '../../syntax/subjects.js';
import { isTimePhrase } from '../../syntax/time-phrases.js';
import type { Cue } from '../cue-draft.js';
import type { QuoteScan } from '../scan.js';
import { hasActorMention } from '../speaker-lookup.js';
import type { CueReader } from './reader.js';

/** With `--attributions all`, a verb that is no cue word: its to-infinitive complement, when an actor is its subject. */
export const infinitiveComplementCue: CueReader = (scan, i, lo, hi, si) => (scan.allKinds ? infinitiveComplement(scan, i, lo, hi, si) ?? undefined : undefined);

/**
 * Any other verb or predicate adjective whose complement is a to-infinitive states what its subject aims at
 * ("have been trying to do something", "signed on to help raise", "is eager to control", "felt compelled to issue"):
 * an intention held by the subject, with `--attributions all` only.
 */
function infinitiveComplement(scan: QuoteScan, i: number, lo: number, hi: number, si: number): Cue | null {
  const { tokens, inQuote } = scan;
  const t = tokens[i]!;
  const prevTok = i > lo ? tokens[i - 1]! : null;
  const adj = t.pos === 'ADJ' && !!prevTok && (prevTok.pos === 'AUX' || prevTok.pos === 'ADV' || /^(feel|felt|feels|seem|seems|seemed)$/.test(prevTok.norm));
  if (t.pos !== 'VERB' && !adj) return null;
  const lemma = (t.lemma ?? t.norm).toLowerCase();
  if (NOT_INTENTIONAL.has(lemma) || NOT_INTENTIONAL.has(t.norm)) return null;
  let k = i + 1;
  if (VERB_PARTICLES.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'to') k++; // "signed on to help"
  if (tokens[k]?.norm !== 'to' || k + 2 >= hi || inQuote[k]! >= 0 || !startsVerb(scan, k + 1)) return null;
  if (t.pos === 'VERB' && prevTok && /^(is|are|was|were|be|been|being)$/.test(prevTok.norm) && !t.norm.endsWith('ing')) return null; // passives: "was asked to"
  if (prevTok && prevTok.norm === 'to') return null; // "to try to": the outer verb carries it
  let speaker = subjectBefore(scan, i, lo);
  let inherits = false;
  if (speaker && isTimePhrase(scan, speaker)) speaker = null;
  // only an actor aims at something: the subject must be a person or organisation dyad knows ("the plan is designed to" is not)
  if (speaker && !hasActorMention(scan, speaker)) return null;
  if (!speaker) {
    // "..., trying to ..." / "and tried to ...": the main clause's subject (kept to a participle or verb after a comma or "and")
    if (prevTok && (prevTok.norm === ',' || prevTok.pos === 'CCONJ')) inherits = true;
    else return null;
  } else if (tokens[speaker[1] - 1]!.pos !== 'PROPN' && tokens[speaker[1] - 1]!.pos !== 'PRON' && !isName(scan, tokens[speaker[1] - 1]!) &&
    !/^(who|they|we|i|you|he|she)$/.test(tokens[speaker[0]]!.norm) && tokens[speaker[1] - 1]!.pos !== 'NOUN') return null;
  return { lemma, kind: 'intention', sentence: si, cue: [i, k], speaker, inherits, group: [speaker ? Math.min(speaker[0], i) : i, k],
    content: [k, reportedClauseEnd(scan, k, hi)], rule: 'reported:infinitive-complement' };
}
