import { DyadError } from './errors.js';

/**
 * The time one article may take to code, by default: 10 s plus 20 µs per character (a 5,000,000-character article:
 * 110 s). News codes at 3-10 µs per character on one core, so only an input that makes some step super-linear (or a
 * machine many times overloaded) comes near it.
 */
export function defaultBudgetMs(chars: number): number {
  return 10_000 + Math.ceil(chars / 50);
}

/** A deadline for one article: `check` throws E_BUDGET once it has passed. `ms` 0 or less: no deadline. */
export class Budget {
  private readonly deadline: number;

  constructor(readonly ms: number, private readonly now: () => number = () => performance.now()) {
    this.deadline = ms > 0 ? now() + ms : Infinity;
  }

  /** Throws E_BUDGET when the deadline has passed (`after`: the step just done, for the message). */
  check(after: string): void {
    if (this.now() > this.deadline) throw budgetError(this.ms, after);
  }
}

/** The one-line error for an article that took longer than `ms`. */
export function budgetError(ms: number, after?: string): DyadError {
  return new DyadError('E_BUDGET', `coding took longer than its budget of ${ms} ms${after ? ` (stopped after ${after})` : ''}; the article is skipped`);
}
