import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { codeArticle, formatError, loadResources, readInputs, type Resources } from '../api.js';
import type { AttributionMode } from '../core/doc.js';
import { isAbsent, type Suite, type SuiteItem, type SuiteScore } from './suite.js';
import { buildView } from './view.js';

/** Runs one suite: codes its items with dyad in-process, then scores them as the shared scorer does. */

export interface EvalOptions {
  shared: string;
  limit?: number;
  /** Resources for a dictionaries directory (undefined: the bundled ones); lets several suites share one load. */
  resources?: (dictionaries?: string) => Resources;
  /** Which attributions dyad makes quotes of (`dyad code --attributions`); default speech. */
  attributions?: AttributionMode;
}

export interface SuiteReport {
  suite: string;
  attributions: AttributionMode;
  scorerName: string;
  articles: number;
  outputs: number;
  missing: number;
  /** Lines before the scores: suite size, how it was coded, what came out. */
  header: string[];
  /** The scorer's figure lines. */
  lines: string[];
  timing: { articles: number; seconds: number; articlesPerSecond: number; charsPerSecond: number };
  timingLine: string;
  summary: string;
  extra: string[];
  metrics: Record<string, unknown>;
  details: unknown[];
  /** One-line messages for inputs dyad could not code. */
  errors: string[];
}

export interface SkippedSuite {
  suite: string;
  skipped: string;
}

export const isSkipped = (x: SuiteReport | SkippedSuite): x is SkippedSuite => 'skipped' in x;

/** A memo of loaded resources by dictionaries directory, for one eval run. */
export function resourceCache(): (dictionaries?: string) => Resources {
  const cache = new Map<string, Resources>();
  return (dictionaries) => {
    const key = dictionaries ?? '';
    let r = cache.get(key);
    if (!r) { r = loadResources(dictionaries ? { dictionaries } : {}); cache.set(key, r); }
    return r;
  };
}

export async function runSuite(suite: Suite<unknown>, opts: EvalOptions): Promise<SuiteReport | SkippedSuite> {
  const loaded = suite.load(opts.shared);
  if (isAbsent(loaded)) return { suite: suite.name, skipped: `${loaded.absent} not found` };
  const items = loaded.items.slice(0, opts.limit !== undefined && Number.isFinite(opts.limit) ? opts.limit : undefined);
  const res = (opts.resources ?? resourceCache())(loaded.dictionaries);
  const attributions = opts.attributions ?? 'speech';
  const header = [`suite ${suite.scorerName}: ${items.length} articles${attributions !== 'speech' ? `, with --attributions ${attributions}` : ''}`,
    `dyad: coded in-process (loadResources + codeArticle)${loaded.dictionaries ? ` with --dictionaries ${loaded.dictionaries}` : ''}` +
    (attributions !== 'speech' ? ` (shared scorer: --cmd "npx dyad code --format jsonl --attributions ${attributions}")` : '')];

  const t0 = performance.now();
  const run = await codeItems(items, res, attributions);
  const seconds = (performance.now() - t0) / 1000;

  const scored = scoreOutputs(suite, items, run.outputs, opts.shared);
  for (const e of run.errors) header.push(`error: ${e}`);
  header.push(scored.outputLine);
  const chars = items.reduce((n, it) => n + it.text.length, 0);
  const timing = { articles: items.length, seconds, articlesPerSecond: items.length / seconds, charsPerSecond: chars / seconds };
  const timingLine = `timing: ${items.length} articles (${chars} chars) in ${seconds.toFixed(2)} s in-process, resources loaded before: ` +
    `${timing.articlesPerSecond.toFixed(1)} articles/s, ${Math.round(timing.charsPerSecond)} chars/s`;
  return { suite: suite.name, attributions, scorerName: suite.scorerName, articles: items.length, outputs: run.outputs.length, missing: scored.missing, header,
    lines: scored.lines, timing, timingLine, summary: scored.summary, extra: scored.extra ?? [], metrics: scored.metrics, details: scored.details, errors: run.errors };
}

export interface ScoredOutputs extends SuiteScore {
  /** "output: N articles read; ..." as the shared scorer prints it. */
  outputLine: string;
  missing: number;
}

/**
 * Scores parsed output articles (contract JSON) against a suite's items. Outputs are paired with items by id,
 * else by position, as the shared scorer pairs a command's output lines.
 */
export function scoreOutputs(suite: Suite<unknown>, items: ReadonlyArray<SuiteItem<unknown>>, outputs: readonly unknown[], shared: string): ScoredOutputs {
  const inputIds = new Set(items.map((it) => String(it.id)));
  const byId = new Map<string, unknown>();
  for (const o of outputs) { const id = idOf(o); if (id !== null && !byId.has(id)) byId.set(id, o); }
  let byPos = 0, missing = 0, textDiff = 0;
  const views = items.map((it, i) => {
    let o = byId.get(String(it.id));
    const atPos = outputs[i];
    if (!o && atPos && !inputIds.has(String(idOf(atPos)))) { o = atPos; byPos++; }
    if (!o) missing++;
    const v = buildView(o, it.text);
    if (v.textDiffers) textDiff++;
    return v;
  });
  const nEvents = views.reduce((n, v) => n + v.events.length, 0);
  const nQuotes = views.reduce((n, v) => n + v.quotes.length, 0);
  const nActors = views.reduce((n, v) => n + v.actors.size, 0);
  const outputLine = `output: ${outputs.length} articles read; ` +
    `${missing} inputs without output${byPos ? `, ${byPos} matched by position (id differs)` : ''}${textDiff ? `, ${textDiff} with a changed text (offsets re-aligned)` : ''}; ` +
    `${nActors} actors, ${nQuotes} quotes, ${nEvents} events`;
  return { ...suite.score(items, views, { shared, scorerName: suite.scorerName }), outputLine, missing };
}

const idOf = (o: unknown): string | null => {
  const id = typeof o === 'object' && o !== null ? (o as { id?: unknown }).id : undefined;
  return id == null ? null : String(id);
};

/**
 * Codes the items through the same path as `dyad code FILE.jsonl`: the items are written as the shared scorer
 * writes them, read back by the ingest stage, coded, and each result passed through JSON as the CLI prints it.
 */
async function codeItems(items: ReadonlyArray<SuiteItem<unknown>>, res: Resources, attributions: AttributionMode): Promise<{ outputs: unknown[]; errors: string[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-eval-'));
  const outputs: unknown[] = [];
  const errors: string[] = [];
  try {
    const inPath = path.join(dir, 'input.jsonl');
    fs.writeFileSync(inPath, items.map((it) => JSON.stringify(it.date ? { id: it.id, date: it.date, text: it.text } : { id: it.id, text: it.text })).join('\n') + '\n');
    for await (const item of readInputs([inPath])) {
      if (!item.ok) { errors.push(formatError(item.error)); continue; }
      try {
        outputs.push(JSON.parse(JSON.stringify(codeArticle(item.value.article, res, { attributions }))));
      } catch (e) {
        errors.push(`article ${item.value.article.id}: ${(e as Error).stack ?? String(e)}`.split('\n').slice(0, 3).join(' | '));
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { outputs, errors };
}
