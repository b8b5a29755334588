import type { Mention, Token } from '../../core/types.js';
import { firstStartingAt } from '../../core/span.js';
import type { QuoteDoc } from './cue-draft.js';

/**
 * "Clinton, who said ...": the actor of the relative pronoun right after the speaker phrase `sp` (tokens [first,
 * end)), when coreference linked one — it is the phrase's actor and has the pronoun among its mentions. Null otherwise.
 */
export function relativeActor(doc: QuoteDoc, tokens: readonly Token[], sp: [number, number]): string | null {
  let k = sp[1];
  if (tokens[k]?.norm === ',') k++;
  const t = tokens[k];
  if (!t || !(t.norm === 'who' || t.norm === 'whom' || t.norm === 'which' || t.norm === 'that')) return null;
  const m = relativeMentionAt(doc, t.start);
  return m ? doc.coref.actorOfMention.get(m.id) ?? null : null;
}

/** The relative-pronoun mention starting at `off` that coreference linked to an actor, if any. */
export function relativeMentionAt(doc: QuoteDoc, off: number): Mention | null {
  const ms = doc.coref.mentions;
  for (let m = firstStartingAt(ms, off); m < ms.length && ms[m]!.start === off; m++) {
    if (ms[m]!.relative && doc.coref.actorOfMention.get(ms[m]!.id)) return ms[m]!;
  }
  return null;
}
