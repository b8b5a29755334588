import type { Actor } from '../core/types.js';

/**
 * What links the actors of different articles to one stored entity (one Donald Trump across a corpus, whether an
 * article coded him USAGOV, USAELI or not at all, and whether it named him "Donald J. Trump", "Donald Trump" or
 * "President Trump"):
 * - a country: its code;
 * - a person: each form of the name (the actor's name and its mentions that are names), lower case, accents,
 *   titles and middle initials dropped ("p:donald trump"); a person named by one word looks up the surname key
 *   (`surname`), which every person of two or more words registers and which stops linking once two different
 *   people have registered it;
 * - an organization or group with a proper name: kind and name ("o:organization:world health organization").
 * Actors named by a description ("the Chinese defense minister") get no key and keep the (code, name) identity.
 */
export interface EntityKeys {
  keys: string[];
  /** The person's surname (lower case): registered by full names as `s:x`, by one-word names as `so:x`. */
  surname?: string;
  /** The person is named by one word (the surname) only. */
  single?: boolean;
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'president', 'vice', 'prime', 'minister', 'secretary', 'general', 'gen',
  'senator', 'sen', 'rep', 'representative', 'governor', 'gov', 'chancellor', 'king', 'queen', 'prince', 'princess', 'sheikh', 'pope', 'premier',
  'ambassador', 'judge', 'justice', 'chief', 'former', 'late', 'acting', 'interim', 'deputy', 'foreign', 'defense', 'defence', 'interior',
  'u', 's', 'us', 'uk', 'said', 'the', 'colonel', 'col', 'lt', 'major', 'maj', 'captain', 'capt', 'admiral', 'adm', 'marshal', 'emir', 'amir', 'jr', 'sr']);

const PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'de', 'del', 'da', 'dos', 'van', 'von', 'der', 'la', 'le', 'du', 'di', 'ben', 'abu']);

/** Lower case, no accents, letters and spaces only. */
export function normaliseName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\s-]/gu, ' ').replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The words of a person's name without titles and initials: "U.S. President Donald J. Trump" -> donald trump. */
function personWords(name: string): string[] {
  const w = normaliseName(name).split(' ').filter(Boolean);
  // everything up to the last title word is the title ("russian president vladimir putin", "u s secretary of state")
  let f = 0;
  for (let k = 0; k < w.length - 1; k++) if (TITLES.has(w[k]!) || w[k] === 'of') f = k + 1;
  return w.slice(f).filter((x) => x.length > 1 && x !== 'jr' && x !== 'sr');
}

/** A name written as a name: every word capitalised but particles ("Mohamed bin Zayed", "Lionel Bethune de Moro"). */
function looksLikeName(s: string): boolean {
  const words = s.trim().split(/\s+/);
  return words.length > 0 && words.length <= 8 && words.every((w) => /^[\p{Lu}\d]/u.test(w) || PARTICLES.has(w.toLowerCase()) || /^[\p{Ll}]{1,3}-\p{Lu}/u.test(w));
}

export function entityKeys(actor: Pick<Actor, 'name' | 'kind' | 'code' | 'country'>, mentionTexts: readonly string[] = []): EntityKeys {
  if (actor.kind === 'country') return actor.code.length === 3 ? { keys: [`c:${actor.code}`] } : { keys: [] };
  if (actor.kind === 'person') {
    const forms = [actor.name, ...mentionTexts].filter(looksLikeName).map(personWords).filter((w) => w.length > 0);
    const keys = new Set<string>();
    let surname: string | undefined;
    for (const w of forms) {
      if (w.length === 1) continue;
      keys.add(`p:${w.join(' ')}`);
      if (w.length > 2) keys.add(`p:${w[0]} ${w[w.length - 1]}`);
      surname ??= w[w.length - 1];
    }
    if (keys.size) return { keys: [...keys], ...(surname ? { surname } : {}) };
    const one = forms[0]?.length === 1 ? forms[0][0] : undefined;
    return one ? { keys: [], surname: one, single: true } : { keys: [] };
  }
  if (!looksLikeName(actor.name)) return { keys: [] };
  const n = normaliseName(actor.name);
  return n ? { keys: [`o:${actor.kind}:${n}`] } : { keys: [] };
}

/**
 * The stored entity an actor joins, or undefined (it opens or reuses a (code, name) entity). `stored(key)` answers a
 * key's entity, null for a surname two people share, undefined for an unknown key.
 * - any of its name keys;
 * - a person named by one word: the person of two or more words who alone registered that surname, else the entity
 *   known so far by that word alone;
 * - a person named in full whose surname no full name has registered yet: the entity known so far by the surname
 *   alone ("Trump" stored before "Donald J. Trump" is the same person).
 */
export function linkedEntity(k: EntityKeys, stored: (key: string) => number | null | undefined): number | undefined {
  for (const key of k.keys) { const e = stored(key); if (e !== undefined && e !== null) return e; }
  if (!k.surname) return undefined;
  const full = stored(`s:${k.surname}`);
  if (full !== undefined) return k.single && full !== null ? full : undefined;
  return stored(`so:${k.surname}`) ?? undefined;
}

/** The surname key an actor registers once it has its entity: `s:x` (a full name: shared by two people -> null), `so:x`. */
export function surnameKey(k: EntityKeys): { key: string; shared: boolean } | undefined {
  if (!k.surname) return undefined;
  return k.single ? { key: `so:${k.surname}`, shared: false } : { key: `s:${k.surname}`, shared: true };
}

/**
 * The entity_keys rows an entity registers: each of its keys (the first entity to register one keeps it) and its
 * surname key (`shared`: two different entities registering it leave it to neither: NULL).
 */
export function keyRows(k: EntityKeys): { key: string; shared: boolean }[] {
  const sk = surnameKey(k);
  return [...k.keys.map((key) => ({ key, shared: false })), ...(sk ? [sk] : [])];
}

/** The rows of an entity stored before actors were linked across articles (the migration's backfill): its name's keys. */
export function backfillKeyRows(e: { code: string; name: string; kind: string; country: string | null }): { key: string; shared: boolean }[] {
  return keyRows(entityKeys({ name: e.name, kind: e.kind as Actor['kind'], code: e.code, country: e.country }));
}

/** The statement that registers one key row, for either backend: `ph` are its two placeholders (`?` or `$1`, `$2`). */
export function keyUpsertSql(shared: boolean, ph: [string, string]): string {
  return `INSERT INTO entity_keys (key, entity) VALUES (${ph[0]}, ${ph[1]}) ON CONFLICT (key) DO ${shared
    ? 'UPDATE SET entity = CASE WHEN entity_keys.entity = excluded.entity THEN entity_keys.entity ELSE NULL END' : 'NOTHING'}`;
}
