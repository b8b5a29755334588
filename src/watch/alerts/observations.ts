import { createHash } from 'node:crypto';
import worldCountries from 'world-countries';
import type { Alert, AlertCluster } from '../../store/watch-store.js';
import type { AlertRules, Rule } from './rules.js';

/** One observation for the rules: an asserted event cluster (counted once however many articles tell it). */
export interface Obs {
  day: number;
  /** Actor keys of its source and target (country level or full code, as the rules say). */
  s: string;
  t: string;
  quad: number;
  goldstein: number;
  events: AlertCluster['events'];
}

const COUNTRY = new Set((worldCountries as unknown as { cca3: string }[]).map((c) => (c.cca3 === 'UNK' ? 'KSV' : c.cca3)));

/** The actor a CAMEO code counts for: its country (first three letters, when they are a country code) or the code. */
export function actorKey(code: string, level: AlertRules['actorLevel']): string {
  if (level === 'country' && code.length > 3 && COUNTRY.has(code.slice(0, 3))) return code.slice(0, 3);
  return code;
}

export const DAY_MS = 86_400_000;
export const dayOf = (date: string): number => Math.floor(Date.parse(date.slice(0, 10) + 'T00:00:00Z') / DAY_MS);
export const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** Monday of the ISO week a day falls in. */
export const weekOf = (day: number): number => day - ((new Date(day * DAY_MS).getUTCDay() + 6) % 7);

export const dyadKey = (s: string, t: string): string => `${s}>${t}`;

/** Observations grouped per scope key ("CHN>PHL" for a dyad, "CHN" for an actor), each list in day order. */
export interface Grouped {
  dyad: Map<string, Obs[]>;
  actor: Map<string, Obs[]>;
  /** Every day with any observation, in order: where the corpus has data. */
  days: number[];
}

/** Days in [from, to] on which the corpus has any observation. */
export function coverage(days: number[], from: number, to: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (days[m]! < from) lo = m + 1; else hi = m; }
  let n = 0;
  for (let i = lo; i < days.length && days[i]! <= to; i++) n++;
  return n;
}

export function group(clusters: AlertCluster[], level: AlertRules['actorLevel']): Grouped {
  const dyad = new Map<string, Obs[]>();
  const actor = new Map<string, Obs[]>();
  const days = new Set<number>();
  const add = (m: Map<string, Obs[]>, k: string, o: Obs): void => {
    const l = m.get(k);
    if (l) l.push(o); else m.set(k, [o]);
  };
  for (const c of clusters) {
    if (!c.sourceCode || !c.targetCode) continue;
    const o: Obs = { day: dayOf(c.date), s: actorKey(c.sourceCode, level), t: actorKey(c.targetCode, level), quad: c.quad, goldstein: c.goldstein,
      events: [...c.events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
    if (!Number.isFinite(o.day)) continue;
    days.add(o.day);
    if (o.s !== o.t) add(dyad, dyadKey(o.s, o.t), o);
    add(actor, o.s, o);
    if (o.t !== o.s) add(actor, o.t, o);
  }
  for (const m of [dyad, actor]) for (const l of m.values()) l.sort((a, b) => a.day - b.day);
  return { dyad, actor, days: [...days].sort((a, b) => a - b) };
}

/** What one detector needs to know besides its rule. */
export interface DetectContext {
  scope: 'dyad' | 'actor';
  key: string;
  obs: Obs[];
  /** Days with changed events for this key. */
  dirty: Set<number>;
  /** Days with any observation (all keys): a baseline is judged only where the corpus covers at least half of it. */
  days: number[];
  createdAt: string;
  maxEventIds: number;
}

/** A stable alert id: the same rule firing on the same scope, key and window is the same alert, however often evaluated. */
export function alertId(rule: string, scope: string, key: string, windowKey: string): string {
  return createHash('sha256').update([rule, scope, key, windowKey].join('\u0000')).digest('hex').slice(0, 32);
}

/** Builds an alert over the observations behind it (event ids sorted, capped; the full count goes in numbers.events). */
export function makeAlert(rule: Rule, ctx: DetectContext, window: { from: number; to: number }, windowKey: string, behind: Obs[],
  numbers: Record<string, number | string | null>, message: string): Alert {
  const [source, target] = ctx.scope === 'dyad' ? ctx.key.split('>') as [string, string] : [ctx.key, null];
  const ids = [...new Set(behind.flatMap((o) => o.events.map((e) => e.id)))].sort();
  return {
    id: alertId(rule.id, ctx.scope, ctx.key, windowKey), rule: rule.id, scope: ctx.scope, source, target: target ?? null,
    window: { from: dateOf(window.from), to: dateOf(window.to) },
    numbers: { ...numbers, events: ids.length, clusters: behind.length }, eventIds: ids.slice(0, ctx.maxEventIds),
    createdAt: ctx.createdAt, message,
  };
}

/** Observations with day in [from, to]: the list is in day order, so this is a binary-searched slice. */
export function between(obs: Obs[], from: number, to: number): Obs[] {
  let lo = 0;
  let hi = obs.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (obs[m]!.day < from) lo = m + 1; else hi = m; }
  const out: Obs[] = [];
  for (let i = lo; i < obs.length && obs[i]!.day <= to; i++) out.push(obs[i]!);
  return out;
}

/**
 * Distinct articles behind observations. Events told in one article are not independent reports (one long story can
 * carry twenty events of one actor), so the rules count articles where they need a sample size or a volume.
 */
export function articleCount(obs: Obs[]): number {
  const s = new Set<string>();
  for (const o of obs) for (const e of o.events) s.add(e.article);
  return s.size;
}

export function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Sample standard deviation (n - 1); 0 for fewer than two values. */
export function sd(xs: number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}

/** P(X >= n) for X ~ Poisson(lambda), in log space; the upper tail is summed directly, so tiny tails keep their size. */
export function poissonTail(n: number, lambda: number): number {
  if (n <= 0) return 1;
  if (lambda <= 0) return 0;
  const logP = (k: number): number => -lambda + k * Math.log(lambda) - logFactorial(k);
  if (n > lambda) {
    let sum = 0;
    for (let k = n; k < n + 1000; k++) {
      const term = Math.exp(logP(k));
      sum += term;
      if (term < sum * 1e-15) break;
    }
    return Math.min(1, sum);
  }
  let below = 0;
  for (let k = 0; k < n; k++) below += Math.exp(logP(k));
  return Math.max(0, 1 - below);
}

function logFactorial(k: number): number {
  let s = 0;
  for (let i = 2; i <= k; i++) s += Math.log(i);
  return s;
}

export const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits;
