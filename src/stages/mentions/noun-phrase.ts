import type { Token } from '../../core/types.js';

/** An agent found inside a noun phrase: its token range, sectors and whether they go before the actor code. */
export interface PhraseAgent {
  first: number;
  end: number;
  sectors: readonly string[];
  prefix: boolean;
}

/**
 * The nouns that follow a name inside its noun phrase, and the agents among them: "Calenardhon government issue"
 * (government), "West German world government activists" (world government), "Arnor diplomat" (diplomat). PETRARCH
 * codes a noun phrase from every actor and agent among its words, so these agents qualify the name.
 *
 * The run is the nouns (and capitalised words that start no other name) from `from` up to the first other word.
 * Returns null when the run holds no agent.
 */
export function agentsAfterName(tokens: readonly Token[], from: number, limit: number, agentAt: (i: number) => PhraseAgent | undefined,
  nameStartsAt: (i: number) => boolean): { end: number; agents: PhraseAgent[]; headIsAgent: boolean } | null {
  const agents: PhraseAgent[] = [];
  let i = from, lastAgentEnd = -1;
  while (i < limit) {
    const t = tokens[i]!;
    const a = agentAt(i);
    if (a && a.end <= limit && runWord(tokens, a.first, a.end)) { agents.push(a); lastAgentEnd = a.end; i = a.end; continue; }
    if (t.pos === 'NOUN' || (t.pos === 'PROPN' && !nameStartsAt(i))) { i++; continue; }
    break;
  }
  if (!agents.length) return null;
  return { end: i, agents, headIsAgent: lastAgentEnd === i };
}

function runWord(tokens: readonly Token[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) { const p = tokens[k]!.pos; if (p !== 'NOUN' && p !== 'PROPN' && p !== 'ADJ') return false; }
  return true;
}
