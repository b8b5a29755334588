import type { Span } from '../../core/types.js';

/** One passage between quotation marks. */
export interface MarkedQuote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, and one past its end. */
  close: number;
  closeEnd: number;
  /** The quoted words, without marks, surrounding white space or a trailing comma. */
  content: Span;
  /** Offsets of the marks that reopen the quote on each new paragraph. */
  reopen: number[];
}

const OPENERS = new Set(['\u201c', '\u201e', '\u00ab']);
const CLOSERS = new Set(['\u201d', '\u00bb']);
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';

/**
 * Pairs double quotation marks (straight and curly) in one pass. Curly marks nest; a straight mark
 * closes an open quote, else opens one. A quote still open at the end of a paragraph continues when the
 * next paragraph opens with a mark (news style for a quote over several paragraphs); otherwise it is dropped.
 * Single quotes are left alone: inside a double quote they are nested quotes, elsewhere mostly apostrophes.
 */
export function findQuotations(text: string): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  let open = -1;
  let depth = 0;
  let reopen: number[] = [];
  let openWidth = 1;
  let openCurly = false;
  const push = (close: number, closeEnd: number): void => {
    let s = open + openWidth;
    let e = close;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && (isSpace(text[e - 1]) || text[e - 1] === ',')) e--;
    if (e > s) out.push({ open, close, closeEnd, content: { start: s, end: e }, reopen });
    open = -1; depth = 0; reopen = [];
  };
  // jump from one candidate character to the next instead of testing every character
  const candidate = /["'\n\u201c\u201d\u201e\u00ab\u00bb]/g;
  for (let i = 0; i < text.length; i++) {
    candidate.lastIndex = i;
    const m = candidate.exec(text);
    if (!m) break;
    i = m.index;
    const c = text[i]!;
    if (c === '\n') {
      if (open < 0) continue;
      let j = i;
      let lines = 0;
      while (j < text.length && isSpace(text[j])) { if (text[j] === '\n') lines++; j++; }
      const next = text[j];
      // the next paragraph reopens the quote with a mark of the same kind (curly after curly, straight after straight)
      const curlyNext = next !== undefined && OPENERS.has(next);
      const straightNext = next === '"' || (next === "'" && text[j + 1] === "'");
      if ((curlyNext && openCurly) || (straightNext && !openCurly)) { reopen.push(j); i = next === "'" ? j + 1 : j; continue; }
      if (lines >= 2 || j >= text.length) { open = -1; depth = 0; reopen = []; }
      i = j - 1;
      continue;
    }
    if (OPENERS.has(c)) {
      if (open < 0) { open = i; openWidth = 1; openCurly = true; depth = 1; } else depth++;
    } else if (CLOSERS.has(c)) {
      if (open < 0) {
        // a closing mark typed for an opening one at the start of a word ('\n”Fear. I am ...”')
        if (c === '\u201d' && (i === 0 || isSpace(text[i - 1])) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) { open = i; openWidth = 1; openCurly = true; depth = 1; }
        continue;
      }
      depth--;
      if (depth <= 0) push(i, i + 1);
    } else if (c === '"' || (c === "'" && text[i + 1] === "'")) {
      // a straight mark, or two apostrophes standing for one ('' in some newswire text)
      const wide = c === "'";
      if (open >= 0) push(i, wide ? i + 2 : i + 1);
      else { open = i; openWidth = wide ? 2 : 1; openCurly = false; depth = 1; }
      if (wide) i++;
    }
  }
  return out;
}
