import { defineStage } from '../../core/stage.js';
import type { Lexicon } from '../../resources/lexicon.js';
import { resolveCoreference } from './resolve-coreference.js';

/** One actor per real entity, and which actor each mention stands for. */
export const corefStage = defineStage({
  name: 'coref',
  folder: 'src/stages/coref',
  requires: ['tokens', 'sentences', 'mentions'],
  assigns: ['coref'],
  run: (doc, res: { lexicon: Lexicon }) => ({ coref: resolveCoreference(doc, res.lexicon) }),
});
