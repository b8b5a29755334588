import type { TokenRange } from '../../core/doc.js';
import type { Mention } from '../../core/types.js';
import { firstStartingAt } from '../../core/span.js';
import { relativeActor } from './relative-speaker.js';
import { tokSpan, type QuoteScan } from './scan.js';

/** The actor a speaker's token range names, through the actor mentions over it: the mention overlapping it, preferring the head before "of"/"for". */
export function actorFor(scan: QuoteScan, sp: TokenRange): string | null {
  const { tokens, mentions, actorOfMention, actorById } = scan;
  if (mentions.length === 0) return null;
  const rel = relativeActor(scan, sp);
  if (rel) return rel;
  let headEnd = sp[1];
  for (let t = sp[0] + 1; t < sp[1]; t++) if (tokens[t]!.pos === 'ADP') { headEnd = t; break; }
  const whole = tokSpan(scan, sp[0], sp[1]);
  const head = tokSpan(scan, sp[0], headEnd);
  let best: Mention | null = null;
  let bestScore = -1;
  for (let m = firstMentionEndingAfter(mentions, whole.start); m < mentions.length; m++) {
    const me = mentions[m]!;
    if (me.start >= whole.end) break;
    if (me.end <= whole.start) continue;
    const actor = actorOfMention.get(me.id);
    if (!actor) continue;
    // the head's actor first when it is named or coded with a country; else a coded actor it speaks for
    // ("a spokesperson for the ministry" -> the ministry's government)
    const inHead = me.start < head.end && head.start < me.end;
    const a = actorById.get(actor);
    const rooted = !!a && a.code.length > a.sectors.join('').length;
    const score = inHead && (rooted || me.type === 'name') ? 3 : rooted ? 2 : inHead ? 1 : 0;
    if (score * 1e9 + me.end <= bestScore) continue;
    bestScore = score * 1e9 + me.end; best = me;
  }
  if (best) return actorOfMention.get(best.id) ?? null;
  return actorBefore(scan, sp, whole.start);
}

/**
 * A speaker no actor mention covers: a name ("Mr. King") takes the nearest actor before it whose name ends with the
 * same word, looking back a few sentences. A pronoun coreference left unresolved stays unknown.
 */
function actorBefore(scan: QuoteScan, sp: TokenRange, off: number): string | null {
  const { tokens, sentences, mentions, actorOfMention, actorById } = scan;
  const first = tokens[sp[0]]!;
  let want: ((m: Mention) => boolean) | null = null;
  if (first.pos === 'PRON') {
    return null; // pronouns are coreference's: one it left unresolved stays unknown
  } else {
    let last = -1;
    for (let t = sp[1] - 1; t >= sp[0]; t--) if (tokens[t]!.pos === 'PROPN') { last = t; break; }
    if (last < 0) return null;
    const word = tokens[last]!.norm;
    want = (m) => {
      const a = actorById.get(actorOfMention.get(m.id) ?? '');
      return !!a && a.name.toLowerCase().split(/\s+/).pop() === word;
    };
  }
  const minStart = sentences[Math.max(0, first.sentence - 6)]!.start;
  for (let m = firstMentionEndingAfter(mentions, off); m >= 0; m--) {
    const me = mentions[m]!;
    if (me.start >= off) continue;
    if (me.start < minStart) break;
    if (actorOfMention.get(me.id) && want(me)) return actorOfMention.get(me.id)!;
  }
  return null;
}

/** Some mention with an actor overlaps the token range (cheap: a binary search, then the few mentions inside). */
export function hasActorMention(scan: QuoteScan, sp: TokenRange): boolean {
  const { tokens, mentions, actorOfMention } = scan;
  const start = tokens[sp[0]]!.start, end = tokens[sp[1] - 1]!.end;
  for (let m = firstMentionEndingAfter(mentions, start); m < mentions.length; m++) {
    const me = mentions[m]!;
    if (me.start >= end) break;
    if (me.end > start && actorOfMention.get(me.id)) return true;
  }
  return false;
}

/** Index from which to scan the mentions (sorted by start) for those ending after `off`. */
function firstMentionEndingAfter(mentions: readonly Mention[], off: number): number {
  // mentions are sorted by start; nested mentions are short, so step back a little from the first start >= off
  const lo = firstStartingAt(mentions, off);
  let m = lo;
  while (m > 0 && mentions[m - 1]!.end > off && lo - m < 8) m--;
  return Math.max(0, m - 1);
}
