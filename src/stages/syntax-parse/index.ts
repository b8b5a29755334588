import type { SentenceSyntax, SyntaxLayer } from '../../core/doc.js';
import { defineStage } from '../../core/stage.js';
import type { ParserResource } from '../../resources/parser.js';
import { parserWords, toTokens } from './parse-words.js';

/**
 * The `syntax` layer: a labelled UD dependency parse of each sentence over the segment stage's own tokens, from dyad's
 * parser (src/parser, trained on UD English EWT). The parser tags for itself: its tagger scores UPOS 94.7 on EWT dev
 * against wink's 89.1, and parsing with wink's tags forced scores lower (README.md here). Sentences are parsed on first
 * request and kept, so a stage pays only for the sentences it reads.
 */
export const syntaxStage = defineStage({
  name: 'syntax',
  folder: 'src/stages/syntax-parse',
  requires: ['tokens', 'sentences'],
  assigns: ['syntax'],
  run: (doc, res: { parser: ParserResource }) => {
    const { tokens, sentences, text } = doc;
    const cache = new Map<number, SentenceSyntax>();
    const syntax: SyntaxLayer = {
      source: res.parser.source,
      sentence(si) {
        let s = cache.get(si);
        if (!s) {
          const sent = sentences[si];
          if (!sent) throw new RangeError(`syntax: no sentence ${si} (the document has ${sentences.length})`);
          const toks = tokens.slice(sent.firstToken, sent.endToken);
          const { forms, first } = parserWords(text, toks);
          s = toTokens(res.parser.parse(forms), first, toks.length);
          cache.set(si, s);
        }
        return s;
      },
    };
    return { syntax };
  },
});
