import type { TokenRange } from '../../core/doc.js';
import type { Actor, Mention, Sentence, Span } from '../../core/types.js';
import type { PhraseView } from '../syntax/noun-phrases.js';
import { isQuoteTok } from '../syntax/tokens.js';
import type { Cue, QuoteDoc } from './cue-draft.js';
import { transcriptTurns } from './cues/transcript-turn.js';
import { findQuotations, type MarkedQuote } from './quote-marks.js';
import { relativeMentionAt } from './relative-speaker.js';
import { ACTION_VERBS } from './stance-verbs.js';

export interface QuoteOptions {
  /** `speech` (default): statements said, written or published; `all`: every attribution, with its kind. */
  attributions?: 'speech' | 'all';
  /** How many paragraphs back a floating quote may look for the statement whose speaker it inherits (default 3). */
  floatingParagraphs?: number;
  /** Fewest words a reported clause must hold (default 2). */
  minReportedWords?: number;
  /** Verbs whose object is no stance of their subject's (default `ACTION_VERBS`; see stance-verbs.ts). */
  actionVerbs?: ReadonlySet<string>;
}

/**
 * One article as the quote readers see it, built once and read-only after: the document, the options, the
 * quotation marks and which quotation each token is in, the first word of each sentence, the transcript turns.
 * Every cue and clause reader takes it as its first argument (a `PhraseView` for the shallow-syntax readers).
 */
export interface QuoteScan extends PhraseView {
  readonly doc: QuoteDoc;
  readonly sentences: readonly Sentence[];
  /** Coreference's mentions (those with an actor) and links. */
  readonly mentions: readonly Mention[];
  readonly actorOfMention: ReadonlyMap<string, string>;
  readonly actorById: ReadonlyMap<string, Actor>;
  /** Every attribution (`--attributions all`), not only statements. */
  readonly allKinds: boolean;
  readonly minReportedWords: number;
  readonly floatingParagraphs: number;
  readonly actionVerbs: ReadonlySet<string>;
  /** Passages between quotation marks (those running over a transcript turn's colon are the transcript's, dropped). */
  readonly marks: readonly MarkedQuote[];
  /** For each mark, the token of its opening mark and of its last token. */
  readonly openTok: readonly number[];
  readonly closeTok: readonly number[];
  /** Transcript turns ("SMITH: We will ..."), read before the other cues. */
  readonly turns: readonly Cue[];
}

/** Reads the marks, turns and first words of an article for the quote readers. */
export function scanQuotes(doc: QuoteDoc, opts: QuoteOptions = {}): QuoteScan {
  const { text, tokens, sentences } = doc;
  const { turns, colonOffsets } = transcriptTurns(doc);
  // the first word of each sentence (past quotation marks and punctuation)
  const firstWord = sentences.map((s) => {
    let f = s.firstToken;
    while (f < s.endToken && (isQuoteTok(tokens[f]!) || tokens[f]!.pos === 'PUNCT')) f++;
    return f;
  });
  // quotations and the tokens they cover; marks running over transcript turns are the transcript's, not one quotation
  const marks = findQuotations(text).filter((q) => !colonOffsets.some((o) => o > q.open && o < q.closeEnd));
  const inQuote = new Int32Array(tokens.length).fill(-1);
  const openTok: number[] = [];
  const closeTok: number[] = [];
  let ti = 0;
  marks.forEach((q, qi) => {
    while (ti < tokens.length && tokens[ti]!.end <= q.open) ti++;
    openTok.push(ti);
    let tj = ti;
    while (tj < tokens.length && tokens[tj]!.start < q.closeEnd) { inQuote[tj] = qi; tj++; }
    closeTok.push(Math.max(ti, tj - 1));
    ti = tj;
  });
  const scan: QuoteScan = {
    doc, text, tokens, sentences, firstWord, inQuote,
    mentions: doc.coref.mentions, actorOfMention: doc.coref.actorOfMention, actorById: new Map(doc.coref.actors.map((a) => [a.id, a])),
    allKinds: opts.attributions === 'all', minReportedWords: opts.minReportedWords ?? 2, floatingParagraphs: opts.floatingParagraphs ?? 3,
    actionVerbs: opts.actionVerbs ?? ACTION_VERBS, marks, openTok, closeTok, turns,
    linkedRelativeAt: (offset) => relativeMentionAt(scan, offset) !== null,
  };
  return scan;
}

/** The text span of a token range. */
export function tokSpan(scan: QuoteScan, a: number, b: number): Span {
  return { start: scan.tokens[a]!.start, end: scan.tokens[b - 1]!.end };
}

/** The paragraph of token ti. */
export function paragraphOf(scan: QuoteScan, ti: number): number {
  return scan.sentences[scan.tokens[ti]!.sentence]!.paragraph;
}

/** The tokens of the paragraph after sentence si, when si ends its paragraph; else null. */
export function nextParagraph(scan: QuoteScan, si: number): TokenRange | null {
  const { sentences } = scan;
  const next = sentences[si + 1];
  if (!next || next.paragraph === sentences[si]!.paragraph) return null;
  let last = si + 1;
  while (last + 1 < sentences.length && sentences[last + 1]!.paragraph === next.paragraph) last++;
  return [next.firstToken, sentences[last]!.endToken];
}

/** The token before the run of quotation-mark tokens ending at t ('' is two tokens). */
export function beforeMarks(scan: QuoteScan, t: number): number {
  while (t >= 0 && isQuoteTok(scan.tokens[t]!)) t--;
  return t;
}

/** Words (letters and digits, with an apostrophe inside) in a span. */
export function countWords(scan: QuoteScan, sp: Span): number {
  const m = scan.text.slice(sp.start, sp.end).match(/[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?/gu);
  return m ? m.length : 0;
}

/** A short quoted name or title: every word capitalised, no sentence punctuation ("Fire and Fury"). */
export function looksLikeTitle(scan: QuoteScan, sp: Span, words: number): boolean {
  if (words > 8) return false;
  const str = scan.text.slice(sp.start, sp.end);
  if (/[.?!,;:]$/.test(str) || /[.?!]\s/.test(str)) return false; // "Like Oakland. Or Ferguson": two sentences, no title
  const ws = str.match(/[\p{L}][\p{L}'\u2019-]*/gu) ?? [];
  const minor = /^(a|an|the|of|and|or|in|on|at|to|for|with|by|from)$/;
  return ws.length > 0 && ws.every((w, n) => /^\p{Lu}/u.test(w) || (n > 0 && minor.test(w))) && ws.some((w) => !minor.test(w));
}
