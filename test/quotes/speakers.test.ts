import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadResources } from '../../src/resources/resources.js';
import { codeArticle } from '../../src/pipeline/code-article.js';

// Speakers resolved to actors through the real pipeline (mentions, coreference, quotes): the speaker span
// is found in the text and mapped to the actor of the mention that overlaps it. Made-up sentences.

const res = loadResources();

/** "content -> actor name (speaker span)" for every quote of the text. */
function speakers(text: string): string[] {
  const out = codeArticle({ id: 't', text }, res);
  const names = new Map(out.actors.map((a) => [a.id, a.name]));
  return out.quotes.map((q) => `${text.slice(q.content.start, q.content.end)} -> ${q.speaker === null ? 'null' : names.get(q.speaker)} (${q.speakerSpan ? text.slice(q.speakerSpan.start, q.speakerSpan.end) : ''})`);
}

test('a pronoun speaker ("he added") points at the person coreference links it to', () => {
  const got = speakers('Japanese Prime Minister Fumio Kishida met the Indian defence minister in Tokyo on Monday. "Our navies will train together," Kishida said. "The sea lanes must stay open," he added.');
  assert.deepEqual(got, ['Our navies will train together -> Fumio Kishida (Kishida)', 'The sea lanes must stay open -> Fumio Kishida (he)']);
});

test('a group or institution as speaker resolves to its country actor', () => {
  const got = speakers('The Australian authorities accuse Beijing of flying drones over the reef.');
  assert.deepEqual(got, ['flying drones over the reef -> Australia (The Australian authorities)']);
});

test('"a spokesperson for the ministry" speaks for the coded actor in its prepositional phrase', () => {
  const text = 'A spokesperson for the Indian foreign ministry said the visit was a success.';
  const out = codeArticle({ id: 't', text }, res);
  assert.equal(out.quotes.length, 1);
  const q = out.quotes[0]!;
  assert.equal(text.slice(q.speakerSpan!.start, q.speakerSpan!.end), 'A spokesperson for the Indian foreign ministry');
  const actor = out.actors.find((a) => a.id === q.speaker);
  assert.ok(actor && actor.code.startsWith('IND'), `speaker coded ${actor?.code}`);
});

test('a speaker with no actor mention stays null, with its span kept', () => {
  const got = speakers('"It was chaos," one resident said.');
  assert.deepEqual(got, ['It was chaos -> null (one resident)']);
});

test('a floating quotation inherits the actor of the statement before it', () => {
  const got = speakers('Fumio Kishida spoke in Osaka. "Trade is a bridge," he said. He smiled. "Tariffs only burn that bridge."');
  assert.deepEqual(got, ['Trade is a bridge -> Fumio Kishida (he)', 'Tariffs only burn that bridge. -> Fumio Kishida (he)']);
});
