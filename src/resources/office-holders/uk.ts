import { parse } from 'csv-parse/sync';
import { plainNameForms } from './names.js';
import type { Holder, Term } from './terms.js';

type Table = Array<Record<string, string>>;
const table = (csv: string): Table => parse(csv, { columns: true, skip_empty_lines: true }) as Table;

const RANK_PRIORITY: Readonly<Record<string, number>> = { PM: 3, DPM: 2, SoS: 2, MoS: 2, PUSS: 2 };
/** Honorifics and peerage titles written before a UK minister's name ("Lord Mandelson", "Sir Keir Starmer"). */
const HONORIFIC = /^(Sir|Dame|Lord|Lady|Baroness|Baron|Viscount|Earl|Rt Hon|The Rt Hon|Dr)\s+/;

/**
 * UK ministers from the Institute for Government Ministers Database (CC BY 4.0): every appointment of rank PM, DPM,
 * SoS, MoS or PUSS; GBRGOV, with MIL for posts in the Ministry of Defence. Names as the person table gives them over
 * time ("Peter Mandelson", "Lord Mandelson").
 */
export function ukHolders(files: { person: string; appointment: string; post: string; organisation: string }): Holder[] {
  const orgs = new Map(table(files.organisation).map((o) => [o.id!, o.name!]));
  const posts = new Map(table(files.post).map((p) => [p.id!, p]));
  const names = new Map<string, Array<Record<string, string>>>();
  for (const p of table(files.person)) { const l = names.get(p.id!); if (l) l.push(p); else names.set(p.id!, [p]); }
  const terms = new Map<string, Term[]>();
  for (const a of table(files.appointment)) {
    const post = posts.get(a.post_id!);
    const priority = post ? RANK_PRIORITY[post.rank_equivalence!] : undefined;
    if (!post || priority === undefined || !a.start_date) continue;
    const org = orgs.get(post.organisation_id!) ?? '';
    const code = /defence/i.test(org) || /defence/i.test(post.name!) ? 'GBRGOVMIL' : 'GBRGOV';
    const t: Term = { from: a.start_date, ...(a.end_date ? { to: a.end_date } : {}), code, priority: post.rank_equivalence === 'PM' ? 3 : priority, title: post.name!, source: 'ifg-uk-ministers' };
    const l = terms.get(a.person_id!); if (l) l.push(t); else terms.set(a.person_id!, [t]);
  }
  const out: Holder[] = [];
  for (const [id, ts] of terms) {
    const rows = names.get(id) ?? [];
    if (!rows.length) continue;
    // the name without a peerage is the one news uses with a first name; the latest row is the current name
    const plain = rows.find((r) => !HONORIFIC.test(r.name!)) ?? rows[rows.length - 1]!;
    const full = plain.name!.replace(HONORIFIC, '');
    const last = plain.short_name && !HONORIFIC.test(plain.short_name) ? plain.short_name : full.split(' ').pop()!;
    const first = full.split(' ')[0];
    const extra = rows.map((r) => r.name!).filter((n) => n.split(' ').length >= 2);
    const forms = plainNameForms(full, first, last, extra);
    out.push({ key: `GBR:${id}`, display: full, phrases: forms.phrases, ...(forms.surname ? { surname: forms.surname } : {}), country: 'GBR', terms: ts });
  }
  return out;
}
