import type { Segmentation, Sentence, Token } from '../../core/types.js';

/**
 * Section headings fused into the next sentence. News bodies scraped with their white space collapsed keep a
 * section heading ("Regional tensions", "China trade on rise") as a few words with no final punctuation in front of
 * the paragraph it heads: `... last week. Regional tensions The talks began ...`. The sentence splitter sees one
 * sentence, and the heading's words become its subject ("Regional tensions The talks began" read with the heading as
 * the actor). A heading ends where a word that opens English sentences stands capitalised in mid-sentence right after
 * a lower-case word: a determiner before a noun phrase ("... opinions The U.S. designation"), a subordinator or
 * preposition ("... on rise While India has", "... surges Since last August"), or a plural group noun that is the
 * next clause's subject ("Reaction Officials have"). Mid-sentence such words are capitalised only at a boundary like
 * this or inside a title ("the journal The Lancet", "in The Hague"), which the conditions below keep out: the heading
 * is the sentence's first one to six words, begins with a capital, holds no punctuation but commas and is not itself
 * a sentence opening (no pronoun, auxiliary or preposition first, no time phrase like "Last year").
 */

/** Determiners that open a noun phrase: split before them only when the heading ends in a noun. */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those', 'some', 'many', 'most', 'several', 'both']);
/** Subordinators, prepositions, adverbs and pronouns that open a sentence. */
const OPENERS = new Set(['while', 'since', 'although', 'though', 'however', 'meanwhile', 'according', 'after', 'before', 'as', 'when', 'if', 'despite', 'during', 'in', 'on', 'at', 'for', 'with', 'under', 'among', 'earlier', 'later', 'last', 'but', 'yet', 'still', 'unlike', 'until', 'amid', 'over', 'from', 'he', 'she', 'it', 'they', 'we', 'there']);
/** Openers never capitalised inside a title-case title or a name: after them a heading may end in a name ("... with Peru While"). */
const SUBORDINATORS = new Set(['while', 'although', 'though', 'however', 'meanwhile', 'according', 'despite', 'unlike', 'amid']);
/** Plural group nouns that open a sentence as its subject ("Officials said"). */
const GROUP_SUBJECTS = new Set(['officials', 'analysts', 'experts', 'critics', 'residents', 'lawmakers', 'politicians', 'authorities', 'protesters', 'witnesses', 'observers', 'diplomats', 'activists', 'researchers', 'scientists', 'leaders', 'villagers', 'rebels', 'militants', 'troops', 'soldiers', 'investigators', 'prosecutors']);
/** Words of a time phrase: "Last year The Times reported" opens a sentence, it is no heading. */
const TIME_WORDS = /^(?:year|years|week|weeks|month|months|day|days|decade|decades|morning|afternoon|evening|night|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|ago|then)$/;
/**
 * Nouns that introduce a title or name in apposition: "horror movie The Grudge", "rapper The Game", "newspaper The
 * Guardian" is one noun phrase, not a heading and a sentence.
 */
const TITLE_NOUNS = /^(?:film|films|movie|drama|comedy|thriller|documentary|show|series|programme|program|album|single|song|track|band|group|rapper|singer|star|magazine|newspaper|paper|daily|journal|book|novel|play|musical|opera|blockbuster|hopefuls|veterans|channel|station|website|brand|musician|act|duo|trio|game|title|hit|hits|sequel|epic|classic|biopic|report|study|poem|painting|exhibition|ship|vessel|boat|contenders|favourites|favorites|nominee|nominees|winner|winners)$/;
const MAX_HEADING_WORDS = 6;
/** A heading on a line of its own may be longer and in title case. */
const MAX_HEADING_LINE_WORDS = 8;

const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string): boolean => c !== c.toUpperCase() && c === c.toLowerCase();
/** A word of a heading: letters, digits, inner hyphens, dots of abbreviations and apostrophes. */
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}.'\u2019&-]*$/u;
const FUNCTION_POS = new Set(['AUX', 'PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PART']);

/** Where the heading at the start of sentence `s` ends (a token index), or -1. */
function headingEnd(text: string, tokens: Token[], s: Sentence): number {
  const first = tokens[s.firstToken]!;
  const c0 = text[first.start]!;
  if (!isUpper(c0) && !/\d/.test(c0)) return -1;
  if (first.pos === 'PRON' || first.pos === 'AUX' || first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'CCONJ' || first.pos === 'ADV') return -1;
  if (OPENERS.has(first.norm)) return -1;
  // the sentence begins a line: a heading there may also end at the line break
  const lineStart = s.start === 0 || /\n[ \t\u00a0]*$/.test(text.slice(Math.max(0, s.start - 20), s.start));
  let hasVerb = false;
  const last = Math.min(s.endToken - 1, s.firstToken + (lineStart ? MAX_HEADING_LINE_WORDS : MAX_HEADING_WORDS));
  for (let j = s.firstToken + 1; j <= last; j++) {
    const prev = tokens[j - 1]!;
    const prevText = text.slice(prev.start, prev.end);
    if (prevText !== ',' && !WORD.test(prevText)) return -1;
    if (TIME_WORDS.test(prev.norm)) return -1;
    if (prev.pos === 'AUX' || prev.pos === 'PRON' || (j - 1 > s.firstToken && prev.pos === 'DET')) return -1;
    if (prev.pos === 'VERB' && j - 1 > s.firstToken) hasVerb = true;
    const tok = tokens[j]!;
    const c = text[tok.start]!;
    if (!isUpper(c) || prevText === ',' || FUNCTION_POS.has(prev.pos) || TITLE_NOUNS.test(prev.norm)) continue;
    const opener = DETERMINERS.has(tok.norm) || OPENERS.has(tok.norm) || GROUP_SUBJECTS.has(tok.norm);
    if (!opener) continue;
    const next = tokens[j + 1];
    const nextLower = next !== undefined && j + 1 < s.endToken && isLower(text[next.start]!);
    // a line break after the heading: the line is the heading whatever its case
    if (lineStart && text.slice(prev.end, tok.start).includes('\n')) return j - s.firstToken <= MAX_HEADING_LINE_WORDS ? j : -1;
    if (j - s.firstToken > MAX_HEADING_WORDS) return -1;
    // a one-word heading is capitalised: a common noun ("Reaction Officials have ...")
    const prevLower = isLower(prevText[0]!) || (j - 1 === s.firstToken && prev.pos === 'NOUN' && isLower(prevText[prevText.length - 1]!));
    if (DETERMINERS.has(tok.norm)) {
      if (nextLower ? prevLower || tok.norm === 'the' : prev.pos === 'NOUN' && !hasVerb && prevLower) return j;
      continue;
    }
    if (SUBORDINATORS.has(tok.norm) && j - 1 > s.firstToken) return j;
    if (!prevLower) continue;
    if (OPENERS.has(tok.norm)) return j;
    if (nextLower) return j;
  }
  return -1;
}

/**
 * Ends a sentence after a section heading fused to it: the heading becomes a sentence of its own (not a headline).
 * Token `sentence` indices are renumbered only when something was split.
 */
export function splitSectionHeads(text: string, seg: Segmentation): Segmentation {
  let out: Sentence[] | null = null;
  for (let i = 0; i < seg.sentences.length; i++) {
    const s = seg.sentences[i]!;
    const cut = i > 0 && s.endToken - s.firstToken > 2 ? headingEnd(text, seg.tokens, s) : -1;
    if (cut < 0) { out?.push(s); continue; }
    out ??= seg.sentences.slice(0, i);
    const head = seg.tokens[cut - 1]!;
    out.push({ ...s, end: head.end, endToken: cut });
    out.push({ ...s, start: seg.tokens[cut]!.start, firstToken: cut });
  }
  if (!out) return seg;
  for (let i = 0; i < out.length; i++) for (let t = out[i]!.firstToken; t < out[i]!.endToken; t++) seg.tokens[t]!.sentence = i;
  return { sentences: out, tokens: seg.tokens };
}
