import type { CodedEvent, Mention, Quote, Token } from '../../core/types.js';
import type { Toponym } from './find-toponyms.js';

/** Nouns after "X's" that make X the government or people of a place ("Moscow's envoy", "China's health ministry"). */
const ACTOR_POSSESSED = /^(government|leaders?|leadership|president|prime|minister|ministers|ministry|foreign|defen[cs]e|health|officials?|authorities|military|army|forces|troops|envoy|ambassador|embassy|delegation|spokesman|spokeswoman|spokesperson|position|stance|decision|policy|response|demand|demands|call|offer|proposal|claim|claims|allies|ally|relations|parliament|congress|regime|administration|navy|police|state|central|top|chief|head|representative|negotiators?)$/;

/** What the metonymy test reads: the actor layers and the events of the article. */
export interface ActorUseContext {
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  actorOfMention: ReadonlyMap<string, string>;
  readonly events: readonly CodedEvent[];
  readonly quotes: readonly Quote[];
}

/**
 * A name the actor layer read as a country, a capital or a place-actor is a place mention unless it is used for the
 * government or the people there (metonymy: "Moscow said", "China accused Japan", "Beijing's envoy"):
 * - a locative cue ("in X", "near X", "X-based", "the X region", "X, Country") always makes it a place;
 * - it speaks (the named speaker of a quote), or is the subject of a verb right after it;
 * - it is the source of an event of its sentence and stands before the event's words, or the target of a verbal
 *   or cooperative event (quads 1-3), or a country that is the target of any event: material conflict against a
 *   city or region ("shelled Kharkiv") keeps it a place;
 * - "X's" followed by a word for a government, an office or a stance.
 * Returns the reason it is an actor, or null when it is a place.
 */
export function actorUse(t: Toponym, m: Mention, c: ActorUseContext, country: boolean): string | null {
  if (t.cue) return null;
  // the name is the speaker phrase's head (it ends the phrase): "Moscow said", not "China's eleventh case"
  if (c.quotes.some((q) => q.speakerSpan && q.speakerSpan.start <= m.start && m.end <= q.speakerSpan.end && q.speakerSpan.end - m.end <= 1)) return 'speaker';
  let k = t.end;
  const toks = c.tokens;
  if (toks[k]?.norm === "'s" || toks[k]?.norm === "'") {
    const nx = toks[k + 1];
    if (nx && ACTOR_POSSESSED.test(nx.norm)) return 'possessor';
    return null;
  }
  while (k < toks.length && toks[k]!.sentence === t.sentence && toks[k]!.pos === 'ADV') k++;
  const next = toks[k];
  if (next && next.sentence === t.sentence && (next.pos === 'VERB' || next.pos === 'AUX') && !/ing$|^-$/.test(next.norm)) return 'subject';
  const actor = c.actorOfMention.get(m.id);
  if (!actor) return null;
  for (const ev of c.events) {
    if (ev.sentence !== t.sentence) continue;
    if (ev.source === actor && m.end <= ev.evidence.start) return 'event-source';
    // a country is a party to the events it is the target of; a city or a region attacked is where it happened
    if (ev.target === actor && (ev.quad !== 4 || country) && (!ev.targetSpan || (ev.targetSpan.start < m.end && m.start < ev.targetSpan.end))) return 'event-target';
  }
  return null;
}
