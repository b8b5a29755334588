import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coded, codedWithRules, has } from './event-helpers.js';

// Golden sentences for issue 14, round 7 (recall and the lexicon). Every sentence is made up; none comes from a suite.
// Each test says in one line why it exists.

// Why: CAMEO 173 is "arrest, detain, or charge with legal action"; CAMEO.2.0's ISSUE read an arrest warrant as a demand (100).
test('lexicon: an arrest warrant issued for a party charges it (173), not a demand', () => {
  const evs = coded('Chile issued an arrest warrant for Bolivian President Luis Arce.');
  assert.ok(has(evs, /^CHL\w*>BOL\w*:173:asserted$/), evs.join(' | '));
  assert.ok(!has(evs, /:100:/), evs.join(' | '));
});

// Why: a call made to a party to discuss something is a telephone consultation (041); the bare CALL reading stays dropped.
test('lexicon: calling a leader to discuss is a discussion by telephone (041)', () => {
  const evs = coded('President Lula called Argentine President Milei on Sunday to discuss trade.');
  assert.ok(has(evs, /^BRA\w*>ARG\w*:041:asserted$/), evs.join(' | '));
});

// Why: calling someone to express support is the endorsement (051), the purpose the call carries.
test('lexicon: calling a leader to express support is an endorsement (051)', () => {
  const evs = coded("The Chilean president called Peru's president to express his support after the floods.");
  assert.ok(has(evs, /^CHL\w*>PER\w*:051:asserted$/), evs.join(' | '));
});

// Why: "called on X to discuss" is an appeal (020), not a phone call: the call's object must follow the verb directly.
test('lexicon: calling on a party to discuss stays an appeal', () => {
  const evs = coded('Chile called on Peru to discuss the border.');
  assert.ok(!has(evs, /:041:/), evs.join(' | '));
});

// Why: joint exercises are one act of both parties, so coordinated subjects hold them with each other (062 both ways).
test('lexicon: coordinated subjects holding joint exercises cooperate militarily with each other', () => {
  const evs = coded('Tanzania and Uganda held joint military exercises near the border.');
  assert.ok(has(evs, /^TZA\w*>UGA\w*:062:asserted$/) && has(evs, /^UGA\w*>TZA\w*:062:asserted$/), evs.join(' | '));
});

// Why: "cooperation between X and Y" is a mutual act written as a noun (060).
test('nominal: cooperation between two countries is material cooperation both ways', () => {
  const evs = coded('Cooperation between Chile and Bolivia on border security was strengthened.');
  assert.ok(has(evs, /^CHL\w*>BOL\w*:060:asserted$/) && has(evs, /^BOL\w*>CHL\w*:060:asserted$/), evs.join(' | '));
});

// Why: a suspension of aid is "reduce or stop material aid" (162); the recipient is the aid noun's own "to" argument.
test('nominal: an announced suspension of aid to a country is a cut in aid (162)', () => {
  const evs = codedWithRules('Norway announced a suspension of aid to Malawi.');
  assert.ok(has(evs, /^NOR\w*>MWI\w*:162:asserted dyad:noun-object<announce\+suspension:162>$/), evs.join(' | '));
});

// Why: the parser may hang "with X" on the verb's place phrase; the partner of talks is still X, not the venue.
test('parse: talks held in a city with a party are with that party, not the city', () => {
  const evs = coded('Chile held separate talks in Lima with Bolivia.');
  assert.ok(has(evs, /^CHL\w*>BOL\w*:046:asserted$/), evs.join(' | '));
  assert.ok(!has(evs, /^CHL\w*>PER/), evs.join(' | '));
});

// Why: a pronoun subject of a reported clause ("said it launched") is the reporter; force on an uncoded target is on the country it is in.
test('nominal: "X said it launched airstrikes on camps in Y" codes X on Y', () => {
  const evs = coded('The Chilean navy said on Friday that it launched airstrikes on rebel camps in Peru.');
  assert.ok(has(evs, /^CHL\w*>PER\w*:195:asserted$/), evs.join(' | '));
});

// Why: the country where the force is used is no target when it is the attacker's own country.
test('nominal: airstrikes on hideouts in the attacker\'s own country name no other party', () => {
  const evs = coded('The Chilean air force launched airstrikes on hideouts in Chile.');
  assert.ok(!has(evs, /^CHL\w*>CHL:19/), evs.join(' | '));
});

// Why: troops leaving a country withdraw from it (0874), not a departure coded as travel.
test('lexicon: troops leaving a country withdraw militarily (0874)', () => {
  const evs = coded('Chilean troops have left Bolivia.');
  assert.ok(has(evs, /^CHL\w*>BOL\w*:0874:asserted$/), evs.join(' | '));
});

// Why: tariffs reduced or lifted ease an economic sanction (085), the reverse of tariffs imposed (163).
test('lexicon: tariffs reduced on a country\'s goods ease a sanction (085)', () => {
  const evs = coded("Chile reduced tariffs on Peru's exports.");
  assert.ok(has(evs, /^CHL\w*>PER\w*:085:asserted$/), evs.join(' | '));
});

// Why: diplomatic ties upgraded are diplomatic cooperation by both parties (050).
test('lexicon: two countries upgrading diplomatic ties cooperate diplomatically both ways', () => {
  const evs = coded('Chile and Peru are upgrading diplomatic ties.');
  assert.ok(has(evs, /^CHL\w*>PER\w*:050:asserted$/) && has(evs, /^PER\w*>CHL\w*:050:asserted$/), evs.join(' | '));
});

// Why: fighting a disease is no use of force against the country whose epidemic it is.
test('lexicon: combating a country\'s epidemic is no fight with it', () => {
  const evs = coded("Chile is combating Peru's cholera epidemic.");
  assert.ok(!has(evs, /:19\d*:/), evs.join(' | '));
});

// Why: a mediation effort launched is mediation (045), not an appeal (020).
test('lexicon: launching a mediation effort between parties is mediation (045)', () => {
  const evs = coded('Chile launched a mediation effort to resolve the rift between Peru and Bolivia.');
  assert.ok(has(evs, /^CHL\w*>PER\w*:045:asserted$/), evs.join(' | '));
  assert.ok(!has(evs, /:020:/), evs.join(' | '));
});

// Why: "with X" read by the parser as an absolute clause ("with X in a phone call") still names the partner of a discussion.
test('parse: discussing a topic with a leader in a phone call is with the leader', () => {
  const evs = coded('Later on Thursday, Erdogan discussed Libya with Chilean President Gabriel Boric in a phone call.');
  assert.ok(has(evs, /^TUR\w*>CHL\w*:046:asserted$/), evs.join(' | '));
  assert.ok(!has(evs, />LBY/), evs.join(' | '));
});

// Why: a relation noun with a possessor is mostly a topic ("Japan's cooperation with India will develop slowly"), not an act.
test('nominal: cooperation with a possessor alone is no event', () => {
  const evs = coded("Chile's security cooperation with Peru will likely develop slowly.");
  assert.ok(!has(evs, /:060:(asserted|future)$/), evs.join(' | '));
});

// Why: a noun event that is the subject of a modal verb is scoped by it ("could resume" is possible, not done).
test('nominal: cooperation between two countries that could resume is not asserted', () => {
  const evs = coded('Lawmakers expressed hope that economic cooperation between Chile and Peru could resume.');
  assert.ok(!has(evs, /:060:(asserted|future)$/), evs.join(' | '));
});
