import type { Interval } from './match.js';

/** Words, stop words and name tokens, and the ways the scorer places gold strings in a text. */

const STOP = new Set(('a an the of and or for to in on at by with from into over under about as than that this these those ' +
  'is are was were be been being has have had do does did will would shall should can could may might must ' +
  'he she it they we i you him her them me his hers its their theirs our ours my mine your yours who whom whose which what ' +
  'himself herself itself themselves ourselves s t also said says say').split(/\s+/));
const TITLES = new Set(('mr mrs ms miss dr prof sir dame lord lady president vice prime minister ministers secretary senator sen ' +
  'rep representative congressman congresswoman gov governor mayor chief general gen col lt sgt capt captain commander ' +
  'judge justice king queen prince princess pope rev reverend father chairman chairwoman chair ceo director spokesman ' +
  'spokeswoman spokesperson leader head official officials deputy foreign defense defence interior affairs ' +
  'candidate nominee former acting senior top').split(/\s+/));

const WORD = /[\p{L}\p{N}]+/gu;
const ALNUM = /[\p{L}\p{N}]/u;

/** Lower-cased runs of letters and digits. */
export const wordsOf = (s: string | null | undefined): string[] => String(s || '').toLowerCase().match(WORD) ?? [];
export const contentTokens = (s: string | null | undefined): string[] => wordsOf(s).filter((w) => !STOP.has(w));
/** Content words that are not titles: the words that name someone. */
export const nameTokens = (s: string | null | undefined): string[] => contentTokens(s).filter((w) => !TITLES.has(w));
export const shareToken = (setA: ReadonlySet<string>, listB: readonly string[]): boolean => listB.some((w) => setA.has(w));

/** Every occurrence of `needle` in `text`; `word` rejects occurrences glued to a letter or digit. */
export function findAll(text: string, needle: string, opts: { ci?: boolean; word?: boolean } = {}): Interval[] {
  if (!needle) return [];
  const hay = opts.ci ? text.toLowerCase() : text;
  const nd = opts.ci ? needle.toLowerCase() : needle;
  const out: Interval[] = [];
  for (let i = hay.indexOf(nd); i >= 0; i = hay.indexOf(nd, i + 1)) {
    if (opts.word) {
      const before = i > 0 ? hay[i - 1]! : ' ';
      const after = i + nd.length < hay.length ? hay[i + nd.length]! : ' ';
      if (ALNUM.test(before) && ALNUM.test(nd[0]!)) continue;
      if (ALNUM.test(after) && ALNUM.test(nd[nd.length - 1]!)) continue;
    }
    out.push([i, i + nd.length]);
  }
  return out;
}

/** A plain sentence splitter, used only to place gold evidence strings (never to score dyad's sentences). */
export function sentenceSpans(text: string): Interval[] {
  const out: Interval[] = [];
  const para = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = para.exec(text))) {
    const p = m[0];
    const base = m.index;
    const cut = /([.!?]["'\u201d\u2019)]*)\s+(?=["'\u201c\u2018(]?[A-Z0-9])/g;
    let last = 0;
    let c: RegExpExecArray | null;
    while ((c = cut.exec(p))) {
      const end = c.index + c[1]!.length;
      out.push([base + last, base + end]);
      last = cut.lastIndex;
    }
    if (last < p.length) out.push([base + last, base + p.length]);
  }
  return out;
}

const DOUBLE_QUOTES = '\u201c\u201d\u201e\u00ab\u00bb';
const SINGLE_QUOTES = '\u2018\u2019\u02bc';
const DASHES = '\u2013\u2014';

/** Quotes, dashes and white-space runs normalised, with each output character's index in the input. */
export function normWithMap(s: string): { out: string; idx: number[] } {
  let out = '';
  const idx: number[] = [];
  let prevSpace = false;
  for (let i = 0; i < s.length; i++) {
    let c = s[i]!;
    if (DOUBLE_QUOTES.includes(c)) c = '"';
    else if (SINGLE_QUOTES.includes(c)) c = "'";
    else if (DASHES.includes(c)) c = '-';
    if (/\s/.test(c)) {
      if (prevSpace) continue;
      c = ' ';
      prevSpace = true;
    } else prevSpace = false;
    out += c;
    idx.push(i);
  }
  return { out, idx };
}

/** First occurrence of `needle` in `text`: exact, else after normalising both; null when absent. */
export function locate(text: string, needle: string): Interval | null {
  let i = text.indexOf(needle);
  if (i >= 0) return [i, i + needle.length];
  const t = normWithMap(text);
  const n = normWithMap(needle.trim());
  i = t.out.indexOf(n.out);
  if (i >= 0) return [t.idx[i]!, t.idx[i + n.out.length - 1]! + 1];
  return null;
}

const QUOTE_CHARS = '"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\'';

/** [s, e] shrunk past white space and quotation marks at both ends. */
export function trimQuotes(text: string, s: number, e: number): Interval {
  while (s < e && (/\s/.test(text[s]!) || QUOTE_CHARS.includes(text[s]!))) s++;
  while (e > s && (/\s/.test(text[e - 1]!) || QUOTE_CHARS.includes(text[e - 1]!))) e--;
  return [s, e];
}

/**
 * Head of a gold mention string (no syntax available): a proper name (every word capitalised after a leading
 * determiner or possessive) is its own head; otherwise the last word before " of ", else the last word.
 */
export function headSpan(text: string, s: number, e: number): Interval {
  const str = text.slice(s, e);
  const words: Array<[number, number, string]> = [...str.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)].map((m) => [m.index!, m.index! + m[0].length, m[0]]);
  if (!words.length) return [s, e];
  let k = 0;
  while (k < words.length - 1 && /^(the|a|an|his|her|its|their|our)$/i.test(words[k]![2])) k++;
  const rest = words.slice(k);
  if (rest.every((w) => /^\p{Lu}/u.test(w[2]))) return [s + rest[0]![0], s + rest[rest.length - 1]![1]];
  const of = rest.findIndex((w, i) => i > 0 && w[2].toLowerCase() === 'of');
  const h = of > 0 ? rest[of - 1]! : rest[rest.length - 1]!;
  return [s + h[0], s + h[1]];
}
