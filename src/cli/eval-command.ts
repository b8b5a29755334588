import fs from 'node:fs';
import type { Command } from 'commander';
import { DyadError, formatError } from '../core/errors.js';
import { isSkipped, resourceCache, runSuite, type SkippedSuite, type SuiteReport } from '../eval/run-suite.js';
import { sharedDir } from '../eval/shared-dir.js';
import type { Suite } from '../eval/suite.js';
import { findSuite, SUITES } from '../eval/suites/index.js';
import { formatRuleStats, RULE_SUITES, ruleStats } from '../eval/rules.js';
import { ATTRIBUTION_MODES, isAttributionMode, type AttributionMode } from '../core/doc.js';

export interface EvalCommandOptions {
  shared?: string;
  json?: string;
  limit?: string;
  attributions?: string;
  rules?: boolean;
  audit?: boolean;
  min?: string;
}

/** `dyad eval SUITE...`: code each suite in-process and print the shared scorer's figures. Returns the exit status. */
export async function runEval(names: string[], opts: EvalCommandOptions, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  if (opts.rules) return runRuleEval(names, opts, out, err);
  const wanted = names.includes('all') ? SUITES.map((s) => s.name) : names;
  const suites: Array<Suite<unknown>> = [];
  for (const n of wanted) {
    const s = findSuite(n);
    if (!s) {
      err.write(`dyad: E_SUITE unknown suite ${n} (use ${SUITES.map((x) => x.name).join(', ')} or all)\n`);
      return 2;
    }
    if (!suites.includes(s)) suites.push(s);
  }
  const limit = opts.limit === undefined ? undefined : Number(opts.limit);
  if (limit !== undefined && !(limit > 0)) {
    err.write(`dyad: E_LIMIT --limit must be a positive number, got ${opts.limit}\n`);
    return 2;
  }
  if (opts.attributions !== undefined && !isAttributionMode(opts.attributions)) {
    err.write(`dyad: E_ATTRIBUTIONS unknown --attributions ${opts.attributions} (use ${ATTRIBUTION_MODES.join(' or ')})\n`);
    return 2;
  }
  const shared = sharedDir(opts.shared);
  const resources = resourceCache();
  const reports: Array<SuiteReport | SkippedSuite> = [];
  let failed = false;
  const runs = suites.flatMap((s) => (opts.attributions !== undefined ? [opts.attributions as AttributionMode] : s.attributionModes ?? ['speech'])
    .map((attributions) => ({ s, attributions })));
  const absent = new Set<string>();
  for (const { s, attributions } of runs) {
    if (absent.has(s.name)) continue; // its data is not there: said once
    let r: SuiteReport | SkippedSuite;
    try {
      // one set of resources for every run: the tagger rolls back what it learns from each text (tagger.ts), so a
      // second pass codes as a fresh process would
      r = await runSuite(s, { shared, limit, resources, attributions });
    } catch (e) {
      if (!(e instanceof DyadError)) throw e;
      err.write(`${formatError(e)} (suite ${s.name})\n`);
      failed = true;
      continue;
    }
    reports.push(r);
    if (isSkipped(r)) { absent.add(s.name); out.write(`skipped ${r.suite}: ${r.skipped}\n`); continue; }
    if (reports.length > 1) out.write('\n');
    out.write([...r.header, ...r.lines, r.timingLine, r.summary, ...r.extra].join('\n') + '\n');
  }
  if (opts.json) {
    const json = reports.map((r) => (isSkipped(r) ? r : { suite: r.suite, attributions: r.attributions, scorerName: r.scorerName, articles: r.articles, outputs: r.outputs,
      missing: r.missing, errors: r.errors, timing: r.timing, metrics: r.metrics, summary: r.summary, lines: r.lines, items: r.details }));
    try {
      fs.writeFileSync(opts.json, JSON.stringify({ shared, suites: json }, null, 1));
    } catch (e) {
      err.write(`dyad: E_WRITE ${opts.json}: ${(e as Error).message}\n`);
      return 1;
    }
    out.write(`details written to ${opts.json}\n`);
  }
  return failed || reports.some((r) => !isSkipped(r) && r.errors.length) ? 1 : 0;
}

/** `dyad eval --rules SUITE...`: firings, right firings and precision per event rule, worst first (src/eval/rules.ts). */
function runRuleEval(names: string[], opts: EvalCommandOptions, out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  const shared = sharedDir(opts.shared);
  const limit = opts.limit === undefined ? undefined : Number(opts.limit);
  const min = opts.min === undefined ? 1 : Number(opts.min);
  const res = resourceCache()();
  for (const n of names) {
    if (!(RULE_SUITES as readonly string[]).includes(n)) {
      err.write(`dyad: E_SUITE no rule scoring for suite ${n} (use ${RULE_SUITES.join(', ')})\n`);
      return 2;
    }
    out.write(formatRuleStats(n, ruleStats(n, shared, res, { limit, audit: !!opts.audit }), min).join('\n') + '\n');
  }
  return 0;
}

/** Adds `dyad eval` to the command line; `setStatus` receives the exit status. */
export function registerEval(program: Command, setStatus: (code: number) => void): void {
  program.command('eval')
    .description(`score dyad on the evaluation suites in the shared data (${SUITES.map((s) => s.name).join(', ')}, all)`)
    .argument('<suites...>', 'suites to run')
    .option('--shared <dir>', 'shared data directory (default: $DYAD_SHARED, else ../shared beside the repository)')
    .option('--json <file>', 'write figures and per-article details as JSON')
    .option('--limit <n>', 'score only the first n articles of each suite')
    .option('--attributions <which>', 'code with dyad code --attributions speech|all (default: speech; polnear is scored in both)')
    .option('--rules', `per event rule: firings, right, precision, worst first (suites ${RULE_SUITES.join(', ')})`)
    .option('--audit', 'with --rules: keep the events a parse rule drops, marked audit-drop:<rule>, to judge the rule')
    .option('--min <n>', 'with --rules: only rules firing at least n times')
    .action(async (names: string[], opts: EvalCommandOptions) => {
      setStatus(await runEval(names, opts, process.stdout, process.stderr));
    });
}
