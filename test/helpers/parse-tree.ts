import { parseConllu } from '../../src/parser/conllu.js';
import { Syntax } from '../../src/parser/syntax.js';

/** A hand-written dependency tree, as the Syntax API reads it, with ways to name its words. */
export interface HandTree {
  readonly syn: Syntax;
  readonly forms: readonly string[];
  /** Each word's UPOS tag ("_" where the row gives none). */
  readonly upos: string[];
  /** The index of the `nth` word (from 0) written `form`; throws when there is none. */
  at(form: string, nth?: number): number;
  /** The words at these indices, joined by spaces. */
  names(words: readonly number[]): string;
}

/**
 * A tree from rows "FORM HEAD REL [UPOS]", one word a line (UD English conventions; HEAD counts from 1, 0 is the
 * root), read through the CoNLL-U reader the parser's own output goes through: a rule is then tested on the
 * construction it names, not on what one model makes of a sentence.
 */
export function handTree(rows: string): HandTree {
  const cols = rows.trim().split('\n').map((l) => l.trim().split(/\s+/));
  const lines = cols.map(([form, head, rel, upos], i) => [i + 1, form, '_', upos ?? '_', '_', '_', head, rel, '_', '_'].join('\t'));
  const [s] = parseConllu(lines.join('\n') + '\n');
  const forms = s!.words.map((w) => w.form);
  const syn = new Syntax({ heads: s!.words.map((w) => w.head), deprels: s!.words.map((w) => w.deprel) }, forms);
  return {
    syn, forms, upos: cols.map((c) => c[3] ?? '_'),
    at: (form, nth = 0) => {
      const i = forms.reduce<number[]>((found, x, k) => (x === form ? [...found, k] : found), [])[nth];
      if (i === undefined) throw new Error(`no word "${form}" (${nth + 1}) in the tree: ${forms.join(' ')}`);
      return i;
    },
    names: (words) => words.map((i) => forms[i]).join(' '),
  };
}
