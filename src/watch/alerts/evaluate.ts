import type { Store } from '../../store/store.js';
import type { Alert } from '../../store/watch-store.js';
import { detectFirstConflict } from './detect-conflict.js';
import { detectDrift } from './detect-drift.js';
import { detectShift } from './detect-shift.js';
import { detectSurge } from './detect-surge.js';
import { actorKey, dateOf, dayOf, dyadKey, group, type DetectContext, type Grouped, type Obs } from './observations.js';
import { lookbackDays, type AlertRules } from './rules.js';

export interface Evaluation {
  /** Alerts stored now (new ids); their deliveries are pending. */
  inserted: Alert[];
  /** Asserted events looked at. */
  changed: number;
  /** True when more changed events wait (call again). */
  more: boolean;
}

type Dirty = Map<string, Set<number>>;

const add = (m: Dirty, k: string, d: number): void => {
  const s = m.get(k);
  if (s) s.add(d); else m.set(k, new Set([d]));
};

/**
 * Runs the rules over what changed since the store's watermark (at most `pageSize` events at a time), for the keys
 * and days that changed, and stores the alerts with one pending delivery per sink in the same transaction that moves
 * the watermark. Alert ids are derived from rule, scope, key and window, so evaluating again (after a crash, or in
 * another process) never stores an alert twice.
 */
export async function evaluateAlerts(store: Store, rules: AlertRules, sinks: string[], createdAt: string, pageSize = 20_000): Promise<Evaluation> {
  const from = await store.alertWatermark();
  const changed = await store.eventsSince(from, pageSize);
  if (!changed.length) return { inserted: [], changed: 0, more: false };
  const dyads: Dirty = new Map();
  const actors: Dirty = new Map();
  const pairs: Dirty = new Map();
  const days = new Set<number>();
  for (const e of changed) {
    if (!e.date || !e.sourceCode || !e.targetCode) continue;
    const d = dayOf(e.date);
    if (!Number.isFinite(d)) continue;
    const s = actorKey(e.sourceCode, rules.actorLevel);
    const t = actorKey(e.targetCode, rules.actorLevel);
    days.add(d);
    add(actors, s, d);
    if (t !== s) {
      add(actors, t, d);
      add(dyads, dyadKey(s, t), d);
      add(pairs, s < t ? dyadKey(s, t) : dyadKey(t, s), d);
    }
  }
  const alerts = new Map<string, Alert>();
  const texts = new Map<string, string | null>();
  const textOf = async (id: string): Promise<string | null> => {
    if (!texts.has(id)) texts.set(id, (await store.article(id))?.article.text ?? null);
    return texts.get(id)!;
  };
  const lookback = lookbackDays(rules);
  const ahead = Math.max(0, ...rules.rules.map((r) => (r.kind === 'first-conflict' ? r.confirmDays : 0)));
  for (const [a, b] of ranges([...days], lookback, 92)) {
    const g = group(await store.alertClusters(dateOf(a - lookback), dateOf(b + ahead)), rules.actorLevel);
    const within = (set: Set<number>): Set<number> => new Set([...set].filter((d) => d >= a && d <= b));
    const ctxOf = (scope: 'dyad' | 'actor', key: string, obs: Obs[], dirty: Set<number>): DetectContext =>
      ({ scope, key, obs, dirty, days: g.days, createdAt, maxEventIds: rules.maxEventIds });
    for (const rule of rules.rules) {
      for (const scope of rule.scopes) {
        if (rule.kind === 'first-conflict') {
          for (const [pair, set] of pairs) {
            const dirty = within(set);
            if (!dirty.size) continue;
            for (const al of await detectFirstConflict(rule, ctxOf('dyad', pair, pairObs(g, pair), dirty), textOf)) alerts.set(al.id, al);
          }
          continue;
        }
        for (const [key, set] of scope === 'dyad' ? dyads : actors) {
          const dirty = within(set);
          if (!dirty.size) continue;
          const ctx = ctxOf(scope, key, (scope === 'dyad' ? g.dyad : g.actor).get(key) ?? [], dirty);
          const found = rule.kind === 'shift' ? detectShift(rule, ctx) : rule.kind === 'surge' ? detectSurge(rule, ctx) : detectDrift(rule, ctx);
          for (const al of found) alerts.set(al.id, al);
        }
      }
    }
  }
  const ordered = [...alerts.values()].sort((x, y) => (x.window.from < y.window.from ? -1 : x.window.from > y.window.from ? 1 : x.id < y.id ? -1 : 1));
  const inserted = await store.putAlerts(ordered, sinks, { from, to: changed.at(-1)!.seq });
  return { inserted: inserted ?? [], changed: changed.length, more: changed.length >= pageSize };
}

/** Both directions of a pair "A>B" (A < B), in day order. */
function pairObs(g: Grouped, pair: string): Obs[] {
  const [a, b] = pair.split('>') as [string, string];
  return [...(g.dyad.get(dyadKey(a, b)) ?? []), ...(g.dyad.get(dyadKey(b, a)) ?? [])].sort((x, y) => x.day - y.day);
}

/**
 * Changed days grouped into ranges whose gaps are within the lookback, each at most `span` days long: each range is
 * loaded once, and memory stays bounded by a few months of clusters however far apart the changed days are.
 */
function ranges(days: number[], gap: number, span: number): [number, number][] {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const d of sorted) {
    const last = out.at(-1);
    if (last && d - last[1] <= gap && d - last[0] < span) last[1] = d; else out.push([d, d]);
  }
  return out;
}
