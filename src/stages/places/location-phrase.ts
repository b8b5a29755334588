import type { CodedEvent, Token } from '../../core/types.js';
import { overlaps } from '../../core/span.js';
import { WHERE_PREPOSITIONS } from './cues.js';

/** A place mention of the sentence, as the attachment rules see it. */
export interface PlaceMention {
  place: string;
  start: number;
  end: number;
  /** Token indices of the mention (first, one past the last). */
  first: number;
  last: number;
  cue: string | null;
  sentence: number;
}

/** Clause boundaries a location phrase does not cross in the token window. */
const CLAUSE_BREAK = /^(;|:|"|\u2014|\u2013|--|who|which|whose|while|whereas|although|after|before|because|since|when|where|but|as|if|then)$/;
/** A verb, or a gerund after a preposition ("of bombing", "for shelling": often tagged as a noun): another act. */
const reportedAct = (tokens: readonly Token[], k: number): boolean => tokens[k]!.pos === 'VERB'
  || (k > 0 && /^(of|for|about|over|against|from)$/.test(tokens[k - 1]!.norm) && /[a-z]{2,}ing$/.test(tokens[k]!.norm));

/** How far after the event's words a location phrase may start, in tokens. */
const WINDOW = 12;

/**
 * The location phrase attached to the event — the seam where a dependency parse will answer (an `obl`/`nmod`
 * place under the event's verb). Until the parse lands it is read off a token window:
 * - `location:phrase`: a place opened by a where-preposition (in, at, near, outside, ...) inside the event's words or
 *   after them in the same clause (no clause break within WINDOW tokens; for a statement, no other verb either);
 * - `location:object`: the event's target is itself a place ("shelled Kharkiv"): a place mention ends the target's words; material events only;
 * - `location:fronted`: a sentence opening with "In X," (or "At X,") before the event's words.
 * Returns the place mention and the rule, or null.
 */
export function locationPhrase(ev: CodedEvent, material: boolean, places: PlaceMention[], tokens: readonly Token[], firstToken: number): { mention: PlaceMention; rule: string } | null {
  // the first token after the event's words
  let after = -1;
  for (let k = firstToken; k < tokens.length && tokens[k]!.sentence === tokens[firstToken]!.sentence; k++) if (tokens[k]!.start >= ev.evidence.end) { after = k; break; }
  let best: PlaceMention | null = null;
  for (const p of places) {
    if (!p.cue || !WHERE_PREPOSITIONS.has(p.cue.split(' ')[0]!)) continue;
    if (p.start >= ev.evidence.start && p.end <= ev.evidence.end) { best = p; break; }
    if (after < 0 || p.first < after || p.first - after > WINDOW) continue;
    let broken = false;
    // a statement's phrase does not cross another verb either: "accused Russia of bombing a hospital in Kharkiv",
    // "urged them to return to Kharkiv" — that place is where the reported act happened, not where it was said
    for (let k = after; k < p.first - 1; k++) if (CLAUSE_BREAK.test(tokens[k]!.norm) || (!material && reportedAct(tokens, k))) { broken = true; break; }
    if (!broken) { best = p; break; }
  }
  if (best) return { mention: best, rule: 'location:phrase' };
  if (material && ev.targetSpan) {
    // the target is the place itself: the place ends the target's words ("shelled Kharkiv", "shelled the city of Kharkiv")
    const obj = places.find((p) => overlaps(p, ev.targetSpan!) && p.end === ev.targetSpan!.end);
    if (obj) return { mention: obj, rule: 'location:object' };
  }

  const fronted = places.find((p) => p.end <= ev.evidence.start && (p.cue === 'in' || p.cue === 'at') && p.first - firstToken <= 2
    && tokens.slice(p.last, p.last + 3).some((t) => t.norm === ','));
  return fronted ? { mention: fronted, rule: 'location:fronted' } : null;
}
