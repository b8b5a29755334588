/**
 * A PETRARCH discard list: phrases that stop a sentence (plain) or a whole story (`+` prefix) from
 * being coded, e.g. sports results ("BASEBALL") and natural disasters ("+TYPHOON").
 */
export interface DiscardList {
  name: string;
  /** Lower-case phrases (words separated by single spaces). */
  sentence: string[][];
  story: string[][];
}

export function parseDiscards(text: string, name: string): DiscardList {
  const sentence: string[][] = [];
  const story: string[][] = [];
  for (const raw of text.split(/\r?\n/)) {
    let s = raw.replace(/<!--.*?-->/g, ' ');
    const h = s.search(/[#;]/);
    if (h >= 0) s = s.slice(0, h);
    s = s.trim();
    if (!s || s.startsWith('<')) continue;
    const isStory = s.startsWith('+');
    const words = s.replace(/^\+/, '').toLowerCase().split(/[\s_]+/).filter(Boolean);
    // the header lines of the file are prose ("Story-level discards are indicated with ...")
    if (!words.length || words.length > 6 || /[.,:]$/.test(s)) continue;
    (isStory ? story : sentence).push(words);
  }
  return { name, sentence, story };
}

/** Index of the first token where `phrase` starts in `words` (lower-case norms), or -1. */
export function findPhrase(words: readonly string[], phrase: readonly string[]): number {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) continue outer;
    return i;
  }
  return -1;
}
