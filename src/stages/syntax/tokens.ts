import type { Token } from '../../core/types.js';

/** Parts of speech a noun phrase is made of (with possessives and hyphens, see noun-phrases.ts). */
export const NP_POS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);

/** Prepositions that join two nouns into one phrase: "a spokesperson for the ministry", "the head of the party". */
export const NP_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'at']);

/** Tokens that are quotation marks (norms fold curly marks to straight ones; '' and `` as newswire writes them). */
const QUOTE_NORMS: ReadonlySet<string> = new Set(['"', "'", '``', "''"]);

export const isQuoteTok = (t: Token): boolean => QUOTE_NORMS.has(t.norm);

/** A word: neither punctuation, a symbol nor a quotation mark. */
export const isWord = (t: Token): boolean => t.pos !== 'PUNCT' && t.pos !== 'SYM' && !isQuoteTok(t);

/** The character at offset `i` of `text` is white space, or `i` is outside the text. */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text[i];
  return c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\u00a0';
}

/** A word inside a hyphenated compound ("long-threatened", "US-led"): a modifier, not a verb of the clause. */
export function hyphenated(toks: readonly Token[], i: number): boolean {
  const p = toks[i - 1];
  return !!p && p.norm === '-' && p.end === toks[i]!.start;
}
