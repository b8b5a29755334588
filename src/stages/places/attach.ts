import type { CodedEvent, Mention, Span } from '../../core/types.js';
import type { EventPlace } from '../../core/doc.js';
import type { Segmented } from './segmented.js';
import { locationPhrase, type PlaceMention } from './location-phrase.js';

/** The place of one event and the rule that gave it (or why there is none); the places the text gives its source and target. */
export type Attachment = EventPlace;

/** What the attachment rules read besides the events. */
export interface AttachInput {
  seg: Segmented;
  /** Place mentions (not the dateline), sorted by start. */
  mentions: PlaceMention[];
  /** Actor mentions with the actor each belongs to. */
  readonly actorMentions: readonly Mention[];
  actorOfMention: ReadonlyMap<string, string>;
  /** Place id -> its first-level division key and country, for the common-division rule. */
  where: Map<string, { admin1: string | null; country: string | null }>;
  /** The place to use for a division or country shared by a sentence's places (created on demand). */
  commonPlace: (kind: 'admin1' | 'country', key: string) => string | null;
  /** The dateline's place and its country code, when there is a dateline. */
  dateline: { place: string; country: string | null } | null;
  /** Actor id -> country code. */
  actorCountry: Map<string, string | null>;
}

/** Material events (quad 2 material cooperation, 4 material conflict) take a place from the sentence; statements do not. */
const isMaterial = (ev: CodedEvent): boolean => ev.quad === 2 || ev.quad === 4;

/** Prepositions after which a place modifies the actor before it ("troops in X", "officials from X"). */
const MODIFIER_CUES = /^(in|from|of|at|near|inside|outside|based|-based|city of|province of)$/;

/**
 * The place of each event, by ordered rules, never across a paragraph:
 * 1. the location phrase attached to the event (`location:object`, `location:phrase`, `location:fronted`; see location-phrase.ts);
 * 2. a place modifying the target or the source ("troops in X", "X-based militants"): `target-modifier`, `source-modifier`;
 * 3. the sentence's only place: `sentence-only-place`;
 * 4. the first-level division, else the country, that all the sentence's places share: `common-admin1`, `common-country`;
 * 5. the dateline, when the sentence has no place and the event's actors include the dateline's country: `dateline`.
 * Statements (quads 1 and 3, verbal) get a place only by rule 1: where they were made, when the text says so.
 */
export function attachPlaces(events: readonly CodedEvent[], inp: AttachInput): Attachment[] {
  return events.map((ev) => {
    const s = inp.seg.sentences[ev.sentence];
    if (!s) return { place: null, placeRule: 'none:no-sentence' };
    const inSentence = inp.mentions.filter((m) => m.sentence === ev.sentence);
    const side = (which: 'source' | 'target'): string | undefined => {
      for (const sp of actorSpans(ev, which, which === 'target' ? ev.target : ev.source, s, inp)) {
        const m = modifierOf(sp, inSentence, inp);
        if (m) return m.place;
      }
      return undefined;
    };
    const sourcePlace = side('source'), targetPlace = side('target');
    const [place, placeRule] = attachOne(ev, s.firstToken, inSentence, sourcePlace, targetPlace, inp);
    return { place, placeRule, ...(sourcePlace ? { sourcePlace } : {}), ...(targetPlace ? { targetPlace } : {}) };
  });
}

function attachOne(ev: CodedEvent, firstToken: number, inSentence: PlaceMention[], sourcePlace: string | undefined, targetPlace: string | undefined,
  inp: AttachInput): [string | null, string] {
  const material = isMaterial(ev);
  const phrase = locationPhrase(ev, material, inSentence, inp.seg.tokens, firstToken);
  if (phrase) return [phrase.mention.place, phrase.rule];
  if (!material) return [null, 'none:statement'];
  if (targetPlace) return [targetPlace, 'target-modifier'];
  if (sourcePlace) return [sourcePlace, 'source-modifier'];
  const ids = [...new Set(inSentence.map((m) => m.place))];
  if (ids.length === 1) return [ids[0]!, 'sentence-only-place'];
  if (ids.length > 1) {
    const w = ids.map((id) => inp.where.get(id));
    const a1 = w[0]?.admin1;
    if (a1 && w.every((x) => x?.admin1 === a1)) { const p = inp.commonPlace('admin1', a1); if (p) return [p, 'common-admin1']; }
    const c = w[0]?.country;
    if (c && w.every((x) => x?.country === c)) { const p = inp.commonPlace('country', c); if (p) return [p, 'common-country']; }
    return [null, 'none:places-disagree'];
  }
  if (inp.dateline && inp.dateline.country) {
    const countries = [ev.source, ev.target].map((a) => (a ? inp.actorCountry.get(a) : null));
    const codes = [ev.sourceCode, ev.targetCode].map((c) => c.slice(0, 3));
    if (countries.includes(inp.dateline.country) || codes.includes(inp.dateline.country)) return [inp.dateline.place, 'dateline'];
  }
  return [null, 'none:no-place-in-sentence'];
}

/** The spans naming the event's target or source in its sentence: the coded span, else the actor's mentions there. */
function actorSpans(ev: CodedEvent, side: 'target' | 'source', actor: string | null, s: Span, inp: AttachInput): Span[] {
  const coded = side === 'target' ? ev.targetSpan : ev.sourceSpan;
  if (coded) return [coded];
  if (!actor) return [];
  return inp.actorMentions.filter((m) => m.start >= s.start && m.end <= s.end && inp.actorOfMention.get(m.id) === actor);
}

/** A place inside the actor's words or right after them behind a modifier cue ("troops in X"), or "X-based" before them. */
function modifierOf(sp: Span, places: PlaceMention[], inp: AttachInput): PlaceMention | null {
  const toks = inp.seg.tokens;
  for (const p of places) {
    if (p.start >= sp.start && p.end <= sp.end) return p;
    if (p.start >= sp.end && p.cue && MODIFIER_CUES.test(p.cue)) {
      // the cue must follow the actor's words directly: at most the cue and "the" between them
      let gap = 0;
      for (let k = p.first - 1; k >= 0 && toks[k]!.start >= sp.end; k--) gap++;
      if (gap <= 2) return p;
    }
    if (p.end <= sp.start && p.cue === '-based' && sp.start - p.end <= 8) return p;
  }
  return null;
}
