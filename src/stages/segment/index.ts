import { defineStage } from '../../core/stage.js';
import type { Tagger } from '../../resources/tagger.js';
import { segment } from './segment.js';

/** Tokens (offsets, norm, lemma, POS) and sentences (headline, paragraph) of the article text. */
export const segmentStage = defineStage({
  name: 'segment',
  folder: 'src/stages/segment',
  requires: [],
  assigns: ['tokens', 'sentences'],
  run: (doc, res: { tagger: Tagger }) => segment(doc.text, res.tagger),
});
