import type { Token } from '../../core/types.js';
import { SUBORDINATORS, verbPhraseEnd } from '../syntax/clauses.js';
import type { Group } from './actor-groups.js';
import type { VerbGroup } from './verb-groups.js';

/** End of the words the verb's pattern and target may use (`leftStart`: start of the verb's clause). */
export function verbClauseEnd(norms: string[], toks: Token[], verbs: VerbGroup[], v: number, leftStart: number): number {
  const V = verbs[v]!;
  let postLimit = verbPhraseEnd(norms, toks, V.end);
  // "aircraft using missiles killed four": a modifier's object ends before the next verb
  if (V.modifier && v + 1 < verbs.length) postLimit = Math.min(postLimit, Math.max(V.end, verbs[v + 1]!.auxStart));
  if (leftStart > 0 && SUBORDINATORS.has(norms[leftStart - 1]!)) {
    for (let t = V.end; t < postLimit; t++) if (norms[t] === ',') { postLimit = t; break; }
  }
  return postLimit;
}

/** "the United States' attempt to maintain": the possessor of the noun before "to" is the subject. */
export function possessorBefore(toks: Token[], groupOf: number[], groups: Group[], auxStart: number): Group | null {
  let t = auxStart - 1;
  if (toks[t]?.norm === 'to') t--;
  if (toks[t]?.pos !== 'NOUN') return null;
  while (t > 0 && (toks[t]!.pos === 'NOUN' || toks[t]!.pos === 'ADJ')) t--;
  if (toks[t]?.norm === "'s" || toks[t]?.norm === "'") t--;
  const gi = groupOf[t] ?? -1;
  return gi >= 0 ? groups[gi]! : null;
}

/** The actor group that ends right before a relative pronoun at `rel` (past a comma or a parenthesised acronym), or -1. */
export function relativeAntecedent(norms: string[], groupOf: number[], rel: number): number {
  let b = rel - 1;
  if (norms[b] === ',') b--;
  if (norms[b] === ')') { while (b >= 0 && norms[b] !== '(') b--; b--; }
  return b >= 0 ? groupOf[b]! : -1;
}

/** The actor group nearest before `before`, not before `limit`, or -1. */
export function nearestGroupBefore(groupOf: number[], before: number, limit: number): number {
  for (let t = before - 1; t >= limit; t--) if (groupOf[t]! >= 0) return groupOf[t]!;
  return -1;
}

