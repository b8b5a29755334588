import type { Token } from '../../core/types.js';
import { agentOfActor } from './actor-phrases.js';
import { coordinated } from './actor-groups.js';
import { vesselSector } from './demonym-modifiers.js';
import type { Participant } from './participants.js';

/**
 * "Soldiers from Gondor", "the ambassadors of Arnor, Osgiliath and Gondor", "lawmakers in Fornost and Gondor": an agent
 * without a country followed by of/from/in and a list of countries stands for that agent of each country.
 */
export function composeAgents(toks: Token[], parts: Participant[]): void {
  // "a Philippine vessel", "the Iran navy ship": a country's name before a ship names the ship's owner (vesselSector)
  for (const p of parts) if (!p.agentOnly && p.code.length === 3 && p.mention.type !== 'pronoun' && p.mention.kind !== 'person') p.code += vesselSector(toks, p.te);
  // "Darfur rebels", "Gondor's police": an agent right after a place or country (or its "'s") belongs to it
  for (let k = 1; k < parts.length; k++) {
    const p = parts[k]!, q = parts[k - 1]!;
    if (!p.agentOnly || q.agentOnly || q.code.length !== 3) continue;
    let t = q.te;
    if (toks[t]?.norm === "'s" || toks[t]?.norm === "'") t++;
    if (t !== p.ts) continue;
    parts.splice(k - 1, 2, { ...p, code: q.code + p.code, ts: q.ts, agentOnly: false });
    k--;
  }
  // "Danish media and government": an agent conjoined after a country's agent belongs to that country too
  for (let k = 1; k < parts.length; k++) {
    const p = parts[k]!, q = parts[k - 1]!;
    if (!p.agentOnly || q.agentOnly || q.code.length <= 3 || q.code.startsWith('IGO')) continue;
    if (coordinated(toks, q.te, p.ts) !== 'conj' || (q.mention.country ?? '') !== q.code.slice(0, 3)) continue;
    parts[k] = { ...p, code: q.code.slice(0, 3) + p.code, agentOnly: false };
  }
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    if (!p.agentOnly) continue;
    // agents coordinated before the preposition share it: "lawmakers and officials in Fornost"
    let last = k;
    while (last + 1 < parts.length && parts[last + 1]!.agentOnly && coordinated(toks, parts[last]!.te, parts[last + 1]!.ts) === 'conj') last++;
    let t = parts[last]!.te;
    const prep = toks[t]?.norm;
    if (prep !== 'of' && prep !== 'from' && prep !== 'in') continue;
    t++;
    if (toks[t]?.pos === 'DET') t++;
    let j = last + 1;
    if (j >= parts.length || parts[j]!.ts !== t || parts[j]!.agentOnly) continue;
    const countries: Participant[] = [parts[j]!];
    while (j + 1 < parts.length && !parts[j + 1]!.agentOnly && (parts[j + 1]!.ts === parts[j]!.ts || coordinated(toks, parts[j]!.te, parts[j + 1]!.ts))) countries.push(parts[++j]!);
    const agents = parts.slice(k, last + 1);
    const te = countries[countries.length - 1]!.te;
    const composed: Participant[] = [];
    for (const a of agents) for (const c of countries) {
      composed.push({ mention: a.mention, actor: a.actor, code: agentOfActor(c.code, a.code), ts: p.ts, te, agentOnly: false });
    }
    parts.splice(k, j - k + 1, ...composed);
    k += composed.length - 1;
  }
}
