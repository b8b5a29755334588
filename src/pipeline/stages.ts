import type { AnyStage } from '../core/stage.js';
import type { Resources } from '../resources/resources.js';
import { corefStage } from '../stages/coref/index.js';
import { eventsStage } from '../stages/events/index.js';
import { mentionsStage } from '../stages/mentions/index.js';
import { datelineStage, placesStage } from '../stages/places/index.js';
import { attributionsStage, quotesStage } from '../stages/quotes/index.js';
import { segmentStage } from '../stages/segment/index.js';
import { speakersStage } from '../stages/speakers/index.js';
import { syntaxStage } from '../stages/syntax-parse/index.js';
import { createPipeline, type Pipeline } from './run.js';

/**
 * The stages of `dyad code`, in the order they run. Each names the layers it requires and assigns (src/core/stage.ts);
 * the order is checked once, when this module loads. A new stage is a folder under src/stages/ and one line here
 * (src/pipeline/README.md). The README's design table lists these, in this order (test/pipeline/stages.test.ts).
 */
export const STAGES: readonly AnyStage<Resources>[] = [
  segmentStage,
  datelineStage,
  syntaxStage,
  mentionsStage,
  corefStage,
  quotesStage,
  attributionsStage,
  eventsStage,
  speakersStage,
  placesStage,
];

/** The checked pipeline of `dyad code`. */
export const PIPELINE: Pipeline<Resources> = createPipeline(STAGES);
