import fs from 'node:fs';
import path from 'node:path';
import { DyadError } from '../../core/errors.js';
import { SupplementError, supplementHolders } from './supplement.js';
import type { Holder } from './terms.js';

/** `office-holders.jsonl` (scripts/compile-office-holders.mjs, from ../shared/data/office-holders) and `supplement.csv`. */
export const HOLDERS_FILE = 'office-holders.jsonl';
export const SUPPLEMENT_FILE = 'supplement.csv';

/** The office-holders of a folder: the compiled sources' holders, then the hand-kept supplement's. */
export function loadOfficeHolders(dir: string): Holder[] {
  const out: Holder[] = [];
  const jsonl = path.join(dir, HOLDERS_FILE);
  if (fs.existsSync(jsonl)) {
    const lines = fs.readFileSync(jsonl, 'utf8').split('\n');
    lines.forEach((l, i) => {
      if (!l.trim()) return;
      try { out.push(JSON.parse(l) as Holder); } catch (e) { throw new DyadError('E_DICTIONARIES', `${jsonl}:${i + 1}: broken JSON: ${(e as Error).message}`); }
    });
  }
  const csv = path.join(dir, SUPPLEMENT_FILE);
  if (fs.existsSync(csv)) {
    try { out.push(...supplementHolders(fs.readFileSync(csv, 'utf8'), csv)); } catch (e) {
      if (e instanceof SupplementError) throw new DyadError('E_DICTIONARIES', e.message);
      throw e;
    }
  }
  return out;
}
