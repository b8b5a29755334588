import path from 'node:path';
import type { SentenceSyntax, UdRelation } from '../core/doc.js';
import { DyadError } from '../core/errors.js';
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

/** `file`: a model of one's own (`--parser-model`; `npm run train:parser -- --out FILE`), else the committed one. */
export function lazyParser(file?: string): ParserResource {
  let p: Parser | undefined;
  return {
    source: `parser:${file ? path.basename(file, '.bin') : 'parser-ewt'}`,
    parse(forms) {
      p ??= file ? loadParser(file) : loadParser();
      const r = p.parse(forms);
      const head = new Int32Array(forms.length);
      for (let i = 0; i < forms.length; i++) head[i] = r.heads[i]! - 1;
      return { head, deprel: r.deprels as UdRelation[], upos: r.upos as Pos[] };
    },
  };
}

/**
 * Reads a user's parser model now (it is then kept for the run), so that a missing or damaged file is one error naming
 * it before anything is coded or stored, rather than a failure at the first sentence.
 */
export function checkParserModel(file: string): void {
  try {
    loadParser(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const msg = err.message.split('\n')[0]!.replace(`${file}: `, '');
    const why = err.code === 'ENOENT' ? 'no such file'
      : err.code === 'EISDIR' ? 'a folder, not a file'
        : err.code ? msg
          : `${/not a dyad parser model/.test(msg) ? msg : `a damaged dyad parser model (${msg})`}; npm run train:parser -- --out FILE writes one`;
    throw new DyadError('E_PARSER_MODEL', `cannot use --parser-model ${file}: ${why}`);
  }
}

/** The `Syntax` reader (subjects, agents, objects, obliques, conjuncts, ...) of one sentence's parse. */
export function syntaxOf(s: SentenceSyntax, forms: readonly string[]): Syntax {
  const heads = new Int32Array(forms.length);
  for (let i = 0; i < forms.length; i++) heads[i] = s.head[i]! + 1;
  return new Syntax({ heads, deprels: s.deprel, upos: s.upos }, forms);
}
