import type { Mention, Token } from '../../core/types.js';
import { firstStartingAt } from '../../core/span.js';

/** Subject pronouns: "he said" after a quotation names a speaker, who is a subject or a speaker named before. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/**
 * Which offsets of the text lie inside quotation marks (straight quotes toggle within a paragraph; curly ones open and
 * close). A "he said" outside a quotation does not stand for a person named inside one.
 */
export function quotedOffsets(text: string): (pos: number) => boolean {
  const inside = new Uint8Array(text.length);
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') open = false;
    else if (c === '\u201c') open = true;
    else if (c === '\u201d') { open = false; inside[i] = 1; continue; }
    else if (c === '"') { if (open) { inside[i] = 1; open = false; continue; } open = true; }
    if (open) inside[i] = 1;
  }
  return (pos) => inside[pos] === 1;
}

const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM', 'CCONJ']);

/** Prepositions whose object is not the one who speaks next ("under President Biden", "with Kim"). */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'to', 'with', 'under', 'for', 'from', 'at', 'on', 'against', 'about', 'by', 'between', 'than', 'including', 'like', 'toward', 'towards']);

/**
 * A mention that can be the antecedent of a subject pronoun that names a speaker: not a possessive ("Palmer's
 * position"), not the object of a preposition ("under President Joe Biden"), not inside quotation marks when the
 * pronoun is outside them.
 */
export function speakerCandidate(text: string, tokens: readonly Token[], m: Mention, quoted: (pos: number) => boolean, pronounQuoted: boolean): boolean {
  if (/^\s*['\u2019]s?\b/.test(text.slice(m.end, m.end + 3))) return false;
  if (!pronounQuoted && quoted(m.start)) return false;
  const k = firstStartingAt(tokens, m.start) - 1;
  const before = k >= 0 ? tokens[k] : undefined;
  // (a title or determiner may stand between: "under President Joe Biden", "with the minister")
  let j = k;
  while (j >= 0 && j > k - 6 && NOUN_PHRASE_POS.has(tokens[j]!.pos)) j--;
  const prep = j >= 0 ? tokens[j] : before;
  if (prep && prep.pos === 'ADP' && OBJECT_PREPOSITIONS.has(prep.norm)) return false;
  return true;
}
