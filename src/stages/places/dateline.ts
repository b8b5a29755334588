import type { Dateline } from '../../core/doc.js';
import { geoKey, lookup, type Gazetteer } from '../../resources/geo/gazetteer.js';
import type { Lexicon } from '../../resources/lexicon.js';
import type { Segmented } from './segmented.js';

export type { Dateline };

/**
 * "KYIV, Ukraine (AP) —", "WASHINGTON —", "BEIJING, Jan 5 (Reuters) -", "MARANCHON, SPAIN —": a city in capitals at
 * the start of the first paragraph (or of the one after a headline), an optional region or country, an optional
 * date and agency, then a dash.
 */
const DATELINE = /^([A-Z][A-Z.'\u2019-]*(?: [A-Z][A-Z.'\u2019-]*){0,3})(?:\/[A-Z][A-Z ]*)?(?:, ([A-Z][A-Za-z.'\u2019-]*(?: [A-Z][A-Za-z.'\u2019-]*){0,2}))?(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([A-Za-z .&-]{1,30}\))? ?[\u2014\u2013-]{1,2} /;

/** What tells a place's name from an actor's: the gazetteer (read on first use; null when the compiled file is missing) and the dictionaries. */
export interface DatelineNames {
  readonly gazetteer: () => Gazetteer | null;
  readonly lexicon: Lexicon;
}

/**
 * The dateline opening the story, or null. Its city must name a place: a name of the gazetteer; and when the
 * dictionaries name an organisation, a group or a person by the same words, more than a dash must follow it (a region,
 * a date or an agency: "GAZA CITY (AP) —"), since "NATO — The alliance said ...", "HAMAS — ..." open a sentence about
 * that actor (the gazetteer's villages named Nato, and Hamm's alternate name Hamas, aside). Without the gazetteer,
 * only the second test is made.
 */
export function findDateline(text: string, seg: Segmented, names: DatelineNames): Dateline | null {
  // the first sentence that is not a headline, and only when it opens a paragraph
  const first = seg.sentences.find((s) => !s.headline);
  if (!first) return null;
  const prev = seg.sentences[seg.sentences.indexOf(first) - 1];
  if (prev && prev.paragraph === first.paragraph) return null;
  const m = DATELINE.exec(text.slice(first.start, first.start + 120));
  if (!m || m[1]!.replace(/[^A-Z]/g, '').length < 3) return null;
  const city = { start: first.start, end: first.start + m[1]!.length };
  // (more than a dash after the city: a region, a date, an agency or a second place, "ISLAMABAD/PENTAGON —")
  if (!namesPlace(text, seg, first.firstToken, city.end, names, /[^\s\u2014\u2013-]/.test(m[0].slice(m[1]!.length)))) return null;
  const region = m[2] ? { start: first.start + m[0].indexOf(', ' + m[2]) + 2, end: first.start + m[0].indexOf(', ' + m[2]) + 2 + m[2].length } : null;
  return { city, region, span: { start: first.start, end: first.start + m[0].length } };
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
