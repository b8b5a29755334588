import type { TokenRange } from '../../../core/doc.js';
import type { QuoteKind } from '../../../core/types.js';
import { POSSESSIVE_DETERMINERS } from '../../../resources/english.js';
import { startsClause } from '../../syntax/clauses.js';
import { isNpTok, npEndingAt, npStartingAt } from '../../syntax/noun-phrases.js';
import { looseSubject, subjectBefore } from '../../syntax/subjects.js';
import { isTimePhrase } from '../../syntax/time-phrases.js';
import { isQuoteTok } from '../../syntax/tokens.js';
import { EVENT_NOUNS } from '../clause-words.js';
import { DOCUMENT_NOUNS } from '../cue-lexicon.js';
import type { QuoteScan } from '../scan.js';

/** Who a verb cue is attributed to, and the tokens the attribution takes so far. */
export interface VerbCueSpeaker {
  speaker: TokenRange | null;
  /** The speaker is the one of the clause the cue hangs on. */
  inherits: boolean;
  /** The speaker follows the cue ('"...," said Dong'). */
  inverted: boolean;
  group: TokenRange;
}

/**
 * The speaker of the verb cue at `i` (`prev` the word before it past adverbs, at `p`): after "to", the sentence's
 * subject; a noun cue's possessor; the phrase a relative "that/which/who" hangs on; a participle's subject or the
 * clause it hangs on; the phrase after an inverted cue; else the subject before the verb. Null: no speaker can be
 * read, so no cue.
 */
export function verbCueSpeaker(scan: QuoteScan, i: number, lo: number, hi: number, p: number, cueEnd: number, nounCue: boolean, participle: boolean): VerbCueSpeaker | null {
  const { text, tokens } = scan;
  const t = tokens[i]!;
  const prev = p >= lo ? tokens[p]! : null;
  let speaker: TokenRange | null = null;
  let inherits = false;
  let inverted = false;
  let group: TokenRange = [i, cueEnd];
  if (prev && prev.norm === 'to') {
    // "took to Twitter to accuse ...", "went on to say that ...": the sentence's subject speaks
    inherits = true;
  } else if (nounCue) {
    // "Trump's claim that ...", "a New York Times report that ..."
    let e = i - 1;
    if (tokens[e]?.pos === 'PART' || tokens[e]?.norm === "'") e--;
    speaker = e >= lo ? (tokens[e]!.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(tokens[e]!.norm) ? [e, e + 1] : npEndingAt(scan, e, lo)) : null;
    if (!speaker) return null;
  } else if (prev && (prev.norm === 'that' || prev.norm === 'which' || prev.norm === 'who') && p - 1 >= lo) {
    // "a letter from his doctor that says ..."
    speaker = npEndingAt(scan, p - 1, lo);
    if (speaker) { let s0 = speaker[0]; while (s0 > lo && (tokens[s0 - 1]!.pos === 'ADP' || isNpTok(scan, tokens[s0 - 1]!, true))) s0--; const head = npStartingAt(scan, s0, p); if (head) speaker = head; }
    else inherits = true;
  } else if (participle) {
    if (!prev || prev.norm === ',' || isQuoteTok(prev) || prev.pos === 'CCONJ' || /^(while|by|after|before|when|in)$/.test(prev.norm)) inherits = true;
    else {
      speaker = subjectBefore(scan, i, lo);
      if (!speaker) return null;
      // "she said at a news conference announcing that ...": the event does not speak, its speaker does
      if (EVENT_NOUNS.has(tokens[speaker[1] - 1]!.norm)) { speaker = null; inherits = true; }
    }
  } else if ((!prev ? i === lo && /^\p{Lu}/u.test(text[t.start] ?? '') : isQuoteTok(prev) || (prev.norm === ',' && !subjectBefore(scan, i, lo))) &&
    npStartingAt(scan, cueEnd, hi) && !isTimePhrase(scan, npStartingAt(scan, cueEnd, hi)!) && !startsClause(scan, cueEnd, hi)) {
    // inverted: '"...," said Dong', "..., said the minister", and "Said Ellis: ..." opening a sentence
    speaker = npStartingAt(scan, cueEnd, hi);
    inverted = true;
    let e = speaker![1];
    // "said Dong Jun, the defense minister," : the appositive belongs to the attribution
    if (tokens[e]?.norm === ',') { const app = npStartingAt(scan, e + 1, hi); if (app && (app[1] >= hi - 1 || tokens[app[1]]!.norm === ',')) e = app[1]; }
    group = [i, e];
  } else {
    speaker = subjectBefore(scan, i, lo);
    // "NAME, an official of the Bureau of X, with responsibility for Y, cautioned": the subject is the phrase that opens
    // the clause and that the appositions follow, not the last phrase before the verb
    if (speaker && prev && prev.norm === ',') {
      let s0 = lo;
      while (s0 < speaker[0] && (tokens[s0]!.pos === 'CCONJ' || tokens[s0]!.pos === 'ADV')) s0++;
      const opening = npStartingAt(scan, s0, i);
      if (opening && opening[1] < speaker[0] && tokens[opening[1]]?.norm === ',' && !isTimePhrase(scan, opening)) speaker = opening;
    }
    // no subject in place: "... and said", "..., said" take the speaker of the clause before
    if (!speaker && (!prev || (prev.pos !== 'CCONJ' && prev.norm !== ','))) speaker = looseSubject(scan, i, lo);
    if (speaker) group = [Math.min(speaker[0], i), cueEnd];
    else if (prev && (prev.pos === 'CCONJ' || prev.norm === ',')) inherits = true;
    else return null;
  }
  return { speaker, inherits, inverted, group };
}

/**
 * "the poll shows ...", "the study found ...": only a document reports a finding. The speaker becomes the document
 * phrase ("A 2014 study by Harvard found", "a study that appeared in X found"); with no document it is a belief or
 * evidence (`--attributions all` only). Null: no cue.
 */
export function findingSource(scan: QuoteScan, i: number, lo: number, lemma: string, kind: QuoteKind, s: VerbCueSpeaker): { kind: QuoteKind; speaker: TokenRange | null; group: TokenRange } | null {
  const { tokens, inQuote, allKinds } = scan;
  let { speaker, group } = s;
  if (s.inverted) return null;
  // the document may head a longer subject: "A 2014 study by Harvard found", "a study that appeared in X found"
  let doc = speaker && (DOCUMENT_NOUNS.has(tokens[speaker[1] - 1]!.norm) || tokens[speaker[1] - 1]!.pos === 'PROPN') ? speaker[1] - 1 : -1;
  for (let j = i - 1; doc < 0 && j >= Math.max(lo, i - 15); j--) if (DOCUMENT_NOUNS.has(tokens[j]!.norm) && inQuote[j]! < 0) doc = j;
  if (doc >= 0 && (!speaker || speaker[1] - 1 !== doc)) speaker = npEndingAt(scan, doc, lo) ?? (allKinds ? speaker : null);
  if (doc < 0 || !speaker) {
    // "the Republicans show how ill-equipped they are": a finding by someone who does not publish it
    if (!allKinds || (!speaker && !s.inherits)) return null;
    kind = lemma === 'find' ? 'belief' : 'evidence';
  }
  if (speaker) group = [Math.min(group[0], speaker[0]), group[1]];
  return { kind, speaker, group };
}
