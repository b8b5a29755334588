/**
 * Bounds what one wink "text unit" costs. wink splits text on spaces, then runs its token-type regexes over each
 * space-free run; several of them (the e-mail and URL patterns, `/[a-z].*\.$/i`) try every start position and read
 * to the end of the run, so one long run costs time quadratic in its length (a 200 kB base64 blob: minutes).
 * A run longer than MAX_RUN_CHARS is handed to wink in pieces of MAX_RUN_CHARS, as if a space stood between them;
 * the text and every offset stay as they are. The longest space-free runs in the article texts of the development
 * corpora are under 160 characters (URLs), so news is tagged exactly as before.
 */
export const MAX_RUN_CHARS = 256;

/** The characters wink splits text units on (its `splitter` helper: spaces, no-break and thin spaces, tabs and line breaks). */
const isWinkSpace = (c: number): boolean =>
  c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;

/**
 * The text wink is given: `text` itself when no run is too long (the common case, no copy), otherwise the text with
 * one space inserted after every MAX_RUN_CHARS characters of an over-long run (never between the two halves of a
 * surrogate pair).
 */
export function splitLongRuns(text: string, max = MAX_RUN_CHARS): string {
  let runStart = 0;
  let parts: string[] | null = null;
  let copied = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isWinkSpace(text.charCodeAt(i))) continue;
    if (i - runStart > max) {
      parts ??= [];
      let cut = runStart;
      while (i - cut > max) {
        let next = cut + max;
        const c = text.charCodeAt(next - 1);
        if (c >= 0xd800 && c <= 0xdbff) next--; // keep a surrogate pair together
        parts.push(text.slice(copied, next), ' ');
        copied = next;
        cut = next;
      }
    }
    runStart = i + 1;
  }
  if (!parts) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/**
 * The white space before each token, read off the original text: the tokens are exact pieces of it, in order, with
 * only wink's space characters between them. The spaces inserted by splitLongRuns are not in the text, and wink caps
 * the spaces it counts before a token at 65,534, which would shift every later offset. Where a token is not found
 * where expected, wink's own count is kept.
 */
export function spacesInText(text: string, values: readonly string[], winkSpaces: readonly string[]): string[] {
  const spaces = new Array<string>(values.length);
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let start = pos;
    while (start < text.length && !text.startsWith(v, start) && isWinkSpace(text.charCodeAt(start))) start++;
    if (text.startsWith(v, start)) spaces[i] = text.slice(pos, start);
    else { spaces[i] = winkSpaces[i]!; start = pos + spaces[i]!.length; }
    pos = start + v.length;
  }
  return spaces;
}
