import fs from 'node:fs';
import { firstInvalidUtf8, invalidEncodingMessage, looksBinary, looksUtf16WithoutBom, sniffEncoding, strictDecoder, type Sniffed } from './decode.js';

/** A problem with the bytes of an input, before any article is made. */
export class InputProblem extends Error {
  constructor(readonly code: string, message: string, readonly line?: number) {
    super(message);
  }
}

/** The chunks of a stream as Buffers. */
export async function* bufferChunks(stream: AsyncIterable<unknown>): AsyncGenerator<Buffer> {
  for await (const c of stream) {
    if (Buffer.isBuffer(c)) yield c;
    else if (c instanceof Uint8Array) yield Buffer.from(c.buffer, c.byteOffset, c.byteLength);
    else yield Buffer.from(String(c), 'utf8');
  }
}

const FILE_CHUNK_BYTES = 64 * 1024;

/** Chunks of a file, read lazily (64 KiB at a time). */
export function fileChunks(path: string): AsyncGenerator<Buffer> {
  return bufferChunks(fs.createReadStream(path, { highWaterMark: FILE_CHUNK_BYTES }));
}

/** The bytes of a file already read, in the chunks `fileChunks` would give (64 KiB), so every reader sees the same head. */
export async function* bufferChunksOf(bytes: Buffer): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += FILE_CHUNK_BYTES) yield bytes.subarray(i, Math.min(bytes.length, i + FILE_CHUNK_BYTES));
}

/** A stream with its first bytes available for sniffing and all bytes still to read. */
export interface Peeked {
  head: Buffer;
  chunks: AsyncGenerator<Buffer>;
  /** Releases the underlying stream (its file descriptor) even when `chunks` was never read to the end. */
  close(): Promise<void>;
}

/** Reads at least `want` bytes (or everything, if shorter) from the front of a chunk stream without losing them. */
export async function peek(source: AsyncIterator<Buffer> & AsyncIterable<Buffer>, want = 1024): Promise<Peeked> {
  const first: Buffer[] = [];
  let size = 0;
  while (size < want) {
    const r = await source.next();
    if (r.done) break;
    first.push(r.value);
    size += r.value.length;
  }
  const head = Buffer.concat(first);
  async function* all(): AsyncGenerator<Buffer> {
    if (head.length) yield head;
    yield* source;
  }
  const chunks = all();
  return {
    head,
    chunks,
    close: async () => {
      await chunks.return(undefined);
      await source.return?.(undefined);
    },
  };
}

/** Throws E_BINARY when the first bytes look like binary data; returns the encoding otherwise. */
export function checkHead(head: Buffer): Sniffed {
  const sniffed = sniffEncoding(head);
  if (looksBinary(head, sniffed)) {
    throw new InputProblem('E_BINARY', looksUtf16WithoutBom(head)
      ? 'binary file: looks like UTF-16 without a byte order mark; save it as UTF-8 (or UTF-16 with BOM)'
      : 'binary file (not text); give a text, HTML, JSONL, CSV or feed file');
  }
  return sniffed;
}

/** Reads all bytes of a chunk stream, up to `maxBytes` (E_TOO_LARGE past it, without reading the rest). */
export async function readAll(chunks: AsyncIterable<Buffer>, maxBytes: number, limitHint: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const c of chunks) {
    size += c.length;
    if (size > maxBytes) throw new InputProblem('E_TOO_LARGE', `input is over ${maxBytes} bytes; ${limitHint}`);
    parts.push(c);
  }
  return Buffer.concat(parts);
}

/**
 * Decodes bytes strictly in the sniffed encoding (BOM skipped), or throws E_UTF8. Without a BOM, a legacy encoding
 * declared by the document itself (`declared`, e.g. windows-1252 from `<meta charset>`) is used instead of UTF-8.
 */
export function decodeAll(bytes: Buffer, sniffed: Sniffed, declared?: string): string {
  const body = bytes.subarray(sniffed.bomLength);
  if (declared && sniffed.bomLength === 0) {
    try {
      const text = new TextDecoder(declared, { fatal: true }).decode(body);
      return declared === 'windows-1252' ? fixWindows1252(text) : text;
    } catch {
      throw new InputProblem('E_ENCODING', `invalid ${declared} text (the encoding the document declares); save the file as UTF-8`);
    }
  }
  try {
    return strictDecoder(sniffed.encoding).decode(body);
  } catch {
    throw new InputProblem('E_UTF8', invalidEncodingMessage(sniffed.encoding, body));
  }
}

/** windows-1252 bytes 0x80-0x9F (undefined ones stay as they are): Node 20 decodes them as C1 controls, WHATWG does not. */
const WINDOWS_1252_C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1 = /[\u0080-\u009f]/g;

function fixWindows1252(text: string): string {
  return text.replace(C1, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);
}

/**
 * Text decoded chunk by chunk (for CSV), strictly. At invalid bytes the text up to the last line break before them
 * is still given, then E_UTF8 ends the stream naming the line and byte.
 */
export async function* decodeChunks(chunks: AsyncIterable<Buffer>, sniffed: Sniffed): AsyncGenerator<string> {
  if (sniffed.encoding !== 'utf-8') {
    yield* decodeUtf16Chunks(chunks, sniffed);
    return;
  }
  const decoder = strictDecoder('utf-8');
  let skip = sniffed.bomLength;
  let carry: Buffer | undefined;
  let offset = 0; // bytes given out so far, after the BOM
  let lines = 1;
  for await (const c of chunks) {
    let buf = skip ? c.subarray(Math.min(skip, c.length)) : c;
    skip = Math.max(0, skip - c.length);
    if (carry) { buf = Buffer.concat([carry, buf]); carry = undefined; }
    const cut = completeUtf8Length(buf);
    let text: string;
    try {
      text = decoder.decode(buf.subarray(0, cut));
    } catch {
      const bad = Math.max(0, firstInvalidUtf8(buf));
      const lastBreak = buf.lastIndexOf(0x0a, bad);
      if (lastBreak >= 0) yield decoder.decode(buf.subarray(0, lastBreak + 1));
      lines += countLineBreaks(buf, 0, bad);
      throw new InputProblem('E_UTF8', `invalid UTF-8 at byte ${offset + bad}; save the file as UTF-8`, lines);
    }
    if (cut < buf.length) carry = Buffer.from(buf.subarray(cut));
    lines += countLineBreaks(buf, 0, cut);
    offset += cut;
    if (text) yield text;
  }
  if (carry) throw new InputProblem('E_UTF8', `invalid UTF-8 at byte ${offset}: the input ends inside a character`, lines);
}

async function* decodeUtf16Chunks(chunks: AsyncIterable<Buffer>, sniffed: Sniffed): AsyncGenerator<string> {
  const decoder = strictDecoder(sniffed.encoding);
  let skip = sniffed.bomLength;
  for await (const c of chunks) {
    const body = skip ? c.subarray(Math.min(skip, c.length)) : c;
    skip = Math.max(0, skip - c.length);
    let s: string;
    try {
      s = decoder.decode(body, { stream: true });
    } catch {
      throw new InputProblem('E_UTF8', invalidEncodingMessage(sniffed.encoding, body));
    }
    if (s) yield s;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    throw new InputProblem('E_UTF8', invalidEncodingMessage(sniffed.encoding, Buffer.alloc(1)));
  }
  if (rest) yield rest;
}

/** Bytes of `b` that end on a whole UTF-8 character: a multi-byte sequence cut by the chunk end is left out. */
function completeUtf8Length(b: Buffer): number {
  for (let back = 1; back <= Math.min(3, b.length); back++) {
    const x = b[b.length - back]!;
    if ((x & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = x >= 0xf0 ? 4 : x >= 0xe0 ? 3 : x >= 0xc0 ? 2 : 1;
    return need > back ? b.length - back : b.length;
  }
  return b.length;
}

function countLineBreaks(b: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = b.indexOf(0x0a, from); i >= 0 && i < to; i = b.indexOf(0x0a, i + 1)) n++;
  return n;
}

/** One line of a line-oriented input: its text, or why it could not be read. */
export type Line = { line: number; text: string } | { line: number; problem: InputProblem };

/**
 * Lines of a byte stream, one at a time and in order, with memory bounded by the longest allowed line.
 * UTF-8 lines are split on bytes and decoded one by one, so an invalid byte costs only its own line (E_UTF8 with the
 * line number), and a line over `maxLineBytes` is skipped without being kept (E_TOO_LARGE). (node:readline would
 * replace invalid bytes silently and buffer a line of any length.) UTF-16 input (with a BOM) is decoded as a stream.
 * A trailing `\r` is dropped. Binary input gives one E_BINARY problem and ends.
 */
export async function* readLines(peeked: Peeked, maxLineBytes: number, limitHint: string): AsyncGenerator<Line> {
  let sniffed: Sniffed;
  try {
    sniffed = checkHead(peeked.head);
  } catch (e) {
    yield { line: 1, problem: e as InputProblem };
    return;
  }
  if (sniffed.encoding !== 'utf-8') {
    yield* utf16Lines(peeked.chunks, sniffed, maxLineBytes, limitHint);
    return;
  }
  const decoder = strictDecoder('utf-8');
  let lineNo = 1;
  let parts: Buffer[] = [];
  let size = 0;
  let overLong = false;
  let skipBom = sniffed.bomLength;
  const finish = (): Line => {
    const n = lineNo++;
    if (overLong) {
      const got = size;
      parts = []; size = 0; overLong = false;
      return { line: n, problem: new InputProblem('E_TOO_LARGE', `line of ${got} bytes is over the limit of ${maxLineBytes}; ${limitHint}`, n) };
    }
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    parts = []; size = 0;
    if (bytes.length && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    try {
      return { line: n, text: decoder.decode(bytes) };
    } catch {
      return { line: n, problem: new InputProblem('E_UTF8', invalidEncodingMessage('utf-8', bytes), n) };
    }
  };
  for await (let chunk of peeked.chunks) {
    if (skipBom) { chunk = chunk.subarray(skipBom); skipBom = 0; }
    let pos = 0;
    while (pos < chunk.length) {
      const nl = chunk.indexOf(0x0a, pos);
      const end = nl < 0 ? chunk.length : nl;
      if (!overLong) {
        if (size + (end - pos) > maxLineBytes) { overLong = true; parts = []; }
        else if (end > pos) parts.push(chunk.subarray(pos, end));
      }
      size += end - pos;
      if (nl < 0) break;
      yield finish();
      pos = nl + 1;
    }
  }
  if (size > 0 || overLong) yield finish();
}

async function* utf16Lines(chunks: AsyncIterable<Buffer>, sniffed: Sniffed, maxLineBytes: number, limitHint: string): AsyncGenerator<Line> {
  let lineNo = 1;
  let pending = '';
  try {
    for await (const s of decodeChunks(chunks, sniffed)) {
      pending += s;
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        const text = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        yield { line: lineNo++, text: text.endsWith('\r') ? text.slice(0, -1) : text };
      }
      if (pending.length * 2 > maxLineBytes) {
        yield { line: lineNo, problem: new InputProblem('E_TOO_LARGE', `line is over the limit of ${maxLineBytes} bytes; ${limitHint}; rest of input skipped`, lineNo) };
        return;
      }
    }
  } catch (e) {
    yield { line: lineNo, problem: e instanceof InputProblem ? e : new InputProblem('E_READ', (e as Error).message) };
    return;
  }
  if (pending) yield { line: lineNo, text: pending.endsWith('\r') ? pending.slice(0, -1) : pending };
}
