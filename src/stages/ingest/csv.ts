import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { buildArticle, fail } from './article.js';
import type { IngestItem, ResolvedReadOptions } from './options.js';
import { ErrorQueue, smallPieces } from './csv-errors.js';
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
    source = Readable.from(smallPieces(decodeChunks(peeked.chunks, checkHead(peeked.head))));
  } catch (e) {
    yield fail((e as InputProblem).code, (e as Error).message, { input });
    return;
  }
  const skipped = new ErrorQueue();
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
  // Past max_record_size csv-parse cannot find the next record again, so an oversized record ends the file; so does an
  // unbalanced quote (csv-parse stays inside the quoted field: every later line would be read into it, and each
  // further error copies the growing record), and a bad record past the cap of MAX_CSV_ERRORS.
  let stopped = false;
  let stopLine = Infinity;
  const stop = (item: IngestItem): void => {
    stopped = true;
    stopLine = item.ok ? 0 : item.error.origin?.line ?? 0;
    skipped.add(item);
    source.unpipe(parser);
    source.destroy();
    parser.end();
  };
  parser.on('skip', (e: CsvError & { lines?: number }) => {
    if (stopped) return;
    const origin = { input, line: e.lines };
    if (e.code === 'CSV_MAX_RECORD_SIZE') stop(fail('E_TOO_LARGE', `record over ${opts.maxTextBytes} bytes; the rest of the file is skipped; raise the limit with --max-article-chars`, origin));
    else if (e.code === 'CSV_INVALID_CLOSING_QUOTE') stop(fail('E_CSV', `${csvMessage(e)}; an unbalanced quote: the rest of the file is skipped`, origin));
    else if (skipped.full) stop(fail('E_CSV', `more than ${skipped.max} bad records: the rest of the file is skipped (is it a CSV of articles, comma-separated?)`, origin));
    else skipped.add(fail('E_CSV', csvMessage(e), origin));
  });
  // A source error (invalid bytes) ends the CSV where the good text ends; records before it are still read.
  let sourceError: unknown;
  source.on('error', (e) => { sourceError = e; parser.end(); });
  source.pipe(parser);
  try {
    for await (const r of parser as AsyncIterable<CsvRecord>) {
      const origin = { input, line: startLine(r.info.lines, r.raw) };
      if (origin.line >= stopLine) continue; // the text csv-parse still had in hand when the file was ended
      // csv-parse reports a bad record as soon as it sees it, while good records before it may still be buffered:
      // merge by line so items stay in input order.
      yield* skipped.before(origin.line);
      const rec = r.record;
      // a NUL marks binary data (as anywhere in a .txt): the record is refused, the next ones go on
      if (r.raw.includes('\u0000')) { yield fail('E_BINARY', 'binary data: a NUL character in this record', origin); continue; }
      const get = (f: string): string | undefined => (rec[f] === undefined || rec[f] === '' ? undefined : rec[f]);
      yield buildArticle({ id: get('id'), date: firstDateField((f) => get(f.toLowerCase())), title: get('title'), url: get('url'), text: rec.text ?? '' }, origin, opts);
    }
  } catch (e) {
    yield* skipped.rest();
    yield problemItem(sourceError ?? e, input);
    return;
  } finally {
    source.destroy();
  }
  yield* skipped.rest();
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
