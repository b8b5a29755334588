import type { Quote, Token } from '../../core/types.js';
import type { Syntax } from '../../resources/parser.js';
import type { EventResources } from '../../resources/petrarch/verbs-load.js';
import type { Group } from './actor-groups.js';
import type { Participant } from './participants.js';
import type { VerbGroup } from './verb-groups.js';

/**
 * One sentence as the event coder sees it: tokens, participants, actor groups and verb groups. Every token index here
 * (`Participant.ts/te`, `Group`, `VerbGroup`, `groupAt`, ...) is sentence-local, an index into `toks`; the document
 * token index of `toks[i]` is `offset + i`.
 */
export interface SentenceFrame {
  /** Index of the sentence in the document. */
  sentence: number;
  /** Document index of the sentence's first token (`toks[0]`). */
  offset: number;
  /** The article text, its quotations and its date (YYYY-MM-DD). */
  text: string;
  quotes: readonly Quote[];
  articleDate?: string;
  toks: Token[];
  norms: string[];
  parts: Participant[];
  groups: Group[];
  /** For each token, the index of the actor group starting there, and of the group covering it (-1: none). */
  groupAt: number[];
  groupOf: number[];
  verbs: VerbGroup[];
  er: EventResources;
  /** The sentence's dependency parse (parsed on first call), or null when the document has no syntax layer. */
  parse: () => SentenceParse | null;
}

/** A sentence's parse: the reader and the parser's UPOS per word (sentence-local indices, as `toks`). */
export interface SentenceParse {
  syn: Syntax;
  upos: readonly string[];
}
