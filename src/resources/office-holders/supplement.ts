import { parse } from 'csv-parse/sync';
import { plainNameForms } from './names.js';
import { addDays, type Holder } from './terms.js';

/** The columns of `dictionaries/office-holders/supplement.csv`, each row one office held by one person. */
export const SUPPLEMENT_COLUMNS = ['name', 'aliases', 'surname', 'country', 'code', 'office', 'from', 'to', 'source', 'as_of'] as const;
type Column = (typeof SUPPLEMENT_COLUMNS)[number];

export class SupplementError extends Error {}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The hand-kept supplement: offices the compiled data lack (changes after its last snapshot, foreign, defence and
 * interior ministers). Every row must name its source (a URL or a publication) and the date the source was read
 * (`as_of`); a row without them, or with a malformed date or code, is an error naming its line.
 */
export function supplementHolders(csvText: string, file = 'supplement.csv'): Holder[] {
  const rows = parse(csvText, { columns: true, skip_empty_lines: true, comment: '#', info: true, trim: true }) as Array<{ record: Record<Column, string>; info: { lines: number } }>;
  const byPerson = new Map<string, Holder>();
  for (const { record: r, info } of rows) {
    const where = `${file}:${info.lines}`;
    for (const c of SUPPLEMENT_COLUMNS) if (r[c] === undefined) throw new SupplementError(`${where}: missing column "${c}"`);
    if (!r.name || r.name.split(/\s+/).length < 2) throw new SupplementError(`${where}: "name" must be a full name of two or more words, got "${r.name}"`);
    if (!/^[A-Z]{3}$/.test(r.country)) throw new SupplementError(`${where}: "country" must be a CAMEO country code, got "${r.country}"`);
    if (!new RegExp(`^${r.country}(GOV|MIL|LEG|JUD|ELI)+$`).test(r.code)) throw new SupplementError(`${where}: "code" must be the country code and sectors (GOV, MIL, LEG, JUD), got "${r.code}"`);
    if (!DATE.test(r.from)) throw new SupplementError(`${where}: "from" must be YYYY-MM-DD, got "${r.from}"`);
    if (r.to && (!DATE.test(r.to) || r.to < r.from)) throw new SupplementError(`${where}: "to" must be empty or a YYYY-MM-DD not before "from", got "${r.to}"`);
    const sources = (r.source ?? '').split(' ; ').map((x) => x.trim());
    if (!r.source || !sources.every((x) => /^https?:\/\/\S+$/.test(x) || (x.length >= 12 && !/^https?:/.test(x)))) throw new SupplementError(`${where}: every row needs its "source" (URLs or publications, separated by " ; ")`);
    if (!DATE.test(r.as_of) || r.as_of < r.from) throw new SupplementError(`${where}: every row needs "as_of", the YYYY-MM-DD its source was read (not before "from"), got "${r.as_of}"`);
    if (!r.office) throw new SupplementError(`${where}: "office" is empty`);
    const aliases = r.aliases ? r.aliases.split(';').map((a) => a.trim()).filter(Boolean) : [];
    const words = r.name.split(/\s+/);
    const forms = plainNameForms(r.name, words[0], words[words.length - 1]!, aliases);
    const key = `${r.country}:${r.name}`;
    let h = byPerson.get(key);
    // the surname names the person alone only when the row lists it
    if (!h) { h = { key, display: r.name, phrases: forms.phrases, ...(r.surname ? { surname: r.surname } : {}), country: r.country, terms: [] }; byPerson.set(key, h); }
    // an open term is in office on as_of: it is taken as held for a year after that, and nothing is claimed later
    const to = r.to || addDays(r.as_of, 365);
    h.terms.push({ from: r.from, to, ...(r.to ? {} : { open: true }), code: r.code, priority: /^(president|prime minister|chancellor|king|queen)\b/i.test(r.office) ? 3 : 2,
      title: r.office, source: 'supplement' });
  }
  return [...byPerson.values()];
}
