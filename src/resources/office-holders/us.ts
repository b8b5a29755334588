import { parse } from 'yaml';
import { plainNameForms } from './names.js';
import type { Holder, Term } from './terms.js';

interface YamlPerson {
  id?: { bioguide?: string };
  name?: { first?: string; middle?: string; last?: string; nickname?: string; official_full?: string; suffix?: string };
  terms?: Array<{ type?: string; start?: string; end?: string }>;
}

const TERM_CODES: Readonly<Record<string, { code: string; priority: number; title: string }>> = {
  prez: { code: 'USAGOV', priority: 3, title: 'President' },
  viceprez: { code: 'USAGOV', priority: 2, title: 'Vice President' },
  sen: { code: 'USALEG', priority: 1, title: 'Senator' },
  rep: { code: 'USALEG', priority: 1, title: 'Representative' },
};

/**
 * US presidents and vice presidents (`executive.yaml`) and the members of the current Congress
 * (`legislators-current.yaml`), from unitedstates/congress-legislators (CC0). A term's `end` is the day the next
 * holder starts (noon on inauguration day), so the holder's last day is the day before.
 */
export function usHolders(yamlTexts: readonly string[], asOf: string): Holder[] {
  const out: Holder[] = [];
  for (const text of yamlTexts) {
    const people = parse(text) as YamlPerson[];
    for (const p of people) {
      const n = p.name;
      if (!n?.last || !n.first) continue;
      const terms: Term[] = [];
      for (const t of p.terms ?? []) {
        const kind = t.type ? TERM_CODES[t.type] : undefined;
        if (!kind || !t.start) continue;
        const end = t.end ? dayBefore(t.end) : undefined;
        // a term that runs past the data's date is still being served: open-ended
        terms.push({ from: t.start, ...(end && end < asOf ? { to: end } : {}), code: kind.code, priority: kind.priority, title: kind.title,
          source: 'us-congress-legislators' });
      }
      if (!terms.length) continue;
      const first = n.nickname && !n.nickname.includes(' ') ? n.nickname : n.first;
      const full = n.official_full ?? (n.nickname && !n.nickname.includes(' ') ? `${n.nickname} ${n.last}` : [n.first, n.middle, n.last].filter(Boolean).join(' '));
      const extra = [[n.first, n.middle, n.last].filter(Boolean).join(' '), `${n.first} ${n.last}`, `${first} ${n.last}`];
      const forms = plainNameForms(full, first, n.last, extra);
      out.push({ key: `USA:${p.id?.bioguide ?? full}`, display: full.replace(/,.*$/, ''), phrases: forms.phrases, ...(forms.surname ? { surname: forms.surname } : {}), country: 'USA', terms });
    }
  }
  return out;
}

function dayBefore(ymd: string): string {
  const d = new Date(`${ymd}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
