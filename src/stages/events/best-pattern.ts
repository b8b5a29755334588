import type { VerbPattern } from '../../resources/petrarch/verb-patterns.js';
import type { VerbBlock, VerbDictionary } from '../../resources/petrarch/verbs.js';
import { matchPattern, type MatchView, type PatternMatch } from './match.js';
import type { VerbGroup } from './verb-groups.js';

/**
 * The most specific pattern of the verb's blocks that matches (tokens up to `postLimit`); of two as specific in one
 * block, the earlier in the dictionary file. `wordSet`: the sentence's words (a pattern needing another is skipped).
 */
export function bestPattern(view: MatchView, V: VerbGroup, dict: VerbDictionary, wordSet: ReadonlySet<string>, postLimit: number): PatternMatch | null {
  let match = null as PatternMatch | null;
  const tried = new Set<string>();
  for (const e of V.entries) {
    if (tried.has(e.block)) continue;
    tried.add(e.block);
    const block = dict.blocks.get(e.block);
    if (!block) continue;
    const tryPattern = (p: VerbPattern): void => {
      if (match && p.weight < match.pattern.weight) return;
      for (let k = 1; k < p.required.length; k++) if (!wordSet.has(p.required[k]!)) return;
      const m = matchPattern(view, p, V.start, V.end, 0, postLimit);
      if (m && (!match || m.pattern.weight > match.pattern.weight || (m.pattern.weight === match.pattern.weight && m.pattern.block === match.pattern.block && order(block, m.pattern) < order(block, match.pattern)))) match = m;
    };
    for (const p of block.byWord.get('') ?? []) tryPattern(p);
    for (const w of wordSet) { const ps = block.byWord.get(w); if (ps) for (const p of ps) tryPattern(p); }
  }
  return match;
}

/** Position of a pattern in its block (earlier patterns win ties, as in the dictionary file). */
function order(block: VerbBlock, p: VerbPattern): number {
  return block.patterns.indexOf(p);
}
