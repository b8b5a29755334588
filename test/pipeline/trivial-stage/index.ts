import { defineStage } from '../../../src/core/stage.js';

// The stage's own layer and output field, declared from its folder (module augmentation): nothing else changes.
declare module '../../../src/core/doc.js' {
  interface Layers {
    /** Words (tokens that are not punctuation) per sentence. */
    wordCount: readonly number[];
  }
}
declare module '../../../src/core/types.js' {
  interface CodedArticle {
    wordsPerSentence?: number[];
  }
}

/** A trivial stage: counts the words of each sentence and prints them as `wordsPerSentence`. */
export const wordCountStage = defineStage({
  name: 'word-count',
  folder: 'test/pipeline/trivial-stage',
  requires: ['tokens', 'sentences'],
  assigns: ['wordCount'],
  run: (doc) => ({
    wordCount: doc.sentences.map((s) => {
      let n = 0;
      for (let i = s.firstToken; i < s.endToken; i++) if (doc.tokens[i]!.pos !== 'PUNCT') n++;
      return n;
    }),
  }),
  output: (doc, coded) => ({ ...coded, wordsPerSentence: [...(doc.wordCount ?? [])] }),
});
