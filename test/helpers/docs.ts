import { newDoc, type CorefLayer, type DocWith } from '../../src/core/doc.js';
import type { Article } from '../../src/core/types.js';
import type { Tagger } from '../../src/resources/tagger.js';
import { segment } from '../../src/stages/segment/segment.js';

/** Coreference that found nothing: for testing a later stage on its own. */
export const NO_COREF: CorefLayer = { actors: [], actorOfMention: new Map(), mentions: [] };

/** A document segmented by the real tagger (the article's date as given). */
export function segmentedDoc(article: Article | string, tagger: Tagger): DocWith<'tokens' | 'sentences'> {
  const a = typeof article === 'string' ? { id: 't', text: article } : article;
  const seg = segment(a.text, tagger);
  return { ...newDoc(a), tokens: seg.tokens, sentences: seg.sentences };
}

/** A segmented document with no actors: what the quote stage reads when coreference found nothing. */
export function quoteDoc(article: Article | string, tagger: Tagger): DocWith<'tokens' | 'sentences' | 'coref'> {
  return { ...segmentedDoc(article, tagger), coref: NO_COREF };
}
