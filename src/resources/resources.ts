import { loadEventResources, type EventResources } from './petrarch/verbs-load.js';
import { loadTagger, type Tagger } from './tagger.js';

/** Everything the stages read, loaded once at the edge and passed in read-only. */
export interface Resources {
  tagger: Tagger;
  events: EventResources;
}

export interface ResourceOptions {
  /** A directory of PETRARCH/TABARI dictionaries replacing the bundled ones. */
  dictionaries?: string;
}

export function loadResources(opts: ResourceOptions = {}): Resources {
  return { tagger: loadTagger(), events: loadEventResources(opts.dictionaries) };
}
