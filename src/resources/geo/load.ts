import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../../core/errors.js';
import { parseGazetteer, type Gazetteer } from './gazetteer.js';

/** The compiled gazetteer, written by `npm run build` (scripts/compile-gazetteer.mjs). */
export const COMPILED_GAZETTEER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../geo/gazetteer.bin');

/** The repository's GeoNames tables (admin1CodesASCII.txt, countryInfo.txt; CC BY 4.0). */
export const GEONAMES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../data/geonames');

/** Reads the compiled gazetteer from a file. */
export function loadGazetteer(file: string = COMPILED_GAZETTEER): Gazetteer {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    throw new DyadError('E_GAZETTEER', `cannot read the compiled gazetteer ${file} (${(e as Error).message}): run npm run build`);
  }
  return parseGazetteer(buf);
}

/** A gazetteer read on first use: `dyad code` pays for it only when a text is coded, never at start-up. */
export function lazyGazetteer(file: string = COMPILED_GAZETTEER): () => Gazetteer {
  let g: Gazetteer | null = null;
  return () => (g ??= loadGazetteer(file));
}
