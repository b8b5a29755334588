import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coded, counted, has } from './event-helpers.js';

// Golden sentences for the precision classes of issue 14, round 4 (what an analyst would not accept as an asserted
// event). Every sentence is made up; none comes from a suite. Each test says in one line why it exists.

// Why: a visit is one-way; the dictionary's complementary "host" code ([042:043]) is no second event (mirrored copies).
test('one-way act: a visit gives no reverse hosting event', () => {
  const evs = coded('The Chilean president visited Peru on Monday.');
  assert.ok(has(evs, /^CHL\w*>PER:042:asserted$/), evs.join(' | '));
  assert.ok(!has(evs, /^PER\w*>CHL/), evs.join(' | '));
});

// Why: a mutual act ([046:046] talks) still gives both directions.
test('mutual act: talks held with another party go both ways', () => {
  const evs = coded('Chilean officials held talks with Peruvian officials on Monday.');
  assert.ok(has(evs, /^CHL\w*>PER\w*:046/) && has(evs, /^PER\w*>CHL\w*:046/), evs.join(' | '));
});

// Why: a compound subject acts on itself only when the act is mutual; offering something is not done to each other.
test('compound subject with a one-way act: no event among its members', () => {
  const evs = coded('Chile, Peru and Bolivia all offered to resettle the refugees.');
  assert.ok(!has(evs, /^(CHL|PER|BOL)>(CHL|PER|BOL):/), evs.join(' | '));
});

// Why: meeting is mutual: a compound subject that met acts on each other.
test('compound subject with a mutual act: both directions', () => {
  const evs = coded('Chile and Peru reached a compromise on Monday.');
  assert.ok(has(evs, /^CHL>PER:0/) && has(evs, /^PER>CHL:0/), evs.join(' | '));
});

// Why: a credit line names reporters and agencies, not parties to an event (bylines and boilerplate).
test('credit line: "X contributed to this report from the United Nations" is no event', () => {
  const evs = coded('Chile criticized Peru on Monday. Anna Ortiz of the Peruvian service contributed to this report from the United Nations.');
  assert.ok(!has(evs, />IGOUNO|IGOUNO>/), evs.join(' | '));
  assert.ok(!has(evs, /:07\d*:/), evs.join(' | '));
});

// Why: an expected visit has not happened: it is not asserted, and it is the visitor's, not the host's (planned acts).
test('expected visit: future, one direction', () => {
  const evs = coded("The Chilean president's expected visit to Peru is aimed at boosting trade.");
  assert.ok(!has(evs, /:asserted$/), evs.join(' | '));
  assert.ok(!has(evs, /^PER\w*>CHL/), evs.join(' | '));
});

// Why: "is due to meet" announces a meeting; the meeting has not taken place (planned acts).
test('"is due to meet": not an asserted meeting', () => {
  const evs = coded('The Chilean president is due to meet the Peruvian president in Lima.');
  assert.ok(!has(evs, /:04[0-6]:asserted$/), evs.join(' | '));
});

// Why: "would" outside reported speech is a supposition, not an act (speculation).
test('"would" in a supposition: not asserted', () => {
  const evs = coded('Such a move would anger Peru and Chile would criticize Peru.');
  assert.ok(!has(counted(evs), /^CHL>PER:11/), evs.join(' | '));
});

// Why: "said it would ..." is a reported future: still counted (an intent, 03x), not dropped as a supposition.
test('"said it would": a reported future stays', () => {
  const evs = coded('Chile said it would send troops to Peru.');
  assert.ok(has(counted(evs), /^CHL\w*>PER\w*:03\d*:/), evs.join(' | '));
});

// Why: what an analyst fears may happen ("the risk of an attack") is not an attack (speculation).
test('"the risk of an attack": not asserted', () => {
  const evs = coded("Analysts warned of the risk of Chile's attack on Peru.");
  assert.ok(!has(counted(evs), /^CHL\w*>PER\w*:19/), evs.join(' | '));
});

// Why: a proposed act has not been done (planned acts).
test('a proposed ban: not asserted', () => {
  const evs = coded("Chile's proposed ban on Peru was discussed on Monday.");
  assert.ok(!has(counted(evs), /^CHL\w*>PER\w*:1[67]/), evs.join(' | '));
});

// Why: a verb coded by itself takes as target an argument of its own phrase; an actor named in another clause is not
// its party (wrong actors).
test('bare verb: an actor of another clause is not its target', () => {
  const evs = coded('Chile helped build a school, giving hope to families that fled Peru.');
  assert.ok(!has(counted(evs), /^CHL\w*>PER/), evs.join(' | '));
});

// Why: two participants of one code on the same words ("he and other officials") are one act; a repeated row doubles it in counts.
test('one act read twice from the same words with the same codes is one event', () => {
  const evs = coded('The Chilean foreign minister and other senior Chilean officials held talks with Peruvian officials on Monday.');
  const forward = evs.filter((e) => /^CHL\w*>PER\w*:046/.test(e));
  assert.equal(forward.length, new Set(forward).size, evs.join(' | '));
  assert.ok(forward.length >= 1, evs.join(' | '));
});
