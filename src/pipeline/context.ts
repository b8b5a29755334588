import type { Actor, Article, Mention, Quote, Segmentation } from '../core/types.js';

/** What the stages after coreference read: the article and every layer made so far (read-only). */
export interface DocContext {
  article: Article;
  seg: Segmentation;
  /** Every actor mention, sorted by start; `antecedent` filled by coreference. */
  mentions: Mention[];
  actors: Actor[];
  /** mention id -> actor id */
  actorOfMention: Record<string, string>;
}

export interface CodeOptions {
  /** Publication date used when the article has none (YYYY-MM-DD). */
  defaultDate?: string;
  /** When given, codeArticle adds each stage's elapsed milliseconds under the stage's name (for the benchmark). */
  timings?: Record<string, number>;
}
