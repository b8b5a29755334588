import type { Alert } from '../../store/watch-store.js';
import { coverage, dateOf, dayOf, makeAlert, poissonTail, round, type DetectContext } from './observations.js';
import type { SurgeRule } from './rules.js';

/**
 * Volume surge: the day's count of articles reporting events of the key against the trailing `baselineDays` daily
 * rate (over the days the corpus has data): fires when at least `minArticles` articles, at least `ratio` times the rate, and a count that high has Poisson
 * probability below `p`. Judged only where the corpus has data on at least half the
 * baseline days (a watch just started, or back from a long outage, has no baseline yet).
 */
export function detectSurge(rule: SurgeRule, ctx: DetectContext): Alert[] {
  const out: Alert[] = [];
  // articles per day by the events' own dates: a report that joined an earlier cluster still counts on its day
  const perDay = new Map<number, Set<string>>();
  for (const o of ctx.obs) {
    for (const e of o.events) {
      const day = e.date ? dayOf(e.date) : o.day;
      const s = perDay.get(day);
      if (s) s.add(e.article); else perDay.set(day, new Set([e.article]));
    }
  }
  for (const d of [...ctx.dirty].sort((a, b) => a - b)) {
    const covered = coverage(ctx.days, d - rule.baselineDays, d - 1);
    if (covered < rule.baselineDays / 2) continue;
    const articles = perDay.get(d)?.size ?? 0;
    if (articles < rule.minArticles) continue;
    let base = 0;
    for (let x = d - rule.baselineDays; x < d; x++) base += perDay.get(x)?.size ?? 0;
    // per day the corpus has data: days the watch was not running are not days without reports
    const rate = Math.max(base, 1) / covered;
    const p = poissonTail(articles, rate);
    if (articles < rule.ratio * rate || p >= rule.p) continue;
    const who = ctx.scope === 'dyad' ? ctx.key.replace('>', ' → ') : ctx.key;
    // the events of that day (a cluster may hold reports of other days too)
    const cur = ctx.obs.map((o) => ({ ...o, events: o.events.filter((e) => (e.date ? dayOf(e.date) : o.day) === d) })).filter((o) => o.events.length);
    const events = cur.reduce((n, o) => n + o.events.length, 0);
    out.push(makeAlert(rule, ctx, { from: d, to: d }, dateOf(d), cur, {
      articles, baselineRate: round(rate), ratio: round(articles / rate, 2), p: Number(p.toPrecision(3)),
    }, `${who}: ${articles} articles with its events on ${dateOf(d)}, ${round(articles / rate, 1)} times the daily rate `
      + `of the ${rule.baselineDays} days before (${round(rate, 2)}); ${events} events`));
  }
  return out;
}
