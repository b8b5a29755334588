import { personKey } from './names.js';
import type { Holder, Term } from './terms.js';

/**
 * One holder per real person of a country across sources and spellings, and no written form shared by two of them:
 * - holders of one country with the same key (source and spelling aside) are one;
 * - a name whose words all occur in order in exactly one other holder's name of that country is that holder
 *   ("Ashraf Ghani" in "Ashraf Ghani Ahmadzai", "Alassane Ouattara" in "Alassane Dramane Ouattara"); when two
 *   holders' names contain it ("George Bush": George W. Bush, George H. W. Bush) it stays apart; a first name may be
 *   the short form of the other's ("Navin Ramgoolam", "Navinchandra Ramgoolam");
 * - a form that names two holders still apart after that ("Kim Jong" of Kim Jong Il and Kim Jong Un) is dropped from
 *   both, and so is a surname that two of them share.
 */
export function mergeHolders(all: readonly Holder[]): Holder[] {
  const byKey = new Map<string, Holder>();
  for (const h of all) {
    const k = `${h.country}:${personKey(h.display).replace(/ (jr|sr)$/, '')}`;
    const x = byKey.get(k);
    if (!x) { byKey.set(k, { ...h, key: k, phrases: [...h.phrases], terms: [...h.terms] }); continue; }
    absorb(x, h);
  }
  const byCountry = new Map<string, Holder[]>();
  for (const h of byKey.values()) { const l = byCountry.get(h.country); if (l) l.push(h); else byCountry.set(h.country, [h]); }
  const out: Holder[] = [];
  for (const list of byCountry.values()) {
    const key = (p: string): string[] => personKey(p).split(' ').filter((w) => w !== 'jr' && w !== 'sr');
    const forms = new Map(list.map((h) => [h, [h.display, ...h.phrases].map(key)]));
    const bySurname = new Map<string, Holder[]>();
    for (const h of list) for (const w of new Set(key(h.display))) { const l = bySurname.get(w); if (l) l.push(h); else bySurname.set(w, [h]); }
    const gone = new Set<Holder>();
    // shorter names first, so a chain (A in B in C) ends in the longest
    const sorted = [...list].sort((a, b) => key(a.display).length - key(b.display).length || a.key.localeCompare(b.key));
    for (const h of sorted) {
      const mine = key(h.display);
      const containers = (bySurname.get(mine[mine.length - 1]!) ?? []).filter((o) => o !== h && !gone.has(o)
        && forms.get(o)!.some((f) => isSubsequence(mine, f)));
      if (containers.length === 1) { absorb(containers[0]!, h); forms.get(containers[0]!)!.push(...forms.get(h)!); gone.add(h); }
    }
    const kept = list.filter((h) => !gone.has(h));
    const owners = new Map<string, Set<Holder>>();
    const note = (form: string, h: Holder): void => { const k = personKey(form); const s = owners.get(k); if (s) s.add(h); else owners.set(k, new Set([h])); };
    for (const h of kept) { for (const p of h.phrases) note(p, h); if (h.surname) note(`surname:${h.surname}`, h); }
    for (const h of kept) {
      h.phrases = h.phrases.filter((p) => owners.get(personKey(p))!.size === 1);
      if (h.surname && owners.get(personKey(`surname:${h.surname}`))!.size > 1) delete h.surname;
      if (!h.phrases.length) continue;
      out.push(h);
    }
  }
  for (const h of out) {
    // a country's own record of its offices (UK ministers, US Congress and executive) and the hand-kept supplement
    // know a term's dates better than the Factbook, which sees them only at its snapshots: where they overlap, theirs
    const exact = h.terms.filter((t) => t.source !== 'cia-factbook');
    if (exact.length) h.terms = h.terms.filter((t) => t.source !== 'cia-factbook' || !exact.some((x) => overlaps(t, x)));
    h.terms.sort((a, b) => a.from.localeCompare(b.from) || b.priority - a.priority);
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

function absorb(into: Holder, h: Holder): void {
  for (const p of h.phrases) if (!into.phrases.includes(p)) into.phrases.push(p);
  into.terms.push(...h.terms);
  if (!into.surname && h.surname) into.surname = h.surname;
  // the display name of the better source (the supplement, then a country's own data, then the Factbook), else the longer
  const rank = (x: Holder): number => Math.max(...x.terms.map((t) => SOURCE_RANK[t.source] ?? 0));
  if (rank(h) > rank(into) || (rank(h) === rank(into) && h.display.length > into.display.length && !/^(King|Queen|Amir|Emir|Sultan|Grand Duke|Prince|Emperor|Pope) /.test(into.display))) into.display = h.display;
}

const SOURCE_RANK: Readonly<Record<string, number>> = { supplement: 3, 'us-congress-legislators': 2, 'ifg-uk-ministers': 2, 'cia-factbook': 1 };

const overlaps = (a: Term, b: Term): boolean => a.from <= (b.to ?? '9999') && b.from <= (a.to ?? '9999');

function isSubsequence(a: readonly string[], b: readonly string[]): boolean {
  let j = 0;
  // a word matches itself, an initial its word ("r" and "robinette"), a first name its long form ("navin", "navinchandra")
  for (const [i, w] of b.entries()) {
    if (j >= a.length) break;
    const x = a[j]!;
    if (w === x || (x.length === 1 && w.startsWith(x)) || (w.length === 1 && x.startsWith(w)) || (i === 0 && j === 0 && x.length >= 4 && w.startsWith(x))) j++;
  }
  return j === a.length;
}
