import { once } from 'node:events';
import { formatText } from './text-format.js';
// code-api.ts, not api.ts: the API also exports the zod contract schema, the store and the exporters, which coding
// text does not need (start-up of `dyad code` on one article; docs/speed.md)
import { ATTRIBUTION_MODES, codeArticles, DyadError, formatError, isAttributionMode, loadResources, readInputs, UndatedWarnings, type IngestItem, type Tone } from '../code-api.js';
import { resourceOptions, type ResourceFlags } from './resource-options.js';
import { budgetMsOption, dateOption, maxArticleCharsOption } from './shared-options.js';

export interface CodeCommandOptions extends ResourceFlags {
  format?: string;
  date?: string;
  maxArticleChars?: string;
  attributions?: string;
  budgetMs?: string;
}

/** `dyad code`: read inputs, code each article, print one JSON line per article in input order. */
export async function runCode(files: string[], opts: CodeCommandOptions, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const format = opts.format ?? (process.stdout.isTTY ? 'pretty' : 'jsonl');
  if (!['jsonl', 'pretty', 'text', 'gdelt', 'plover'].includes(format)) {
    err.write(`dyad: E_FORMAT unknown --format ${format} (use jsonl, pretty, text, gdelt or plover)\n`);
    return 2;
  }
  const date = dateOption(opts.date), maxChars = maxArticleCharsOption(opts.maxArticleChars), budget = budgetMsOption(opts.budgetMs);
  for (const c of [date, maxChars, budget]) if ('error' in c) { err.write(c.error + '\n'); return 2; }
  const maxArticleChars = 'value' in maxChars ? maxChars.value : undefined;
  const budgetMs = 'value' in budget ? budget.value : undefined;
  const attributions = opts.attributions ?? 'speech';
  if (!isAttributionMode(attributions)) {
    err.write(`dyad: E_ATTRIBUTIONS unknown --attributions ${attributions} (use ${ATTRIBUTION_MODES.join(' or ')})\n`);
    return 2;
  }
  if (files.length === 0 && process.stdin.isTTY) {
    err.write('dyad: E_NO_INPUT no input: give FILE... (or - to read standard input), or pipe text into dyad code\n');
    return 2;
  }
  const resourceOpts = resourceOptions(opts);
  if (typeof resourceOpts === 'string') { err.write(`dyad: E_ARG ${resourceOpts}\n`); return 2; }
  let res: ReturnType<typeof loadResources>;
  try {
    res = loadResources(resourceOpts);
  } catch (e) {
    if (e instanceof DyadError) { err.write(formatError(e) + '\n'); return 2; }
    throw e;
  }
  let failed = 0;
  let nextEventId = 1;
  let tone: Tone | undefined;
  // the GDELT/PLOVER row writers (and wink's sentiment model, on first use) load only for those formats
  const rowsOf = format === 'gdelt' || format === 'plover' ? (await import('../export/article-rows.js')).articleRows : undefined;
  const loadTone = format === 'gdelt' ? (await import('../resources/tone.js')).loadTone : undefined;
  const undated = new UndatedWarnings(files.length ? files : ['-'], opts.date);
  async function* warnUndated(items: AsyncIterable<IngestItem>): AsyncGenerator<IngestItem> {
    for await (const item of items) {
      const warning = item.ok ? undated.check(item.value.article, item.value.origin) : undefined;
      if (warning) err.write(warning + '\n');
      yield item;
    }
  }
  for await (const item of codeArticles(warnUndated(readInputs(files, { maxArticleChars, onSkip: (file, why) => err.write(`dyad warning W_SKIPPED ${file}: ${why}\n`) })), res, { defaultDate: opts.date, attributions, budgetMs })) {
    // an article over its time budget (E_BUDGET) is an error item naming the input; the next article goes on
    if (!item.ok) { failed++; err.write(formatError(item.error) + '\n'); continue; }
    const { coded } = item;
    let chunk: string;
    if (rowsOf) {
      // GDELT 2.0 event rows (61 tab-separated columns) or PLOVER JSONL records, one per asserted event
      // AvgTone (GDELT only): wink-nlp sentiment of the article, its model read on first use
      const avgTone = format === 'gdelt' && coded.events.length ? (tone ??= loadTone!())(coded.text) : null;
      const rows = rowsOf(coded, format === 'gdelt' ? 'gdelt-events' : 'plover', nextEventId, undefined, avgTone);
      nextEventId += rows.length;
      chunk = rows.map((r) => r + '\n').join('');
    } else if (format === 'text') chunk = formatText(coded, res.events.cameo.names) + '\n';
    else chunk = format === 'pretty' ? JSON.stringify(coded, null, 2) + '\n' : JSON.stringify(coded) + '\n';
    // respect back-pressure so a slow reader does not make us buffer the whole corpus
    if (chunk && !out.write(chunk)) await once(out, 'drain');
  }
  return failed ? 1 : 0;
}

