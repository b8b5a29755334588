/** Small pure helpers of coreference: name initials, a per-call memo, which codes are non-state groups. */

/** Sectors of groups outside the state: armed, criminal, opposition and party groups keep an actor of their own. */
export const NON_STATE: ReadonlySet<string> = new Set(['REB', 'INS', 'UAF', 'OPP', 'PTY', 'SEP', 'CRM']);
/**
 * Sectors of a country's civilians, businesses and professions ("Chinese tourists" CVL, "Malaysian fishermen" AGR,
 * "Kenyan companies" BUS): such a group is that country's people, coded COUNTRY + sector as CAMEO's agents do, not the
 * state itself.
 */
export const CIVIL_SECTORS: ReadonlySet<string> = new Set(['CVL', 'BUS', 'AGR', 'EDU', 'MED', 'HLH', 'REF', 'LAB', 'HRI', 'ENV', 'REL', 'MNC', 'NGO']);

/** `f` with its results kept by argument (for one call of the stage: no state outlives it). */
export function memo<T>(f: (s: string) => T): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    if (seen.has(s)) return seen.get(s)!;
    const v = f(s);
    seen.set(s, v);
    return v;
  };
}

/** "Internet Explorer 6" -> "IE6", "Los Angeles" -> "LA" (capitalised words and numbers only). */
export function initials(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^[\p{Lu}\d]/u.test(w)).map((w) => (/^\d+$/.test(w) ? w : w[0])).join('');
}

/** A code of a non-state armed or criminal group: an international militarised group, or rebels, insurgents, militias, organised crime. */
export function isArmedGroup(code: string): boolean {
  if (code.startsWith('IMG')) return true;
  const sectors = code.slice(3).match(/.{3}/g) ?? [];
  return sectors.some((s) => s === 'REB' || s === 'INS' || s === 'UAF' || s === 'CRM' || s === 'SEP');
}
