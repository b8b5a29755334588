/**
 * A cheap "is this English?" check: English prose is dense in a small set of function words, other languages
 * are not (and texts mostly outside the Latin script are not English at all). It only judges texts with enough
 * words, so a short headline or a list of names is never rejected.
 */

/** Frequent English function words (and a few very common words), rare as words in other European languages. */
const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'of', 'and', 'to', 'a', 'in', 'is', 'was', 'for', 'that', 'with', 'by', 'as', 'at', 'from', 'it', 'he',
  'she', 'his', 'her', 'they', 'their', 'them', 'be', 'has', 'have', 'had', 'were', 'are', 'an', 'this', 'which',
  'who', 'not', 'but', 'or', 'been', 'its', 'will', 'would', 'after', 'than', 'there', 'about', 'into', 'we', 'our',
  'you', 'your', 'i', 'said', 'says', 'on', 'these', 'those', 'what', 'when', 'where', 'while', 'because', 'could',
  'should', 'also', 'more', 'over', 'some', 'other', 'such', 'no', 'can', 'did', 'does', 'him', 'how', 'all', 'if',
  'out', 'up', 'one', 'two', 'new', 'year', 'people', 'during', 'against', 'between', 'before', 'since', 'under',
]);

const WORD = /\p{L}+/gu;
/** URLs and e-mail addresses split into many non-words ("https", "org"): left out of the count. */
const LINK = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+|\S+@\S+\.\w+/giu;
const WWW = /www\./i;
/**
 * Whether LINK can match at all (it needs "://", "www." or "@"): most texts have none, and LINK's e-mail branch
 * retries a run of non-spaces at every position (0.8% of a BBC `dyad code` run, `node --cpu-prof`).
 */
const mayHaveLink = (s: string): boolean => s.includes('@') || s.includes('://') || WWW.test(s);
const LETTER = /\p{L}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * Letters and Latin-script letters in a text, counted by code point (ASCII answered from the code, other characters
 * by the Unicode property regexes): the counts `text.match(/\p{L}/gu)` and `/\p{Script=Latin}/gu` give, without
 * building an array of one-letter strings.
 */
export function countLetters(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) { letters++; latin++; }
      continue;
    }
    const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
    const ch = wide ? text.slice(i, i + 2) : text[i]!;
    if (wide) i++;
    if (LETTER.test(ch)) { letters++; if (LATIN_LETTER.test(ch)) latin++; }
  }
  return { letters, latin };
}

export interface LanguageVerdict {
  english: boolean;
  /** Words looked at (at most `sampleWords`). */
  words: number;
  /** Share of those words that are English function words. */
  share: number;
  /** Share of letters in the Latin script (in the sample). */
  latin: number;
}

export interface LanguageOptions {
  /** Texts with fewer words are not judged (always English). */
  minWords?: number;
  /** Only this many characters from the start are looked at, so the check stays cheap on long texts. */
  sampleChars?: number;
  /** Below this share of function words a text is not English. */
  minShare?: number;
}

/** Judges whether a text is English. Defaults: judge from 25 words, look at 5,000 chars, need 10% function words. */
export function detectEnglish(text: string, opts: LanguageOptions = {}): LanguageVerdict {
  const minWords = opts.minWords ?? 25;
  const head = text.length > (opts.sampleChars ?? 5000) ? text.slice(0, opts.sampleChars ?? 5000) : text;
  const sample = mayHaveLink(head) ? head.replace(LINK, ' ') : head;
  const count = countLetters(sample);
  const letters = count.letters;
  const latin = letters ? count.latin / letters : 1;
  const words = sample.match(WORD) ?? [];
  let hits = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w.toLowerCase())) hits++;
  const share = words.length ? hits / words.length : 0;
  if (letters >= 50 && latin < 0.5) return { english: false, words: words.length, share, latin };
  if (words.length < minWords) return { english: true, words: words.length, share, latin };
  return { english: share >= (opts.minShare ?? 0.1), words: words.length, share, latin };
}
