import type { DocWith, TokenRange } from '../../core/doc.js';
import type { QuoteKind, Span } from '../../core/types.js';
import type { QuoteRule } from './rules.js';

/** What the quote stage reads: tokens, sentences and coreference. */
export type QuoteDoc = DocWith<'tokens' | 'sentences' | 'coref'>;

/** A cue found in the text: the verb (or "according to"), who it is attributed to and, for reported speech, the clause. */
export interface Cue {
  readonly lemma: string;
  readonly kind: QuoteKind;
  readonly sentence: number;
  /** The cue words. */
  readonly cue: TokenRange;
  /** The speaker's noun phrase or pronoun, when found in place. */
  readonly speaker: TokenRange | null;
  /** The speaker is the one of the clause this cue hangs on ("said Dong, promising that ..."). */
  readonly inherits: boolean;
  /** Tokens the attribution occupies (speaker, cue, hearer, setting). */
  readonly group: TokenRange;
  /** The reported clause, when there is one. */
  readonly content: TokenRange | null;
  /** The construction of the reported clause (null when there is none: the cue may still attribute a quotation). */
  readonly rule: QuoteRule | null;
}

/** A quote before its speaker is read. */
export interface Draft {
  readonly content: Span;
  readonly kind: QuoteKind;
  readonly cue: Span | null;
  readonly direct: boolean;
  /** The cue the quote hangs on, whose speaker it takes; -1 for a floating quote. */
  readonly from: number;
  readonly rule: QuoteRule;
  readonly paragraph: number;
}
