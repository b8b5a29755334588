import { parse } from 'csv-parse/sync';
import { loadCountries } from '../gazetteer.js';
import { cleanFactbookName, factbookNameForms, personKey } from './names.js';
import { addDays, type Holder, type Term } from './terms.js';

/** Entity types whose heads are coded with the entity's own code (dependencies' heads are their sovereign's or local). */
const CODED_TYPES: ReadonlySet<string> = new Set(['sovereign', 'freely_associated', 'special_admin', 'disputed', 'dissolved']);
/** GeoNames-style ISO codes that CAMEO writes otherwise. */
const CAMEO_OF_ISO3: Readonly<Record<string, string>> = { XKX: 'KSV' };
/** Countries whose names the Factbook writes family name first ("XI Jinping", "ISHIBA Shigeru", "HUN MANET"). */
const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(['CHN', 'TWN', 'HKG', 'MAC', 'KOR', 'PRK', 'JPN', 'VNM', 'KHM', 'SGP']);
const DEPUTY = /\b(deputy|vice|vice-|second|third|assistant|co-vice)\b/i;
const REPRESENTATIVE = /governor|administrator|commissioner|representative/i;

interface Row {
  snapshot: string; iso3: string; entityType: string; role: string; title: string; name: string; since: string; flags: string;
}

export interface FactbookReport {
  rows: number;
  /** Rows of entities that are coded (sovereign states and the like). */
  coded: number;
  /** Rows whose name text named no one (notes, results, heirs, designates) and were dropped, with examples. */
  dropped: number;
  droppedExamples: string[];
  /** Rows whose name the cleaning changed (a title cut off, a note removed). */
  repaired: number;
  /** Rows of a head listed for several entities at once, kept for one ("CHARLES III" for Australia: coded GBR). */
  foreignHeads: number;
  holders: number;
}

/** The snapshot as a date for ordering: an edition "YYYY" is taken as 1 January. */
const snapshotDate = (s: string): string => (/^\d{4}$/.test(s) ? `${s}-01-01` : s);
/** "2019-12-12", "2019-12" (first of the month), "2019" (1 January); '' when absent. */
const sinceDate = (s: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? s : /^\d{4}-\d{2}$/.test(s) ? `${s}-01` : /^\d{4}$/.test(s) ? `${s}-01-01` : '');

/**
 * Heads of state and government from the Factbook's `heads.csv`: one holder per (country, person), each term from its
 * "since" date to the day before the successor's "since" date in the first snapshot the person is no longer listed in
 * (or the day before that snapshot when no successor is listed); a holder still listed in the last snapshot is in office.
 */
export function factbookHolders(csvText: string): { holders: Holder[]; report: FactbookReport } {
  const raw = parse(csvText, { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  const report: FactbookReport = { rows: raw.length, coded: 0, dropped: 0, droppedExamples: [], repaired: 0, foreignHeads: 0, holders: 0 };
  const rows: Array<Row & { key: string; since: string }> = [];
  // words that end a name read backwards: the entities' own names and every demonym ("Islamic Republic of Afghanistan
  // Ashraf GHANI", "French Co-Prince Francois HOLLANDE")
  const stop = new Set<string>();
  for (const r of raw) for (const w of (r.entity ?? '').toLowerCase().split(/[\s,]+/)) if (w) stop.add(w);
  for (const c of loadCountries()) for (const d of c.demonyms) stop.add(d.toLowerCase());
  /** What a snapshot knows: the latest "since" date it lists (an edition "2015" is as of its latest change). */
  const knownUntil = new Map<string, string>();
  const formsOf = new Map<string, { snapshot: string; forms: ReturnType<typeof factbookNameForms>[] }>();
  for (const r of raw) {
    const iso3 = CAMEO_OF_ISO3[r.iso3!] ?? r.iso3!;
    if (!CODED_TYPES.has(r.entity_type!) || !/^[A-Z]{3}$/.test(iso3)) continue;
    report.coded++;
    const since = sinceDate(r.since!);
    const clean = since ? cleanFactbookName(r.name!, r.title!, stop) : null;
    if (!clean) {
      report.dropped++;
      if (report.droppedExamples.length < 12 && since) report.droppedExamples.push(`${r.snapshot} ${iso3} "${r.title}" "${r.name}"`);
      continue;
    }
    if (clean.name !== r.name!.trim()) report.repaired++;
    const key = `${iso3}:${personKey(clean.name)}`;
    rows.push({ snapshot: r.snapshot!, iso3, entityType: r.entity_type!, role: r.role!, title: r.title!, name: clean.name, since, flags: r.flags!, key });
    if (since > (knownUntil.get(r.snapshot!) ?? '')) knownUntil.set(r.snapshot!, since);
    const forms = factbookNameForms(clean, FAMILY_NAME_FIRST.has(iso3));
    const f = formsOf.get(key);
    if (!f) formsOf.set(key, { snapshot: r.snapshot!, forms: [forms] });
    else { f.forms.push(forms); if (snapshotDate(r.snapshot!) >= snapshotDate(f.snapshot)) { f.snapshot = r.snapshot!; f.forms.unshift(f.forms.pop()!); } }
  }
  // a person listed as head of several entities in one snapshot (a monarch of several realms, a president who is
  // also head of a dependency or co-prince of Andorra) is coded for one: a sovereign state, where no governor
  // represents them, and where they are the only head of state listed
  const byPersonSnapshot = new Map<string, typeof rows>();
  const chiefsIn = new Map<string, number>();
  const representedIn = new Set<string>();
  for (const r of rows) {
    const pk = `${r.snapshot}|${r.key.slice(4)}`;
    const l = byPersonSnapshot.get(pk); if (l) l.push(r); else byPersonSnapshot.set(pk, [r]);
    if (r.role === 'chief_of_state') chiefsIn.set(`${r.snapshot}|${r.iso3}`, (chiefsIn.get(`${r.snapshot}|${r.iso3}`) ?? 0) + 1);
    if (REPRESENTATIVE.test(r.title)) representedIn.add(`${r.snapshot}|${r.iso3}`);
  }
  const drop = new Set<Row>();
  for (const list of byPersonSnapshot.values()) {
    const entities = [...new Set(list.map((r) => r.iso3))];
    if (entities.length < 2) continue;
    const score = (iso3: string): number[] => {
      const r = list.find((x) => x.iso3 === iso3)!;
      return [r.entityType === 'sovereign' ? 0 : 1, representedIn.has(`${r.snapshot}|${iso3}`) ? 1 : 0, chiefsIn.get(`${r.snapshot}|${iso3}`) ?? 0];
    };
    const home = entities.sort((a, b) => { const x = score(a), y = score(b); return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]! || a.localeCompare(b); })[0]!;
    for (const r of list) if (r.iso3 !== home) { drop.add(r); report.foreignHeads++; }
  }
  const kept = rows.filter((r) => !drop.has(r));
  const snapshots = [...new Set(raw.map((r) => r.snapshot!))].sort((a, b) => snapshotDate(a).localeCompare(snapshotDate(b)));
  const nextSnapshot = new Map(snapshots.map((s, i) => [s, snapshots[i + 1]]));
  const inSnapshot = new Map<string, typeof kept>();
  for (const r of kept) { const k = `${r.snapshot}|${r.iso3}`; const l = inSnapshot.get(k); if (l) l.push(r); else inSnapshot.set(k, [r]); }
  // one term per (person, since, office kind); its last snapshot decides where it ends
  const terms = new Map<string, { row: typeof kept[number]; last: string; roles: Set<string> }>();
  for (const r of kept) {
    const tk = `${r.key}|${r.since}|${DEPUTY.test(r.title) ? 'deputy' : 'head'}`;
    const t = terms.get(tk);
    if (!t) terms.set(tk, { row: r, last: r.snapshot, roles: new Set([r.role]) });
    else { t.roles.add(r.role); if (snapshotDate(r.snapshot) > snapshotDate(t.last)) t.last = r.snapshot; }
  }
  const holders = new Map<string, Holder>();
  for (const { row, last, roles } of terms.values()) {
    // the successor: the first later snapshot listing someone else in this office since a later date (an edition may
    // skip a country's changes, or list an office-holder without the head); the same person listed again with a new
    // "since" (re-elected, re-appointed) holds the office until then
    const deputy = DEPUTY.test(row.title);
    // (a president who is chief of state and head of government is succeeded by whoever holds either)
    const successor = (x: typeof kept[number]): boolean => roles.has(x.role) && DEPUTY.test(x.title) === deputy && x.since > row.since;
    let next = nextSnapshot.get(last);
    while (next && !(inSnapshot.get(`${next}|${row.iso3}`) ?? []).some(successor)) next = nextSnapshot.get(next);
    let to: string | undefined;
    if (next) {
      const succ = (inSnapshot.get(`${next}|${row.iso3}`) ?? []).filter(successor).map((x) => x.since).sort()[0]!;
      to = addDays(succ, -1);
      if (to < row.since) to = row.since;
    } else if (last !== snapshots[snapshots.length - 1]) {
      // listed no more and no successor listed: ended by the next snapshot
      const after = nextSnapshot.get(last)!;
      to = addDays(knownUntil.get(after) ?? snapshotDate(after), -1);
    }
    const term: Term = { from: row.since, ...(to ? { to } : {}), code: `${row.iso3}GOV`, priority: DEPUTY.test(row.title) ? 2 : 3,
      title: row.title.replace(/\s+(Sir|Dr\.|Gen\.|Lt\. Gen\.|Maj\. Gen\.|Col\.|His Majesty|of the|of)$/, '').trim() || (row.role === 'chief_of_state' ? 'Chief of State' : 'Head of Government'), source: 'cia-factbook' };
    let h = holders.get(row.key);
    if (!h) {
      const f = formsOf.get(row.key)!;
      const phrases = [...new Set(f.forms.flatMap((x) => x.phrases))];
      const surname = f.forms.find((x) => x.surname)?.surname;
      h = { key: row.key, display: f.forms[0]!.display, phrases, ...(surname ? { surname } : {}), country: row.iso3, terms: [] };
      holders.set(row.key, h);
    }
    h.terms.push(term);
  }
  const out = [...holders.values()].sort((a, b) => a.key.localeCompare(b.key));
  for (const h of out) h.terms.sort((a, b) => a.from.localeCompare(b.from));
  report.holders = out.length;
  return { holders: out, report };
}
