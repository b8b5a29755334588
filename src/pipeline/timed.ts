import type { Budget } from '../core/budget.js';

/**
 * Runs one stage and, when a timings record is given, adds its elapsed milliseconds under the stage's name
 * (the benchmark's per-stage time share). Without a record it only calls the stage. With a budget, an article past
 * its deadline stops after the stage (E_BUDGET).
 */
export function timed<T>(timings: Record<string, number> | undefined, stage: string, run: () => T, budget?: Budget): T {
  if (!timings) { const out = run(); budget?.check(stage); return out; }
  const t0 = performance.now();
  const out = run();
  timings[stage] = (timings[stage] ?? 0) + (performance.now() - t0);
  budget?.check(stage);
  return out;
}
