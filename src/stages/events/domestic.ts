/**
 * Domestic agents (dyad's policy): a non-state group named without a country ("rebels", "demonstrators", "the
 * opposition", "refugees") or "police" in a sentence that names exactly one country belongs to that country. News reports of a country's
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

/**
 * The agents this applies to: groups inside a country that news names without it (rebels, the opposition, insurgents,
 * armed groups, separatists, radicals, refugees, religious groups, workers) and its police. State agents named without
 * a country ("the government", "officials", "the media", "the court") are too often someone else's: on Wikinews,
 * giving them the sentence's country added a third more events, nearly all wrong; they stay without a code.
 */
const DOMESTIC_SECTORS = new Set(['REB', 'OPP', 'INS', 'UAF', 'SEP', 'RAD', 'REF', 'MUS', 'CHR', 'JEW', 'HIN', 'BUD', 'REL', 'LAB', 'COP']);

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
    if (!p.agentOnly || !DOMESTIC_SECTORS.has(p.code.slice(0, 3))) continue;
    p.code = country + p.code;
    p.agentOnly = false;
    changed++;
  }
  return changed;
}

const NON_STATE_SECTORS = new Set(['REB', 'OPP', 'INS', 'UAF', 'SEP', 'RAD', 'REF', 'MUS', 'CHR', 'JEW', 'HIN', 'BUD', 'REL', 'LAB', 'CRM']);

/**
 * A country and a non-state group of it that coreference made one actor ("Croatia is investigating crimes by Croatian
 * extremists"): two parties all the same, when exactly one of the two mentions is such a group with its own code.
 */
export function stateAndItsGroup(a: { code: string; sectors: string[]; type: string }, b: { code: string; sectors: string[]; type: string }): boolean {
  const group = (m: { code: string; sectors: string[]; type: string }): boolean => m.type === 'description' && !!m.code && m.sectors.some((x) => NON_STATE_SECTORS.has(x));
  return group(a) !== group(b) && !!a.code && !!b.code && a.code !== b.code && a.type !== 'pronoun' && b.type !== 'pronoun';
}

/** The sectors of a country's non-state side and of its police: who acts against the state inside a country, or keeps order there. */
const DOMESTIC_ACTOR_SECTORS = new Set([...NON_STATE_SECTORS, 'COP']);

/**
 * Round 5 (recall): a country's non-state group or its police acting on the country itself ("the Taliban ambushed a
 * convoy in Afghanistan", "police arrested 25 people in the Philippines") is a domestic event, not a government acting
 * on its own country: the VOA gold's convention for domestic stories codes the state side at country level and the
 * non-state side with its sector (`AFGREB>AFG`). Only conflictual acts (roots 10-20): a group's cooperation with
 * "its" country is more often a place named beside it. `src`: the source code (`AFGREB`), `tgt` the country's (`AFG`).
 */
export function domesticActOnCountry(src: string, tgt: string, cameo: string): boolean {
  if (tgt.length !== 3 || !src.startsWith(tgt) || src.length < 6) return false;
  const root = Number(cameo.slice(0, 2));
  return root >= 10 && DOMESTIC_ACTOR_SECTORS.has(src.slice(3, 6));
}
