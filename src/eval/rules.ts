import fs from 'node:fs';
import path from 'node:path';
import { codeArticle, type Resources } from '../api.js';
import type { CodedArticle, CodedEvent } from '../core/types.js';
import { DyadError } from '../core/errors.js';
import { codeMatch, loadPloverTable, rootOf } from './codes.js';
import { isAbsent, readJsonl } from './suite.js';
import { loadVoaDev } from './voa-data.js';

/**
 * `dyad eval --rules SUITE`: how often each event rule fires on a suite and how often it is right (issue 14). Suites:
 * `plv-train` (the PLV training sentences, `shared/data/plv/train.jsonl`), `seed` and `voa-dev` (seed-format gold).
 *
 * - An event is **right** on plv-train when its PLOVER type (CAMEO root via CAMEO2PLOVER, as the scorer reads it) is
 *   one of a gold pair's types and its source and target overlap that pair's marked spans (the source actor's
 *   mentions or the event's own span, as the scorer does); on seed-format suites when it matches a gold or optional
 *   event (codes at country level, root among the gold's, either direction for symmetric ones). Not one-to-one: a
 *   rule is judged on each firing. plv-train lists only the annotated pair(s) of a sentence, so there precision is a
 *   lower bound; `on dyad` counts firings on an annotated pair, and `typeP` is the precision among those.
 * - Only events a scorer counts (asserted or future; PLOVER type known on plv-train) are judged.
 * - The rule of an event is its `rule` field; its parts are counted separately: the pattern or verb
 *   (`CAMEO.2.0:ATTACK:- * [190]`), dyad's wrappers (`dyad:intent`, `dyad:refusal`) and the parse rules appended
 *   (`parse:passive-agent`). With `audit`, the parse rules that drop an event keep it, marked `audit-drop:<rule>`:
 *   their firings are events they would drop, and "right" counts the ones that drop would lose.
 */

export interface RuleStat { rule: string; firings: number; correct: number; onDyad: number }

interface Judged { article: CodedArticle; right: (e: CodedEvent) => { right: boolean; onDyad: boolean } | null }

/** One PLV training sentence: its annotated pair(s), a PLOVER root (and the types it matches) with the marked spans. */
export interface PlvLine {
  id: string;
  text: string;
  pairs: Array<{ root: string; types?: string[]; source: { spans: [number, number][] } | null; target: { spans: [number, number][] } | null }>;
}

/** The PLV training sentences, relative to the shared directory. */
export const PLV_TRAIN_FILE = 'data/plv/train.jsonl';
interface SeedEvent { source?: string | null; target?: string | null; roots?: Array<string | number>; either_direction?: boolean; evidence?: string }
interface SeedGold { id?: string; date?: string; events?: SeedEvent[]; optional?: SeedEvent[] }

export const RULE_SUITES = ['plv-train', 'seed', 'voa-dev'] as const;

const ovl = (a: readonly [number, number], b: readonly [number, number]): boolean => Math.min(a[1], b[1]) - Math.max(a[0], b[0]) > 0;
const counts = (e: CodedEvent): boolean => e.modality === 'asserted' || e.modality === 'future';

function* plvItems(shared: string, limit?: number): Generator<{ id: string; text: string; date?: string; judge: (a: CodedArticle) => Judged['right'] }> {
  const table = loadPloverTable(shared);
  for (const g of readJsonl<PlvLine>(path.join(shared, PLV_TRAIN_FILE)).slice(0, limit)) {
    yield {
      id: g.id, text: g.text,
      judge: (a) => {
        const side = (actorId: string | null, span: { start: number; end: number } | undefined, spans: [number, number][]): boolean => {
          const act = actorId ? a.actors.find((x) => x.id === actorId) : undefined;
          const xs: Array<[number, number]> = [...(act ? act.mentions.map((m) => [m.start, m.end] as [number, number]) : []), ...(span ? [[span.start, span.end] as [number, number]] : [])];
          return xs.some((x) => spans.some((s) => ovl(x, s)));
        };
        return (e) => {
          const type = table.typeOf({ root: rootOf(e), cameo: e.cameo });
          if (!type) return null;
          let onDyad = false, right = false;
          // a symmetric code ([036:036]) gives both directions; either is the pair's
          const symmetric = /\[(\d+):\1\]/.test(e.rule);
          for (const p of g.pairs) {
            if (!p.source && !p.target) continue;
            const dir = (s1: string | null, sp1: typeof e.sourceSpan, s2: string | null, sp2: typeof e.targetSpan): boolean =>
              (!p.source || side(s1, sp1, p.source.spans)) && (!p.target || side(s2, sp2, p.target.spans));
            const ok = dir(e.source, e.sourceSpan, e.target, e.targetSpan) || (symmetric && dir(e.target, e.targetSpan, e.source, e.sourceSpan));
            if (!ok) continue;
            onDyad = true;
            if ((p.types ?? [p.root]).includes(type)) right = true;
          }
          return { right, onDyad };
        };
      },
    };
  }
}

function seedJudge(gold: SeedGold, text: string): (a: CodedArticle) => Judged['right'] {
  const all = [...(gold.events ?? []), ...(gold.optional ?? [])];
  return () => (e) => {
    const root = rootOf(e);
    const ev = text.slice(e.evidence.start, e.evidence.end);
    const right = all.some((g) => (g.roots ?? []).map((r) => String(r).padStart(2, '0')).includes(root)
      && ((codeMatch(g.source, e.sourceCode) && codeMatch(g.target, e.targetCode)) || (!!g.either_direction && codeMatch(g.source, e.targetCode) && codeMatch(g.target, e.sourceCode)))
      && (!g.evidence || ev.length === 0 || text.indexOf(g.evidence) >= 0));
    return { right, onDyad: true };
  };
}

function* seedItems(shared: string, suite: 'seed' | 'voa-dev'): Generator<{ id: string; text: string; date?: string; judge: (a: CodedArticle) => Judged['right'] }> {
  if (suite === 'seed') {
    const gold = JSON.parse(fs.readFileSync(path.join(shared, 'seed/gold.json'), 'utf8')) as SeedGold;
    const text = fs.readFileSync(path.join(shared, 'seed/article.txt'), 'utf8');
    yield { id: 'seed', text, date: gold.date, judge: seedJudge(gold, text) };
    return;
  }
  const voa = loadVoaDev(shared);
  if (isAbsent(voa)) throw new DyadError('E_SUITE_DATA', `${voa.absent} not found`);
  for (const it of voa.items) yield { id: it.id, text: it.text, date: it.date, judge: seedJudge(it.gold, it.text) };
}

/** The parts of a rule id: the pattern or verb (wrappers removed), each wrapper, each parse rule appended. */
export function ruleParts(rule: string): string[] {
  // appended rules: the parse's, the table's, the gates' and dyad's domestic-pair exemption (`dyad:domestic-act`)
  const extras = [...rule.matchAll(/ ((?:audit-drop:)?(?:parse|table|gate|dyad:domestic):\S+)/g)].map((m) => m[1]!);
  let c = rule.replace(/ (?:audit-drop:)?(?:parse|table|gate|dyad:domestic):\S+/g, '');
  const parts: string[] = [];
  const full = c;
  for (const w of ['dyad:refusal<', 'dyad:intent<']) if (c.startsWith(w)) { parts.push(w.slice(0, -1)); c = c.slice(w.length, -1); }
  // a wrapped rule is also counted whole ("dyad:intent<CAMEO.2.0:GRANT:PROVIDE>"): the table drops rules as written
  return [c, ...(full !== c ? [full] : []), ...parts, ...extras];
}

/** One judged event of a suite: the article it was coded from, the event, and whether it is right / on an annotated dyad. */
export interface JudgedEvent { article: CodedArticle; text: string; event: CodedEvent; right: boolean; onDyad: boolean }

/** Codes a suite and judges every event a scorer counts (for reading a rule's firings on TRAINING material). */
export function* judgedEvents(suite: string, shared: string, res: Resources, opts: { limit?: number; audit?: boolean } = {}): Generator<JudgedEvent> {
  const items = suite === 'plv-train' ? plvItems(shared, opts.limit) : suite === 'seed' || suite === 'voa-dev' ? seedItems(shared, suite) : null;
  if (!items) throw new Error(`--rules: no rule scoring for suite ${suite} (use ${RULE_SUITES.join(', ')})`);
  const r: Resources = opts.audit ? { ...res, events: { ...res.events, audit: true } } : res;
  for (const it of items) {
    const coded = codeArticle({ id: it.id, text: it.text, ...(it.date ? { date: it.date } : {}) }, r);
    const judge = it.judge(coded);
    for (const e of coded.events) {
      if (!counts(e)) continue;
      const j = judge(e);
      if (j) yield { article: coded, text: it.text, event: e, right: j.right, onDyad: j.onDyad };
    }
  }
}

/** Codes a suite and counts, per rule part, firings, right firings and firings on an annotated dyad. */
export function ruleStats(suite: string, shared: string, res: Resources, opts: { limit?: number; audit?: boolean } = {}): RuleStat[] {
  const stats = new Map<string, RuleStat>();
  for (const { event: e, right, onDyad } of judgedEvents(suite, shared, res, opts)) {
    for (const p of new Set(ruleParts(e.rule))) {
      const s = stats.get(p) ?? { rule: p, firings: 0, correct: 0, onDyad: 0 };
      s.firings++; if (right) s.correct++; if (onDyad) s.onDyad++;
      stats.set(p, s);
    }
  }
  return [...stats.values()];
}

/** The table `dyad eval --rules` prints: worst precision first among rules firing at least `min` times. */
export function formatRuleStats(suite: string, stats: RuleStat[], min = 1): string[] {
  const rows = stats.filter((s) => s.firings >= min).sort((a, b) => a.correct / a.firings - b.correct / b.firings || b.firings - a.firings);
  const out = [`rules on ${suite}: firings, right, precision (lower bound on plv-train), on an annotated dyad, precision there; worst first (${rows.length} rules firing >= ${min})`];
  for (const s of rows) out.push(`${String(s.firings).padStart(5)} ${String(s.correct).padStart(5)}  P=${(s.correct / s.firings).toFixed(2)}  onDyad=${String(s.onDyad).padStart(4)} typeP=${s.onDyad ? (s.correct / s.onDyad).toFixed(2) : ' -  '}  ${s.rule}`);
  return out;
}
