/**
 * Dictionary phrases (PETRARCH/TABARI style: words joined by `_` or spaces, a trailing `_` meaning "this exact word",
 * none meaning "any word starting with this stem") turned into the token keys our tokenizer produces:
 * lower case, hyphens and "'s" split off as their own tokens, inner periods kept ("u.s.").
 */
export interface PhraseKey {
  tokens: string[];
  /** The last token matches any text token that starts with it. */
  stem: boolean;
  /**
   * The words were written with spaces, not underscores ("ITHILEN TELEVISION"): TABARI lets other words of the noun
   * phrase stand between them ("Ithilen state-run television"); underscored words must be adjacent.
   */
  spaced?: boolean;
}

const SIMPLE = /^[a-z0-9]+$/;
const WORD = /'s$|[\p{L}\p{N}][\p{L}\p{N}.'\u2019]*|[^\s\p{L}\p{N}]/gu;

export function phraseTokens(s: string): string[] {
  const out: string[] = [];
  for (const w of s.toLowerCase().split(/[_\s]+/)) {
    if (!w) continue;
    if (SIMPLE.test(w)) { out.push(w); continue; }
    for (const m of w.matchAll(WORD)) {
      let t = m[0].replace(/\u2019/g, "'");
      if (t.length > 2 && t.endsWith("'s")) { out.push(t.slice(0, -2), "'s"); continue; }
      if (t.length > 1 && t.endsWith("'") && !t.includes('.')) t = t.slice(0, -1);
      out.push(t);
    }
  }
  return out;
}

export function parsePhrase(raw: string): PhraseKey | null {
  const s = raw.trim();
  if (!s) return null;
  const stem = !s.endsWith('_');
  const tokens = phraseTokens(s);
  if (!tokens.length) return null;
  // a stem shorter than 3 letters would match far too much: treat it as exact
  const key: PhraseKey = { tokens, stem: stem && tokens[tokens.length - 1]!.length >= 3 && /\p{L}$/u.test(tokens[tokens.length - 1]!) };
  if (/\S\s+\S/.test(s)) key.spaced = true;
  return key;
}

/** Reads a dictionary file's bytes: UTF-8 when valid, else Latin-1 (some PETRARCH files are). */
export function decodeDictionary(buf: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder('latin1').decode(buf);
  }
}

/** Strips a `#` comment and `<!-- -->` comment lines. */
export function stripComment(line: string): string {
  if (/^\s*<!--/.test(line)) return '';
  const i = line.indexOf('#');
  return (i >= 0 ? line.slice(0, i) : line).replace(/\s+$/, '');
}
