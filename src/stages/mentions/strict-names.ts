import type { TokenRange } from '../../core/doc.js';
import type { Sentence, Token } from '../../core/types.js';
import { upperAt } from '../../core/span.js';
import { codeOn } from '../../resources/petrarch/actors.js';
import type { LexEntry, Lexicon } from '../../resources/lexicon.js';
import { CALENDAR_WORDS } from '../../resources/english.js';
import { NAME_TITLES, ORG_HEADS, ROLE_NOUNS } from './words.js';

/** The last year the Phoenix person dictionaries speak for (generated January 2014; the README says early 2015). */
const PHOENIX_UNTIL = '2015-12-31';

/** A dictionary or gazetteer match over tokens [first, end). */
export interface NameHit {
  range: TokenRange;
  entry: LexEntry;
}

const FUNCTION_POS: ReadonlySet<string> = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'PRON', 'AUX', 'PUNCT']);

/** A capitalised proper-name word of the text (not a month or a weekday, which follow names: "Trump Tuesday"). */
function isNameWord(text: string, t: Token): boolean {
  return (t.pos === 'PROPN' || t.pos === 'NOUN') && upperAt(text, t.start) && !CALENDAR_WORDS.has(t.norm);
}

/** A sentence in title case (a headline, "Trump Threatens Hefty Tariffs"): every longer content word capitalised. */
export function isTitleCase(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0, caps = 0;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.end - t.start < 4 || FUNCTION_POS.has(t.pos)) continue;
    words++;
    if (upperAt(text, t.start)) caps++;
  }
  return words >= 3 && caps === words;
}

/**
 * Drops person matches inside a longer proper name: a dictionary person followed by another capitalised name word
 * in the same sentence is part of the name of something else (a train, a road, an airport, a building named after
 * them: "Indira Gandhi International Airport", "Xi Jinping Thought"), not the person. Headlines in title case keep them.
 */
export function dropPersonsInsideNames<H extends NameHit>(text: string, tokens: readonly Token[], hits: H[], to: number, titleCase: boolean): H[] {
  if (titleCase) return hits;
  return hits.filter((h) => {
    const end = h.range[1];
    const next = tokens[end];
    if (h.entry.kind !== 'person') {
      // a one-word entry that is no country or acronym ("Hassan", "Khalid": the Phoenix files list one-word people)
      // followed by a name word is the given name of someone else: "Hassan Mudane lectures"
      if (h.entry.kind !== 'organization' || h.entry.type !== 'name' || h.entry.source !== 'dictionary' || /^(IGO|NGO|IMG|INT|MNC|UNO|NGM)/.test(h.entry.codes[0]?.code ?? '') || h.range[1] - h.range[0] !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(text.slice(tokens[h.range[0]]!.start, tokens[h.range[0]]!.end))) return true;
      return !(end < to && next && next.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(text.slice(next.start, next.end)) && !CALENDAR_WORDS.has(next.norm)
        && !NAME_TITLES.has(next.norm) && !ROLE_NOUNS.has(next.norm) && !ORG_HEADS.test(next.norm) && !hits.some((o) => o.range[0] === end));
    }
    // (any capitalised word continues a name here, whatever its tag: "the Indira Gandhi Express")
    return !(end < to && next && upperAt(text, next.start) && !FUNCTION_POS.has(next.pos) && !CALENDAR_WORDS.has(next.norm));
  });
}

/** What an article says about names, read before surnames alone are matched. */
export interface ArticleNames {
  /** Dictionary persons the article names in full (by a form of two or more words). */
  named: ReadonlySet<LexEntry>;
  /** Words of capitalised names of two or more words that are no dictionary person ("Richard Bennett", "Dong Jun"). */
  otherNameWords: ReadonlySet<string>;
}

/** Reads the full names of an article: its dictionary persons and the words of its other people's names. */
export function articleNames(text: string, tokens: readonly Token[], sentences: readonly Sentence[], hitsBySentence: ReadonlyArray<readonly NameHit[]>): ArticleNames {
  const named = new Set<LexEntry>();
  const covered = new Set<number>();
  for (const hits of hitsBySentence) for (const h of hits) {
    if (h.entry.kind !== 'person') continue;
    const [first, end] = h.range;
    if (end - first >= 2) named.add(h.entry);
    for (let k = first; k < end; k++) covered.add(k);
  }
  const otherNameWords = new Set<string>();
  for (const s of sentences) {
    let k = s.firstToken;
    while (k < s.endToken) {
      if (!isNameWord(text, tokens[k]!) || covered.has(k)) { k++; continue; }
      let j = k;
      while (j < s.endToken && isNameWord(text, tokens[j]!) && !covered.has(j)) j++;
      // titles before the name are not part of it ("President Trump")
      let f = k;
      while (f < j && (NAME_TITLES.has(tokens[f]!.norm) || ROLE_NOUNS.has(tokens[f]!.norm))) f++;
      // (every word: family names come first in some languages, "Dong Jun")
      if (j - f >= 2) for (let x = f; x < j; x++) otherNameWords.add(tokens[x]!.norm);
      k = j;
    }
  }
  return { named, otherNameWords };
}

/**
 * The dictionary person a surname written alone stands for, with the code in force on the date, or null:
 * - a person the article names in full, when the surname is theirs (then whatever their role);
 * - otherwise none when the article names someone else with that name in full ("Richard Bennett", "Dong Jun");
 * - otherwise the people of that surname holding an office on the date (a code other than ELI), when they all
 *   belong to one country. Former office-holders are matched by surname only after their full name, and so are the
 *   Phoenix dictionaries' people after the Phoenix files' own time (they were made in 2014: an open-ended code then
 *   says nothing about who holds an office years later).
 */
export function personBySurname(lex: Lexicon, surname: string, date: string | undefined, names: ArticleNames): { entry: LexEntry; code: string } | null {
  const cands = lex.surnames.get(surname);
  if (!cands) return null;
  const inArticle = cands.filter((e) => names.named.has(e));
  const pool = inArticle.length ? inArticle : names.otherNameWords.has(surname) ? [] : cands;
  let found: { entry: LexEntry; code: string } | null = null;
  for (const e of pool) {
    const c = codeOn(e.codes, date);
    if (!c) continue;
    if (!inArticle.length && (c.code.endsWith('ELI') || (date !== undefined && date > PHOENIX_UNTIL && !e.officeHolder))) continue;
    if (found && found.code.slice(0, 3) !== c.code.slice(0, 3)) return null;
    if (!found) found = { entry: e, code: c.code };
  }
  return found;
}
