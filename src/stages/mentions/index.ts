import { defineStage } from '../../core/stage.js';
import type { Lexicon } from '../../resources/lexicon.js';
import { findMentions } from './find-mentions.js';

/** Every actor mention: names, agents with their country, role descriptions, unknown names, pronouns. */
export const mentionsStage = defineStage({
  name: 'mentions',
  folder: 'src/stages/mentions',
  requires: ['tokens', 'sentences'],
  assigns: ['mentions'],
  run: (doc, res: { lexicon: Lexicon }) => ({ mentions: findMentions(doc, res.lexicon) }),
});
