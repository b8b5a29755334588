import fs from 'node:fs';

/**
 * The container both compiled binaries use (the parser model, the lexicon plan): a magic string, a little-endian
 * u32 header length, a JSON header, then typed arrays each starting on an 8-byte boundary (so they can be viewed in
 * place). Callers describe their sections in their own header; this module only lays out, packs and reads.
 */

/** The byte offset of each array in the data part (8-aligned) and the data part's size. */
export function layoutSections(arrays: readonly ArrayBufferView[]): { offsets: number[]; size: number } {
  const offsets: number[] = [];
  let off = 0;
  for (const a of arrays) {
    off = (off + 7) & ~7;
    offsets.push(off);
    off += a.byteLength;
  }
  return { offsets, size: off };
}

/** Magic, header length, JSON header, then each array at its offset (from `layoutSections`). */
export function packSections(magic: string, header: unknown, arrays: readonly ArrayBufferView[], layout: { offsets: number[]; size: number }): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const dataStart = (magic.length + 4 + json.length + 7) & ~7;
  const buf = Buffer.alloc(dataStart + layout.size);
  buf.write(magic, 0, 'latin1');
  buf.writeUInt32LE(json.length, magic.length);
  json.copy(buf, magic.length + 4);
  arrays.forEach((a, i) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(buf, dataStart + layout.offsets[i]!));
  return buf;
}

/** The parsed JSON header and where the data part starts, or null when `buf` does not start with `magic`. */
export function readSectionsHeader(buf: Buffer, magic: string): { header: unknown; dataStart: number } | null {
  if (buf.length < 12 || buf.toString('latin1', 0, magic.length) !== magic) return null;
  const hlen = buf.readUInt32LE(magic.length);
  const header: unknown = JSON.parse(buf.toString('utf8', magic.length + 4, magic.length + 4 + hlen));
  return { header, dataStart: (magic.length + 4 + hlen + 7) & ~7 };
}

/**
 * Zeroed bytes outside V8's accounting of array buffers, starting on a page boundary: a shared WebAssembly.Memory's
 * buffer (a SharedArrayBuffer), else a SharedArrayBuffer, else (no WebAssembly nor shared memory) a plain buffer. V8
 * counts ordinary array buffers, a non-shared WebAssembly.Memory's too, as "external memory": while the young
 * generation holds more than 32 MB of them, every new array buffer first makes it run a scavenge, and past 64 MB it
 * starts marking the old generation. At start-up everything just built is still young and alive, so each of those
 * collections copies it all: reading the compiled files and making the parser's dense tables (35 MB) provoked 100-200
 * ms of CPU of them (docs/speed.md, seventh round). Shared memory is not counted. The typed-array API and V8's code
 * for it are the same on shared memory; nothing here is shared with another thread. Freed when nothing refers to it.
 */
export function zeroedOffHeap(n: number): Uint8Array {
  const pages = Math.max(1, Math.ceil(n / 65536));
  try {
    return new Uint8Array(new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true }).buffer, 0, n);
  } catch {
    try {
      return new Uint8Array(new SharedArrayBuffer(n));
    } catch {
      return new Uint8Array(n);
    }
  }
}

/** A whole file read into `zeroedOffHeap` memory (see there), as a Buffer starting on a page boundary. */
export function readFileOffHeap(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const bytes = zeroedOffHeap(size);
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, size);
    let off = 0;
    while (off < size) {
      const n = fs.readSync(fd, buf, off, size - off, off);
      if (n === 0) throw new Error(`${file}: file shrank while being read (${off} of ${size} bytes)`);
      off += n;
    }
    return buf;
  } finally {
    fs.closeSync(fd);
  }
}
