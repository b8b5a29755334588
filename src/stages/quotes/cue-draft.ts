import type { DocWith } from '../../core/doc.js';
import type { QuoteKind, Span } from '../../core/types.js';

/** What the quote stage reads: tokens, sentences and coreference. */
export type QuoteDoc = DocWith<'tokens' | 'sentences' | 'coref'>;

/** A cue found in the text: the verb (or "according to"), who it is attributed to and, for reported speech, the clause. */
export interface Cue {
  lemma: string;
  kind: QuoteKind;
  sentence: number;
  /** Token range of the cue words, [first, end). */
  cue: [number, number];
  /** Token range of the speaker's noun phrase or pronoun, when found in place. */
  speaker: [number, number] | null;
  /** The speaker is the one of the clause this cue hangs on ("said Dong, promising that ..."). */
  inherits: boolean;
  /** Tokens the attribution occupies (speaker, cue, hearer, setting): [first, end). */
  group: [number, number];
  /** The reported clause, as a token range, when there is one. */
  content: [number, number] | null;
  rule: string;
}

export interface Draft {
  content: Span;
  kind: QuoteKind;
  cue: Span | null;
  direct: boolean;
  /** The cue the quote hangs on, whose speaker it takes; -1 for a floating quote. */
  from: number;
  rule: string;
  paragraph: number;
}
