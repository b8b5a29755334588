import type { CodedEvent, Quote } from '../../core/types.js';
import { defineStage } from '../../core/stage.js';
import { attributeQuotes } from './attribute-quotes.js';

/** Statements presented as said, written or published, with cue, content and speaker: the quotes events read. */
export const quotesStage = defineStage({
  name: 'quotes',
  folder: 'src/stages/quotes',
  requires: ['tokens', 'sentences', 'coref'],
  assigns: ['statements'],
  run: (doc) => ({ statements: attributeQuotes(doc) }),
});

/**
 * With `--attributions all`: every attribution, speech or not (beliefs, intentions, evaluations, evidence), each with
 * its kind. The output then shows these instead of the statements, and an event's quote id points at the same
 * statement in this longer list.
 */
export const attributionsStage = defineStage({
  name: 'attributions',
  folder: 'src/stages/quotes',
  requires: ['tokens', 'sentences', 'coref', 'statements'],
  assigns: ['attributions'],
  when: (opts) => opts.attributions === 'all',
  run: (doc) => ({ attributions: attributeQuotes(doc, { attributions: 'all' }) }),
  output: (doc, coded) => {
    const all = doc.attributions;
    if (!all || !doc.statements) return coded;
    return { ...coded, quotes: [...all], events: pointAtAttributions(coded.events, doc.statements, all) };
  },
});

/**
 * Events' quote ids (of the statements) turned into the ids of the same statements (same content) among every
 * attribution; an event whose statement is not among them loses its quote id. New events; the input is not changed.
 */
function pointAtAttributions(events: readonly CodedEvent[], statements: readonly Quote[], all: readonly Quote[]): CodedEvent[] {
  const idOf = new Map(all.map((q) => [`${q.content.start}:${q.content.end}`, q.id]));
  const newId = new Map(statements.map((q) => [q.id, idOf.get(`${q.content.start}:${q.content.end}`)]));
  return events.map((e) => {
    if (e.quote === undefined) return e;
    const id = newId.get(e.quote);
    if (id) return { ...e, quote: id };
    const { quote: _dropped, ...rest } = e;
    return rest;
  });
}
