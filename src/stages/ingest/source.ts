import fs from 'node:fs';
import { invalidEncodingMessage, looksBinary, sniffEncoding, strictDecoder, type Sniffed } from './decode.js';

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

/** Chunks of a file, read lazily (64 KiB at a time). */
export function fileChunks(path: string): AsyncGenerator<Buffer> {
  return bufferChunks(fs.createReadStream(path, { highWaterMark: 64 * 1024 }));
}

/** A stream with its first bytes available for sniffing and all bytes still to read. */
export interface Peeked {
  head: Buffer;
  chunks: AsyncGenerator<Buffer>;
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
  return { head, chunks: all() };
}

/** Throws E_BINARY when the first bytes look like binary data; returns the encoding otherwise. */
export function checkHead(head: Buffer): Sniffed {
  const sniffed = sniffEncoding(head);
  if (looksBinary(head, sniffed)) throw new InputProblem('E_BINARY', 'binary file (not text); give a text, HTML, JSONL, CSV or feed file');
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

/** Decodes bytes strictly in the sniffed encoding (BOM skipped), or throws E_UTF8. */
export function decodeAll(bytes: Buffer, sniffed: Sniffed): string {
  const body = bytes.subarray(sniffed.bomLength);
  try {
    return strictDecoder(sniffed.encoding).decode(body);
  } catch {
    throw new InputProblem('E_UTF8', invalidEncodingMessage(sniffed.encoding, body));
  }
}

/** Text decoded chunk by chunk (for CSV), strictly; invalid bytes end the stream with E_UTF8. */
export async function* decodeChunks(chunks: AsyncIterable<Buffer>, sniffed: Sniffed): AsyncGenerator<string> {
  const decoder = strictDecoder(sniffed.encoding);
  let skip = sniffed.bomLength;
  let offset = 0;
  for await (const c of chunks) {
    const body = skip ? c.subarray(Math.min(skip, c.length)) : c;
    skip = Math.max(0, skip - c.length);
    try {
      const s = decoder.decode(body, { stream: true });
      if (s) yield s;
    } catch {
      throw new InputProblem('E_UTF8', invalidEncodingMessage(sniffed.encoding, body, offset));
    }
    offset += body.length;
  }
  try {
    const s = decoder.decode();
    if (s) yield s;
  } catch {
    throw new InputProblem('E_UTF8', `invalid ${sniffed.encoding === 'utf-8' ? 'UTF-8' : sniffed.encoding.toUpperCase()} at the end of the input (truncated character)`);
  }
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
