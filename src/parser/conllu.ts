/**
 * CoNLL-U reading and writing (https://universaldependencies.org/format.html). A sentence keeps its comment lines,
 * its multiword-token ranges and empty nodes verbatim so that a file can be written back with only the predicted
 * columns changed; the parser works on the syntactic words (integer ids).
 */

export interface ConlluWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

/** A line kept as it is between words: a multiword-token range ("3-4") or an empty node ("5.1"), before word `before`. */
export interface ConlluExtra {
  before: number;
  line: string;
}

export interface ConlluSentence {
  comments: string[];
  words: ConlluWord[];
  extras: ConlluExtra[];
  /** 1-based line of the sentence's first line in its file. */
  line: number;
}

export class ConlluError extends Error {
  constructor(readonly source: string, readonly lineNo: number, message: string) {
    super(`${source}:${lineNo}: ${message}`);
  }
}

/**
 * Parses CoNLL-U text. A malformed line (wrong column count, a non-numeric id or head, ids out of order) is reported
 * through `onError` with its line and the sentence holding it is skipped; without `onError` it throws.
 */
export function parseConllu(text: string, source = 'conllu', onError?: (e: ConlluError) => void): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  const lines = text.split(/\r?\n/);
  let cur: ConlluSentence | null = null;
  let bad: ConlluError | null = null;
  const flush = (): void => {
    if (cur && (cur.words.length || cur.extras.length || bad)) {
      if (bad) { if (onError) onError(bad); else throw bad; }
      else out.push(cur);
    }
    cur = null;
    bad = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const lineNo = i + 1;
    if (raw.trim() === '') { flush(); continue; }
    if (!cur) cur = { comments: [], words: [], extras: [], line: lineNo };
    const s: ConlluSentence = cur;
    if (raw.startsWith('#')) { s.comments.push(raw); continue; }
    if (bad) continue;
    const cols = raw.split('\t');
    if (cols.length !== 10) { bad = new ConlluError(source, lineNo, `expected 10 tab-separated columns, found ${cols.length}`); continue; }
    const id = cols[0]!;
    if (/^\d+-\d+$/.test(id) || /^\d+\.\d+$/.test(id)) { s.extras.push({ before: s.words.length + 1, line: raw }); continue; }
    if (!/^\d+$/.test(id) || Number(id) !== s.words.length + 1) {
      bad = new ConlluError(source, lineNo, `word id ${JSON.stringify(id)} is not ${s.words.length + 1}`);
      continue;
    }
    const headCol = cols[6]!;
    const head = headCol === '_' ? -1 : /^\d+$/.test(headCol) ? Number(headCol) : NaN;
    if (Number.isNaN(head)) { bad = new ConlluError(source, lineNo, `head ${JSON.stringify(headCol)} is not a number`); continue; }
    s.words.push({ id: Number(id), form: cols[1]!, lemma: cols[2]!, upos: cols[3]!, xpos: cols[4]!, feats: cols[5]!, head, deprel: cols[7]!, deps: cols[8]!, misc: cols[9]! });
  }
  flush();
  return out;
}

/** Writes sentences as CoNLL-U (each sentence followed by a blank line). */
export function formatConllu(sentences: ConlluSentence[]): string {
  const parts: string[] = [];
  for (const s of sentences) {
    for (const c of s.comments) parts.push(c);
    let e = 0;
    for (const w of s.words) {
      while (e < s.extras.length && s.extras[e]!.before <= w.id) parts.push(s.extras[e++]!.line);
      parts.push([w.id, w.form, w.lemma, w.upos, w.xpos, w.feats, w.head < 0 ? '_' : w.head, w.deprel, w.deps, w.misc].join('\t'));
    }
    while (e < s.extras.length) parts.push(s.extras[e++]!.line);
    parts.push('');
  }
  return parts.length ? parts.join('\n') + '\n' : '';
}
