import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CountryRecord } from './gazetteer.js';
import { kindOfEntry } from './lexicon.js';
import type { ActorEntry } from './petrarch/actors.js';
import type { ActorDictionaries } from './petrarch/compiled.js';

/** `dictionaries/common-words.txt` (scripts/compile-common-words.mjs: words Wikinews writes in lower case mid-sentence). */
export const COMMON_WORDS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dictionaries/common-words.txt');

export function loadCommonWords(file = COMMON_WORDS_FILE): Set<string> {
  const out = new Set<string>();
  let text = '';
  try { text = fs.readFileSync(file, 'utf8'); } catch { return out; }
  for (const l of text.split('\n')) if (l && !l.startsWith('#')) out.add(l.trim());
  return out;
}

/** Every word of a region or subregion name of the gazetteer ("europe", "africa", "southern", "eastern"). */
export function regionWords(countries: readonly CountryRecord[]): Set<string> {
  const out = new Set<string>();
  for (const c of countries) for (const r of [c.region, c.subregion]) for (const w of (r ?? '').toLowerCase().split(/[\s-]+/)) if (w) out.add(w);
  return out;
}

export interface WordLists {
  common: ReadonlySet<string>;
  regions: ReadonlySet<string>;
}

/** A word too common to name a person or an organization alone: a common English word or a region word. */
export function isCommonWord(w: string, lists: WordLists): boolean {
  return lists.common.has(w) || lists.regions.has(w);
}

const lastWord = (e: ActorEntry): string | undefined => {
  const t = e.phrases[0]?.tokens;
  const w = t?.[t.length - 1];
  return w && /^\p{L}{2,}$/u.test(w) ? w : undefined;
};

/**
 * Which single word names each person entry alone. A person's surname (the office-holder data's marked surname, else
 * the last word of a person entry's name) is listed only when it is distinctive:
 * - two letters or more, and not a common word or a region word (`isCommonWord`);
 * - not a given name: not the first word of two or more person entries' names ("Charles", "Hassan");
 * - borne by at most three different people across all the dictionaries ("Kim", "Singh" are not).
 * Other entries get no surname. (Which of several people a surname means on a date is decided when matching.)
 */
export function assignSurnames(dicts: ActorDictionaries, countries: readonly CountryRecord[], lists: WordLists): ActorDictionaries {
  const codes = new Set(countries.map((c) => c.code));
  const isPerson = (e: ActorEntry): boolean => e.person === true || (e.codes.length > 0 && kindOfEntry(e.name, e.codes[e.codes.length - 1]!.code, codes) === 'person');
  const given = new Map<string, number>();
  const bearers = new Map<string, Set<string>>();
  const candidate = new Map<ActorEntry, string>();
  for (const { entries } of dicts.actors) for (const e of entries) {
    if (!isPerson(e)) continue;
    const first = e.name.toLowerCase().split(/\s+/)[0]!;
    given.set(first, (given.get(first) ?? 0) + 1);
    const s = e.person ? e.surnames?.[0] : lastWord(e);
    if (!s) continue;
    candidate.set(e, s);
    const full = e.name.toLowerCase().replace(/[^\p{L}\s]/gu, '').replace(/\s+/g, ' ');
    const b = bearers.get(s); if (b) b.add(full); else bearers.set(s, new Set([full]));
  }
  const distinctive = (s: string): boolean => /^\p{L}{2,}$/u.test(s) && !isCommonWord(s, lists) && (given.get(s) ?? 0) < 2 && (bearers.get(s)?.size ?? 0) <= 3;
  return {
    agents: dicts.agents,
    actors: dicts.actors.map(({ file, entries }) => ({ file, entries: entries.map((e) => {
      const s = candidate.get(e);
      const { surnames: _old, ...rest } = e;
      return s && distinctive(s) ? { ...rest, surnames: [s] } : rest;
    }) })),
  };
}

/**
 * Drops the single-word forms of person and organization entries that are common words or region words: "Europe",
 * "Union", "South" never name a group or a person alone. An entry left with no form is dropped.
 */
export function dropCommonSingleWords(dicts: ActorDictionaries, countries: readonly CountryRecord[], lists: WordLists): ActorDictionaries {
  const codes = new Set(countries.map((c) => c.code));
  return {
    agents: dicts.agents,
    actors: dicts.actors.map(({ file, entries }) => ({ file, entries: entries.flatMap((e) => {
      const kind = e.person ? 'person' : e.codes.length ? kindOfEntry(e.name, e.codes[e.codes.length - 1]!.code, codes) : 'other';
      if (kind !== 'person' && kind !== 'organization') return [e];
      const phrases = e.phrases.filter((p) => !(p.tokens.length === 1 && isCommonWord(p.tokens[0]!, lists)));
      if (phrases.length === e.phrases.length) return [e];
      return phrases.length ? [{ ...e, phrases }] : [];
    }) })),
  };
}
