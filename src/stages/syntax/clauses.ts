import type { Token } from '../../core/types.js';
import { OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS_AND_DEMONSTRATIVES } from '../../resources/english.js';
import { npStartingAt, type PhraseView } from './noun-phrases.js';
import { REPORTING_TAIL_FORMS, SPEECH_VERB_FORMS } from './reporting-verbs.js';
import { isTimePhrase, TIME_WORDS } from './time-phrases.js';
import { NP_POS, hyphenated, isQuoteTok } from './tokens.js';

/**
 * Clause boundaries read off the words, for a verb's clause: where it starts (after the last clause-opening word before
 * the verb) and where the words its pattern may use end (a subordinate clause, a reporting tail or a coordinated verb
 * phrase). Indices are into the arrays given (the event coder passes one sentence's tokens).
 */

/** Words that open a clause: the subject of a verb is after the last of them before it. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whether', 'because', 'although', 'though', 'while', 'when',
  'whereas', 'if', 'unless', 'since', 'after', 'before', 'until', ';', ':', 'but', 'where']);

/** Words that open a subordinate clause or a relative clause after a verb's object: its phrase ends before them. */
const CLAUSE_BREAKS_AFTER_VERB: ReadonlySet<string> = new Set(['after', 'before', 'when', 'while', 'because', 'although', 'though', 'since', 'until',
  'unless', 'whereas', 'if', ';', 'where', 'which', 'who']);

/** Subordinating conjunctions of condition, time, cause and concession. */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['if', 'unless', 'when', 'while', 'because', 'although', 'though', 'since', 'after', 'before',
  'until', 'whereas']);

/** Start of the clause a verb at `from` is in: after the last clause-opening word before it. */
export function clauseStart(norms: readonly string[], from: number): number {
  for (let t = from - 1; t >= 0; t--) if (CLAUSE_OPENERS.has(norms[t]!)) return t + 1;
  return 0;
}

/**
 * End of the words after a verb (from `from`) that its object may use: a subordinate or relative clause, a
 * coordinated verb phrase ("met Sunday and decided to ...") or a reporting tail (", a senior official said") ends it.
 */
export function verbPhraseEnd(norms: readonly string[], toks: readonly Token[], from: number): number {
  const n = norms.length;
  for (let t = from; t < n; t++) {
    const w = norms[t]!;
    if (CLAUSE_BREAKS_AFTER_VERB.has(w) && t > from) return t;
    // a coordinated verb phrase starts its own clause: "met Sunday and decided to approve ..."
    if ((w === 'and' || w === 'but') && t > from) {
      let k = t + 1;
      while (k < n && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'AUX' || norms[k] === 'not')) k++;
      if (toks[k]?.pos === 'VERB') return t;
    }
    if (w === ',') {
      // ", a senior official said" / ", officials said" / ", according to"
      for (let k = t + 1; k < Math.min(n, t + 9); k++) {
        if (REPORTING_TAIL_FORMS.has(norms[k]!)) return t;
        if (norms[k] === ',' || (toks[k]!.pos === 'VERB' && !hyphenated(toks, k))) break;
      }
    }
  }
  return n;
}

/** An "if" or "unless" shortly before `auxStart` (12 words), in its clause. */
export function conditional(norms: readonly string[], auxStart: number): boolean {
  for (let t = auxStart - 1; t >= 0 && t >= auxStart - 12; t--) {
    const w = norms[t]!;
    if (w === 'if' || w === 'unless') return true;
    if (w === ',' || w === ';' || w === 'that') return false;
  }
  return false;
}

/** A quotation mark right before token `i`. */
export function quoteBefore(norms: readonly string[], i: number): boolean {
  return norms[i - 1] === '"';
}

/**
 * Clause boundaries for reported speech and objects, read off the words and the quotations (`PhraseView.inQuote`):
 * where a reported clause ends, whether a clause or an object opens at a token, where an object phrase ends.
 * (`verbPhraseEnd` above is the event coder's, cut at subordinate clauses and reporting tails; `reportedClauseEnd`
 * runs to the sentence end, cut only before a coordinated verb of saying or a semicolon.)
 */

/** Prepositions and conjunctions that open a phrase before a reported clause: "says despite all that, ...". */
export const INTRO_PREPS: ReadonlySet<string> = new Set(['despite', 'unlike', 'without', 'amid', 'regardless', 'given', 'because', 'although', 'though', 'if',
  'when', 'while', 'once', 'unless', 'whether', 'since', 'after', 'before', 'as']);

/** Words after a comma that go on modifying an object phrase. */
export const OBJECT_CONTINUERS: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'whom', 'where', 'including', 'especially', 'particularly', 'notably', 'such', 'like']);

/** End of a reported clause starting at `a`: the sentence end, cut before a new coordinated verb or a semicolon. */
export function reportedClauseEnd(view: PhraseView, a: number, hi: number): number {
  const { tokens, inQuote } = view;
  for (let t = a + 2; t < hi; t++) {
    const tk = tokens[t]!;
    if (inQuote[t]! >= 0) continue;
    if (tk.norm === ';') return t;
    if (tk.pos === 'CCONJ' && t + 1 < hi) {
      const n = tokens[t + 1]!;
      if (n.pos === 'VERB' && inQuote[t + 1]! < 0 && SPEECH_VERB_FORMS.has(n.norm) && !tokens[t - 1]!.norm.match(/^(to|not)$/)) return t;
    }
  }
  return hi;
}

/** A reported clause opens at k: a subject (pronoun or phrase) and, within a few words, a verb. */
export function startsClause(view: PhraseView, k: number, hi: number, speakerMayFollow = true): boolean {
  const { tokens, inQuote } = view;
  const t = tokens[k];
  if (!t || inQuote[k]! >= 0) return false;
  if (t.pos === 'PRON' && SUBJECT_PRONOUNS_AND_DEMONSTRATIVES.has(t.norm)) {
    let v = k + 1;
    // "said he and Trump differ on Israel": a coordinated subject
    if ((tokens[v]?.norm === 'and' || tokens[v]?.norm === 'or') && v + 1 < hi) { const np = npStartingAt(view, v + 1, hi); if (np) v = np[1]; }
    while (v < hi && tokens[v]!.pos === 'ADV') v++;
    return v < hi && (tokens[v]!.pos === 'AUX' || tokens[v]!.pos === 'VERB');
  }
  if (!speakerMayFollow && (t.pos === 'SCONJ' || INTRO_PREPS.has(t.norm)) && t.norm !== 'that') {
    // "said if Trump wins, he would ...", "says despite all that, Obama was not ...": an opening phrase, then the clause
    for (let j = k + 1; j < Math.min(hi, k + 16); j++) {
      if (inQuote[j]! >= 0 || tokens[j]!.norm === ';' || tokens[j]!.norm === '.') return false;
      if (tokens[j]!.norm === ',') return startsClause(view, j + 1, hi, false) && !(tokens[j + 1]!.pos === 'VERB');
    }
    return false;
  }
  // "said seeing so many officers was a welcome sight": a gerund as subject
  if (!speakerMayFollow && t.pos === 'VERB' && t.norm.endsWith('ing') && k + 1 < hi && tokens[k + 1]!.pos !== 'PUNCT') {
    for (let j = k + 2; j < Math.min(hi, k + 14); j++) {
      const tj = tokens[j]!;
      if (tj.pos === 'PUNCT' || inQuote[j]! >= 0) return false;
      if (tj.pos === 'AUX' && !/^(to|be|been|being)$/.test(tj.norm)) return true;
    }
    return false;
  }
  if (!(NP_POS.has(t.pos) || t.pos === 'ADV' || (t.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(t.norm)))) return false;
  if (TIME_WORDS.has(t.norm) && t.pos !== 'DET') return false;
  const lead = npStartingAt(view, k, hi);
  if (lead && isTimePhrase(view, lead)) return false; // "said several months after her release
  for (let j = k + 1; j < Math.min(hi, k + 24); j++) {
    const tj = tokens[j]!;
    if (isQuoteTok(tj) && j === k + 1 && speakerMayFollow) return false;
    if (tj.pos === 'PUNCT' && !isQuoteTok(tj) && tj.norm !== '-' && tj.norm !== "'s") {
      // "the program, run by the department, has brought ...": an insertion inside the subject, when no speaker can follow
      if (speakerMayFollow || !/^(,|--|\u2014|\u2013)$/.test(tj.norm)) return false;
    }
    if (speakerMayFollow && (tj.norm === 'who' || tj.norm === 'which' || tj.norm === 'that')) return false;
    if (tj.pos === 'AUX') return true;
    if (tj.pos === 'VERB' && tokens[j - 1]!.norm !== 'to' && !tj.norm.endsWith('ing')) return true;
    // "each year of education yields/NOUN a 10% bump": a verb in -s the tagger read as a plural after the subject's noun
    if (!speakerMayFollow && tj.pos === 'NOUN' && /[^su]s$/.test(tj.norm) && tokens[j - 1]!.pos === 'NOUN' && j > k + 1 &&
      (tokens[j + 1]?.pos === 'DET' || tokens[j + 1]?.pos === 'NUM' || tokens[j + 1]?.norm === 'that')) return true;
  }
  return false;
}

/** A verb at k, possibly after an opening quotation mark ("to \"go to your place\""). */
export function startsVerb(view: PhraseView, k: number): boolean {
  const { tokens } = view;
  const t = tokens[k];
  if (!t) return false;
  if (isQuoteTok(t)) return tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX';
  return t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'ADV' && tokens[k + 1]?.pos === 'VERB');
}

/** An object after a cue: a noun phrase, an object pronoun, a gerund ("criticized raising taxes") or a quotation. */
export function startsObject(view: PhraseView, k: number, hi: number): boolean {
  const { tokens } = view;
  const t = tokens[k]!;
  if (isQuoteTok(t)) return true;
  if (OBJECT_PRONOUNS.has(t.norm) || t.norm === 'it' || t.norm === 'this' || t.norm === 'that' && t.pos === 'PRON') return true;
  if (/^(nothing|something|everything|anything)$/.test(t.norm)) return true;
  if (t.pos === 'VERB' && t.norm.endsWith('ing')) return true;
  return npStartingAt(view, k, hi) !== null;
}

/** End of an object phrase: the next comma, semicolon, colon, dash or new verb outside quotation marks. */
export function objectEnd(view: PhraseView, a: number, hi: number): number {
  const { tokens, inQuote } = view;
  for (let t = a + 1; t < hi; t++) {
    const tk = tokens[t]!;
    if (inQuote[t]! >= 0) continue;
    if (tk.norm === ',' && (objectGoesOn(view, t, hi) || listGoesOn(view, t, hi))) continue;
    if (tk.norm === ':' && t + 1 < hi && t > a + 1 && npStartingAt(view, t + 1, hi)) continue; // "issues: the economy and security"
    if (tk.norm === ',' || tk.norm === ';' || tk.norm === ':' || tk.norm === '\u2014' || tk.norm === '--' || tk.norm === '(') return t;
    if (tk.pos === 'CCONJ' && t + 1 < hi && tokens[t + 1]!.pos === 'VERB' && inQuote[t + 1]! < 0) {
      // "refinancing student loans and forcing universities to ...": a second gerund goes on the first one's list
      if (tokens[a]!.pos === 'VERB' && tokens[a]!.norm.endsWith('ing') && tokens[t + 1]!.norm.endsWith('ing')) continue;
      return t;
    }
  }
  return hi;
}

/** ", Hillary Clinton, Bill Clinton, and Paul Ryan": after the comma at t, a list of noun phrases closed by "and"/"or". */
export function listGoesOn(view: PhraseView, t: number, hi: number): boolean {
  const { tokens } = view;
  let k = t + 1;
  for (let n = 0; n < 6 && k < hi; n++) {
    if (tokens[k]!.norm === 'and' || tokens[k]!.norm === 'or') return npStartingAt(view, k + 1, hi) !== null;
    const np = npStartingAt(view, k, hi);
    if (!np) return false;
    k = np[1];
    if (tokens[k]?.norm === ',') k++;
    else if (tokens[k]?.norm !== 'and' && tokens[k]?.norm !== 'or') return false;
  }
  return false;
}

/**
 * An object phrase goes on over the comma at t when what follows modifies it: a relative clause ("the front-runner,
 * who ..."), a participle ("a picture, showing ..."), an example list ("including ...", "such as ...") or a second
 * adjective ("a generous, magnanimous executive").
 */
export function objectGoesOn(view: PhraseView, t: number, hi: number): boolean {
  const { tokens, inQuote } = view;
  const n = tokens[t + 1];
  if (!n || t + 2 >= hi || inQuote[t + 1]! >= 0) return false;
  if (OBJECT_CONTINUERS.has(n.norm)) return true;
  if (n.norm === 'as' && tokens[t + 2]!.norm === 'well') return true;
  if (n.pos === 'ADJ' && tokens[t - 1]!.pos === 'ADJ') return true;
  return n.pos === 'VERB' && /(ing|ed)$/.test(n.norm) && !SPEECH_VERB_FORMS.has(n.norm) && tokens[t + 2]!.pos !== 'PUNCT';
}
