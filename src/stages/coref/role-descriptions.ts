import type { Mention } from '../../core/types.js';
import { firstStartingAt } from '../../core/span.js';

// What coreference reads around a role description or a generic agent: whom an office serves, where a group is.

/** The first mention starting at each offset. */
export function mentionStarts(mentions: readonly Mention[]): Map<number, Mention> {
  const at = new Map<number, Mention>();
  for (const x of mentions) if (!at.has(x.start)) at.set(x.start, x);
  return at;
}

/** The country of the person or country a role description at mentions[idx] serves: "a spokesman for (Afghan President) X". */
export function countryServed(text: string, mentions: readonly Mention[], idx: number): string | null {
  const m = mentions[idx]!;
  for (let k = idx + 1; k < mentions.length && mentions[k]!.start < m.end + 60; k++) {
    const o = mentions[k]!;
    if (!/^\s+(for|of)\s+(the\s+)?(\p{Lu}[\p{L}.-]*\s+){0,3}$/u.test(text.slice(m.end, o.start))) continue;
    if ((o.kind === 'person' || o.kind === 'country') && o.country && o.country.length === 3 && !/^(IGO|NGO)/.test(o.country)) return o.country;
  }
  return null;
}

/**
 * "A spokesman for President X": the name `m` is whom the pending role (last mentioned at `last`) works for, not who
 * holds it: the name itself, or a title of it, right after the preposition (not "Minister of Armed Forces X").
 */
export function heldFor(text: string, starts: ReadonlyMap<number, Mention>, last: Mention | undefined, m: Mention): boolean {
  if (!last || last.end > m.start || m.start - last.end > 60) return false;
  const prep = /^\s*(?:for|of|to|with|at|from|by|under)\s+(?:the\s+)?/i.exec(text.slice(last.end, m.start));
  if (!prep) return false;
  const at = last.end + prep[0].length;
  const o = at === m.start ? m : starts.get(at);
  return o === m || (o?.sameAs === m.id && o.type === 'description' && o.kind === 'person');
}

/** The country named right after a group: "police in Kenya", "rebels from Sudan"; null for "lawmakers in X and Y". */
export function countryAfter(text: string, mentions: readonly Mention[], m: Mention): string | null {
  const k = firstStartingAt(mentions, m.end);
  const n = mentions[k];
  // ("ambassadors of X and Y" is the events stage's: an agent of each country)
  if (!n || n.kind !== 'country' || !n.country || !/^\s+(in|from)\s+(the\s+)?$/i.test(text.slice(m.end, n.start))) return null;
  // ("lawmakers in X and Y": one group of each country, which the events stage reads off the coordination)
  const after = mentions[k + 1];
  return after && after.kind === 'country' && /^\s*(,|and|or)\s*$/i.test(text.slice(n.end, after.start)) ? null : n.country;
}

/** Two sets of sectors that one person may hold: either is empty, or they share one. */
export function compatibleSectors(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return true;
  return a.some((x) => b.includes(x));
}
