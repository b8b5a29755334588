import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * CAMEO event code tables: names and Goldstein values (GDELT lookups), quad classes (GDELT mapping)
 * and the CAMEO -> PLOVER conversion (PLOVER draft 0.8, 2021).
 */
export interface CameoTables {
  /** code ("0231") -> name */
  names: Map<string, string>;
  /** code -> Goldstein value (GDELT table) */
  goldstein: Map<string, number>;
  /** code (2 to 4 digits) -> PLOVER event type and mode ("" when none) */
  plover: Map<string, { event: string; mode: string | null }>;
}

export interface CodeInfo {
  cameo: string;
  root: string;
  quad: number;
  goldstein: number;
  plover: { event: string | null; mode: string | null };
}

export function parseCameoCodes(tsv: string): Pick<CameoTables, 'names' | 'goldstein'> {
  const names = new Map<string, string>();
  const goldstein = new Map<string, number>();
  const lines = tsv.split(/\r?\n/);
  const head = (lines[0] ?? '').split('\t');
  const iCode = head.indexOf('code'), iName = head.indexOf('name'), iG = head.indexOf('goldstein_gdelt');
  if (iCode < 0 || iG < 0) throw new Error('cameo_codes.tsv: header must hold code and goldstein_gdelt');
  for (let i = 1; i < lines.length; i++) {
    const f = lines[i]!.split('\t');
    if (f.length <= iG || !f[iCode]) continue;
    names.set(f[iCode]!, f[iName] ?? '');
    const g = Number(f[iG]);
    if (Number.isFinite(g) && f[iG] !== '') goldstein.set(f[iCode]!, g);
  }
  return { names, goldstein };
}

/** `0311: AGREE,  ,   economic # comment` -> code -> {event, mode}. */
export function parsePloverTable(text: string): Map<string, { event: string; mode: string | null }> {
  const out = new Map<string, { event: string; mode: string | null }>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,#]*))?/.exec(line);
    if (!m) continue;
    const mode = (m[3] ?? '').trim();
    if (!out.has(m[1]!)) out.set(m[1]!, { event: m[2]!, mode: mode || null });
  }
  return out;
}

/** GDELT quad class of a root: 1 = 01-05, 2 = 06-09, 3 = 10-14, 4 = 15-20; 0 when not a CAMEO root. */
export function quadOf(root: string): number {
  const r = Number(root);
  if (!Number.isInteger(r) || r < 1 || r > 20) return 0;
  return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
}

/**
 * Manual PLOVER rules where the 2021 table is silent: roots 01 and 02 have no PLOVER type; a code that
 * is not in the table takes its parent's entry.
 */
export function codeInfo(t: CameoTables, cameo: string): CodeInfo {
  const root = cameo.slice(0, 2);
  let goldstein = 0;
  for (let k = cameo.length; k >= 2; k--) {
    const g = t.goldstein.get(cameo.slice(0, k));
    if (g !== undefined) { goldstein = g; break; }
  }
  let plover: { event: string | null; mode: string | null } = { event: null, mode: null };
  for (let k = cameo.length; k >= 2; k--) {
    const p = t.plover.get(cameo.slice(0, k));
    if (p) { plover = { event: p.event, mode: p.mode }; break; }
  }
  return { cameo, root, quad: quadOf(root), goldstein, plover };
}

const here = (rel: string): string => fileURLToPath(new URL(rel, import.meta.url));

/** The bundled tables in `dictionaries/cameo/` of the repository. */
export function loadCameoTables(dir = here('../../../../dictionaries/cameo/')): CameoTables {
  const codes = parseCameoCodes(fs.readFileSync(`${dir}/cameo_codes.tsv`, 'utf8'));
  const plover = parsePloverTable(fs.readFileSync(`${dir}/CAMEO2PLOVER-2021.txt`, 'utf8'));
  return { ...codes, plover };
}
