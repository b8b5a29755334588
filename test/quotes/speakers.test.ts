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

test('a speaker no coded actor stands behind gets an actor of its own for the description (code "")', () => {
  const text = '"It was chaos," one resident said.';
  assert.deepEqual(speakers(text), ['It was chaos -> one resident (one resident)']);
  const out = codeArticle({ id: 't', text }, res);
  const a = out.actors.find((x) => x.id === out.quotes[0]!.speaker)!;
  assert.equal(a.code, '');
  assert.equal(a.kind, 'person');
  assert.deepEqual(a.mentions, [out.quotes[0]!.speakerSpan]);
});

// PolNeAR gives many sources as descriptions with no coded actor ("the poll", "aides"): the quote names them
test('description speakers of the same words share one actor; a plural one is a group', () => {
  const text = 'Aides said the rally would be moved. Later, aides said it had been cancelled.';
  const out = codeArticle({ id: 't', text }, res);
  assert.equal(out.quotes.length, 2);
  assert.ok(out.quotes[0]!.speaker !== null);
  assert.equal(out.quotes[0]!.speaker, out.quotes[1]!.speaker);
  const a = out.actors.find((x) => x.id === out.quotes[0]!.speaker)!;
  assert.equal(a.kind, 'group');
  assert.equal(a.mentions.length, 2);
});

// PolNeAR's source of "Clinton, who said ..." is the relative pronoun: the speaker's actor must have it as a mention
test('"X, who said ...": the speaker is X\'s actor, and the relative pronoun is one of its mentions', () => {
  const text = 'Fumio Kishida met the press in Osaka. Kishida, who spoke after the talks, said the sea lanes must stay open.';
  const out = codeArticle({ id: 't', text }, res);
  const q = out.quotes.find((x) => text.slice(x.content.start, x.content.end).startsWith('the sea lanes'))!;
  const a = out.actors.find((x) => x.id === q.speaker)!;
  assert.equal(a.name, 'Fumio Kishida');
  const who = text.indexOf('who');
  assert.ok(a.mentions.some((m) => m.start === who && m.end === who + 3), 'the "who" is a mention of the speaker');
});

test('an unknown phrase before "who" gets an actor named by that phrase; "said that" is no relative pronoun', () => {
  const text = 'A Texas real estate developer, who asked not to be named, said that the deal was dead.';
  const out = codeArticle({ id: 't', text }, res);
  const q = out.quotes.find((x) => text.slice(x.content.start, x.content.end).startsWith('the deal'))!;
  const a = out.actors.find((x) => x.id === q.speaker)!;
  assert.equal(a.name, 'A Texas real estate developer');
  assert.equal(a.kind, 'person');
  const that = text.indexOf('that');
  assert.ok(!out.actors.some((x) => x.mentions.some((m) => m.start === that)), '"that" after "said" is not a mention');
});

test('a floating quotation inherits the actor of the statement before it', () => {
  const got = speakers('Fumio Kishida spoke in Osaka. "Trade is a bridge," he said. He smiled. "Tariffs only burn that bridge."');
  assert.deepEqual(got, ['Trade is a bridge -> Fumio Kishida (he)', 'Tariffs only burn that bridge. -> Fumio Kishida (he)']);
});

// An unresolved pronoun is not turned into an actor of its own: that would split the chain it belongs to
test('a pronoun speaker coreference could not resolve stays null, with its span kept', () => {
  assert.deepEqual(speakers('"It was chaos," he said.'), ['It was chaos -> null (he)']);
});
