import fs from 'node:fs';
import path from 'node:path';

/** CAMEO actor-code comparison and CAMEO → PLOVER event types, as the shared scorer reads them. */

/** Non-standard country codes found in the PLOVER GSR. */
const CODE_ALIAS: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };

export function normCode(c: unknown): string {
  let x = String(c ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '');
  const alias = x.length >= 3 ? CODE_ALIAS[x.slice(0, 3)] : undefined;
  if (alias) x = alias + x.slice(3);
  return x;
}

/** A gold code at country (or IGO) level matches a predicted code that starts with it; an empty gold code matches anything. */
export function codeMatch(gold: unknown, pred: unknown): boolean {
  const g = normCode(gold);
  if (!g) return true;
  const p = normCode(pred);
  return p.length >= g.length && p.startsWith(g);
}

/** The CAMEO root of an output event: its `root`, else the first two digits of `cameo`, zero-padded. */
export function rootOf(ev: { root?: unknown; cameo?: unknown }): string {
  const r = ev.root != null && String(ev.root).trim() ? String(ev.root).trim() : String(ev.cameo ?? '').trim().slice(0, 2);
  return /^\d$/.test(r) ? '0' + r : r;
}

const FALLBACK_PLOVER_ROOT: Record<string, string> = { '03': 'AGREE', '04': 'CONSULT', '05': 'SUPPORT', '06': 'COOPERATE', '07': 'AID',
  '08': 'CONCEDE', '09': 'ACCUSE', '10': 'REQUEST', '11': 'ACCUSE', '12': 'REJECT', '13': 'THREATEN', '14': 'PROTEST', '15': 'MOBILIZE',
  '16': 'SANCTION', '17': 'COERCE', '18': 'ASSAULT', '19': 'ASSAULT', '20': 'ASSAULT' };

export interface PloverTable {
  /** PLOVER type of a CAMEO event, or null for roots 01, 02 and unknown codes. */
  typeOf(ev: { root: string; cameo: string }): string | null;
  /** The table file read, or "(built-in root table)". */
  file: string;
}

/** The CAMEO2PLOVER table from the shared data (by root; root 08 decided by the full code), else a built-in root table. */
export function loadPloverTable(shared: string): PloverTable {
  const byRoot: Record<string, string> = {};
  const byCode: Record<string, string> = {};
  const cands = [path.join(shared, 'data/cameo/raw/CAMEO2PLOVER-2021.txt'), path.join(shared, 'data/plover-gsr/CAMEO2PLOVER-2021.txt')];
  const file = cands.find((p) => fs.existsSync(p));
  if (file) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      const m = line.match(/^(\d{2,4}):\s*([A-Z]+)/);
      if (!m) continue;
      const [, code, type] = m as unknown as [string, string, string];
      if (code.length === 2) { if (!byRoot[code]) byRoot[code] = type; } else if (!byCode[code]) byCode[code] = type;
    }
  } else Object.assign(byRoot, FALLBACK_PLOVER_ROOT);
  // root 08 splits into CONCEDE (080-083) and RETREAT (084-087): decided by the code (4 digits, then 3), else the root's entry
  const typeOf = (ev: { root: string; cameo: string }): string | null => {
    if (ev.root === '08') {
      const c = ev.cameo.trim();
      return byCode[c] || byCode[c.slice(0, 3)] || byRoot['08'] || null;
    }
    return byRoot[ev.root] || null;
  };
  return { typeOf, file: file ?? '(built-in root table)' };
}
