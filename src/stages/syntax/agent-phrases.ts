import type { TokenRange } from '../../core/doc.js';
import type { Token } from '../../core/types.js';

/** An agent found inside a noun phrase: its token range, sectors and whether they go before the actor code. */
export interface PhraseAgent {
  range: TokenRange;
  sectors: readonly string[];
  prefix: boolean;
}

/**
 * The nouns that follow a name inside its noun phrase, and the agents among them: "Calenardhon government issue"
 * (government), "West German world government activists" (world government), "Arnor diplomat" (diplomat). PETRARCH
 * codes a noun phrase from every actor and agent among its words, so these agents qualify the name.
 *
 * The run is the common nouns from `from` up to the first other word.
 * Returns null when the run holds no agent.
 */
export function agentsAfterName(tokens: readonly Token[], from: number, limit: number, agentAt: (i: number) => PhraseAgent | undefined,
  nameStartsAt: (i: number) => boolean): { end: number; agents: PhraseAgent[]; headIsAgent: boolean } | null {
  const agents: PhraseAgent[] = [];
  let i = from, lastAgentEnd = -1;
  while (i < limit) {
    const t = tokens[i]!;
    const a = agentAt(i);
    if (a && a.range[1] <= limit && runWord(tokens, a.range[0], a.range[1])) { agents.push(a); lastAgentEnd = a.range[1]; i = a.range[1]; continue; }
    // common nouns only: a proper name after the agents is an entity of its own ("U.S. President Donald Trump")
    if (t.pos === 'NOUN' && !nameStartsAt(i)) { i++; continue; }
    break;
  }
  if (!agents.length) return null;
  return { end: i, agents, headIsAgent: lastAgentEnd === i };
}

function runWord(tokens: readonly Token[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) { const p = tokens[k]!.pos; if (p !== 'NOUN' && p !== 'PROPN' && p !== 'ADJ') return false; }
  return true;
}

/** Most words a modifier may put between two words of a spaced phrase ("state - run"). */
const MAX_BETWEEN = 3;

/**
 * Matches a dictionary phrase written with spaces ("ITHILEN TELEVISION") starting at token `i`, allowing up to
 * MAX_BETWEEN modifier words of the same noun phrase between consecutive words (adjectives, nouns, numbers,
 * hyphenated parts: "Ithilen state-run television"). Returns one past the last token, or -1.
 */
export function spacedPhraseEnd(tokens: readonly Token[], norms: readonly string[], i: number, limit: number, words: readonly string[], stem: boolean): number {
  if (norms[i] !== words[0]) return -1;
  let pos = i + 1;
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    const last = k === words.length - 1;
    let found = -1;
    for (let j = pos; j < limit && j <= pos + MAX_BETWEEN; j++) {
      const n = norms[j]!;
      if (n === w || (last && stem && n.startsWith(w))) { found = j; break; }
      if (!modifierWord(tokens, j)) break;
    }
    if (found < 0) return -1;
    pos = found + 1;
  }
  return pos;
}

function modifierWord(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'NUM') return true;
  // the parts of a hyphenated modifier ("state-run", "war-torn"): a hyphen written inside the word, and its neighbours
  if (t.norm === '-') return tokens[j - 1]!.end === t.start && tokens[j + 1]?.start === t.end;
  return (tokens[j + 1]?.norm === '-' && tokens[j + 1]!.start === t.end) || (tokens[j - 1]?.norm === '-' && tokens[j - 1]!.end === t.start);
}
