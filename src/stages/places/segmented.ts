import type { Sentence, Token } from '../../core/types.js';

/** The segment stage's layers, as the places stage reads them (the document's `tokens` and `sentences`). */
export interface Segmented {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}
