/**
 * Runs one stage and, when a timings record is given, adds its elapsed milliseconds under the stage's name
 * (the benchmark's per-stage time share). Without a record it only calls the stage.
 */
export function timed<T>(timings: Record<string, number> | undefined, stage: string, run: () => T): T {
  if (!timings) return run();
  const t0 = performance.now();
  const out = run();
  timings[stage] = (timings[stage] ?? 0) + (performance.now() - t0);
  return out;
}
