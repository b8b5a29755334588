import type { Dateline } from '../../core/doc.js';
import type { Sentence } from '../../core/types.js';
import { geoKey, lookup, type Gazetteer } from '../../resources/geo/gazetteer.js';
import type { Lexicon } from '../../resources/lexicon.js';
import type { Segmented } from './segmented.js';

export type { Dateline };

/**
 * "KYIV, Ukraine (AP) —", "WASHINGTON —", "BEIJING, Jan 5 (Reuters) -", "MARANCHON, SPAIN —", "BOSTON —Standing": a
 * city in capitals, an optional region or country, an optional date and agency, then a dash (a hyphen or two with a
 * space after them; an en or em dash with or without one).
 */
const DATELINE = /^([A-Z][A-Z.'\u2019-]*(?: [A-Z][A-Z.'\u2019-]*){0,3})(?:\/[A-Z][A-Z ]*)?(?:, ([A-Z][A-Za-z.'\u2019-]*(?: [A-Z][A-Za-z.'\u2019-]*){0,2}))?(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([A-Za-z .&-]{1,30}\))? ?(?:[\u2014\u2013][\u2014\u2013-]?[ \u00a0]?|--?[ \u00a0])/;

/** What tells a place's name from an actor's: the gazetteer (read on first use; null when the compiled file is missing) and the dictionaries. */
export interface DatelineNames {
  readonly gazetteer: () => Gazetteer | null;
  readonly lexicon: Lexicon;
}

/**
 * The dateline opening the story, or null: the first that opens a paragraph, up to the first paragraph of more than
 * 300 characters (the story's text; a title, a subtitle, an abstract or a credit line may come before it, marked as
 * headlines or not). Its city must name a place: a name of the gazetteer; and when the dictionaries name an
 * organisation, a group or a person by the same words, more than a dash must follow it (a region, a date or an agency:
 * "GAZA CITY (AP) —"), since "NATO — The alliance said ...", "HAMAS — ..." open a sentence about that actor (the
 * gazetteer's villages named Nato, and Hamm's alternate name Hamas, aside). Without the gazetteer, only the second test
 * is made.
 */
export function findDateline(text: string, seg: Segmented, names: DatelineNames): Dateline | null {
  const ss = seg.sentences;
  for (let i = 0; i < ss.length;) {
    const s = ss[i]!;
    let last = i;
    while (last + 1 < ss.length && ss[last + 1]!.paragraph === s.paragraph) last++;
    const found = s.headline ? null : datelineAt(text, seg, s, names);
    if (found) return found;
    if (ss[last]!.end - s.start > STORY_PARAGRAPH) return null;
    i = last + 1;
  }
  return null;
}

/** A paragraph longer than this (in UTF-16 units) is the story's text, no title or credit line. */
const STORY_PARAGRAPH = 300;

/** The dateline opening sentence `s`, or null. */
function datelineAt(text: string, seg: Segmented, s: Sentence, names: DatelineNames): Dateline | null {
  const m = DATELINE.exec(text.slice(s.start, s.start + 120));
  if (!m || m[1]!.replace(/[^A-Z]/g, '').length < 3) return null;
  const city = { start: s.start, end: s.start + m[1]!.length };
  // (more than a dash after the city: a region, a date, an agency or a second place, "ISLAMABAD/PENTAGON —")
  if (!namesPlace(text, seg, s.firstToken, city.end, names, /[^\s\u2014\u2013-]/.test(m[0].slice(m[1]!.length)))) return null;
  const region = m[2] ? { start: s.start + m[0].indexOf(', ' + m[2]) + 2, end: s.start + m[0].indexOf(', ' + m[2]) + 2 + m[2].length } : null;
  return { city, region, span: { start: s.start, end: s.start + m[0].length } };
}

/**
 * Whether the words from token `firstToken` to offset `end` (a dateline's city) name a place rather than an actor;
 * `more`: something other than the dash follows them.
 */
function namesPlace(text: string, seg: Segmented, firstToken: number, end: number, names: DatelineNames, more: boolean): boolean {
  const g = names.gazetteer();
  if (g && !lookup(g, geoKey(text.slice(seg.tokens[firstToken]!.start, end))).length) return false;
  if (more) return true;
  const norms: string[] = [];
  for (let i = firstToken; i < seg.tokens.length && seg.tokens[i]!.end <= end; i++) norms.push(seg.tokens[i]!.norm);
  return !names.lexicon.trie.matchAt(norms, 0, norms.length)
    .some((hit) => hit.end === norms.length && hit.values.some((e) => e.kind === 'organization' || e.kind === 'group' || e.kind === 'person'));
}
