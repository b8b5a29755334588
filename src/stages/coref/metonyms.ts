import type { Mention } from '../../core/types.js';

/** A speech or stance verb right after a name: "Washington said", "Washington has accused". */
const SPEAKS_AFTER = /^\s+(?:(?:has|have|had|also|again|later|then|on \w+)\s+)*(?:said|says|say|told|tells|warned|warns|accused|accuses|urged|urges|announced|announces|insisted|insists|stated|demanded|demands|called|calls|responded|rejected|denied|denies|alleged|alleges|claimed|claims|argued|argues|contended|contends|maintained|maintains|blamed|blames|condemned|condemns)\b/;

/**
 * The key under which coreference files a dictionary name (issue 15, item 4):
 * - a place of a country that speaks ("Washington said", a Phoenix synonym of the country the gazetteer does not list
 *   as its capital) is the country acting, as a capital is;
 * - an intergovernmental or non-governmental organisation is one actor per full code
 *   and short form ("EU", "the European Union"; "U.N.", "the United Nations"; not MINUSCA, also IGOUNO).
 */
export function nameKey(text: string, m: Mention): string {
  if (m.kind === 'country') return 'C:' + (m.country ?? m.code);
  if (m.kind === 'other' && m.fromDictionary && m.country && m.code.length === 3 && SPEAKS_AFTER.test(text.slice(m.end, m.end + 40))) return 'C:' + m.country;
  if (m.kind === 'organization' && m.fromDictionary && /^(IGO|NGO)/.test(m.code) && m.type === 'name') return 'O:' + m.code + ':' + shortForm(m.name);
  return 'N:' + m.name.toLowerCase();
}

/** "The European Union" -> "EU", "U.N." -> "UN", "MINUSCA" -> "MINUSCA": a name's acronym, or the acronym it is. */
function shortForm(name: string): string {
  const words = name.replace(/\./g, '').split(/\s+/).filter((w) => w && !/^(the|of|for|and|on)$/i.test(w));
  return words.length === 1 ? words[0]!.toUpperCase() : words.map((w) => w[0]!.toUpperCase()).join('');
}
