import type { Alert } from '../../store/watch-store.js';
import { between, coverage, dateOf, makeAlert, poissonTail, round, type DetectContext } from './observations.js';
import type { SurgeRule } from './rules.js';

/**
 * Volume surge: the day's count of events (clusters) against the trailing `baselineDays` daily rate: fires when the
 * count is at least `minCount`, comes from at least `minArticles` articles, is at least `ratio` times the rate and a
 * count that high has Poisson probability below `p`. Judged only where the corpus has data on at least half the
 * baseline days (a watch just started, or back from a long outage, has no baseline yet).
 */
export function detectSurge(rule: SurgeRule, ctx: DetectContext): Alert[] {
  const out: Alert[] = [];
  for (const d of [...ctx.dirty].sort((a, b) => a - b)) {
    if (coverage(ctx.days, d - rule.baselineDays, d - 1) < rule.baselineDays / 2) continue;
    const cur = between(ctx.obs, d, d);
    if (cur.length < rule.minCount) continue;
    const articles = new Set(cur.flatMap((o) => o.events.map((e) => e.article))).size;
    if (articles < rule.minArticles) continue;
    const base = between(ctx.obs, d - rule.baselineDays, d - 1).length;
    const rate = Math.max(base, 1) / rule.baselineDays;
    const p = poissonTail(cur.length, rate);
    if (cur.length < rule.ratio * rate || p >= rule.p) continue;
    const who = ctx.scope === 'dyad' ? ctx.key.replace('>', ' → ') : ctx.key;
    out.push(makeAlert(rule, ctx, { from: d, to: d }, dateOf(d), cur, {
      count: cur.length, articles, baselineRate: round(rate), ratio: round(cur.length / rate, 2), p: Number(p.toPrecision(3)),
    }, `${who}: ${cur.length} events on ${dateOf(d)} from ${articles} articles, ${round(cur.length / rate, 1)} times the daily rate `
      + `of the ${rule.baselineDays} days before (${round(rate, 2)})`));
  }
  return out;
}
