import type { Token } from '../../core/types.js';
import { coordinatedNounPhrases, pairAfterBetween } from './actor-phrases.js';
import type { Participant } from './participants.js';

/** Coordinated participants acting as one party: indices into the participants, and their token range. */
export interface Group { members: number[]; ts: number; te: number }

const COORD = new Set([',', 'and', 'or', 'nor', '&', 'both', 'neither', 'either']);

/**
 * Coordinated groups ("Mordor, Rohan, Fornost and Bree" is one group of four). A list joined by commas only counts
 * when a conjunction closes it ("Mordor, Rohan and Bree", not "Gondor, Rohan will").
 */
export function groupParticipants(toks: Token[], parts: Participant[]): Group[] {
  const groups: Group[] = [];
  let pendingCommas: number[] = []; // members joined by a comma since the last conjunction
  const splitOpenList = (): void => {
    const last = groups[groups.length - 1];
    if (!last || !pendingCommas.length) { pendingCommas = []; return; }
    const cut = last.members.indexOf(pendingCommas[0]!);
    const tail = last.members.splice(cut);
    last.te = parts[last.members[last.members.length - 1]!]!.te;
    for (const k of tail) {
      const g = groups[groups.length - 1]!;
      if (parts[k]!.ts === parts[g.members[g.members.length - 1]!]!.ts) { g.members.push(k); continue; }
      groups.push({ members: [k], ts: parts[k]!.ts, te: parts[k]!.te });
    }
    pendingCommas = [];
  };
  for (let p = 0; p < parts.length; p++) {
    const last = groups[groups.length - 1];
    if (last) {
      const prev = parts[last.members[last.members.length - 1]!]!;
      const how = prev.ts === parts[p]!.ts ? 'same' : coordinated(toks, prev.te, parts[p]!.ts) ?? (coordinatedNounPhrases(toks, prev.te, parts[p]!.ts) ? 'conj' : null);
      if (how && (how === 'same' || !pairAfterBetween(toks, parts, last.members))) {
        if (how === 'comma') pendingCommas.push(p);
        else if (how === 'conj') pendingCommas = [];
        last.members.push(p); last.te = parts[p]!.te;
        continue;
      }
    }
    splitOpenList();
    groups.push({ members: [p], ts: parts[p]!.ts, te: parts[p]!.te });
  }
  splitOpenList();
  return groups;
}

/** How two mentions are joined: 'conj' (", and", "or", "nor", "(...)"), 'comma' (a comma only), or null (not joined). */
export function coordinated(toks: Token[], from: number, to: number): 'conj' | 'comma' | 'paren' | null {
  if (to <= from) return null;
  let sep: 'conj' | 'comma' | 'paren' | null = null;
  let mods = 0;
  for (let t = from; t < to; t++) {
    const w = toks[t]!.norm;
    if (w === ',') { sep ??= 'comma'; continue; }
    if (w === '(' || w === ')') { sep ??= 'paren'; continue; }
    if (COORD.has(w)) { sep = 'conj'; continue; }
    if (w === 'as' || w === 'well') continue;
    if (sep && (toks[t]!.pos === 'DET' || toks[t]!.pos === 'ADJ') && mods < 3) { mods++; continue; }
    return null;
  }
  return sep;
}

/** Two participants are one party: the same actor, or the same code. */
export function sameParty(a: Participant, b: Participant): boolean {
  return (!!a.actor && a.actor === b.actor) || a.code === b.code;
}

/** How many different actors a group holds. */
export function distinctActors(parts: Participant[], g: Group): number {
  return new Set(g.members.map((k) => `${parts[k]!.actor}|${parts[k]!.code}`)).size;
}
