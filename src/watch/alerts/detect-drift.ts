import type { Alert } from '../../store/watch-store.js';
import { articleCount, between, dateOf, makeAlert, mean, round, sd, type DetectContext, type Obs } from './observations.js';
import type { DriftRule } from './rules.js';

interface Run {
  fired: boolean;
  dir: 'down' | 'up';
  value: number;
  /** First day of the excursion that crossed. */
  from: number;
  baselineMean: number;
  baselineSd: number;
  days: number;
}

/**
 * Slow drift: a two-sided tabular CUSUM of the daily mean Goldstein score, standardised against the mean and SD of
 * the `baselineDays` before the run, accumulated over the `runDays` up to the day judged. Fires on the day either
 * sum first passes `h`; not again while an earlier day of the same run window fired (one alert per drift).
 */
export function detectDrift(rule: DriftRule, ctx: DetectContext): Alert[] {
  const out: Alert[] = [];
  const dataDays = [...new Set(ctx.obs.map((o) => o.day))];
  for (const t of [...ctx.dirty].sort((a, b) => a - b)) {
    const run = cusum(rule, ctx.obs, t);
    if (!run?.fired) continue;
    if (dataDays.some((d) => d >= t - rule.runDays && d < t && cusum(rule, ctx.obs, d)?.fired)) continue;
    const behind = between(ctx.obs, run.from, t);
    const who = ctx.scope === 'dyad' ? ctx.key.replace('>', ' → ') : ctx.key;
    const m = mean(behind.map((o) => o.goldstein));
    out.push(makeAlert(rule, ctx, { from: run.from, to: t }, `${dateOf(t)}:${run.dir}`, behind, {
      direction: run.dir === 'down' ? 'towards conflict' : 'towards cooperation', cusum: round(run.value, 2), h: rule.h, k: rule.k,
      baselineMean: round(run.baselineMean), baselineSd: round(run.baselineSd), runMean: round(m), days: run.days,
    }, `${who}: Goldstein drifting ${run.dir === 'down' ? 'towards conflict' : 'towards cooperation'} since ${dateOf(run.from)} `
      + `(mean ${round(m, 2)} against ${round(run.baselineMean, 2)} before; CUSUM ${round(run.value, 1)} > ${rule.h})`));
  }
  return out;
}

/** The CUSUM run ending on day `t` (null when t has no data or the baseline is too thin). */
function cusum(rule: DriftRule, obs: Obs[], t: number): Run | null {
  const today = between(obs, t, t);
  if (!today.length) return null;
  const start = t - rule.runDays + 1;
  const base = between(obs, start - rule.baselineDays, start - 1).map((o) => o.goldstein);
  if (base.length < rule.minBaselineEvents) return null;
  const mu = mean(base);
  const sigma = Math.max(sd(base), rule.sdFloor);
  const byDay = new Map<number, Obs[]>();
  for (const o of between(obs, start, t)) {
    const l = byDay.get(o.day);
    if (l) l.push(o); else byDay.set(o.day, [o]);
  }
  let up = 0;
  let down = 0;
  let upFrom = start;
  let downFrom = start;
  let before = { up: 0, down: 0 };
  const days = [...byDay.keys()].sort((a, b) => a - b);
  for (const d of days) {
    const g = byDay.get(d)!;
    const z = (mean(g.map((o) => o.goldstein)) - mu) / (sigma / Math.sqrt(articleCount(g)));
    if (d === t) before = { up, down };
    if (up === 0) upFrom = d;
    if (down === 0) downFrom = d;
    up = Math.max(0, up + z - rule.k);
    down = Math.max(0, down - z - rule.k);
  }
  const n = days.length;
  if (down > rule.h && before.down <= rule.h) return { fired: true, dir: 'down', value: down, from: downFrom, baselineMean: mu, baselineSd: sigma, days: n };
  if (up > rule.h && before.up <= rule.h) return { fired: true, dir: 'up', value: up, from: upFrom, baselineMean: mu, baselineSd: sigma, days: n };
  return { fired: false, dir: 'down', value: Math.max(up, down), from: start, baselineMean: mu, baselineSd: sigma, days: n };
}
