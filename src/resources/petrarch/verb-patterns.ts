/**
 * One verb pattern line of a PETRARCH / TABARI verb dictionary, e.g.
 *   `- $ * + (OF &CRIME) [1121]`, `- SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS [111]`, `- * {STRONG SUPPORT} [032]`.
 *
 * `*` is the verb; words before it are matched backwards from the verb, words after it forwards.
 * `$` marks the source, `+` the target, `%` a compound (reciprocal) actor, `^` skips one noun phrase.
 * Words joined by `_` must be consecutive; a space lets other words come between. `{...}` (a noun phrase)
 * and `(...)` (a prepositional phrase) group words that must stay close together. `&NAME` is a synset.
 */
export type AtomKind = 'word' | 'syn' | 'source' | 'target' | 'compound' | 'skip';

export interface PatAtom {
  kind: AtomKind;
  /** Lower-case word, or synset name with its "&" (upper case). */
  value: string;
  /** Must immediately follow the previous atom (in matching order) with no word between. */
  tight: boolean;
  /** 0 at top level; otherwise the id of the `{...}` / `(...)` group the atom belongs to. */
  group: number;
  /** The atom is inside a `(...)` prepositional-phrase group. */
  pp: boolean;
}

export interface VerbPattern {
  block: string;
  /** Atoms before the verb, nearest to the verb first. */
  pre: PatAtom[];
  /** Atoms after the verb, in order. */
  post: PatAtom[];
  /** Code of the event source -> target; null for the null code `---`. */
  code: string | null;
  /** Code of the reverse event target -> source (`[042:043]`), null when none. */
  reverse: string | null;
  /** The pattern as written (for rule ids). */
  text: string;
  /** Number of word and synset atoms: more specific patterns win. */
  weight: number;
  /** The literal words the pattern needs (a quick test before matching). */
  required: string[];
}

const ATOM_OF: Record<string, AtomKind> = { $: 'source', '+': 'target', '%': 'compound', '^': 'skip' };

/** Parses the text after the leading "-" of a pattern line. Returns an error message on bad input. */
export function parsePattern(body: string, block: string, text: string): VerbPattern | string {
  let s = body;
  const h = s.indexOf('#');
  if (h >= 0) s = s.slice(0, h);
  const sc = s.indexOf(';');
  if (sc >= 0) s = s.slice(0, sc);
  const cm = /\[([^\]]*)\]\s*$/.exec(s.trim());
  if (!cm) return 'pattern without [code]';
  const codeText = cm[1]!.trim();
  s = s.trim().slice(0, cm.index).trim();
  const [fwd, rev] = codeText.split(':');
  const norm = (c: string | undefined): string | null => (c === undefined || !c.trim() || /^-+$/.test(c.trim()) ? null : c.trim());
  const code = norm(fwd);
  const reverse = norm(rev);
  s = s.replace(/\*\*/g, '*');
  const star = s.indexOf('*');
  if (star < 0) return 'pattern without the verb marker *';
  const before = s.slice(0, star);
  const after = s.slice(star + 1);
  const verbTightBefore = /_\s*$/.test(before);
  const verbTightAfter = /^_/.test(after);
  let groupId = 0;
  const atomsOf = (part: string): PatAtom[] => {
    const out: PatAtom[] = [];
    let depth = 0;
    let group = 0;
    let pp = false;
    for (const chunk0 of part.trim().split(/\s+/).filter(Boolean)) {
      let chunk = chunk0;
      while (chunk.startsWith('{') || chunk.startsWith('(')) { if (depth++ === 0) { group = ++groupId; pp = chunk[0] === '('; } chunk = chunk.slice(1); }
      let closes = 0;
      while (chunk.endsWith('}') || chunk.endsWith(')')) { closes++; chunk = chunk.slice(0, -1); }
      const pieces = chunk.split('_');
      pieces.forEach((p, i) => {
        if (!p) return;
        const kind: AtomKind = ATOM_OF[p] ?? (p.startsWith('&') ? 'syn' : 'word');
        out.push({ kind, value: kind === 'syn' ? p.toUpperCase().replace(/_+$/, '') : kind === 'word' ? p.toLowerCase() : p, tight: i > 0, group: depth > 0 ? group : 0, pp: depth > 0 && pp });
      });
      depth = Math.max(0, depth - closes);
      if (depth === 0) group = 0;
    }
    return out;
  };
  const preFwd = atomsOf(before);
  const post = atomsOf(after);
  if (verbTightAfter && post[0]) post[0].tight = true;
  // pre atoms are stored nearest-first; tightness then means "immediately before the previous atom"
  const pre: PatAtom[] = [];
  for (let i = preFwd.length - 1; i >= 0; i--) {
    const a = preFwd[i]!;
    const next = preFwd[i + 1];
    pre.push({ ...a, tight: i === preFwd.length - 1 ? verbTightBefore : !!next?.tight });
  }
  const weight = [...pre, ...post].filter((a) => a.kind === 'word' || a.kind === 'syn').length;
  const required = [...new Set([...pre, ...post].filter((a) => a.kind === 'word').map((a) => a.value))];
  return { block, pre, post, code, reverse, text: text.replace(/\s+/g, ' ').replace(/\s*#.*$/, ''), weight, required };
}
