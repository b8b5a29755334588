import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileOffHeap } from '../../core/binary-sections.js';
import { DyadError } from '../../core/errors.js';
import { parseGazetteer, type Gazetteer, type GazetteerHeader } from './gazetteer.js';

/** The compiled gazetteer, written by `npm run build` (scripts/compile-gazetteer.mjs). */
export const COMPILED_GAZETTEER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../geo/gazetteer.bin');

/** The repository's GeoNames tables (admin1CodesASCII.txt, countryInfo.txt; CC BY 4.0). */
export const GEONAMES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../data/geonames');

/** Reads the compiled gazetteer from a file. */
export function loadGazetteer(file: string = COMPILED_GAZETTEER): Gazetteer {
  let buf: Buffer;
  try {
    buf = readFileOffHeap(file);
  } catch (e) {
    throw new DyadError('E_GAZETTEER', `cannot read the compiled gazetteer ${file} (${(e as Error).message}): run npm run build`);
  }
  return parseGazetteer(buf);
}

/** Where the one warning about a missing gazetteer goes: standard error, like the CLI's other warning lines. */
const stderrLine = (line: string): void => { process.stderr.write(line + '\n'); };

/**
 * A gazetteer read on first use: `dyad code` pays for it only when a text is coded, never at start-up. When the
 * compiled file is missing or unreadable, articles are coded without places: `null` is returned, and `warn` gets one
 * line naming the file, the first time only (once per run, not once per article).
 */
export function lazyGazetteer(file: string = COMPILED_GAZETTEER, warn: (line: string) => void = stderrLine): () => Gazetteer | null {
  let g: Gazetteer | null | undefined;
  return () => {
    if (g !== undefined) return g;
    let buf: Buffer;
    try {
      buf = readFileOffHeap(file); // outside V8's array-buffer accounting: no collection provoked (docs/speed.md)
      g = parseGazetteer(buf);
    } catch (e) {
      g = null;
      const why = (e as Error).message.split('\n')[0];
      warn(`dyad warning W_GAZETTEER ${file}: the compiled gazetteer cannot be read (${why}); articles are coded without places (npm run build writes it)`);
    }
    return g;
  };
}

/** Only the small tables of the compiled gazetteer (countries with FIPS codes, divisions), without the name index. */
export function readGazetteerHeader(file: string = COMPILED_GAZETTEER): GazetteerHeader {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    throw new DyadError('E_GAZETTEER', `cannot read the compiled gazetteer ${file} (${(e as Error).message}): run npm run build`);
  }
  try {
    const len = Buffer.alloc(4);
    fs.readSync(fd, len, 0, 4, 0);
    const buf = Buffer.alloc(len.readUInt32LE(0));
    fs.readSync(fd, buf, 0, buf.length, 4);
    return JSON.parse(buf.toString('utf8')) as GazetteerHeader;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The gazetteer's header read on first use, for the exports (FIPS codes and names). When the compiled file is missing
 * or unreadable the exports degrade like `dyad code`: `null` is returned (geo columns left empty) and `warn` gets one
 * line naming the file, the first time only.
 */
export function lazyGazetteerHeader(file: string = COMPILED_GAZETTEER, warn: (line: string) => void = stderrLine): () => GazetteerHeader | null {
  let h: GazetteerHeader | null | undefined;
  return () => {
    if (h !== undefined) return h;
    try {
      h = readGazetteerHeader(file);
    } catch (e) {
      h = null;
      const why = (e as Error).message.split('\n')[0];
      warn(`dyad warning W_GAZETTEER ${file}: the compiled gazetteer cannot be read (${why}); exported rows have empty geo columns (npm run build writes it)`);
    }
    return h;
  };
}

/** The bundled gazetteer's header, read once per process (null, after one warning line, when it cannot be read). */
export const gazetteerHeader = lazyGazetteerHeader();
