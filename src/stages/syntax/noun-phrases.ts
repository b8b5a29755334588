import type { Token } from '../../core/types.js';
import type { TokenRange } from '../../core/doc.js';
import { MONTHS, POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS_AND_DEMONSTRATIVES, SUBJECT_PRONOUNS_WHO_AND_INDEFINITES } from '../../resources/english.js';
import { WEEKDAYS_TODAY_YESTERDAY_TONIGHT } from './time-phrases.js';
import { SPEECH_VERB_FORMS } from './reporting-verbs.js';
import { NP_JOINERS, NP_POS, isSpaceAt } from './tokens.js';

/**
 * Noun phrases read off the tagged tokens (no parser): the phrase starting or ending at a token, a capitalised word
 * the tagger took for a verb. Used for speakers, subjects, objects and settings by the quote stage.
 */

/** What the phrase readers read: the tokens, where each sentence's first word is, and where quotations are. */
export interface PhraseView {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** The first word of each sentence (past quotation marks and punctuation). */
  readonly firstWord: readonly number[];
  /** The quotation each token is inside, -1 outside: a phrase does not run into a quotation. */
  readonly inQuote: Int32Array;
  /** A relative pronoun coreference linked to the phrase before it starts at `offset` ("Jeb Bush, who ..."). */
  readonly linkedRelativeAt: (offset: number) => boolean;
}

/** A token that can be part of a noun phrase (`allowPossessive`: a possessive determiner too, "his" of "his aide"). */
export function isNpTok(v: PhraseView, t: Token, allowPossessive: boolean): boolean {
  if (NP_POS.has(t.pos)) return !SUBJECT_PRONOUNS_AND_DEMONSTRATIVES.has(t.norm) || t.pos === 'PROPN';
  if (isName(v, t)) return true;
  if (t.pos === 'PART' && (t.norm === "'s" || t.norm === "'")) return true;
  if (t.norm === '&') return true;
  if (t.norm === '-') return !isSpaceAt(v.text, t.start - 1) && !isSpaceAt(v.text, t.end); // "vice-presidential", not a dash " - "
  return allowPossessive && t.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(t.norm);
}

/** A noun, a proper noun, a number, or a name the tagger misread. */
export function isNominal(v: PhraseView, t: Token): boolean { return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || isName(v, t); }

/** A capitalised word the tagger took for a verb or adjective ("Lynch/VERB said"), not opening its sentence. */
export function isName(v: PhraseView, t: Token): boolean {
  if (t.pos !== 'VERB' && t.pos !== 'ADJ' && t.pos !== 'ADV') return false;
  const c = v.text.charCodeAt(t.start);
  if (!(c >= 65 && c <= 90)) return false;
  return v.tokens[v.firstWord[t.sentence]!] !== t && !SPEECH_VERB_FORMS.has(t.norm);
}

/** The noun phrase (or speaker pronoun) whose last token is `e`, scanning left no further than `lo`. */
export function npEndingAt(v: PhraseView, e: number, lo: number): TokenRange | null {
  const { tokens, inQuote } = v;
  if (e < lo) return null;
  const t = tokens[e]!;
  if (t.pos === 'PRON') return SUBJECT_PRONOUNS_WHO_AND_INDEFINITES.has(t.norm) ? [e, e + 1] : null;
  const adjHead = t.pos === 'ADJ' && e - 1 >= lo && tokens[e - 1]!.pos === 'NOUN'; // "attorney general"
  if (!(isNominal(v, t) || adjHead) || inQuote[e]! >= 0) return null;
  let s = e;
  while (s - 1 >= lo) {
    const p = tokens[s - 1]!;
    if (inQuote[s - 1]! >= 0) break;
    if (p.pos === 'DET') {
      s--;
      // "a spokesperson for the ministry": a determiner after "for"/"of" does not start the phrase
      const j = tokens[s - 1];
      if (j && j.pos === 'ADP' && NP_JOINERS.has(j.norm) && s - 2 >= lo && isNominal(v, tokens[s - 2]!) && inQuote[s - 2]! < 0) { s--; continue; }
      break;
    }
    if (isNpTok(v, p, true)) { s--; if (p.pos === 'PRON') break; continue; }
    if (p.pos === 'ADP' && NP_JOINERS.has(p.norm) && s - 2 >= lo && isNominal(v, tokens[s - 2]!)) { s--; continue; }
    // "the Department for Education and Skills": "and" between capitalised names
    if (p.norm === 'and' && s - 2 >= lo && tokens[s]!.pos === 'PROPN' && tokens[s - 2]!.pos === 'PROPN') { s--; continue; }
    break;
  }
  // "On Tuesday Sir Alan said": a time word is not part of the name
  while (s < e && (WEEKDAYS_TODAY_YESTERDAY_TONIGHT.has(tokens[s]!.norm) || MONTHS.has(tokens[s]!.norm))) s++;
  return [s, e + 1];
}
/** The noun phrase (or speaker pronoun) starting at `s`, no further than `hi`. */
export function npStartingAt(v: PhraseView, s: number, hi: number): TokenRange | null {
  const { text, tokens, inQuote } = v;
  hi = Math.min(hi, tokens.length);
  if (s >= hi || inQuote[s]! >= 0) return null;
  const t = tokens[s]!;
  if (t.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(t.norm)) return SUBJECT_PRONOUNS_WHO_AND_INDEFINITES.has(t.norm) ? [s, s + 1] : null;
  let e = s;
  let nominal = -1;
  while (e < hi && inQuote[e]! < 0) {
    const p = tokens[e]!;
    if (p.pos === 'DET' && e > s) break;
    // "this poll", "these officials": a demonstrative determiner before its noun
    if (e === s && p.pos === 'DET' && SUBJECT_PRONOUNS_AND_DEMONSTRATIVES.has(p.norm) && e + 1 < hi && /^(NOUN|ADJ|PROPN|NUM)$/.test(tokens[e + 1]!.pos) && inQuote[e + 1]! < 0) { e++; continue; }
    // "NBC News/Wall Street Journal": names joined by a slash
    if (p.norm === '/' && nominal === e - 1 && !isSpaceAt(text, p.start - 1) && !isSpaceAt(text, p.end) && e + 1 < hi && tokens[e + 1]!.pos === 'PROPN') { e++; continue; }
    // "a mostly positive message": an adverb before the adjective it grades
    if (p.pos === 'ADV' && e > s && e + 1 < hi && tokens[e + 1]!.pos === 'ADJ' && inQuote[e + 1]! < 0 && (tokens[e - 1]!.pos === 'DET' || tokens[e - 1]!.pos === 'ADJ')) { e++; continue; }
    if (isNpTok(v, p, e === s || tokens[e - 1]!.pos === 'ADP')) {
      // "the 46-year-old": a word joined by a hyphen to a nominal heads the compound
      if (isNominal(v, p) || (nominal === e - 2 && tokens[e - 1]!.norm === '-' && !isSpaceAt(text, p.start - 1))) nominal = e;
      e++;
      continue;
    }
    if (p.pos === 'ADP' && NP_JOINERS.has(p.norm) && nominal === e - 1 && e + 1 < hi && isNpTok(v, tokens[e + 1]!, true)) { e++; continue; }
    break;
  }
  return nominal >= 0 ? [s, nominal + 1] : null;
}