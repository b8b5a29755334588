import fs from 'node:fs';
import path from 'node:path';
import { buildArticle, fail } from './article.js';
import { declaredEncoding } from './decode.js';
import { resolveOptions, type IngestItem, type ReadOptions, type ResolvedReadOptions } from './options.js';
import { bufferChunks, bufferChunksOf, checkHead, decodeAll, fileChunks, InputProblem, peek, readAll, type Peeked } from './source.js';
import { textArticle } from './text.js';

export type { IngestItem, ReadOptions } from './options.js';
export { DEFAULT_MAX_ARTICLE_CHARS } from './options.js';

type Kind = 'text' | 'html' | 'jsonl' | 'csv' | 'feed';

/** Input kinds by file extension (lower-cased). */
const KIND_BY_EXTENSION: Record<string, Kind> = {
  '.txt': 'text', '.text': 'text', '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.csv': 'csv', '.xml': 'feed', '.rss': 'feed', '.atom': 'feed', '.rdf': 'feed',
};

const LIMIT_HINT = 'raise the limit with --max-article-chars';

const PDF_MESSAGE = 'PDF is not supported: extract its text first (for example with pdftotext) and give dyad the .txt file';

/** A PDF file starts with "%PDF-" (ISO 32000), possibly after a few bytes of junk. */
const isPdf = (head: Buffer): boolean => { const i = head.indexOf('%PDF-'); return i >= 0 && i < 8; };

/** Files up to this size are read whole, synchronously; larger ones as a stream. */
const READ_WHOLE_BYTES = 8 * 1024 * 1024;

/** The kind of a file from its extension, or undefined when dyad does not read that extension. */
export function kindOfPath(file: string): Kind | undefined {
  return KIND_BY_EXTENSION[path.extname(file).toLowerCase()];
}

/**
 * Reads every input in order and yields one item per article (or per problem): files by extension, directories
 * (every supported file below, in sorted path order), and standard input for "-" or no input (kind sniffed from the
 * first character). Never throws for bad input: each problem is an item with a stable code naming the input and line.
 */
export async function* readInputs(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<IngestItem> {
  const o = resolveOptions(opts);
  for (const input of inputs.length ? inputs : ['-']) {
    try {
      if (input === '-') {
        const peeked = await peek(bufferChunks(o.stdin as AsyncIterable<unknown>));
        try {
          yield* readPeeked('-', sniffKind(peeked.head), peeked, o);
        } finally {
          await peeked.close();
        }
        continue;
      }
      const stat = await fs.promises.stat(input);
      if (stat.isDirectory()) {
        const files = await listDirectory(input, o.onSkip);
        if (!files.length) yield fail('E_EMPTY', `no ${Object.keys(KIND_BY_EXTENSION).join(' ')} files under this directory`, { input });
        for (const file of files) yield* readFile(file, kindOfPath(file)!, o);
      } else {
        yield* readFile(input, kindOfPath(input), o);
      }
    } catch (e) {
      yield readError(e, input);
    }
  }
}

async function* readFile(file: string, kind: Kind | undefined, o: ResolvedReadOptions): AsyncGenerator<IngestItem> {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) { yield fail('E_READ', 'not a regular file', { input: file }); return; }
    const cap = kind === 'html' || kind === 'feed' ? o.maxMarkupBytes : kind === 'text' ? o.maxTextBytes : Infinity;
    if (stat.size > cap) { yield fail('E_TOO_LARGE', `file of ${stat.size} bytes is over the limit of ${cap}; ${LIMIT_HINT}`, { input: file }); return; }
    // a small file is read in one system call (a stream costs an open, reads and a close, each a round trip through
    // libuv's thread pool: 10% of the time on a folder of 2,000 short articles); a large one is streamed
    const peeked = await peek(stat.size <= READ_WHOLE_BYTES ? bufferChunksOf(fs.readFileSync(file)) : fileChunks(file));
    try {
      yield* readPeeked(file, kind ?? sniffKind(peeked.head), peeked, o);
    } finally {
      await peeked.close();
    }
  } catch (e) {
    yield readError(e, file);
  }
}

/** Reads one input of a known kind whose first bytes have been peeked. */
async function* readPeeked(input: string, kind: Kind, peeked: Peeked, o: ResolvedReadOptions): AsyncGenerator<IngestItem> {
  if (isPdf(peeked.head)) { yield fail('E_PDF', PDF_MESSAGE, { input }); return; }
  // the JSONL reader (its zod schema: ~95 modules) and the CSV parser load with the first such input, not for a text file
  if (kind === 'jsonl') { const { readJsonl } = await import('./jsonl.js'); yield* nonEmpty(readJsonl(input, peeked, o), input); return; }
  if (kind === 'csv') { const { readCsv } = await import('./csv.js'); yield* nonEmpty(readCsv(input, peeked, o), input); return; }
  let text: string;
  try {
    const sniffed = checkHead(peeked.head);
    const bytes = await readAll(peeked.chunks, kind === 'text' ? o.maxTextBytes : o.maxMarkupBytes, LIMIT_HINT);
    text = decodeAll(bytes, sniffed, kind === 'text' ? undefined : declaredEncoding(peeked.head, kind));
    // one rule for NUL wherever it is (the first kilobyte's check only looks that far): it marks binary data
    const nul = text.indexOf('\u0000');
    if (nul >= 0) throw new InputProblem('E_BINARY', `binary data: a NUL character at offset ${nul}; give a text, HTML or feed file`);
  } catch (e) {
    yield readError(e, input);
    return;
  }
  const origin = { input };
  // the HTML and feed readers (linkedom, Readability, fast-xml-parser: ~35 MB resident) load with the first such input
  if (kind === 'feed') { const { readFeed } = await import('./feed.js'); yield* readFeed(input, text, o); return; }
  if (kind === 'html') {
    const { extractHtml } = await import('./html.js');
    let page;
    try {
      page = extractHtml(text, o.maxArticleChars);
    } catch (e) {
      yield e instanceof InputProblem ? fail(e.code, e.message, origin) : fail('E_HTML', `HTML could not be read: ${(e as Error).message}`, origin);
      return;
    }
    yield buildArticle({ title: page.title, date: page.date, url: page.url, text: page.text }, origin, o);
    return;
  }
  yield buildArticle(textArticle(text), origin, o);
}

/** Passes items through; a line-oriented input that gave nothing at all is reported as empty. */
async function* nonEmpty(items: AsyncGenerator<IngestItem>, input: string): AsyncGenerator<IngestItem> {
  let any = false;
  for await (const item of items) { any = true; yield item; }
  if (!any) yield fail('E_EMPTY', 'empty input: no articles', { input });
}

/**
 * What standard input (or a file with an unknown extension) holds, from its first non-blank character:
 * `{` is JSONL, `<` is a feed when the root is rss/feed/rdf:RDF and HTML otherwise, anything else plain text.
 */
function sniffKind(head: Buffer): Kind {
  const sniffed = head.length >= 2 && (head[0] === 0xff || head[0] === 0xfe) ? new TextDecoder(head[0] === 0xff ? 'utf-16le' : 'utf-16be') : new TextDecoder('utf-8');
  const start = sniffed.decode(head).replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return 'jsonl';
  if (start.startsWith('<')) {
    const firstElement = /<(?![?!])([A-Za-z][\w:.-]*)/.exec(start.slice(0, 1024));
    return firstElement && /^(rss|feed|rdf:RDF)$/.test(firstElement[1]!) ? 'feed' : 'html';
  }
  return 'text';
}

/** Every supported file under a directory, recursively, in sorted path order; hidden entries and other extensions skipped. */
async function listDirectory(root: string, onSkip: (file: string, why: string) => void): Promise<string[]> {
  const skipped: string[] = [];
  const files: string[] = [];
  const seen = new Set<string>();
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    const real = await fs.promises.realpath(dir);
    if (seen.has(real)) continue; // a symlink loop
    seen.add(real);
    for (const entry of await fs.promises.readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const st = await fs.promises.stat(full).catch(() => undefined);
        isDir = st?.isDirectory() ?? false;
        isFile = st?.isFile() ?? false;
      }
      if (isDir) stack.push(full);
      else if (isFile && kindOfPath(full)) files.push(full);
      else if (isFile) skipped.push(full);
    }
  }
  for (const f of skipped.sort(comparePaths)) onSkip(f, skipReason(f));
  return files.sort(comparePaths);
}

/** Why a file of a directory is not read. */
function skipReason(file: string): string {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.pdf') return PDF_MESSAGE;
  return ext ? `${ext} files are not read (dyad reads ${Object.keys(KIND_BY_EXTENSION).join(' ')})` : `a file without an extension is not read in a folder (dyad reads ${Object.keys(KIND_BY_EXTENSION).join(' ')})`;
}

/** Compares paths segment by segment, so a folder's files stay together ("a/b" before "a-c"). */
function comparePaths(a: string, b: string): number {
  const x = a.split(path.sep);
  const y = b.split(path.sep);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  return x.length - y.length;
}

function readError(e: unknown, input: string): IngestItem {
  if (e instanceof InputProblem) return fail(e.code, e.message, e.line === undefined ? { input } : { input, line: e.line });
  const err = e as NodeJS.ErrnoException;
  const reason = err.code === 'ENOENT' ? 'no such file or directory'
    : err.code === 'EACCES' || err.code === 'EPERM' ? 'permission denied'
      : err.code === 'EISDIR' ? 'is a directory' : err.message;
  return fail('E_READ', `cannot read: ${reason}`, { input });
}
