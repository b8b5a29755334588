import type { Mention, Span } from '../../core/types.js';
import { firstStartingAt } from '../../core/span.js';
import type { QuoteDoc } from './cue-draft.js';
import { relativeActor } from './relative-speaker.js';

/** Maps a speaker's token range to an actor id through the actor mentions over it (`tokSpan`: token range -> text span). */
export function speakerActorLookup(doc: QuoteDoc, tokSpan: (a: number, b: number) => Span) {
  const { tokens, sentences } = doc;
  const actorById = new Map(doc.coref.actors.map((a) => [a.id, a]));

  /** The actor the speaker span names: the mention overlapping it, preferring the head before "of"/"for". */
  function actorFor(sp: [number, number]): string | null {
    if (doc.coref.mentions.length === 0) return null;
    const rel = relativeActor(doc, tokens, sp);
    if (rel) return rel;
    let headEnd = sp[1];
    for (let t = sp[0] + 1; t < sp[1]; t++) if (tokens[t]!.pos === 'ADP') { headEnd = t; break; }
    const whole = tokSpan(sp[0], sp[1]);
    const head = tokSpan(sp[0], headEnd);
    let best: Mention | null = null;
    let bestScore = -1;
    for (let m = firstMentionEndingAfter(whole.start); m < doc.coref.mentions.length; m++) {
      const me = doc.coref.mentions[m]!;
      if (me.start >= whole.end) break;
      if (me.end <= whole.start) continue;
      const actor = doc.coref.actorOfMention.get(me.id);
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
    if (best) return doc.coref.actorOfMention.get(best.id) ?? null;
    return actorBefore(sp, whole.start);
  }

  /**
   * A speaker no actor mention covers: a name ("Mr. King") takes the nearest actor before it whose name ends with the
   * same word, looking back a few sentences. A pronoun coreference left unresolved stays unknown.
   */
  function actorBefore(sp: [number, number], off: number): string | null {
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
        const a = actorById.get(doc.coref.actorOfMention.get(m.id) ?? '');
        return !!a && a.name.toLowerCase().split(/\s+/).pop() === word;
      };
    }
    const minStart = sentences[Math.max(0, first.sentence - 6)]!.start;
    for (let m = firstMentionEndingAfter(off); m >= 0; m--) {
      const me = doc.coref.mentions[m]!;
      if (me.start >= off) continue;
      if (me.start < minStart) break;
      if (doc.coref.actorOfMention.get(me.id) && want(me)) return doc.coref.actorOfMention.get(me.id)!;
    }
    return null;
  }

  /** Some mention with an actor overlaps the token range (cheap: a binary search, then the few mentions inside). */
  function hasActorMention(sp: [number, number]): boolean {
    const start = tokens[sp[0]]!.start, end = tokens[sp[1] - 1]!.end;
    for (let m = firstMentionEndingAfter(start); m < doc.coref.mentions.length; m++) {
      const me = doc.coref.mentions[m]!;
      if (me.start >= end) break;
      if (me.end > start && doc.coref.actorOfMention.get(me.id)) return true;
    }
    return false;
  }
  function firstMentionEndingAfter(off: number): number {
    // mentions are sorted by start; nested mentions are short, so step back a little from the first start >= off
    const lo = firstStartingAt(doc.coref.mentions, off);
    let m = lo;
    while (m > 0 && doc.coref.mentions[m - 1]!.end > off && lo - m < 8) m--;
    return Math.max(0, m - 1);
  }

  return { actorFor, actorBefore, hasActorMention, firstMentionEndingAfter };
}
