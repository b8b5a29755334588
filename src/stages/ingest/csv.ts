import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { buildArticle, fail } from './article.js';
import type { IngestItem, ResolvedReadOptions } from './options.js';
import { checkHead, decodeChunks, InputProblem, type Peeked } from './source.js';
import { firstDateField } from './undated.js';

interface CsvRecord { record: Record<string, string | undefined>; info: { lines: number }; raw: string }

/**
 * Articles of a CSV input with a header row holding `text` (and optionally id, title, url and a date column: date, published, pubDate, published_at or datetime; other columns are
 * ignored, names are matched case-insensitively). Streams with csv-parse: quoted fields may span lines. A bad record
 * is one error naming its line, and parsing goes on where csv-parse can resynchronise (after an unbalanced quote
 * it often cannot: the rest of the file is then one error).
 */
export async function* readCsv(input: string, peeked: Peeked, opts: ResolvedReadOptions): AsyncGenerator<IngestItem> {
  let source: Readable;
  try {
    source = Readable.from(decodeChunks(peeked.chunks, checkHead(peeked.head)));
  } catch (e) {
    yield fail((e as InputProblem).code, (e as Error).message, { input });
    return;
  }
  const skipped: IngestItem[] = [];
  let header: string[] | undefined;
  const parser = parse({
    bom: true,
    columns: (names: string[]) => {
      header = names.map((n) => String(n).trim().toLowerCase());
      if (!header.includes('text')) throw new InputProblem('E_CSV', `header has no "text" column (found: ${names.slice(0, 10).join(', ') || 'nothing'})`, 1);
      return header;
    },
    info: true,
    raw: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    relax_column_count_less: true,
    max_record_size: opts.maxTextBytes,
  });
  // Past max_record_size csv-parse cannot find the next record again, so an oversized record ends the file.
  let stopped = false;
  parser.on('skip', (e: CsvError & { lines?: number }) => {
    if (stopped) return;
    if (e.code === 'CSV_MAX_RECORD_SIZE') {
      stopped = true;
      skipped.push(fail('E_TOO_LARGE', `record over ${opts.maxTextBytes} bytes; the rest of the file is skipped; raise the limit with --max-article-chars`, { input, line: e.lines }));
      source.unpipe(parser);
      source.destroy();
      parser.end();
      return;
    }
    skipped.push(fail('E_CSV', csvMessage(e), { input, line: e.lines }));
  });
  // A source error (invalid bytes) ends the CSV where the good text ends; records before it are still read.
  let sourceError: unknown;
  source.on('error', (e) => { sourceError = e; parser.end(); });
  source.pipe(parser);
  try {
    for await (const r of parser as AsyncIterable<CsvRecord>) {
      const origin = { input, line: startLine(r.info.lines, r.raw) };
      // csv-parse reports a bad record as soon as it sees it, while good records before it may still be buffered:
      // merge by line so items stay in input order.
      while (skipped.length && (skipped[0]!.ok ? 0 : skipped[0]!.error.origin?.line ?? 0) < origin.line) yield skipped.shift()!;
      const rec = r.record;
      const get = (f: string): string | undefined => (rec[f] === undefined || rec[f] === '' ? undefined : rec[f]);
      yield buildArticle({ id: get('id'), date: firstDateField((f) => get(f.toLowerCase())), title: get('title'), url: get('url'), text: rec.text ?? '' }, origin, opts);
    }
  } catch (e) {
    while (skipped.length) yield skipped.shift()!;
    yield problemItem(sourceError ?? e, input);
    return;
  } finally {
    source.destroy();
  }
  while (skipped.length) yield skipped.shift()!;
  if (sourceError) yield problemItem(sourceError, input);
  else if (header === undefined) yield fail('E_EMPTY', 'empty CSV (no header row)', { input });
}

/** The line a record starts on: csv-parse reports the line it ends on; inner line breaks are counted back. */
function startLine(endLine: number, raw: string): number {
  let s = 0;
  while (s < raw.length && (raw[s] === '\n' || raw[s] === '\r')) s++;
  let e = raw.length;
  if (raw[e - 1] === '\n') e--;
  if (raw[e - 1] === '\r') e--;
  let inner = 0;
  for (let i = raw.indexOf('\n', s); i >= 0 && i < e; i = raw.indexOf('\n', i + 1)) inner++;
  return endLine - inner;
}

/** csv-parse messages end with "at line N"; the line is in the origin, so keep the reason only. */
function csvMessage(e: CsvError): string {
  return `bad CSV record (${e.code}): ${e.message.replace(/\s+(at|on) line \d+.*$/s, '')}`;
}

function problemItem(e: unknown, input: string): IngestItem {
  if (e instanceof InputProblem) return fail(e.code, e.message, e.line === undefined ? { input } : { input, line: e.line });
  if (e instanceof CsvError) return fail('E_CSV', csvMessage(e), { input, line: (e as CsvError & { lines?: number }).lines });
  return fail('E_READ', `cannot read: ${(e as Error).message}`, { input });
}
