import type { SentenceSyntax, UdRelation } from '../core/doc.js';
import type { Pos } from '../core/types.js';
import { loadParser, type Parser } from '../parser/parser.js';
import { Syntax } from '../parser/syntax.js';

export { Syntax };

/**
 * The dependency parser as a resource: the model (models/parser-ewt.bin) is read the first time a sentence is parsed,
 * not when the resources load, so a run that parses nothing pays nothing; one parser per Resources.
 */
export interface ParserResource {
  /** Parses one sentence's words (as written) with the parser's own tagger. */
  parse(forms: readonly string[]): SentenceSyntax;
  /** Provenance of the parses ("parser:parser-ewt.bin"). */
  readonly source: string;
}

export function lazyParser(path?: string): ParserResource {
  let p: Parser | undefined;
  return {
    source: 'parser:parser-ewt',
    parse(forms) {
      p ??= path ? loadParser(path) : loadParser();
      const r = p.parse(forms);
      const head = new Int32Array(forms.length);
      for (let i = 0; i < forms.length; i++) head[i] = r.heads[i]! - 1;
      return { head, deprel: r.deprels as UdRelation[], upos: r.upos as Pos[] };
    },
  };
}

/** The `Syntax` reader (subjects, agents, objects, obliques, conjuncts, ...) of one sentence's parse. */
export function syntaxOf(s: SentenceSyntax, forms: readonly string[]): Syntax {
  const heads = new Int32Array(forms.length);
  for (let i = 0; i < forms.length; i++) heads[i] = s.head[i]! + 1;
  return new Syntax({ heads, deprels: s.deprel, upos: s.upos }, forms);
}
