import type { Alert } from '../../store/watch-store.js';
import { between, coverage, dateOf, makeAlert, type DetectContext, type Obs } from './observations.js';
import type { FirstConflictRule } from './rules.js';

/** The text of a stored article (for telling wire copies from independent reports). */
export type TextOf = (articleId: string) => Promise<string | null>;

/**
 * First material conflict between a pair: a day with a quad-4 event between two actors (either direction) after
 * `lookbackDays` without one, confirmed when the quad-4 reports of that day and the next `confirmDays` come from at
 * least `minSources` independent outlets (distinct outlets whose texts are not near-copies). Judged only where the
 * corpus has data on at least half the lookback days ("first in 90 days" needs 90 days of watching). `ctx.key` is the pair "A>B" with A < B; the alert names the first event's direction.
 */
export async function detectFirstConflict(rule: FirstConflictRule, ctx: DetectContext, textOf: TextOf): Promise<Alert[]> {
  const out: Alert[] = [];
  const conflict = ctx.obs.filter((o) => o.quad === 4);
  if (!conflict.length) return out;
  const minDirty = Math.min(...ctx.dirty);
  const maxDirty = Math.max(...ctx.dirty);
  for (const day of new Set(conflict.map((o) => o.day))) {
    if (day < minDirty - rule.confirmDays || day > maxDirty) continue;
    if (coverage(ctx.days, day - rule.lookbackDays, day - 1) < rule.lookbackDays / 2) continue;
    if (between(conflict, day - rule.lookbackDays, day - 1).length) continue;
    const reports = between(conflict, day, day + rule.confirmDays);
    const sources = await independentSources(reports, rule.nearDuplicate, textOf);
    if (sources.length < rule.minSources) continue;
    const first = reports[0]!;
    const key = `${first.s}>${first.t}`;
    out.push(makeAlert(rule, { ...ctx, key }, { from: day, to: day + rule.confirmDays }, dateOf(day), reports, {
      sources: sources.length, outlets: sources.join(' '), quietDays: rule.lookbackDays, goldsteinMin: Math.min(...reports.map((o) => o.goldstein)),
    }, `${first.s} → ${first.t}: first material conflict between them in ${rule.lookbackDays} days, on ${dateOf(day)}, `
      + `reported by ${sources.length} independent outlets (${sources.join(', ')})`));
  }
  return out;
}

/** Outlets behind the reports, one per story: an article that is a near-copy of one already counted adds no outlet. */
async function independentSources(reports: Obs[], threshold: number, textOf: TextOf): Promise<string[]> {
  const articles = new Map<string, string>();
  for (const o of reports) for (const e of o.events) if (!articles.has(e.article)) articles.set(e.article, e.source ?? '(unknown outlet)');
  const kept: { outlet: string; shingles: Set<string> }[] = [];
  for (const [article, outlet] of [...articles].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (kept.some((k) => k.outlet === outlet)) continue;
    const text = await textOf(article);
    const sh = shingles(text ?? '');
    if (kept.some((k) => jaccard(k.shingles, sh) >= threshold)) continue;
    kept.push({ outlet, shingles: sh });
  }
  return kept.map((k) => k.outlet).sort();
}

/** Word 5-shingles of a text, lower-cased. */
export function shingles(text: string): Set<string> {
  const w = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 5 <= w.length; i++) out.add(w.slice(i, i + 5).join(' '));
  if (!out.size && w.length) out.add(w.join(' '));
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
