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
const LETTER = /\p{L}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

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
  const sample = (text.length > (opts.sampleChars ?? 5000) ? text.slice(0, opts.sampleChars ?? 5000) : text).replace(LINK, ' ');
  const letters = sample.match(LETTER)?.length ?? 0;
  const latin = letters ? (sample.match(LATIN_LETTER)?.length ?? 0) / letters : 1;
  const words = sample.match(WORD) ?? [];
  let hits = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w.toLowerCase())) hits++;
  const share = words.length ? hits / words.length : 0;
  if (letters >= 50 && latin < 0.5) return { english: false, words: words.length, share, latin };
  if (words.length < minWords) return { english: true, words: words.length, share, latin };
  return { english: share >= (opts.minShare ?? 0.1), words: words.length, share, latin };
}
