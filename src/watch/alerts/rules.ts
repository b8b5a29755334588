import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { DyadError } from '../../core/errors.js';
import { describeZodError } from '../../query/params.js';

/**
 * Alert rules: a YAML or JSON file (`dyad watch --alerts FILE`), else the defaults below. Every rule runs on asserted
 * events only, counted once per event cluster (the same event told by several articles is one observation), per
 * directed dyad (source → target) and/or per actor (as source or target). Numbers are days unless said.
 */
const scopes = z.array(z.enum(['dyad', 'actor'])).min(1);
const id = z.string().regex(/^[A-Za-z0-9][\w.-]{0,63}$/, 'letters, digits, . _ - (up to 64)');

const shift = z.strictObject({
  id, kind: z.literal('shift'), scopes: scopes.default(['dyad', 'actor']),
  /** Trailing weeks that make the baseline. */
  baselineWeeks: z.number().int().min(1).max(104).default(12),
  /** Fewest baseline weeks with events. */
  minBaselineWeeks: z.number().int().min(1).max(104).default(3),
  /** Fewest events (clusters) in the week, and in the baseline; fewest distinct articles reporting the week's events. */
  minEvents: z.number().int().min(1).default(5),
  minBaselineEvents: z.number().int().min(1).default(10),
  minArticles: z.number().int().min(1).default(3),
  /**
   * |z| at least this: the week's mean Goldstein, in standard errors of the baseline (baseline SD / sqrt(n)), n being
   * the week's distinct articles (events of one article are not independent reports).
   */
  z: z.number().positive().default(3),
  /** |week mean - baseline mean| at least this many Goldstein points. */
  minDelta: z.number().nonnegative().default(2),
  /** Smallest SD used (a baseline of identical scores has SD 0). */
  sdFloor: z.number().positive().default(1),
});

const firstConflict = z.strictObject({
  id, kind: z.literal('first-conflict'), scopes: z.array(z.literal('dyad')).min(1).default(['dyad']),
  /** No material conflict (quad 4) between the pair, either direction, in this many days before. */
  lookbackDays: z.number().int().min(1).max(3650).default(90),
  /** Reports within this many days of the first one count as confirmation (2 = 48 hours). */
  confirmDays: z.number().int().min(0).max(30).default(2),
  /** Independent outlets needed: different outlets whose texts are not near-copies of each other. */
  minSources: z.number().int().min(1).default(2),
  /** Word 5-shingle Jaccard similarity at or above which two articles are copies of one story (wire copies). */
  nearDuplicate: z.number().min(0).max(1).default(0.8),
});

const surge = z.strictObject({
  id, kind: z.literal('surge'), scopes: scopes.default(['dyad', 'actor']),
  /** Trailing days that give the baseline daily rate. */
  baselineDays: z.number().int().min(1).max(3650).default(28),
  /**
   * Volume is counted in articles: the distinct articles that report events of the key that day (one long story
   * with twenty events of an actor is one report). Fewest articles that day:
   */
  minArticles: z.number().int().min(1).default(5),
  /** The day's count at least this many times the baseline daily rate. */
  ratio: z.number().positive().default(3),
  /** Poisson tail probability of a count this high at the baseline rate, below this. */
  p: z.number().positive().max(1).default(0.001),
});

const drift = z.strictObject({
  id, kind: z.literal('drift'), scopes: scopes.default(['dyad']),
  /** Days that give the reference mean and SD, ending where the CUSUM run starts. */
  baselineDays: z.number().int().min(1).max(3650).default(56),
  /** Days the two-sided CUSUM accumulates over. */
  runDays: z.number().int().min(1).max(3650).default(28),
  /**
   * Allowance and decision interval (k = 0.5, h = 5: the textbook tabular CUSUM), over daily means standardised by
   * the baseline SD / sqrt(articles that day).
   */
  k: z.number().nonnegative().default(0.5),
  h: z.number().positive().default(5),
  minBaselineEvents: z.number().int().min(1).default(10),
  sdFloor: z.number().positive().default(1),
});

const rule = z.discriminatedUnion('kind', [shift, firstConflict, surge, drift]);

const file = z.strictObject({
  /** country: CAMEO codes are grouped by their country (CHNGOVMIL counts as CHN); code: each code on its own. */
  actorLevel: z.enum(['country', 'code']).default('country'),
  /** At most this many event ids in one alert (the rest are counted in numbers.events). */
  maxEventIds: z.number().int().min(1).max(10_000).default(200),
  rules: z.array(rule).min(1).default(() => DEFAULT_RULES.map((r) => rule.parse(r))),
});

export type ShiftRule = z.infer<typeof shift>;
export type FirstConflictRule = z.infer<typeof firstConflict>;
export type SurgeRule = z.infer<typeof surge>;
export type DriftRule = z.infer<typeof drift>;
export type Rule = z.infer<typeof rule>;
export type AlertRules = z.infer<typeof file>;

const DEFAULT_RULES = [
  { id: 'shift', kind: 'shift' }, { id: 'first-conflict', kind: 'first-conflict' }, { id: 'surge', kind: 'surge' }, { id: 'drift', kind: 'drift' },
];

export function defaultRules(): AlertRules {
  return file.parse({});
}

/** Rules from a parsed YAML/JSON value; E_RULES naming the file and the field when it does not fit. */
export function parseRules(value: unknown, where = 'rules'): AlertRules {
  const r = file.safeParse(value ?? {});
  if (!r.success) throw new DyadError('E_RULES', describeZodError(r.error), { input: where });
  const ids = new Set<string>();
  for (const x of r.data.rules) {
    if (ids.has(x.id)) throw new DyadError('E_RULES', `rule id ${x.id} is used twice`, { input: where });
    ids.add(x.id);
  }
  return r.data;
}

/** Reads a rules file: `.json` as JSON, anything else as YAML (a JSON file is valid YAML too). */
export function loadRules(filePath: string): AlertRules {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (e) {
    throw new DyadError('E_READ', `cannot read alert rules: ${(e as Error).message}`, { input: filePath });
  }
  let value: unknown;
  try {
    value = path.extname(filePath).toLowerCase() === '.json' ? JSON.parse(text) : YAML.parse(text, { maxAliasCount: 100 });
  } catch (e) {
    const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new DyadError('E_RULES', `not valid ${path.extname(filePath) === '.json' ? 'JSON' : 'YAML'}: ${(e as Error).message.split('\n')[0]}`,
      line ? { input: filePath, line } : { input: filePath });
  }
  return parseRules(value, filePath);
}

/** Days of data an evaluation needs before the earliest changed day, over all rules. */
export function lookbackDays(rules: AlertRules): number {
  return Math.max(...rules.rules.map((r) => {
    switch (r.kind) {
      case 'shift': return r.baselineWeeks * 7 + 7;
      case 'first-conflict': return r.lookbackDays + r.confirmDays;
      case 'surge': return r.baselineDays;
      case 'drift': return r.baselineDays + r.runDays;
    }
  }));
}
