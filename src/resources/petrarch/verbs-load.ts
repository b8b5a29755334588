import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../../core/errors.js';
import { loadCameoTables, type CameoTables } from '../cameo/cameo-tables.js';
import { parseDiscards, type DiscardList } from './discards.js';
import { parseVerbDictionary, type VerbDictionary } from './verbs.js';

/** What the event coder reads: the verb dictionary, the discard list and the CAMEO tables. */
export interface EventResources {
  verbs: VerbDictionary;
  discards: DiscardList | null;
  cameo: CameoTables;
}

const bundled = (): string => fileURLToPath(new URL('../../../../dictionaries/petrarch/', import.meta.url));

/**
 * Loads the verb dictionary and discards from `dir` (a PETRARCH dictionary folder: the verbs file is the one
 * named `*verbs*` or `CAMEO*`, the discards `*discards*`), or the bundled CAMEO.2.0 dictionary.
 */
export function loadEventResources(dir?: string): EventResources {
  const d = dir ?? bundled();
  let files: string[];
  try {
    files = fs.readdirSync(d).sort();
  } catch {
    throw new DyadError('E_DICTIONARIES', `cannot read the dictionary directory ${d}`);
  }
  const verbsFile = files.find((f) => /verbs/i.test(f) && !/\.md$/i.test(f)) ?? files.find((f) => /^CAMEO.*\.txt$/i.test(f));
  if (!verbsFile) throw new DyadError('E_DICTIONARIES', `no verb dictionary (*verbs* or CAMEO*) in ${d}`);
  const { dict } = parseVerbDictionary(fs.readFileSync(path.join(d, verbsFile), 'utf8'), verbsFile.replace(/\.txt$/i, '').replace(/\.verbs$/i, ''));
  const discFile = files.find((f) => /discards/i.test(f));
  const discards = discFile ? parseDiscards(fs.readFileSync(path.join(d, discFile), 'utf8'), discFile) : null;
  return { verbs: dict, discards, cameo: loadCameoTables() };
}
