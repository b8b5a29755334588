import type { SentenceSyntax, UdRelation } from '../../core/doc.js';
import type { Pos, Token } from '../../core/types.js';

/**
 * The parser's words for a sentence's tokens, and the parse mapped back onto the tokens. The segment stage splits
 * hyphenated words ("left-wing", "Moscow-based") into three tokens; UD English EWT, which the parser learnt from,
 * writes most of them as one word, and parsing the pieces misreads the sentence. A run of tokens joined by hyphens
 * with no space between them is one parser word; on the tokens, the last piece takes the word's head and relation and
 * the others attach to it (the hyphen as punct, the rest as compound).
 */
export function parserWords(text: string, toks: readonly Token[]): { forms: string[]; first: number[] } {
  const forms: string[] = [];
  const first: number[] = []; // first token of each word
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prevJoined = i >= 2 && toks[i - 1]!.norm === '-' && toks[i - 1]!.start === toks[i - 2]!.end && t.start === toks[i - 1]!.end && /\w$/.test(text.slice(toks[i - 2]!.start, toks[i - 2]!.end)) && /^\w/.test(text.slice(t.start, t.end));
    if (prevJoined && forms.length) {
      forms[forms.length - 1] = text.slice(toks[first[first.length - 1]!]!.start, t.end);
      continue;
    }
    if (t.norm === '-' && toks[i + 1] && toks[i - 1] && t.start === toks[i - 1]!.end && toks[i + 1]!.start === t.end
      && /\w$/.test(text.slice(toks[i - 1]!.start, toks[i - 1]!.end)) && /^\w/.test(text.slice(toks[i + 1]!.start, toks[i + 1]!.end))) continue;
    forms.push(text.slice(t.start, t.end));
    first.push(i);
  }
  return { forms, first };
}

/** The parse of the words spread over the tokens (`n` tokens; `first[w]` the first token of word w). */
export function toTokens(p: SentenceSyntax, first: readonly number[], n: number): SentenceSyntax {
  if (first.length === n) return p;
  const lastOf = first.map((f, w) => (w + 1 < first.length ? first[w + 1]! - 1 : n - 1));
  const head = new Int32Array(n);
  const deprel: UdRelation[] = new Array(n);
  const upos: Pos[] = new Array(n);
  for (let w = 0; w < first.length; w++) {
    const last = lastOf[w]!;
    const hw = p.head[w]!;
    for (let t = first[w]!; t <= last; t++) {
      if (t === last) { head[t] = hw < 0 ? -1 : lastOf[hw]!; deprel[t] = p.deprel[w]!; upos[t] = p.upos[w]!; }
      else { head[t] = last; const hy = (t - first[w]!) % 2 === 1; deprel[t] = hy ? 'punct' : 'compound'; upos[t] = hy ? 'PUNCT' : p.upos[w]!; }
    }
  }
  return { head, deprel, upos };
}
