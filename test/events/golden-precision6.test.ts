import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coded, eventsOf, has } from './event-helpers.js';

// Golden sentences for the precision classes of issue 14, round 6: verb senses that are no event, possibility and
// evaluation, requested acts, and historical acts dated by a year. Every sentence is made up; none comes from a
// suite. Each test says in one line why it exists.

/** An event a scorer counts (asserted or future) between the two country codes. */
const countedBetween = (evs: string[], src: string, tgt: string): boolean => has(evs, new RegExp(`^${src}\\w*>${tgt}\\w*:\\d+:(asserted|future)$`));

// Why: "call X a Y" names or judges X; it is never an appeal (02x) to X.
test('small clause: "called Peru a threat" is no appeal', () => {
  const evs = coded('The Chilean foreign minister called Peru a threat to the region.');
  assert.ok(!has(evs, /^CHL\w*>PER\w*:02/), evs.join(' | '));
});

// Why: the same verb with "on X to V" is still an appeal (the gate must not remove true appeals).
test('small clause: "called on Peru to release" stays an appeal', () => {
  const evs = coded('The Chilean foreign minister called on Peru to release the fishermen.');
  assert.ok(has(evs, /^CHL\w*>PER\w*:02\d*:asserted$/), evs.join(' | '));
});

// Why: "consider X a Y" is a judgement, not a consultation (040), even where the parse reads two objects.
test('small clause: "considers Peru an enemy" is no consultation', () => {
  const evs = coded('Chile considers Peru an enemy.');
  assert.ok(!has(evs, /:04\d*:/), evs.join(' | '));
});

// Why: "be going to" is a future auxiliary, not a movement (GO TO 040).
test('going to: no movement event', () => {
  const evs = coded('Chile is going to expel the ambassador of Peru.');
  assert.ok(!has(evs, /:04\d*:/), evs.join(' | '));
});

// Why: a wish or a decision coded by itself is no intent to cooperate (030); what it is about is coded from its own verb.
test('mental intent: "decided to lift sanctions" codes the lifting, not 030', () => {
  const evs = coded('Chile has decided to lift sanctions on Peru.');
  assert.ok(!has(evs, /:030:/), evs.join(' | '));
  assert.ok(has(evs, /^CHL>PER:08\d*:/), evs.join(' | '));
});

// Why: "seeks to counter X" states an aim, not an intent to cooperate with X.
test('mental intent: "seeks to counter Peru" is no 030', () => {
  assert.ok(!has(coded('Chile seeks to counter Peru in the region.'), /:030:/));
});

// Why: a negated wish is a refusal and stays one ("does not want to meet").
test('mental intent: "does not want to meet" stays a refusal', () => {
  const evs = coded('The Chilean president does not want to meet with Peru.');
  assert.ok(has(evs, /^CHL\w*>PER\w*:12\d*:asserted$/), evs.join(' | '));
});

// Why: intransitive "decline" is a decrease, not a refusal.
test('decline without an object is no refusal', () => {
  const evs = coded('The population of Chile continues to decline, Peru said.');
  assert.ok(!has(evs, /:12\d*:/), evs.join(' | '));
});

// Why: "served as ambassador" is holding a post, not aid or service to an actor.
test('serve as: holding a post is no event', () => {
  const evs = coded('Juan Perez served as the ambassador of Chile to Peru.');
  assert.ok(!has(evs, /:0[67]\d*:/), evs.join(' | '));
});

// Why: "engage with X" is talking, not fighting (19x).
test('engage without an object is no fight', () => {
  assert.ok(!has(coded('Chile engaged with Peru on trade.'), /:1[89]\d*:/));
});

// Why: an infinitive after an evaluative adjective ("difficult to", "necessary to") is what would be hard, not what was done.
test('evaluative adjective: "it will be very difficult for X to pull Y" is not asserted', () => {
  const evs = coded('It will be very difficult for Chile to pull Peru away from Bolivia.');
  assert.ok(!countedBetween(evs, 'CHL', 'PER'), evs.join(' | '));
});

// Why: "can" states an ability or possibility, not an act.
test('can: "Chile can supply Peru" is not asserted', () => {
  const evs = coded('Chile can supply Peru with arms.');
  assert.ok(!countedBetween(evs, 'CHL', 'PER'), evs.join(' | '));
});

// Why: "cannot accept" is still a refusal (the possibility gate must not hide rejections).
test('can: "cannot accept" stays a rejection', () => {
  const evs = coded('Chile cannot accept the proposal of Peru.');
  assert.ok(has(evs, /^CHL>PER:12\d*:asserted$/), evs.join(' | '));
});

// Why: what an actor asks others to do is not done ("called on nations to establish a pact against Peru").
test('requested: the complement of an appeal is not asserted', () => {
  const evs = coded('Chile called on democratic nations to establish a defense pact against Peru.');
  assert.ok(!has(evs, /^CHL\w*>PER\w*:0[3-9]\d*:(asserted|future)$/), evs.join(' | '));
});

// Why: an act dated by a year before the article's is historical, also when the year opens the sentence.
test('year: "In 2014, Chile seized ..." and "attacked Peru in 2019" are historical', () => {
  assert.ok(has(coded('In 2014, Chile seized fishing boats of Peru.'), /^CHL>PER:\d+:historical$/));
  assert.ok(has(coded('Chile attacked Peru in 2019.'), /^CHL>PER:19\d*:historical$/));
});

// Why: a year after another verb dates that verb, not the main one ("offered to hand over men suspected of bombing a plane in 1988").
test('year: a year in a later verb\'s phrase does not date the main verb', () => {
  const evs = coded('Peru offered to hand over to Chile two men suspected of bombing a plane in 1988.');
  assert.ok(has(evs, /^PER>CHL\w*:03\d*:asserted$/), evs.join(' | '));
});

// Why: a fronted weekday dates the main clause; the comma after it does not cut it off.
test('fronted date: "On Monday, Chile criticized Peru" is dated Monday', () => {
  const ev = eventsOf('On Monday, Chile criticized Peru.').find((e) => e.sourceCode === 'CHL');
  assert.ok(ev && ev.date === '2024-03-04' && ev.dateEvidence, JSON.stringify(ev));
});

// Why: "a way to get X to leave Y" is a means or purpose, not an act.
test('purpose noun: "a way to get Chile to leave Peru" is not asserted', () => {
  const evs = coded('The attack was a way to get Chile to leave Peru.');
  assert.ok(!countedBetween(evs, 'CHL', 'PER'), evs.join(' | '));
});

// Why: "when it comes to" is an idiom, no arrival.
test('"when it comes to X" is no arrival', () => {
  assert.ok(!has(coded('Chile is cautious when it comes to Peru.'), /:04\d*:/));
});

// Why: "suggested that officials had given the orders" is a claim, not an appeal (02x).
test('suggest over a stated fact is no appeal', () => {
  const evs = coded('The lawyer suggested that Chilean officials had given the orders to attack Peru.');
  assert.ok(!has(evs, /:02\d*:/), evs.join(' | '));
});

// Why: a country named only as where the object of a bare verb is ("inspires others in Peru") is a place, not a party.
test('object place: "inspires others in Peru" has no target Peru', () => {
  assert.ok(!has(coded('Chile inspires others in Peru.'), /^CHL>PER/));
});

// Why: a subject determined by "no" negates its clause ("No Chilean official met ..."); the act is not asserted.
test('"no" subject: "No Chilean official met Peru\'s envoy" is negated', () => {
  const evs = coded('No Chilean official met Peru\'s envoy.');
  assert.ok(!countedBetween(evs, 'CHL', 'PER'), evs.join(' | '));
});

// Why: leaving a country or joining a body is no consultation (CAMEO 04 needs two parties meeting).
test('leave / join coded by the bare verb are no consultation', () => {
  assert.ok(!has(coded('The Chilean ambassador left Peru on Monday.'), /:04\d*:/));
  assert.ok(!has(coded('Chile joined the Organization of American States.'), /:04\d*:/));
});

// Why: the modal of a governing verb scopes its open complement ("can continue to supply" is a possibility).
test('can: "Chile can continue to supply Peru" is not asserted', () => {
  const evs = coded('Chile can continue to supply Peru with arms.');
  assert.ok(!countedBetween(evs, 'CHL', 'PER'), evs.join(' | '));
});
