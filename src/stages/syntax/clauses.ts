import type { Token } from '../../core/types.js';
import { REPORTING_TAIL_FORMS } from './reporting-verbs.js';
import { hyphenated } from './tokens.js';

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
