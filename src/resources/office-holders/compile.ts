import type { ActorEntry } from '../petrarch/actors.js';
import type { ActorDictionaries } from '../petrarch/compiled.js';
import { parsePhrase, type PhraseKey } from '../petrarch/phrase.js';
import { mergeHolders } from './holders.js';
import { foldDiacritics } from './names.js';
import { holderCodes, type Holder } from './terms.js';

/** The file name office-holder entries carry in rules: `petrarch:dyad.office-holders.actors:Donald_J._Trump`. */
export const OFFICE_HOLDERS_FILE = 'dyad.office-holders.actors';

const exact = (written: string): PhraseKey | null => parsePhrase(written.trim().replace(/\s+/g, '_') + '_');
const tokensKey = (p: PhraseKey): string => p.tokens.join(' ');

/** Dictionary entries of the office-holders (every source merged, one per person): person entries with dated codes. */
export function officeHolderEntries(holders: readonly Holder[]): ActorEntry[] {
  const out: ActorEntry[] = [];
  for (const h of mergeHolders(holders)) {
    const phrases: PhraseKey[] = [];
    const seen = new Set<string>();
    // a hyphenated name is also written with a space ("Hans-Rudolf Merz", "Hans Rudolf Merz")
    const written = h.phrases.flatMap((w) => (/\p{L}-\p{L}/u.test(w) ? [w, w.replace(/(\p{L})-(\p{L})/gu, '$1 $2')] : [w]));
    for (const w of written) { const p = exact(w); if (p && p.tokens.length >= 2 && !seen.has(tokensKey(p))) { seen.add(tokensKey(p)); phrases.push(p); } }
    if (!phrases.length) continue;
    const sources = [...new Set(h.terms.map((t) => t.source))].join('+');
    out.push({ name: h.display, phrases, codes: holderCodes(h.terms, h.country), source: `${sources}:${h.key}`, person: true,
      ...(h.surname ? { surnames: [foldDiacritics(h.surname).toLowerCase()] } : {}) });
  }
  return out;
}

/** A Phoenix entry that can be a person: every code carries a sector after the country ("USAGOV", "CIVELI"). */
const personLike = (e: ActorEntry): boolean => e.codes.length > 0 && e.codes.every((c) => c.code.length > 3) && !/\b(OF|THE|AND|FOR|IN)\b/i.test(e.name);

/**
 * The office-holders merged into the Phoenix dictionaries: a Phoenix person entry that shares a full written name
 * (two words or more) with an office-holder is the same person, and becomes part of the office-holder's entry: its
 * forms are added, and its codes come after the office-holder's, so the newer source decides every date it covers
 * and Phoenix the dates it does not. The merged entries form a file of their own (`dyad.office-holders.actors`).
 */
export function mergeOfficeHolders(dicts: ActorDictionaries, holders: readonly ActorEntry[]): { dicts: ActorDictionaries; merged: number } {
  const byPhrase = new Map<string, ActorEntry[]>();
  for (const h of holders) for (const p of h.phrases) { const l = byPhrase.get(tokensKey(p)); if (l) l.push(h); else byPhrase.set(tokensKey(p), [h]); }
  const absorbed = new Map<ActorEntry, ActorEntry[]>();
  let merged = 0;
  const actors = dicts.actors.map(({ file, entries }) => ({ file, entries: entries.filter((e) => {
    if (!personLike(e)) return true;
    let owner: ActorEntry | undefined;
    for (const p of e.phrases) {
      if (p.tokens.length < 2) continue;
      const hs = byPhrase.get(tokensKey(p));
      if (hs?.length === 1) { owner = hs[0]; break; }
    }
    if (!owner) return true;
    const l = absorbed.get(owner); if (l) l.push(e); else absorbed.set(owner, [e]);
    merged++;
    return false;
  }) }));
  const entries = holders.map((h) => {
    const from = absorbed.get(h);
    if (!from) return h;
    const seen = new Set(h.phrases.map(tokensKey));
    const phrases = [...h.phrases];
    for (const e of from) for (const p of e.phrases) if (!seen.has(tokensKey(p))) { seen.add(tokensKey(p)); phrases.push(p); }
    return { ...h, phrases, codes: [...h.codes, ...from.flatMap((e) => e.codes)], source: `${h.source}+${from.map((e) => e.source).join('+')}` };
  });
  return { dicts: { actors: [...actors, { file: OFFICE_HOLDERS_FILE, entries }], agents: dicts.agents }, merged };
}
