import type { TokenRange } from '../../core/doc.js';
import { QUANTIFIERS, SUBJECT_PRONOUNS_WHO_AND_INDEFINITES } from '../../resources/english.js';
import { npEndingAt, npStartingAt, type PhraseView } from './noun-phrases.js';
import { isTimePhrase } from './time-phrases.js';
import { isQuoteTok, isSpaceAt } from './tokens.js';

/** The subject of a verb: the phrase before it, or the first phrase of its sentence (no parser). */

/** The subject of a cue verb at `i`: the phrase before it, past adverbs, auxiliaries and an appositive or relative clause. */
export function subjectBefore(v: PhraseView, i: number, lo: number): TokenRange | null {
  const { text, tokens } = v;
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
  if (v.linkedRelativeAt(tokens[j]!.start)) return [j, j + 1];
  if (tokens[j]!.norm === ',') {
    // "Dong Jun, China's defense minister, said" / "Smith, who chairs the panel, said"
    let k = j - 1;
    while (k >= lo && tokens[k]!.norm !== ',' && k > j - 16) k--;
    if (k < lo || tokens[k]!.norm !== ',') return null;
    const between = npStartingAt(v, k + 1, j);
    // "Trump, speaking to veterans, said" / "Smith, who chairs the panel, said" / "Dong Jun, the minister, said";
    // not a clause: "..., and the meeting fell apart, said a source"
    const inner = tokens[k + 1]!;
    const insertion = between !== null || inner.norm === 'who' || inner.norm === 'which' || inner.pos === 'ADP' ||
      (inner.pos === 'VERB' && /(ing|ed)$/.test(inner.norm));
    if (!insertion) return null;
    let m = k - 1;
    if (tokens[m]?.norm === ')') { while (m > lo && tokens[m]!.norm !== '(' && m > k - 10) m--; m--; } // "Roy Cooper (D), ..., said"
    return npEndingAt(v, m, lo) ?? (between && between[1] === j ? between : null);
  }
  let np = npEndingAt(v, j, lo);
  // "Cook said ...": a capitalised name the tagger read as a verb, alone before the cue at the sentence start
  if (!np && j === lo && j === i - 1 && tokens[j]!.pos === 'VERB' && /^\p{Lu}\p{Ll}+$/u.test(text.slice(tokens[j]!.start, tokens[j]!.end)) &&
    !/(ing|ed)$/.test(tokens[j]!.norm)) return [j, j + 1];
  if (np && isTimePhrase(v, np)) {
    // "Sanders on Tuesday said", "A report released this month said": past the time phrase (and a participle)
    let k = np[0] - 1;
    while (k >= lo && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'ADP')) k--;
    const before = npEndingAt(v, k, lo);
    np = before && !isTimePhrase(v, before) ? before : null;
  }
  // "the head of the party in Ohio said", "Protesters marching through the streets chanted": the phrase the
  // prepositional phrase (or participle) hangs on is part of the subject
  for (let n = 0; np && n < 3 && np[0] - 2 >= lo; n++) {
    const p = tokens[np[0] - 1]!;
    if (p.pos !== 'ADP' || p.norm === 'that') break;
    let k = np[0] - 2;
    if (tokens[k]!.pos === 'VERB' && /(ing|ed)$/.test(tokens[k]!.norm)) k--;
    const outer = k >= lo ? npEndingAt(v, k, lo) : null;
    if (!outer || SUBJECT_PRONOUNS_WHO_AND_INDEFINITES.has(tokens[outer[0]]!.norm) || isTimePhrase(v, outer)) break;
    np = [outer[0], np[1]];
  }
  if (np && tokens[np[0]]!.norm === 'who' && np[0] - 1 >= lo) {
    // "Smith, who said ...": the speaker is the phrase the relative clause hangs on
    const k = tokens[np[0] - 1]!.norm === ',' ? np[0] - 2 : np[0] - 1;
    return npEndingAt(v, k, lo) ?? np;
  }
  return np;
}
/**
 * A subject the tagger made odd ("The self-described democratic socialist/ADJ", "most/ADV", "Those surveyed/VERB"):
 * the run of determiners, adjectives, nouns and numbers before the cue, opening the sentence or after a comma or
 * a conjunction.
 */
export function looseSubject(v: PhraseView, i: number, lo: number): TokenRange | null {
  const { text, tokens, inQuote } = v;
  let s = i;
  while (s - 1 >= lo && i - s < 7) {
    const p = tokens[s - 1]!;
    if (inQuote[s - 1]! >= 0) break;
    const ok = p.pos === 'DET' || p.pos === 'ADJ' || p.pos === 'NOUN' || p.pos === 'PROPN' || p.pos === 'NUM' || p.norm === '%' ||
      (p.norm === '-' && !isSpaceAt(text, p.start - 1)) || (p.pos === 'ADV' && QUANTIFIERS.has(p.norm)) ||
      (p.pos === 'VERB' && p.norm.endsWith('ed') && s - 2 >= lo && (tokens[s - 2]!.pos === 'DET' || (tokens[s - 2]!.norm === '-' && !isSpaceAt(text, tokens[s - 2]!.end))));
    if (!ok) break;
    s--;
  }
  if (s === i) return null;
  const before = tokens[s - 1];
  if (s > lo && before && before.norm !== ',' && before.pos !== 'CCONJ' && before.pos !== 'SCONJ' && !isQuoteTok(before)) return null;
  if (tokens[i - 1]!.pos === 'DET') return null;
  return [s, i];
}
/** First noun phrase of the sentence, after an introductory phrase closed by a comma. */
export function sentenceSubject(v: PhraseView, lo: number, hi: number): TokenRange | null {
  const { tokens, inQuote } = v;
  let s = lo;
  const t0 = tokens[lo];
  if (t0 && (t0.pos === 'ADP' || t0.pos === 'ADV' || t0.pos === 'SCONJ')) {
    let k = lo;
    while (k < hi && tokens[k]!.norm !== ',') k++;
    if (k < hi) s = k + 1;
  }
  while (s < hi && (isQuoteTok(tokens[s]!) || inQuote[s]! >= 0)) s++;
  const np = npStartingAt(v, s, hi);
  if (np && (np[1] >= hi || tokens[np[1]]!.pos === 'VERB' || tokens[np[1]]!.pos === 'AUX' || tokens[np[1]]!.pos === 'ADV' || tokens[np[1]]!.norm === ',')) return np;
  // "At the convention she shattered party norms, pledging ...": the first phrase a finite verb follows
  for (let k = lo; k < hi; k++) {
    if (inQuote[k]! >= 0) continue;
    const n = tokens[k + 1];
    if (!n || !(n.pos === 'VERB' || n.pos === 'AUX') || n.norm.endsWith('ing')) continue;
    const cand = npEndingAt(v, k, lo);
    if (cand && !isTimePhrase(v, cand)) return cand;
  }
  return np;
}