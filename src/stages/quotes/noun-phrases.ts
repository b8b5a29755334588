import type { Token } from '../../core/types.js';
import type { QuoteDoc } from './cue-draft.js';
import { CUE_FORMS } from './cue-lexicon.js';
import { MONTHS, POSSESSIVE_DETERMINERS, QUANTIFIERS, SUBJECT_PRONOUNS_AND_DEMONSTRATIVES, SUBJECT_PRONOUNS_WHO_AND_INDEFINITES } from '../../resources/english.js';
import { TIME_WORDS, WEEKDAYS_TODAY_YESTERDAY_TONIGHT } from '../syntax/time-phrases.js';
import { NP_JOINERS, NP_POS, isQuoteTok } from '../syntax/tokens.js';
import { relativeMentionAt } from './relative-speaker.js';

/**
 * Reads noun phrases and the subjects of cue verbs (the speaker phrases) in a segmented article: `firstWord` is the
 * first word of each sentence, `inQuote` the quotation each token is in (-1 outside).
 */
export function nounPhraseReader(doc: QuoteDoc, firstWord: number[], inQuote: Int32Array, isSpaceAt: (i: number) => boolean) {
  const text = doc.text;
  const { tokens } = doc;

  function isNpTok(t: Token, allowPossessive: boolean): boolean {
    if (NP_POS.has(t.pos)) return !SUBJECT_PRONOUNS_AND_DEMONSTRATIVES.has(t.norm) || t.pos === 'PROPN';
    if (isName(t)) return true;
    if (t.pos === 'PART' && (t.norm === "'s" || t.norm === "'")) return true;
    if (t.norm === '&') return true;
    if (t.norm === '-') return !isSpaceAt(t.start - 1) && !isSpaceAt(t.end); // "vice-presidential", not a dash " - "
    return allowPossessive && t.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(t.norm);
  }
  function isNominal(t: Token): boolean { return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || isName(t); }

  /** A capitalised word the tagger took for a verb or adjective ("Lynch/VERB said"), not opening its sentence. */
  function isName(t: Token): boolean {
    if (t.pos !== 'VERB' && t.pos !== 'ADJ' && t.pos !== 'ADV') return false;
    const c = text.charCodeAt(t.start);
    if (!(c >= 65 && c <= 90)) return false;
    return tokens[firstWord[t.sentence]!] !== t && !CUE_FORMS.has(t.norm);
  }

  /** The noun phrase (or speaker pronoun) whose last token is `e`, scanning left no further than `lo`. */
  function npEndingAt(e: number, lo: number): [number, number] | null {
    if (e < lo) return null;
    const t = tokens[e]!;
    if (t.pos === 'PRON') return SUBJECT_PRONOUNS_WHO_AND_INDEFINITES.has(t.norm) ? [e, e + 1] : null;
    const adjHead = t.pos === 'ADJ' && e - 1 >= lo && tokens[e - 1]!.pos === 'NOUN'; // "attorney general"
    if (!(isNominal(t) || adjHead) || inQuote[e]! >= 0) return null;
    let s = e;
    while (s - 1 >= lo) {
      const p = tokens[s - 1]!;
      if (inQuote[s - 1]! >= 0) break;
      if (p.pos === 'DET') {
        s--;
        // "a spokesperson for the ministry": a determiner after "for"/"of" does not start the phrase
        const j = tokens[s - 1];
        if (j && j.pos === 'ADP' && NP_JOINERS.has(j.norm) && s - 2 >= lo && isNominal(tokens[s - 2]!) && inQuote[s - 2]! < 0) { s--; continue; }
        break;
      }
      if (isNpTok(p, true)) { s--; if (p.pos === 'PRON') break; continue; }
      if (p.pos === 'ADP' && NP_JOINERS.has(p.norm) && s - 2 >= lo && isNominal(tokens[s - 2]!)) { s--; continue; }
      // "the Department for Education and Skills": "and" between capitalised names
      if (p.norm === 'and' && s - 2 >= lo && tokens[s]!.pos === 'PROPN' && tokens[s - 2]!.pos === 'PROPN') { s--; continue; }
      break;
    }
    // "On Tuesday Sir Alan said": a time word is not part of the name
    while (s < e && (WEEKDAYS_TODAY_YESTERDAY_TONIGHT.has(tokens[s]!.norm) || MONTHS.has(tokens[s]!.norm))) s++;
    return [s, e + 1];
  }

  /** The noun phrase (or speaker pronoun) starting at `s`, no further than `hi`. */
  function npStartingAt(s: number, hi: number): [number, number] | null {
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
      if (p.norm === '/' && nominal === e - 1 && !isSpaceAt(p.start - 1) && !isSpaceAt(p.end) && e + 1 < hi && tokens[e + 1]!.pos === 'PROPN') { e++; continue; }
      // "a mostly positive message": an adverb before the adjective it grades
      if (p.pos === 'ADV' && e > s && e + 1 < hi && tokens[e + 1]!.pos === 'ADJ' && inQuote[e + 1]! < 0 && (tokens[e - 1]!.pos === 'DET' || tokens[e - 1]!.pos === 'ADJ')) { e++; continue; }
      if (isNpTok(p, e === s || tokens[e - 1]!.pos === 'ADP')) {
        // "the 46-year-old": a word joined by a hyphen to a nominal heads the compound
        if (isNominal(p) || (nominal === e - 2 && tokens[e - 1]!.norm === '-' && !isSpaceAt(p.start - 1))) nominal = e;
        e++;
        continue;
      }
      if (p.pos === 'ADP' && NP_JOINERS.has(p.norm) && nominal === e - 1 && e + 1 < hi && isNpTok(tokens[e + 1]!, true)) { e++; continue; }
      break;
    }
    return nominal >= 0 ? [s, nominal + 1] : null;
  }

  /** The subject of a cue verb at `i`: the phrase before it, past adverbs, auxiliaries and an appositive or relative clause. */
  function subjectBefore(i: number, lo: number): [number, number] | null {
    let j = i - 1;
    while (j >= lo && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'AUX' || tokens[j]!.norm === 'not' || tokens[j]!.norm === "n't")) j--;
    if (j < lo) return null;
    if (tokens[j]!.norm === ')') {
      // "Sen. Jane Roe (D-Ore.) said"
      let k = j - 1;
      while (k > lo && tokens[k]!.norm !== '(' && k > j - 8) k--;
      if (tokens[k]!.norm === '(') j = k - 1;
    }
    if (j < lo) return null;
    // "Jeb Bush, who announced ...": the relative pronoun coreference linked to the phrase before it
    if (relativeMentionAt(doc, tokens[j]!.start)) return [j, j + 1];
    if (tokens[j]!.norm === ',') {
      // "Dong Jun, China's defense minister, said" / "Smith, who chairs the panel, said"
      let k = j - 1;
      while (k >= lo && tokens[k]!.norm !== ',' && k > j - 16) k--;
      if (k < lo || tokens[k]!.norm !== ',') return null;
      const between = npStartingAt(k + 1, j);
      // "Trump, speaking to veterans, said" / "Smith, who chairs the panel, said" / "Dong Jun, the minister, said";
      // not a clause: "..., and the meeting fell apart, said a source"
      const inner = tokens[k + 1]!;
      const insertion = between !== null || inner.norm === 'who' || inner.norm === 'which' || inner.pos === 'ADP' ||
        (inner.pos === 'VERB' && /(ing|ed)$/.test(inner.norm));
      if (!insertion) return null;
      let m = k - 1;
      if (tokens[m]?.norm === ')') { while (m > lo && tokens[m]!.norm !== '(' && m > k - 10) m--; m--; } // "Roy Cooper (D), ..., said"
      return npEndingAt(m, lo) ?? (between && between[1] === j ? between : null);
    }
    let np = npEndingAt(j, lo);
    // "Cook said ...": a capitalised name the tagger read as a verb, alone before the cue at the sentence start
    if (!np && j === lo && j === i - 1 && tokens[j]!.pos === 'VERB' && /^\p{Lu}\p{Ll}+$/u.test(text.slice(tokens[j]!.start, tokens[j]!.end)) &&
      !/(ing|ed)$/.test(tokens[j]!.norm)) return [j, j + 1];
    if (np && isTimePhrase(np)) {
      // "Sanders on Tuesday said", "A report released this month said": past the time phrase (and a participle)
      let k = np[0] - 1;
      while (k >= lo && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'ADP')) k--;
      const before = npEndingAt(k, lo);
      np = before && !isTimePhrase(before) ? before : null;
    }
    // "the head of the party in Ohio said", "Protesters marching through the streets chanted": the phrase the
    // prepositional phrase (or participle) hangs on is part of the subject
    for (let n = 0; np && n < 3 && np[0] - 2 >= lo; n++) {
      const p = tokens[np[0] - 1]!;
      if (p.pos !== 'ADP' || p.norm === 'that') break;
      let k = np[0] - 2;
      if (tokens[k]!.pos === 'VERB' && /(ing|ed)$/.test(tokens[k]!.norm)) k--;
      const outer = k >= lo ? npEndingAt(k, lo) : null;
      if (!outer || SUBJECT_PRONOUNS_WHO_AND_INDEFINITES.has(tokens[outer[0]]!.norm) || isTimePhrase(outer)) break;
      np = [outer[0], np[1]];
    }
    if (np && tokens[np[0]]!.norm === 'who' && np[0] - 1 >= lo) {
      // "Smith, who said ...": the speaker is the phrase the relative clause hangs on
      const k = tokens[np[0] - 1]!.norm === ',' ? np[0] - 2 : np[0] - 1;
      return npEndingAt(k, lo) ?? np;
    }
    return np;
  }

  /**
   * A subject the tagger made odd ("The self-described democratic socialist/ADJ", "most/ADV", "Those surveyed/VERB"):
   * the run of determiners, adjectives, nouns and numbers before the cue, opening the sentence or after a comma or
   * a conjunction.
   */
  function looseSubject(i: number, lo: number): [number, number] | null {
    let s = i;
    while (s - 1 >= lo && i - s < 7) {
      const p = tokens[s - 1]!;
      if (inQuote[s - 1]! >= 0) break;
      const ok = p.pos === 'DET' || p.pos === 'ADJ' || p.pos === 'NOUN' || p.pos === 'PROPN' || p.pos === 'NUM' || p.norm === '%' ||
        (p.norm === '-' && !isSpaceAt(p.start - 1)) || (p.pos === 'ADV' && QUANTIFIERS.has(p.norm)) ||
        (p.pos === 'VERB' && p.norm.endsWith('ed') && s - 2 >= lo && (tokens[s - 2]!.pos === 'DET' || (tokens[s - 2]!.norm === '-' && !isSpaceAt(tokens[s - 2]!.end))));
      if (!ok) break;
      s--;
    }
    if (s === i) return null;
    const before = tokens[s - 1];
    if (s > lo && before && before.norm !== ',' && before.pos !== 'CCONJ' && before.pos !== 'SCONJ' && !isQuoteTok(before)) return null;
    if (tokens[i - 1]!.pos === 'DET') return null;
    return [s, i];
  }

  /** "late Wednesday", "earlier this month": only words of time between a and b. */
  function onlyTimeWords(a: number, b: number): boolean {
    for (let t = a; t < b; t++) {
      const n = tokens[t]!.norm;
      if (!(TIME_WORDS.has(n) || MONTHS.has(n) || WEEKDAYS_TODAY_YESTERDAY_TONIGHT.has(n) || n === 'late' || n === 'early' || tokens[t]!.pos === 'NUM')) return false;
    }
    return true;
  }

  /** "Tuesday", "this month", "2010": a time, not a speaker. */
  function isTimePhrase(np: [number, number]): boolean {
    const h = tokens[np[1] - 1]!;
    return TIME_WORDS.has(h.norm) || MONTHS.has(h.norm) || (h.pos === 'NUM' && /^(1[89]|20)\d\d$/.test(h.norm));
  }

  /** First noun phrase of the sentence, after an introductory phrase closed by a comma. */
  function sentenceSubject(lo: number, hi: number): [number, number] | null {
    let s = lo;
    const t0 = tokens[lo];
    if (t0 && (t0.pos === 'ADP' || t0.pos === 'ADV' || t0.pos === 'SCONJ')) {
      let k = lo;
      while (k < hi && tokens[k]!.norm !== ',') k++;
      if (k < hi) s = k + 1;
    }
    while (s < hi && (isQuoteTok(tokens[s]!) || inQuote[s]! >= 0)) s++;
    const np = npStartingAt(s, hi);
    if (np && (np[1] >= hi || tokens[np[1]]!.pos === 'VERB' || tokens[np[1]]!.pos === 'AUX' || tokens[np[1]]!.pos === 'ADV' || tokens[np[1]]!.norm === ',')) return np;
    // "At the convention she shattered party norms, pledging ...": the first phrase a finite verb follows
    for (let k = lo; k < hi; k++) {
      if (inQuote[k]! >= 0) continue;
      const n = tokens[k + 1];
      if (!n || !(n.pos === 'VERB' || n.pos === 'AUX') || n.norm.endsWith('ing')) continue;
      const cand = npEndingAt(k, lo);
      if (cand && !isTimePhrase(cand)) return cand;
    }
    return np;
  }

  return { isNpTok, isNominal, isName, npEndingAt, npStartingAt, subjectBefore, looseSubject, onlyTimeWords, isTimePhrase, sentenceSubject };
}
