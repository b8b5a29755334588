import { personKey } from './names.js';
import type { Holder } from './terms.js';

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
    const k = `${h.country}:${personKey(h.display)}`;
    const x = byKey.get(k);
    if (!x) { byKey.set(k, { ...h, key: k, phrases: [...h.phrases], terms: [...h.terms] }); continue; }
    absorb(x, h);
  }
  const byCountry = new Map<string, Holder[]>();
  for (const h of byKey.values()) { const l = byCountry.get(h.country); if (l) l.push(h); else byCountry.set(h.country, [h]); }
  const out: Holder[] = [];
  for (const list of byCountry.values()) {
    const words = new Map(list.map((h) => [h, personKey(h.display).split(' ')]));
    const gone = new Set<Holder>();
    // shorter names first, so a chain (A in B in C) ends in the longest
    const sorted = [...list].sort((a, b) => words.get(a)!.length - words.get(b)!.length || a.key.localeCompare(b.key));
    for (const h of sorted) {
      const w = words.get(h)!;
      const containers = list.filter((o) => o !== h && !gone.has(o) && words.get(o)!.length >= w.length && personKey(o.display) !== personKey(h.display) && isSubsequence(w, words.get(o)!));
      if (containers.length === 1) { absorb(containers[0]!, h); gone.add(h); }
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
  for (const h of out) h.terms.sort((a, b) => a.from.localeCompare(b.from) || b.priority - a.priority);
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

function absorb(into: Holder, h: Holder): void {
  for (const p of h.phrases) if (!into.phrases.includes(p)) into.phrases.push(p);
  into.terms.push(...h.terms);
  if (!into.surname && h.surname) into.surname = h.surname;
  // the longer display name is the fuller one
  if (h.display.length > into.display.length && !/^(King|Queen|Amir|Emir|Sultan|Grand Duke|Prince|Emperor|Pope) /.test(into.display)) into.display = h.display;
}

function isSubsequence(a: readonly string[], b: readonly string[]): boolean {
  let j = 0;
  for (const [i, w] of b.entries()) if (j < a.length && (w === a[j] || (i === 0 && j === 0 && a[0]!.length >= 4 && w.startsWith(a[0]!)))) j++;
  return j === a.length;
}
