import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import type WinkEnglishModel from 'wink-eng-lite-web-model';
import { spacesInText, splitLongRuns } from './long-runs.js';
import { compiledWinkCore } from './wink-core-cache.js';

/** The raw output of the tokenizer/tagger for one text: parallel arrays, one entry per wink token. */
export interface TaggedText {
  values: string[];
  spaces: string[];
  pos: string[];
  lemmas: string[];
  /** Sentences as half-open ranges [first, end) of the indices into `values` (wink tokens, white space included). */
  sentences: Array<[first: number, end: number]>;
}

export interface Tagger {
  tag(text: string): TaggedText;
}

/**
 * wink's English model, required when a tagger is first made, not when this module loads: `dyad ingest --workers N`
 * codes in worker threads and its main thread never reads it (~100 ms of JSON parsing at start-up; docs/speed.md).
 */
const requireHere = createRequire(import.meta.url);
let model: typeof WinkEnglishModel | undefined;
export const winkEnglishModel = (): typeof WinkEnglishModel => (model ??= requireHere('wink-eng-lite-web-model') as typeof WinkEnglishModel);

/**
 * wink's English model with its core (lexicon, lexemes, features) read from the build's compiled copy when there is a
 * current one (src/resources/wink-core-cache.ts: no 3 MB of JSON parsed), else as wink reads it.
 */
function taggerModel(): typeof WinkEnglishModel {
  const m = winkEnglishModel();
  const own = m as unknown as { core(): unknown };
  return { ...m, core: () => compiledWinkCore() ?? own.core() } as typeof WinkEnglishModel;
}

/** wink-nlp with its English lite model: tokens, sentence boundaries, POS and lemmas (negation is read by the event coder itself). */
export function loadTagger(): Tagger {
  const nlp = winkNLP(taggerModel(), ['sbd', 'pos']);
  const its = nlp.its;
  const cache = lexiconCache(nlp);
  return {
    tag(text: string): TaggedText {
      // every text is read against the same lexicon: what wink learns of new words is rolled back afterwards
      const mark = cache.mark();
      try {
        return read(text);
      } finally {
        cache.rollback(mark);
      }
    },
  };

  function read(text: string): TaggedText {
    const doc = nlp.readDoc(splitLongRuns(text));
    const toks = doc.tokens();
    const sentences: Array<[first: number, end: number]> = [];
    doc.sentences().each((s: { out(f: unknown): unknown }) => {
      // wink gives [first, last], both inclusive
      const sp = s.out(its.span) as unknown as [number, number];
      sentences.push([sp[0], sp[1] + 1]);
    });
    const values = toks.out() as string[];
    return {
      values,
      spaces: spacesInText(text, values, toks.out(its.precedingSpaces) as string[]),
      pos: toks.out(its.pos) as string[],
      lemmas: toks.out(its.lemma as unknown as typeof its.value) as string[],
      sentences,
    };
  }
}

/** wink's lexicon cache with the mark/rollback that patches/wink-nlp+*.patch adds. */
interface LexiconCache {
  mark(): unknown;
  rollback(mark: unknown): void;
}

/** The cache through the accessor patches/wink-nlp+*.patch adds (wink keeps it private). */
export function lexiconCache(nlp: ReturnType<typeof winkNLP>): LexiconCache {
  const get = (nlp as unknown as { lexiconCache?: () => Partial<LexiconCache> }).lexiconCache;
  const c = typeof get === 'function' ? get() : null;
  if (!c || typeof c.mark !== 'function' || typeof c.rollback !== 'function') {
    throw new Error('wink-nlp is not patched (patches/wink-nlp+*.patch): run npm ci, which applies it');
  }
  return c as LexiconCache;
}
