/**
 * Bytes to text, strictly: a BOM picks UTF-8 / UTF-16 LE / UTF-16 BE, anything else must be valid UTF-8
 * (a fatal decoder, so a wrong encoding is reported instead of silently turned into U+FFFD).
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface Sniffed {
  encoding: Encoding;
  /** Length of the byte order mark at the start, 0 when there is none. */
  bomLength: number;
}

/** Reads the byte order mark (if any) of the first bytes of an input. */
export function sniffEncoding(head: Uint8Array): Sniffed {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/** How many leading bytes the binary check looks at. */
export const BINARY_SNIFF_BYTES = 1024;

/**
 * True when the first kilobyte looks like binary data rather than text: a NUL byte, or more than 10% control
 * bytes other than tab, line feed, form feed and carriage return. UTF-16 with a BOM is text, not binary.
 */
export function looksBinary(head: Uint8Array, sniffed: Sniffed): boolean {
  if (sniffed.encoding !== 'utf-8') return false;
  const n = Math.min(head.length, BINARY_SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** True when NUL bytes sit on every other byte, as in UTF-16 text saved without a byte order mark. */
export function looksUtf16WithoutBom(head: Uint8Array): boolean {
  const n = Math.min(head.length, BINARY_SNIFF_BYTES) & ~1;
  if (n < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  return (evenNul > 0.8 * pairs && oddNul === 0) || (oddNul > 0.8 * pairs && evenNul === 0);
}

/** A fatal decoder for the encoding; the BOM is never part of the decoded text (it is skipped by the caller). */
export function strictDecoder(encoding: Encoding): TextDecoder {
  return new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
}

/** "invalid UTF-8 at byte 1234; save the file as UTF-8", with the offset of the first bad byte when it can be found cheaply. */
export function invalidEncodingMessage(encoding: Encoding, bytes: Uint8Array, base = 0): string {
  if (encoding !== 'utf-8') return `invalid ${encoding.toUpperCase()} text (unpaired surrogate or odd length); save the file as UTF-8`;
  const at = firstInvalidUtf8(bytes);
  return `invalid UTF-8${at >= 0 ? ` at byte ${base + at}` : ''}; save the file as UTF-8`;
}

/** Offset of the first byte that breaks UTF-8, or -1. A linear scan, only run after a decode has failed. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let need: number;
    let min: number;
    if (c < 0x80) { i++; continue; }
    else if (c >= 0xc2 && c <= 0xdf) { need = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const x = b[i + k];
      if (x === undefined || (x & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (x & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

const XML_ENCODING = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * The legacy encoding an HTML page or XML feed declares in its first kilobyte (`<meta charset>`, the http-equiv
 * form, or `<?xml encoding>`), as a WHATWG encoding name; undefined for UTF-8, UTF-16 (never right in a meta tag),
 * unknown labels, or no declaration. Without a BOM, such a declaration is how old pages say "this is Latin-1".
 */
export function declaredEncoding(head: Uint8Array, kind: 'html' | 'feed'): string | undefined {
  const start = Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, BINARY_SNIFF_BYTES)).toString('latin1');
  const label = (XML_ENCODING.exec(start) ?? (kind === 'html' ? META_CHARSET.exec(start) : null))?.[1];
  if (!label) return undefined;
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
  return encoding === 'utf-8' || encoding.startsWith('utf-16') ? undefined : encoding;
}
