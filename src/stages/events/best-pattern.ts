import type { VerbPattern } from '../../resources/petrarch/verb-patterns.js';
import type { VerbBlock, VerbDictionary } from '../../resources/petrarch/verbs.js';
import { matchPattern, type MatchView, type PatternMatch } from './match.js';
import type { VerbGroup } from './verb-groups.js';

/**
 * dyad's supplement (`dyad.supplement.verbs.txt`, read after CAMEO.2.0) names its blocks `..._DYAD`: where one of its
 * patterns is as specific as a CAMEO.2.0 pattern of another block, the supplement's reading wins (it is there to
 * correct that reading: "ordered sanctions on" is 163, not the MONITOR sense 090 of the ORDER block).
 */
const SUPPLEMENT_BLOCK = /_DYAD$/;

/**
 * The most specific pattern of the verb's blocks that matches (tokens up to `postLimit`); of two as specific in one
 * block, the earlier in the dictionary file; of two as specific in two blocks, the supplement's. `wordSet`: the
 * sentence's words (a pattern needing another is skipped). `skip`: patterns not to use (the rule table's dropped
 * patterns, `rule-precision.tsv`): a less specific pattern or the verb's own code reads the verb instead ("met X at
 * Y": the dropped intent reading 036 gives way to MEET's own 040).
 */
export function bestPattern(view: MatchView, V: VerbGroup, dict: VerbDictionary, wordSet: ReadonlySet<string>, postLimit: number, skip?: (p: VerbPattern) => boolean): PatternMatch | null {
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
      if (skip?.(p)) return;
      const m = matchPattern(view, p, V.start, V.end, 0, postLimit);
      if (m && (!match || m.pattern.weight > match.pattern.weight || (m.pattern.weight === match.pattern.weight && (m.pattern.block === match.pattern.block
        ? order(block, m.pattern) < order(block, match.pattern)
        : SUPPLEMENT_BLOCK.test(m.pattern.block) && !SUPPLEMENT_BLOCK.test(match.pattern.block))))) match = m;
    };
    for (const p of block.byWord.get('') ?? []) tryPattern(p);
    for (const w of wordSet) { const ps = block.byWord.get(w); if (ps) for (const p of ps) tryPattern(p); }
  }
  return match;
}

/**
 * The rule-table id of a block's bare verb codes pooled (`CAMEO.2.0:GRANT:*`): a block whose verbs, coded by themselves
 * (no pattern words), are right less than half the time on training news is dropped whole: "gave the country",
 * "granted the government" name no act until an object word says which (`- * ASSISTANCE [070]`). A verb with a code
 * of its own in the block (DONATE [070]) is another sense and is not pooled.
 */
export const blockBareRule = (dict: string, block: string): string => `${dict}:${block}:*`;

/** Position of a pattern in its block (earlier patterns win ties, as in the dictionary file). */
function order(block: VerbBlock, p: VerbPattern): number {
  return block.patterns.indexOf(p);
}
