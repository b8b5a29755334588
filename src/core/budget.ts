import { DyadError } from './errors.js';

/**
 * The CPU time one article may take to code, by default: 10 s plus 20 µs per character (a 5,000,000-character
 * article: 110 s). News codes at 3-10 µs per character, so only an input that makes some step super-linear comes near
 * it. CPU time, not wall time: on a machine shared with other work an article's wall time measures the others too,
 * and the same article would be coded or refused depending on the load.
 */
export function defaultBudgetMs(chars: number): number {
  return 10_000 + Math.ceil(chars / 50);
}

/** CPU milliseconds this process has used (user + system, all its threads). */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** A deadline in CPU time for one article: `check` throws E_BUDGET once it has passed. `ms` 0 or less: no deadline. */
export class Budget {
  private readonly deadline: number;

  constructor(readonly ms: number, private readonly now: () => number = cpuMs) {
    this.deadline = ms > 0 ? now() + ms : Infinity;
  }

  /** Throws E_BUDGET when the deadline has passed (`after`: the step just done, for the message). */
  check(after: string): void {
    if (this.now() > this.deadline) throw budgetError(this.ms, after);
  }
}

/** The one-line error for an article that took longer than `ms`. */
export function budgetError(ms: number, after?: string): DyadError {
  return new DyadError('E_BUDGET', `coding took more than its budget of ${ms} ms of CPU time${after ? ` (stopped after ${after})` : ''}; the article is skipped`);
}
