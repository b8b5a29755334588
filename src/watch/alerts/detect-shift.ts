import { articleCount, between, makeAlert, mean, round, sd, weekOf, dateOf, type DetectContext } from './observations.js';
import type { Alert } from '../../store/watch-store.js';
import type { ShiftRule } from './rules.js';

/**
 * Relation shift: the week's mean Goldstein score (Monday to Sunday, the week so far while it runs) against the
 * trailing `baselineWeeks`: fires when it lies at least `z` standard errors (baseline SD / sqrt(articles of the
 * week)) and at least `minDelta` points from the baseline mean. Once per key and week.
 */
export function detectShift(rule: ShiftRule, ctx: DetectContext): Alert[] {
  const out: Alert[] = [];
  for (const w of new Set([...ctx.dirty].map(weekOf))) {
    const cur = between(ctx.obs, w, w + 6);
    if (cur.length < rule.minEvents) continue;
    const articles = articleCount(cur);
    if (articles < rule.minArticles) continue;
    const base = between(ctx.obs, w - 7 * rule.baselineWeeks, w - 1);
    const weeks = new Set(base.map((o) => weekOf(o.day))).size;
    if (base.length < rule.minBaselineEvents || weeks < rule.minBaselineWeeks) continue;
    const m = mean(cur.map((o) => o.goldstein));
    const mb = mean(base.map((o) => o.goldstein));
    const s = Math.max(sd(base.map((o) => o.goldstein)), rule.sdFloor);
    const z = (m - mb) / (s / Math.sqrt(articles));
    const delta = m - mb;
    if (Math.abs(z) < rule.z || Math.abs(delta) < rule.minDelta) continue;
    const dir = delta < 0 ? 'towards conflict' : 'towards cooperation';
    const who = ctx.scope === 'dyad' ? ctx.key.replace('>', ' → ') : ctx.key;
    out.push(makeAlert(rule, ctx, { from: w, to: w + 6 }, dateOf(w), cur, {
      n: cur.length, articles, mean: round(m), baselineN: base.length, baselineWeeks: weeks, baselineMean: round(mb), baselineSd: round(s),
      delta: round(delta), z: round(z, 2),
    }, `${who}: week of ${dateOf(w)} mean Goldstein ${round(m, 2)} against ${round(mb, 2)} over the ${weeks} weeks before `
      + `(${round(delta, 2)} points, z ${round(z, 1)}), ${dir}; ${cur.length} events`));
  }
  return out;
}
