import type { Pos, Segmentation, Sentence, Token } from '../../core/types.js';
import type { Tagger } from '../../resources/tagger.js';
import { capSentences } from './sentence-cap.js';
import { splitSectionHeads } from './section-heads.js';

const QUOTE_FOLD: Record<string, string> = { '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"', '\u2018': "'", '\u2019': "'", '\u02bc': "'" };
const foldQuotes = (s: string): string => (/[\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u02bc]/.test(s) ? s.replace(/[\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u02bc]/g, (c) => QUOTE_FOLD[c] ?? c) : s);

/**
 * Splits an article into sentences and tokens with exact character offsets, using wink-nlp for
 * tokens, POS, lemmas and a first sentence split, then repairing the split:
 * - a paragraph break (blank line) or a headline line always ends a sentence, and so does a section heading
 *   fused to the sentence after it (section-heads.ts);
 * - a sentence that starts with a lower-case word after a quoted question or exclamation
 *   (`"Why?" he asked.`) is joined to the one before;
 * - sentences are trimmed of surrounding white space and empty ones dropped.
 */
export function segment(text: string, tagger: Tagger): Segmentation {
  const raw = tagger.tag(text);
  const n = raw.values.length;
  const tokens: Token[] = [];
  // character offsets of every raw token (white space tokens included; they are dropped below)
  let offset = 0;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    offset += raw.spaces[i]!.length;
    starts[i] = offset;
    offset += raw.values[i]!.length;
    ends[i] = offset;
  }
  // paragraph breaks: runs of white space holding a blank line, either inside preceding spaces or as tabCRLF tokens
  const breakBefore = new Uint8Array(n + 1); // 1 line break, 2 paragraph break before raw token i
  for (let i = 0; i < n; i++) {
    const sp = raw.spaces[i]!;
    if (sp.includes('\n')) breakBefore[i] = Math.max(breakBefore[i]!, /\n[ \t]*\n/.test(sp) ? 2 : 1);
    if (isBlank(raw.values[i]!)) {
      const nl = countNewlines(raw.values[i]!);
      if (nl > 0) breakBefore[i + 1] = Math.max(breakBefore[i + 1]!, nl >= 2 ? 2 : 1);
    }
  }
  // collapse consecutive tabCRLF tokens: a paragraph break is two newlines in a row, even across tokens
  let pendingNl = 0;
  for (let i = 0; i < n; i++) {
    const sp = raw.spaces[i]!;
    if (isBlank(raw.values[i]!)) {
      pendingNl += countNewlines(raw.values[i]!) + countNewlines(sp);
      if (pendingNl >= 2) breakBefore[i + 1] = 2;
      continue;
    }
    if (pendingNl + countNewlines(sp) >= 2) breakBefore[i] = 2;
    pendingNl = 0;
  }

  // sentence ends proposed by wink, as raw token indices (exclusive)
  const winkEnds = new Uint8Array(n + 1);
  for (const [, e] of raw.sentences) winkEnds[e] = 1;

  const sentences: Sentence[] = [];
  let paragraph = 0;
  let cur: { first: number; last: number } | null = null;
  let firstLineOpen = true; // still on the article's first line
  let headlineCandidate = -1;
  const push = (headline: boolean): void => {
    if (!cur || cur.last <= cur.first) { cur = null; return; }
    const first = tokens[cur.first]!;
    const last = tokens[cur.last - 1]!;
    sentences.push({ start: first.start, end: last.end, firstToken: cur.first, endToken: cur.last, headline, paragraph });
    cur = null;
  };
  for (let i = 0; i < n; i++) {
    const b = breakBefore[i]!;
    if (b === 2 || (b === 1 && firstLineOpen && tokens.length > 0)) {
      // a blank line, or the end of the first line when it stands alone as a headline
      const isHeadline = firstLineOpen && b === 2 && headlineCandidate === 0;
      if (cur) push(isHeadline);
      if (tokens.length > 0) { firstLineOpen = false; if (b === 2) paragraph++; }
    } else if (winkEnds[i] && cur && !joinWithPrevious(raw.values, i)) {
      push(false);
    }
    if (isBlank(raw.values[i]!)) continue;
    if (!cur) { cur = { first: tokens.length, last: tokens.length }; if (tokens.length === 0) headlineCandidate = 0; }
    const norm = foldQuotes(raw.values[i]!.toLowerCase());
    tokens.push({ start: starts[i]!, end: ends[i]!, norm, lemma: raw.lemmas[i] ?? norm, pos: raw.pos[i] as Pos, sentence: sentences.length });
    cur.last = tokens.length;
  }
  // a first line is a headline only when a blank line follows it; otherwise it is an ordinary sentence
  if (cur) push(false);
  return capSentences(splitSectionHeads(text, { sentences, tokens }));
}

/** Line feeds in a string (no regex, no allocation: called for every token). */
function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** A white-space token (wink's tabCRLF type: line breaks and tabs). */
function isBlank(v: string): boolean {
  return v.length > 0 && v.trim().length === 0;
}

/** wink ended a sentence before raw token i: keep it together when a quoted ?/! is followed by a lower-case word. */
function joinWithPrevious(values: string[], i: number): boolean {
  const v = values[i] ?? '';
  // a middle initial ("Donald J. Trump"): wink ends the sentence at "J."; a capitalised name follows
  const prevTok = values[i - 1] ?? '';
  if (/^\p{Lu}\.$/u.test(prevTok) && /^\p{Lu}\p{Ll}/u.test(v) && /^\p{Lu}\p{Ll}+$/u.test(values[i - 2] ?? '')) return true;
  if (!/^\p{Ll}/u.test(v)) return false;
  const prev = values[i - 1] ?? '';
  const prev2 = values[i - 2] ?? '';
  return /^["'\u201d\u2019]$/.test(prev) && /^[?!]$/.test(prev2);
}
