import { defineStage } from '../../core/stage.js';
import type { Gazetteer } from '../../resources/geo/gazetteer.js';
import type { Lexicon } from '../../resources/lexicon.js';
import { findDateline } from './dateline.js';
import { findPlaces } from './places.js';

/**
 * The dateline ("KYIV, Ukraine (AP) —", "WASHINGTON —"): where the story was filed. Read right after segmentation, so
 * that the mentions stage proposes no actor inside it and the places stage reads it as a place (dateline.ts).
 */
export const datelineStage = defineStage({
  name: 'dateline',
  folder: 'src/stages/places',
  requires: ['tokens', 'sentences'],
  assigns: ['dateline'],
  run: (doc, res: { gazetteer: () => Gazetteer | null; lexicon: Lexicon }) => ({ dateline: findDateline(doc.text, doc, res) }),
});

/**
 * Places (contract 1.1): the place names of the text read against the compiled GeoNames gazetteer, and where each event
 * happened (src/stages/places/README.md). Runs after speakers and reads coreference's actors and mentions (not the
 * speakers' described actors: a described speaker is never a place name), the statements (a quote's named speaker is
 * an actor, never a place) and the events.
 */
export const placesStage = defineStage({
  name: 'places',
  folder: 'src/stages/places',
  requires: ['tokens', 'sentences', 'dateline', 'coref', 'statements', 'events'],
  assigns: ['places'],
  run: (doc, res: { gazetteer: () => Gazetteer | null }) => {
    const g = res.gazetteer();
    // no compiled gazetteer (the loader warned once): the article is coded without places, and says why
    if (!g) return { places: { places: [], eventPlaces: new Map(doc.events.map((e) => [e.id, { place: null, placeRule: 'none:no-gazetteer' }])) } };
    const { places, events } = findPlaces({
      text: doc.text, seg: doc, dateline: doc.dateline, mentions: doc.coref.mentions, actors: doc.coref.actors, actorOfMention: doc.coref.actorOfMention,
      events: doc.events, quotes: doc.statements,
    }, g);
    return { places: { places, eventPlaces: new Map(doc.events.map((e, i) => [e.id, events[i]!])) } };
  },
  // every place after the other lists; each event's place, its rule and its parties' places after its own fields
  output: (doc, coded) => {
    const p = doc.places;
    if (!p) return coded;
    return { ...coded, events: coded.events.map((e) => { const at = p.eventPlaces.get(e.id); return at ? { ...e, ...at } : e; }), places: [...p.places] };
  },
});
