import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATE, eventsOf } from './event-helpers.js';

// Golden sentences for issue 14, round 6 (short round): acts only attempted, expected or proposed, and nominal events
// dated like verbal ones. Every sentence is made up; none comes from a suite. Each test says in one line why it exists.

interface Ev { pair: string; cameo: string; modality: string; date: string | undefined }
function coded(text: string): Ev[] {
  return eventsOf(text).map((e) => ({ pair: `${e.sourceCode}>${e.targetCode}`, cameo: e.cameo, modality: e.modality, date: e.date }));
}
const show = (evs: Ev[]): string => evs.map((e) => `${e.pair}:${e.cameo}:${e.modality}:${e.date}`).join(' | ');
const assertedOn = (evs: Ev[], re: RegExp): boolean => evs.some((e) => re.test(e.pair) && (e.modality === 'asserted' || e.modality === 'future'));

// Why: "were supposed to sign" states what was expected, not a signing that happened.
test('attempt: "were supposed to sign a trade agreement" is not asserted', () => {
  const evs = coded('Chile and Peru were supposed to sign a trade agreement last week.');
  assert.ok(evs.length > 0 && !assertedOn(evs, /^(CHL|PER)\w*>(CHL|PER)/), show(evs));
});

// Why: "tried to establish a dialogue" is an attempt, not an asserted completed act.
test('attempt: "tried to establish a dialogue with" is not asserted', () => {
  const evs = coded('Chile tried to establish a dialogue with Peru.');
  assert.ok(!assertedOn(evs, /^CHL\w*>PER/), show(evs));
});

// Why: the same verb without the attempt stays asserted (the gate must not remove real acts).
test('attempt: "established a dialogue with" stays asserted', () => {
  const evs = coded('Chile established a dialogue with Peru.');
  assert.ok(assertedOn(evs, /^CHL\w*>PER/), show(evs));
});

// Why: a gerund that names what a plan is for ("a plan for supporting X") is proposed, not done.
test('proposal: "a plan for supporting Peru" is not an asserted support', () => {
  const evs = coded('The Chilean president proposed a plan for arming Bolivia and supporting Peru.');
  assert.ok(!evs.some((e) => /^CHL\w*>PER/.test(e.pair) && e.cameo.startsWith('05') && e.modality === 'asserted'), show(evs));
});

// Why: a year that modifies an event noun ("the 2019 invasion") dates it, so the act is historical.
test('nominal date: "Peru\'s 2019 invasion of Bolivia" is historical', () => {
  const evs = coded("Peru's 2019 invasion of Bolivia left thousands dead.");
  const e = evs.find((x) => /^PER\w*>BOL/.test(x.pair));
  assert.ok(e && e.modality === 'historical' && e.date === '2019-07-01', show(evs));
});

// Why: a year phrase after the event noun dates it as it dates a verb ("attack on X in 2019").
test('nominal date: "attack on Bolivia in 2019" is historical', () => {
  const evs = coded("Chile said Peru's attack on Bolivia in 2019 was illegal.");
  const e = evs.find((x) => /^PER\w*>BOL/.test(x.pair));
  assert.ok(e && e.modality === 'historical', show(evs));
});

// Why: an undated nominal event keeps the article date and stays asserted.
test('nominal date: an undated attack stays asserted', () => {
  const evs = coded("Peru's attack on Bolivia killed ten people.");
  const e = evs.find((x) => /^PER\w*>BOL/.test(x.pair));
  assert.ok(e && e.modality === 'asserted' && e.date === DATE, show(evs));
});
