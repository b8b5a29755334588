import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coded, eventsOf, has } from './event-helpers.js';

// Golden sentences for issue 14, round 6 (recall and the lexicon's codes by CAMEO's codebook). Every sentence is made
// up; none comes from a suite. Each test says in one line why it exists.

// Why: ORDER shares CAMEO.2.0's OVERSEE_MANAGE block, whose SANCTIONS pattern is monitoring (090); sanctions ordered are imposed (163).
test('lexicon: sanctions ordered on a party are imposed sanctions (163), not an investigation', () => {
  const evs = coded('Chile ordered tough new sanctions on Peru on Monday.');
  assert.ok(has(evs, /^CHL\w*>PER\w*:163:asserted$/), evs.join(' | '));
  assert.ok(!has(evs, /:090:/), evs.join(' | '));
});

// Why: an agreement reached is concluded (057), as CAMEO codes a deal signed, not an intent to cooperate (032).
test('lexicon: an agreement reached with a party is a formal agreement (057)', () => {
  const evs = coded('Chile reached an agreement with Peru on fishing rights.');
  assert.ok(has(evs, /^CHL\w*>PER\w*:057:asserted$/), evs.join(' | '));
  assert.ok(!has(evs, /:032:/), evs.join(' | '));
});

// Why: CAMEO's 115 is "bring lawsuit against"; CAMEO.2.0 read suing as an arrest or charge (173).
test('lexicon: suing a party is a lawsuit (115), not an arrest', () => {
  const evs = coded('Chile sued Peru for damages in an international court.');
  assert.ok(has(evs, /^CHL\w*>PER\w*:115:asserted$/), evs.join(' | '));
  assert.ok(!has(evs, /:173:/), evs.join(' | '));
});

// Why: CAMEO's 191 is "impose blockade"; CAMEO.2.0 listed BLOCKADE with EXCLUDE (170).
test('lexicon: blockading a party is a blockade (191)', () => {
  const evs = coded('Chilean warships blockaded Peru for three weeks.');
  assert.ok(has(evs, /^CHL\w*>PER\w*:191:asserted$/), evs.join(' | '));
});

// Why: the rule table drops the intent reading of "met X at Y" (036); the verb's own code (040) must take over, not nothing.
test('dropped pattern: "met X at a place" falls back to the meeting itself (040)', () => {
  const evs = coded('The Chilean foreign minister met the Peruvian foreign minister at a hotel on Monday.');
  assert.ok(has(evs, /^CHLGOV>PERGOV:040:asserted$/), evs.join(' | '));
  assert.ok(!has(evs, /:036:/), evs.join(' | '));
});

// Why: GRANT's verbs alone ("gave", "granted") were right 0 of 7 times on training news; the block's bare code is dropped.
test('block pool: a bare "granted" with no aid word is no event', () => {
  const evs = coded('Chile granted Peru the use of the old railway line.');
  assert.ok(!has(evs, /^CHL\w*>PER\w*:060:/), evs.join(' | '));
});

// Why: the same block with an object word that names the act still codes it (the drop is only the bare code).
test('block pool: "gave humanitarian aid" is still aid', () => {
  const evs = coded('Chile gave Peru humanitarian aid after the floods.');
  assert.ok(has(evs, /^CHL\w*>PER\w*:07\d*:asserted$/), evs.join(' | '));
});

// Why: a verb with a code of its own in the block (DONATE [070]) is another sense and is not pooled with GRANT's 060.
test('block pool: "donated" keeps its own code', () => {
  const evs = coded('Chile donated medicine and tents to Peru on Monday.');
  assert.ok(has(evs, /^CHL\w*>PER\w*:07\d*:asserted$/), evs.join(' | '));
});

// Why: "conducted operations against" is the use of force (190); CAMEO.2.0's bare CONDUCT is cooperation (060).
test('noun object: military operations conducted against a party are 190, not 060', () => {
  const evs = coded('Chilean troops conducted military operations against Peru last week.');
  assert.ok(has(evs, /^CHL\w*>PER\w*:190:asserted$/), evs.join(' | '));
  assert.ok(!has(evs, /:060:/), evs.join(' | '));
});

// Why: an operation in a place names no target; the noun reads an attack only with "against".
test('noun object: an operation in a place is no noun-object attack on its country', () => {
  const rules = eventsOf('Chilean troops conducted a rescue operation in Peru last week.').map((e) => e.rule);
  assert.ok(!rules.some((r) => r.includes('noun-object<conduct+operation')), rules.join(' | '));
});

// Why: a pattern on the subject only ("- &MILITARY * [154]") says nothing of the object; the bombardment (195) is the act.
test('noun object: an army intensifying its bombardment of a party is 195, not a mobilization', () => {
  const evs = coded('The Chilean army intensified its bombardment of Peru on Thursday.');
  assert.ok(has(evs, /^CHL\w*>PER\w*:195:asserted$/), evs.join(' | '));
  assert.ok(!has(evs, /:154:/), evs.join(' | '));
});

// Why: CAMEO codes a state of emergency 1724 and a curfew 1723 (1721/1722 are political freedoms and party bans).
test('lexicon: emergency rule by CAMEO\'s codes (1724 state of emergency, 1723 curfew, 0814 lifted)', () => {
  assert.ok(has(coded('The government of Chile declared a state of emergency in Chile.'), /^CHLGOV>CHL:1724:asserted$/));
  assert.ok(has(coded('The government of Chile imposed a curfew in Chile.'), /^CHLGOV>CHL:1723:asserted$/));
  assert.ok(has(coded('The government of Chile lifted the state of emergency in Chile.'), /^CHLGOV>CHL:0814:asserted$/));
});

// Why: "took to the streets" is a demonstration; CAMEO.2.0's bare TAKE read it as seizing (171).
test('lexicon: taking to the streets is no seizure', () => {
  const evs = coded('Chilean farmers took to the streets against Peru on Friday.');
  assert.ok(!has(evs, /:171:/), evs.join(' | '));
});

// Why: the parser hangs "against" on a title before a name ("against President X"); the argument still carries it.
test('noun object: charges filed "against President X" reach the named person', () => {
  const evs = coded('Peruvian prosecutors filed new charges against President Gabriel Boric of Chile on Tuesday.');
  assert.ok(has(evs, /^PER\w*>CHL\w*:115:asserted$/), evs.join(' | '));
});

// Why: a dictionary supplement pattern as specific as a CAMEO.2.0 pattern of another block replaces it (the supplement corrects).
test('pattern choice: the supplement wins a tie with CAMEO.2.0 (continued operation against a party is 190, not 1246)', () => {
  const evs = coded('Chile continued its military operation against Peru despite the appeals.');
  assert.ok(!has(evs, /:1246:/), evs.join(' | '));
});

// Why: a name that is also an auxiliary ("Theresa May") is part of the actor, not a modal over the verb.
test('verb group: a name like "May" before the verb is no modal', () => {
  const evs = coded('British Prime Minister Theresa May has held talks with Chilean President Gabriel Boric in London.');
  assert.ok(has(evs, /^GBR\w*>CHL\w*:04\d:asserted$/), evs.join(' | '));
});

// Why: signing an agreement is the act (057); CAMEO.2.0 read a signed trade agreement as an intent to cooperate (0311).
test('lexicon: a trade agreement signed is a formal agreement (057), not an intent', () => {
  const evs = coded('Chile and Peru signed a trade agreement in Lima.');
  assert.ok(has(evs, /^CHL>PER:057:asserted$/) && has(evs, /^PER>CHL:057:asserted$/), evs.join(' | '));
  assert.ok(!has(evs, /:03\d+:/), evs.join(' | '));
});

// Why: a participle inside a noun phrase ("a data sharing agreement") is a modifier, not a verb that ends the pattern's gap.
test('pattern gap: a participle modifier does not hide the agreement noun', () => {
  const evs = coded('Chile and Peru signed a landmark data sharing agreement.');
  assert.ok(has(evs, /^CHL>PER:057:asserted$/), evs.join(' | '));
});

// Why: the tokenizer splits "cease-fire"; the event noun is still read as the object of "announced".
test('noun object: a cease-fire written with a hyphen, announced with a party, is a ceasefire (0871)', () => {
  const evs = coded('Chile announced a weeklong cease-fire with Peru.');
  assert.ok(has(evs, /^CHL>PER:0871:asserted$/), evs.join(' | '));
});

// Why: lifting an embargo is easing economic sanctions (085); the supplement had only restrictions and emergencies.
test('lexicon: an embargo lifted against a party is eased sanctions (085)', () => {
  const evs = coded('Chile lifted its economic embargo against Peru.');
  assert.ok(has(evs, /^CHL>PER:085:asserted$/), evs.join(' | '));
});

// Why: antiquities handed back to a country are returned property (0842); CAMEO.2.0's RETURN lacked the words.
test('lexicon: artifacts returned to a country are returned property (0842)', () => {
  const evs = coded('Chile returned six ancient artifacts to Peru on Monday.');
  assert.ok(has(evs, /^CHL>PER:0842:asserted$/), evs.join(' | '));
});
