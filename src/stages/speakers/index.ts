import { defineStage } from '../../core/stage.js';
import { speakerActors } from './speaker-actors.js';

/**
 * Speakers named by a description no coded actor stands behind get an actor of their own. Runs after events (events
 * read only the speakers coreference resolved), on the quotes the output shows: every attribution when there are
 * any, else the statements.
 */
export const speakersStage = defineStage({
  name: 'speakers',
  folder: 'src/stages/speakers',
  requires: ['coref', 'statements'],
  reads: ['attributions'],
  assigns: ['speakers'],
  run: (doc) => ({ speakers: speakerActors(doc.text, doc.coref.actors, doc.attributions ?? doc.statements) }),
  // the new actors after coreference's; each quote they speak names them
  output: (doc, coded) => {
    const s = doc.speakers;
    if (!s || (!s.actors.length && !s.speakerOf.size)) return coded;
    return { ...coded, actors: [...coded.actors, ...s.actors],
      quotes: coded.quotes.map((q) => { const a = s.speakerOf.get(q.id); return a ? { ...q, speaker: a } : q; }) };
  },
});
