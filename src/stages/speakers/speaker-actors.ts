import type { SpeakersLayer } from '../../core/doc.js';
import type { Actor, ActorKind, Quote, Span } from '../../core/types.js';
import { GENERIC_NOUNS } from '../../resources/common-nouns.js';
import { PERSONAL_PRONOUNS } from '../../resources/english.js';

/**
 * Speakers the text names but no actor stands behind: a description with no coded actor ("the poll", "a statement",
 * "officials", "aides", "Mr. Hedge"). Each gets an actor of its own
 * (code "", kind person/group/organization/other read from the words), so the quote says who spoke as the article
 * says it; the quote's `speakerSpan` is the actor's mention. Quotes whose speaker is known, with no speaker span or
 * with a pronoun coreference left unresolved, are left as they are. Descriptions with the same words share one actor.
 *
 * Reads the quotes the output shows (`quotes`) and coreference's actors; returns the new actors (ids after the
 * existing ones) and which quote each speaks. Changes nothing it is given.
 */
export function speakerActors(text: string, actors: readonly Actor[], quotes: readonly Quote[]): SpeakersLayer {
  let n = actors.length;
  const used = new Set(actors.map((a) => a.id));
  const nextId = (): string => { let id: string; do id = `a${++n}`; while (used.has(id)); used.add(id); return id; };
  const added: Actor[] = [];
  const byKey = new Map<string, Actor>();
  const bySpan = new Map<string, Actor>();
  const speakerOf = new Map<string, string>();
  const story = storyCountryActor(actors);
  for (const q of quotes) {
    if (q.speaker || !q.speakerSpan) continue;
    const sp = trimEdges(text, q.speakerSpan);
    if (!sp) continue;
    // "officials said", "military sources said", "a spokesperson said": the state speaks, the story's country when it is unambiguous
    if (story && STATE_SPEAKER.test(text.slice(sp.start, sp.end))) { speakerOf.set(q.id, story.id); continue; }
    const spanKey = `${sp.start}:${sp.end}`;
    let a = bySpan.get(spanKey);
    if (!a) {
      const words = text.slice(sp.start, sp.end);
      const kind = kindOf(words);
      if (!kind) continue;
      const key = 'D:' + words.toLowerCase().replace(/^(the|a|an|some|many|most|several)\s+/, '').replace(/\s+/g, ' ');
      a = byKey.get(key);
      if (!a) {
        a = { id: nextId(), name: words.replace(/\s+/g, ' '), kind, code: '', country: null, sectors: [], mentions: [], mentionIds: [] };
        byKey.set(key, a);
        added.push(a);
      }
      if (!a.mentions.some((m) => m.start === sp.start && m.end === sp.end)) {
        a.mentions.push({ start: sp.start, end: sp.end });
        a.mentionIds.push(`${a.id}m${a.mentions.length}`);
      }
      bySpan.set(spanKey, a);
    }
    speakerOf.set(q.id, a.id);
  }
  for (const a of added) {
    const order = a.mentions.map((m, i) => i).sort((x, y) => a.mentions[x]!.start - a.mentions[y]!.start);
    a.mentions = order.map((i) => a.mentions[i]!);
    a.mentionIds = order.map((i) => a.mentionIds[i]!);
  }
  return { actors: added, speakerOf };
}

const TITLE = /^(mr|mrs|ms|miss|dr|sen|rep|gov|gen|prof|rev)\.?\s/i;
/** Words that never name a speaker on their own. */
const NOT_SPEAKER = new Set(['you', 'your', 'this', 'that', 'these', 'those', 'there', 'here', 'which', 'what', 'whom']);

/** person for a titled name or a person noun, group for a plural noun, organization for an organization noun, other for the rest; null for a pronoun. */
function kindOf(words: string): ActorKind | null {
  const w = words.toLowerCase();
  // a pronoun coreference left unresolved stays unknown (an actor of its own would split the chain it belongs to)
  if (PERSONAL_PRONOUNS.has(w) || NOT_SPEAKER.has(w) || !/\p{L}/u.test(w)) return null;
  if (TITLE.test(words)) return 'person';
  const head = (w.match(/[\p{L}'\u2019-]+/gu) ?? []).pop() ?? '';
  if (/[^s]s$/.test(head) || head === 'people' || head === 'police') return 'group';
  const g = GENERIC_NOUNS.get(head);
  return g === 'person' ? 'person' : g === 'organization' ? 'organization' : 'other';
}

/** The span without white space or punctuation at its edges; null when nothing is left. */
function trimEdges(text: string, sp: Span): Span | null {
  let { start, end } = sp;
  while (start < end && /[\s"'\u201c\u201d\u2018\u2019,.;:()\-\u2014]/.test(text[start]!)) start++;
  while (end > start && /[\s"'\u201c\u201d\u2018\u2019,.;:()\-\u2014]/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** A speaker described as a state's officials, sources or spokesperson, with no country named. */
const STATE_SPEAKER = /^(?:(?:the|a|an|some|several|senior|top|local|government|military|security|official|army|police|unnamed|anonymous)\s+)*(?:officials?|sources|authorities|spokes(?:man|woman|person)|ministry|military|army|police|government)$/i;

/**
 * The country actor a story is about when that is unambiguous (the same test as coreference's: named at least three
 * times, twice as often as any other country), else null.
 */
function storyCountryActor(actors: readonly Actor[]): Actor | null {
  const countries = actors.filter((a) => a.kind === 'country' && a.code.length === 3).sort((a, b) => b.mentions.length - a.mentions.length);
  const [top, second] = countries;
  if (!top || top.mentions.length < 3 || (second && top.mentions.length < 2 * second.mentions.length)) return null;
  return top;
}
