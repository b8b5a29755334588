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
  /**
   * Which attributions become quotes: `speech` (default) — statements presented as said, written or published;
   * `all` — also beliefs, intentions, evaluations and evidence ("X believes", "X wants to", "X supports Y"), each
   * with its `kind`. Events are coded from the speech quotes either way.
   */
  attributions?: AttributionMode;
  /**
   * Milliseconds the article may take; past them coding stops after the current stage with E_BUDGET. Default
   * `defaultBudgetMs(text length)` (core/budget.ts); 0: no budget.
   */
  budgetMs?: number;
}

export type AttributionMode = 'speech' | 'all';
export const ATTRIBUTION_MODES: readonly AttributionMode[] = ['speech', 'all'];
export const isAttributionMode = (s: string): s is AttributionMode => (ATTRIBUTION_MODES as readonly string[]).includes(s);
