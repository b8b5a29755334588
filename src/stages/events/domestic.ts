/**
 * Domestic agents (dyad's policy): an agent named without a country ("rebels", "demonstrators", "the opposition",
 * "police") in a sentence that names exactly one country belongs to that country. News reports of a country's
 * internal affairs name the country once ("Rebels in the Ivory Coast", "protesters in Monrovia") and the other side
 * by role; event data sets (PLOVER, ICEWS) code such events as domestic (CIV>CIV). With two or more countries in the
 * sentence the agent's side is not known and it stays without a code (it is then no party to an event).
 */

/** The part of an event participant this rule reads and writes. */
export interface DomesticParticipant {
  code: string;
  agentOnly?: boolean;
  mention: { country: string | null };
}

/** Codes that name no state: international and non-governmental organizations, multinationals, unknown. */
const NON_STATE = new Set(['IGO', 'NGO', 'NGM', 'IMG', 'MNC', 'INT', 'UIS', 'UNO', '---']);

/** The one country the sentence's coded participants belong to, or null when there is none or more than one. */
export function sentenceCountry(parts: readonly DomesticParticipant[]): string | null {
  let found: string | null = null;
  for (const p of parts) {
    if (p.agentOnly) continue;
    const c = p.code.slice(0, 3);
    if (c.length !== 3 || NON_STATE.has(c) || p.mention.country !== c) continue;
    if (found && found !== c) return null;
    found = c;
  }
  return found;
}

/** Gives every agent without a country the sentence's one country (in place); returns how many it changed. */
export function assignDomesticAgents(parts: DomesticParticipant[]): number {
  if (!parts.some((p) => p.agentOnly)) return 0;
  const country = sentenceCountry(parts);
  if (!country) return 0;
  let changed = 0;
  for (const p of parts) {
    if (!p.agentOnly) continue;
    p.code = country + p.code;
    p.agentOnly = false;
    changed++;
  }
  return changed;
}
