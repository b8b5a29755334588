import { OBJECT_PRONOUNS } from '../../../resources/english.js';
import { ALL_CUE_FORMS, NOUN_CUES } from '../cue-lexicon.js';
import type { QuoteScan } from '../scan.js';

/**
 * "voters who fear/NOUN ...", "the reports show/NOUN ...": a cue the tagger took for a noun after a subject ("Trump
 * demands/NOUN accountability": after one name the verb ends in -s); asked only of nouns that are cue words.
 */
export function verbAfterSubject(scan: QuoteScan, i: number, lo: number): boolean {
  const { tokens } = scan;
  const t = tokens[i]!;
  const cueNoun = t.pos === 'NOUN' && (NOUN_CUES.has(t.norm) || ALL_CUE_FORMS.has(t.norm) || ALL_CUE_FORMS.has((t.lemma ?? '').toLowerCase()));
  return cueNoun && i > lo && (!/s$/.test(t.norm) || (tokens[i - 1]!.pos === 'PROPN' && /[^s]s$/.test(t.norm))) && (/^(who|which|they|we|i|you)$/.test(tokens[i - 1]!.norm) ||
    (tokens[i - 1]!.pos === 'NOUN' && /[^s]s$/.test(tokens[i - 1]!.norm) && (tokens[i - 2]?.pos === 'DET' ||
      // "His fellow physicians respect/NOUN him": a plural subject, the cue, an object pronoun
      OBJECT_PRONOUNS.has(tokens[i + 1]?.norm ?? ''))) ||
    // "China and Russia support/NOUN the government": a name, then the cue, then its object
    (tokens[i - 1]!.pos === 'PROPN' && tokens[i - 2]?.pos !== 'DET' && tokens[i - 2]?.pos !== 'ADP' && /^(DET|PROPN|NOUN|ADJ)$/.test(tokens[i + 1]?.pos ?? '')));
}
