import type { QuoteKind } from '../../../core/types.js';
import { startsClause } from '../../syntax/clauses.js';
import { isNominal } from '../../syntax/noun-phrases.js';
import { onlyTimeWords } from '../../syntax/time-phrases.js';
import { isQuoteTok, isWord } from '../../syntax/tokens.js';
import { nextToQuotation } from '../around-quotations.js';
import { NOT_PROPOSITIONAL } from '../clause-words.js';
import { CLAUSE_READERS, type ClauseReading, type VerbCueHead } from '../clauses/index.js';
import {
  ABOUT_PREPS, ALL_CUE_FORMS, APPEARANCE_CUES, CUE_FORMS, CUE_KIND, DIRECT_ONLY, FINDING_CUES, HEARER_CUES, NAMING_CUES, NEEDS_PARTICLE, PREP_CUES,
  SPEECH_INFINITIVES, VERB_PARTICLES,
} from '../cue-lexicon.js';
import { skipSetting } from '../setting.js';
import { appearance } from './appearance.js';
import type { QuoteScan } from '../scan.js';
import type { CueReader } from './reader.js';
import { verbAfterSubject } from './verb-after-subject.js';
import { findingSource, verbCueSpeaker } from './verb-speaker.js';

/**
 * A verb of attribution (a cue word of cue-lexicon.ts, or with `--attributions all` any verb with a that-clause) with
 * its kind, speaker and extent, then what it reports: the first of CLAUSE_READERS that answers. Not a cue verb:
 * `undefined` (the readers after it may read the token).
 */
export const verbCue: CueReader = (scan, i, lo, hi, si, earlier) => {
  const { tokens, inQuote, allKinds } = scan;
  const t = tokens[i]!;
  const afterSubject = verbAfterSubject(scan, i, lo);
  let lemma = ALL_CUE_FORMS.get(t.norm) ?? ALL_CUE_FORMS.get((t.lemma ?? '').toLowerCase());
  // any other verb whose complement is a that-clause states a proposition someone holds: "clarified that ...",
  // "has made clear that ...", "is confident that ..."
  const madeClear = (t.lemma ?? t.norm).toLowerCase() === 'make' && (tokens[i + 1]?.norm === 'clear' || (tokens[i + 1]?.norm === 'it' && tokens[i + 2]?.norm === 'clear'));
  if (!lemma && allKinds && (t.pos === 'VERB' || (t.pos === 'ADJ' && tokens[i - 1]?.pos === 'AUX')) && (madeClear || !NOT_PROPOSITIONAL.has((t.lemma ?? t.norm).toLowerCase()))) {
    let j = i + 1;
    if (tokens[j]?.norm === 'it' && madeClear) j++;
    if (tokens[j]?.norm === 'clear' || tokens[j]?.norm === 'sure') j++;
    if (tokens[j]?.norm === 'that' && tokens[j]!.pos !== 'PRON' && startsClause(scan, j + 1, hi, false)) lemma = (t.lemma ?? t.norm).toLowerCase();
  }
  if (!lemma) return undefined;
  let kind: QuoteKind = CUE_KIND.get(lemma) ?? 'speech';
  // "declined to comment" is a statement; "declined to run" is not
  if ((lemma === 'decline' || lemma === 'refuse') && tokens[i + 1]?.norm === 'to') {
    const v = tokens[i + 2];
    kind = v && SPEECH_INFINITIVES.has((v.lemma ?? v.norm).toLowerCase()) ? 'speech' : 'intention';
  }
  // "The Post has learned": a newsroom reporting what it found
  if (lemma === 'learn' && (tokens[i - 1]?.norm === 'has' || tokens[i - 1]?.norm === 'have')) kind = 'speech';
  if (kind !== 'speech' && !allKinds) return null;
  if (kind !== 'speech' && t.pos !== 'VERB' && t.pos !== 'AUX' && !afterSubject) return null; // "his support", "the plan": a noun is no cue
  if (APPEARANCE_CUES.has(lemma) || (lemma === 'expect' && /^(is|are|was|were|be|been)$/.test(tokens[i - 1]?.norm ?? '') && tokens[i + 1]?.norm === 'to')) {
    // "the plan seems to work", "Trump is expected to win": what seems is the whole clause, and no one says it
    return appearance(scan, i, lo, hi, si, lemma);
  }
  let nounCue = false;
  if (t.pos === 'NOUN' && afterSubject && kind !== 'speech' && !allKinds) return null;
  if ((t.pos === 'NOUN' || t.pos === 'PROPN') && !afterSubject) {
    // a noun cue needs its clause: "the claim that ...", "Trump charges that ..."
    if (lemma !== 'say' && lemma !== 'tell') {
      let end = i + 1;
      while (end < hi && !isWord(tokens[end]!)) end++;
      const lastWord = end >= hi && i - 1 >= lo && isNominal(scan, tokens[i - 1]!); // "..., The Wall Street Journal reports."
      if (!lastWord && (tokens[i + 1]?.norm !== 'that' || !startsClause(scan, i + 2, hi, false))) return null;
      nounCue = !lastWord;
    }
  }
  else if (t.pos === 'ADJ') { if (!t.norm.endsWith('ing')) return null; }
  else if (t.pos !== 'VERB' && t.pos !== 'AUX' && !afterSubject) return null;
  let cueEnd = i + 1;
  const particle = NEEDS_PARTICLE.get(lemma);
  if (particle) { if (!particle.has(tokens[i + 1]?.norm ?? '')) return null; cueEnd = i + 2; }
  // "talked about the economy", "referring to Trump", "voted for the bill", "spoke out against it": the object of the preposition
  let pj = i + 1;
  if (allKinds && VERB_PARTICLES.has(tokens[pj]?.norm ?? '') && tokens[pj]!.pos !== 'NOUN' && (tokens[pj + 1]?.pos === 'ADP')) pj++;
  const pn = tokens[pj]?.norm ?? '';
  const prep = PREP_CUES.get(lemma);
  const prepObject = !DIRECT_ONLY.has(lemma) && pj + 1 < hi && ((!!prep && prep.has(pn)) || (allKinds && ABOUT_PREPS.has(pn))) && inQuote[pj + 1]! < 0;
  if (prepObject) cueEnd = Math.max(cueEnd, pj + 1);
  let p = i - 1;
  while (p >= lo && tokens[p]!.pos === 'ADV') p--;
  const prev = p >= lo ? tokens[p]! : null;
  if (prev && (prev.norm === 'be' || prev.norm === 'been' || prev.norm === 'being')) return null; // passives
  if (prev && /^(was|were|is|are)$/.test(prev.norm) && !t.norm.endsWith('ing')) return null; // "was told"
  const participle = t.norm.endsWith('ing') && !(prev && prev.pos === 'AUX');
  // "declined to comment on the report": what was declined is not said
  if (prev && prev.norm === 'to' && p - 1 >= lo && /^(declin|refus)/.test(tokens[p - 1]!.norm)) return null;
  const who = verbCueSpeaker(scan, i, lo, hi, p, cueEnd, nounCue, participle);
  if (!who) return null;
  let { speaker, group } = who;
  const { inherits, inverted } = who;
  if (FINDING_CUES.has(lemma)) {
    const source = findingSource(scan, i, lo, lemma, kind, who);
    if (!source) return null;
    ({ kind, speaker, group } = source);
  }

  // the clause after the cue
  const from = inverted ? group[1] : cueEnd;
  let k = skipSetting(scan, from, hi, lemma);
  if (lemma !== 'accuse' && !DIRECT_ONLY.has(lemma)) k = thatOfClause(scan, lemma, k, from, hi, inverted);
  const head: VerbCueHead = { i, lo, hi, si, lemma, kind, cueEnd, speaker, inverted, participle, prepObject, group, from, k, earlier };
  let reading: ClauseReading | undefined;
  for (const read of CLAUSE_READERS) if ((reading = read(scan, head)) !== undefined) break;
  const content = reading!.content;
  group = reading!.group;
  kind = reading!.kind ?? kind;
  cueEnd = reading!.cueEnd ?? cueEnd;
  // "the talks are continuing", "his refusal to answer": without a clause or a quotation next to it, no cue
  const weak = (prev?.norm === 'to' || DIRECT_ONLY.has(lemma)) && !NAMING_CUES.has(lemma);
  if (weak && !content && !nextToQuotation(scan, group)) return null;
  return { lemma, kind, sentence: si, cue: [i, cueEnd], speaker, inherits, group, content, rule: reading!.rule };
};

/**
 * For a cue that takes a clause: `k`, or the "that" opening its clause a few words on, past the hearer and the
 * setting ("said on Tuesday that"); not a relative "that" after an object ("emphasizing the threat that a Trump
 * presidency would constitute").
 */
function thatOfClause(scan: QuoteScan, lemma: string, k: number, from: number, hi: number, inverted: boolean): number {
  const { tokens } = scan;
  let thatAt = tokens[k]?.norm === 'that' ? k : inverted ? -1 : findThat(scan, from, hi);
  if (thatAt > k && !HEARER_CUES.has(lemma) && tokens[thatAt - 1]!.norm !== ',' && /^(DET|NOUN|ADJ|PROPN)$/.test(tokens[from]!.pos) &&
    !onlyTimeWords(scan, from, thatAt)) thatAt = -1;
  return thatAt >= 0 && thatAt + 1 < hi ? thatAt : k;
}

/** A "that" opening the clause a few words after a cue, past the hearer and the setting, or -1. */
function findThat(scan: QuoteScan, from: number, hi: number): number {
  const { tokens } = scan;
  for (let j = from; j < Math.min(hi, from + 16); j++) {
    const tj = tokens[j]!;
    if (tj.norm === 'that') return tj.pos !== 'PRON' && (startsClause(scan, j + 1, hi, false) || isQuoteTok(tokens[j + 1] ?? tj)) ? j : -1;
    if (tj.pos === 'AUX' || tj.pos === 'SCONJ' || tj.norm === '.' || tj.norm === ';' || tj.norm === ':' || CUE_FORMS.has(tj.norm)) return -1;
    if (tj.pos === 'VERB' && !(j > from && /^(DET|ADJ|NOUN)$/.test(tokens[j - 1]!.pos))) return -1;
  }
  return -1;
}