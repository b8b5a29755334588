import type { TokenRange } from '../../core/doc.js';
import type { Mention } from '../../core/types.js';
import { firstStartingAt } from '../../core/span.js';
import type { QuoteScan } from './scan.js';

/**
 * "Clinton, who said ...": the actor of the relative pronoun right after the speaker phrase `sp`, when coreference
 * linked one — it is the phrase's actor and has the pronoun among its mentions. Null otherwise.
 */
export function relativeActor(scan: QuoteScan, sp: TokenRange): string | null {
  const { tokens } = scan;
  let k = sp[1];
  if (tokens[k]?.norm === ',') k++;
  const t = tokens[k];
  if (!t || !(t.norm === 'who' || t.norm === 'whom' || t.norm === 'which' || t.norm === 'that')) return null;
  const m = relativeMentionAt(scan, t.start);
  return m ? scan.actorOfMention.get(m.id) ?? null : null;
}

/** The relative-pronoun mention starting at `off` that coreference linked to an actor, if any. */
export function relativeMentionAt(scan: Pick<QuoteScan, 'mentions' | 'actorOfMention'>, off: number): Mention | null {
  const ms = scan.mentions;
  for (let m = firstStartingAt(ms, off); m < ms.length && ms[m]!.start === off; m++) {
    if (ms[m]!.relative && scan.actorOfMention.get(ms[m]!.id)) return ms[m]!;
  }
  return null;
}
