import { defineStage } from '../../core/stage.js';
import type { Lexicon } from '../../resources/lexicon.js';
import type { EventResources } from '../../resources/petrarch/verbs-load.js';
import { codeEvents } from './code-events.js';

/** CAMEO/PLOVER events with source, target, modality and date; a quote's speaker speaks for its quoted we/us. */
export const eventsStage = defineStage({
  name: 'events',
  folder: 'src/stages/events',
  requires: ['tokens', 'sentences', 'syntax', 'coref', 'statements'],
  assigns: ['events'],
  run: (doc, res: { events: EventResources; lexicon: Lexicon }) => codeEvents(doc, res),
});
