import { defineStage } from '../../core/stage.js';
import type { Lexicon } from '../../resources/lexicon.js';
import { findMentions } from './find-mentions.js';

/**
 * Every actor mention: names, agents with their country, role descriptions, unknown names, pronouns; none inside the
 * dateline (the dateline stage's: where the story was filed, a place, never an actor).
 */
export const mentionsStage = defineStage({
  name: 'mentions',
  folder: 'src/stages/mentions',
  requires: ['tokens', 'sentences', 'dateline'],
  assigns: ['mentions'],
  run: (doc, res: { lexicon: Lexicon }) => ({ mentions: findMentions(doc, res.lexicon, doc.dateline?.span ?? null) }),
});
