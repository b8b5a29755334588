import type { Dateline } from '../../core/doc.js';
import type { Segmented } from './segmented.js';

export type { Dateline };

/**
 * "KYIV, Ukraine (AP) —", "WASHINGTON —", "BEIJING, Jan 5 (Reuters) -", "MARANCHON, SPAIN —": a city in capitals at
 * the start of the first paragraph (or of the one after a headline), an optional region or country, an optional
 * date and agency, then a dash.
 */
const DATELINE = /^([A-Z][A-Z.'\u2019-]*(?: [A-Z][A-Z.'\u2019-]*){0,3})(?:\/[A-Z][A-Z ]*)?(?:, ([A-Z][A-Za-z.'\u2019-]*(?: [A-Z][A-Za-z.'\u2019-]*){0,2}))?(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([A-Za-z .&-]{1,30}\))? ?[\u2014\u2013-]{1,2} /;

export function findDateline(text: string, seg: Segmented): Dateline | null {
  // the first sentence that is not a headline, and only when it opens a paragraph
  const first = seg.sentences.find((s) => !s.headline);
  if (!first) return null;
  const prev = seg.sentences[seg.sentences.indexOf(first) - 1];
  if (prev && prev.paragraph === first.paragraph) return null;
  const m = DATELINE.exec(text.slice(first.start, first.start + 120));
  if (!m || m[1]!.replace(/[^A-Z]/g, '').length < 3) return null;
  const city = { start: first.start, end: first.start + m[1]!.length };
  const region = m[2] ? { start: first.start + m[0].indexOf(', ' + m[2]) + 2, end: first.start + m[0].indexOf(', ' + m[2]) + 2 + m[2].length } : null;
  return { city, region, span: { start: first.start, end: first.start + m[0].length } };
}
