import winkNLP from 'wink-nlp';
import { splitLongRuns } from './long-runs.js';
import { lexiconCache, winkEnglishModel } from './tagger.js';

/** Tone of a text from wink-nlp's sentiment lexicon (AFINN-style word and emoji polarities, with negation). */
export type Tone = (text: string) => number;

/**
 * GDELT's AvgTone for one document, from wink-nlp's maintained sentiment lexicon on the English model dyad already
 * ships: wink's document sentiment (-1 .. +1) times 10, so it reads on GDELT's usual -10 .. +10 scale (GDELT's own
 * tone is the percentage of positive minus negative words; the two agree in sign, not in value). Two decimals.
 * A separate wink instance (sbd, negation, sentiment only), made on first use, so the tagger's pipe is unchanged.
 */
export function loadTone(): Tone {
  let nlp: ReturnType<typeof winkNLP> | null = null;
  let cache: ReturnType<typeof lexiconCache> | null = null;
  return (text: string): number => {
    nlp ??= winkNLP(winkEnglishModel(), ['sbd', 'negation', 'sentiment']);
    cache ??= lexiconCache(nlp);
    // what wink learns of new words is rolled back, as for the tagger: the tone of a text never depends on earlier texts
    const mark = cache.mark();
    try {
      // over-long space-free runs in pieces, as for the tagger (long-runs.ts): wink's cost per run is quadratic
      const s = nlp.readDoc(splitLongRuns(text)).out(nlp.its.sentiment) as unknown as number;
      return Math.round(s * 1000) / 100;
    } finally {
      cache.rollback(mark);
    }
  };
}
