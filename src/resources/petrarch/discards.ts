/**
 * A PETRARCH discard list: phrases that stop a sentence (plain) or a whole story (`+` prefix) from
 * being coded, e.g. sports results ("BASEBALL") and natural disasters ("+TYPHOON").
 */
export interface DiscardList {
  name: string;
  /** Lower-case phrases as word lists. */
  sentence: string[][];
  story: string[][];
  /** First word -> phrases starting with it, for one pass over the tokens. */
  sentenceIndex: Map<string, string[][]>;
  storyIndex: Map<string, string[][]>;
}

const indexOf = (phrases: string[][]): Map<string, string[][]> => {
  const m = new Map<string, string[][]>();
  for (const p of phrases) { const l = m.get(p[0]!); if (l) l.push(p); else m.set(p[0]!, [p]); }
  return m;
};

/** Does any phrase of `index` occur in `words`? One pass over the words. */
export function containsAny(words: readonly string[], index: ReadonlyMap<string, string[][]>): boolean {
  for (let i = 0; i < words.length; i++) {
    const cands = index.get(words[i]!);
    if (!cands) continue;
    outer: for (const ph of cands) {
      // (bounded: a read past the end of the array makes V8 drop this function's optimised code)
      for (let k = 1; k < ph.length; k++) if (i + k >= words.length || words[i + k] !== ph[k]) continue outer;
      return true;
    }
  }
  return false;
}

/** The first phrase of `index` in `words`: its first word's index and the phrase, or null. */
export function findAny(words: readonly string[], index: ReadonlyMap<string, string[][]>): { at: number; phrase: string[] } | null {
  for (let i = 0; i < words.length; i++) {
    const cands = index.get(words[i]!);
    if (!cands) continue;
    outer: for (const ph of cands) {
      for (let k = 1; k < ph.length; k++) if (i + k >= words.length || words[i + k] !== ph[k]) continue outer;
      return { at: i, phrase: ph };
    }
  }
  return null;
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
  return { name, sentence, story, sentenceIndex: indexOf(sentence), storyIndex: indexOf(story) };
}

/** Index of the first token where `phrase` starts in `words` (lower-case norms), or -1. */
export function findPhrase(words: readonly string[], phrase: readonly string[]): number {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) continue outer;
    return i;
  }
  return -1;
}
