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
