import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coded, has } from './event-helpers.js';

// Golden sentences for the precision classes of issue 14, round 5 (what an analyst would not accept as an asserted
// event). Every sentence is made up; none comes from a suite. Each test says in one line why it exists.

// Why: a generic verb coded by itself ("reinforced") acts on its own object, not on an actor inside the object's modifiers.
test('bare verb: an actor inside the object\'s modifiers is no target', () => {
  const evs = coded('Chile has reinforced its commitment to refugees fleeing Peru.');
  assert.ok(!has(evs, /^CHL\w*>PER/), evs.join(' | '));
});

// Why: the same bare verb with the party as its own argument is still coded (the gate must not remove true aid).
test('bare verb: a party named by the verb\'s own oblique is its target', () => {
  const evs = coded('Chile donated medicine and tents to Peru on Monday.');
  assert.ok(has(evs, /^CHL\w*>PER\w*:07\d*:asserted$/), evs.join(' | '));
});

// Why: where an agreement is signed is its venue; the capital's country is no party to it.
test('venue: the place where an agreement is signed is no party', () => {
  const evs = coded('The Chilean president signed the trade agreement in Lima.');
  assert.ok(!has(evs, /PER/), evs.join(' | '));
});

// Why: an embassy opened in a capital is relations with that country (054), not a venue.
test('venue: an embassy opened in a capital still names the host country', () => {
  const evs = coded('Peru has opened an embassy in Santiago.');
  assert.ok(has(evs, /^PER>CHL\w*:054:/), evs.join(' | '));
});
