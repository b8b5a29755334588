import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedWithRules as coded, has } from './event-helpers.js';

// Golden sentences for the recall rules of issue 14 (events the word-position coder missed, read from the parse).
// Every sentence is made up; none comes from a suite. Each test says in one line why it exists.

// Why: an attack written as the object of "launch" takes the verb's subject as source and the noun's "against" argument as target.
test('performing verb + event noun: launched an offensive against', () => {
  const evs = coded('Chile launched a large offensive against Bolivia on Monday.');
  assert.ok(has(evs, /^CHL>BOL:190:asserted/), evs.join(' | '));
});

// Why: "held talks with" is a negotiation by the subject with the "with" argument (040/046 family).
test('performing verb + event noun: held talks with', () => {
  const evs = coded('Peru held talks with Ecuador in Lima on Tuesday.');
  assert.ok(has(evs, /^PER>ECU:046:asserted/), evs.join(' | '));
});

// Why: a performing verb is known by its form where the lemmatiser strays ("staged" -> "stag").
test('performing verb whose lemma strays: staged protests against', () => {
  const evs = coded('Palestinians staged protests against Israel.');
  assert.ok(has(evs, /^PSE>ISR:140:asserted dyad:noun-object<stage\+protests:140>/), evs.join(' | '));
});

// Why: "carried out air strikes against" is an aerial attack (195): the compound "air" makes the strike aerial.
test('phrasal performing verb: carried out air strikes against', () => {
  const evs = coded('Norway carried out several air strikes against Finland last week.');
  assert.ok(has(evs, /^NOR>FIN:195:asserted/), evs.join(' | '));
});

// Why: a lawsuit filed against someone is CAMEO 115, with the filer as source.
test('filed a lawsuit against', () => {
  const evs = coded('Argentina filed a lawsuit against Uruguay at the international court.');
  assert.ok(has(evs, /^ARG>URY:115:asserted/), evs.join(' | '));
});

// Why: the verb's bare code ("imposed" alone is 170) gives way to the act its object names (a blockade, 191).
test('bare verb code gives way to the event noun: imposed a naval blockade on', () => {
  const evs = coded('Greece imposed a naval blockade on Turkey.');
  assert.ok(has(evs, /^GRC>TUR:191:asserted dyad:noun-object<impose\+blockade:191>/), evs.join(' | '));
});

// Why: each conjunct of the target is its own event, and conjuncts are never paired with each other.
test('coordinated targets of an event noun: one event each', () => {
  const evs = coded('Israel launched cyber attacks against Iran and Syria.');
  assert.ok(has(evs, /^ISR>IRN:190/) && has(evs, /^ISR>SYR:190/), evs.join(' | '));
  assert.ok(!has(evs, /^(IRN>SYR|SYR>IRN)/), evs.join(' | '));
});

// Why: a negated performing verb does not assert the act.
test('negated performing verb: did not hold talks', () => {
  const evs = coded('Peru did not hold talks with Ecuador on Tuesday.');
  assert.ok(!has(evs, /^PER>ECU:04\d:asserted/), evs.join(' | '));
});

// Why: a performing verb governed by a refusal or threat ("refused to hold talks", "threatened to launch an attack") is not the act.
test('governed by a non-promising verb: threatened to launch an attack', () => {
  const evs = coded('Chile threatened to launch an attack on Bolivia.');
  assert.ok(!has(evs, /^CHL>BOL:190:asserted/), evs.join(' | '));
});

// Why: a promised act ("agreed to hold talks") is an intent, never an asserted meeting.
test('promised: agreed to hold talks is not asserted talks', () => {
  const evs = coded('Peru agreed to hold talks with Ecuador next month.');
  assert.ok(!has(evs, /^PER>ECU:046:asserted/), evs.join(' | '));
});

// Why: an event noun that is the object of a verb judging it ("condemned the attack") is that verb's event, not the attack.
test('object of a non-performing verb: condemned the attack on', () => {
  const evs = coded('Brazil condemned the attack on Paraguay.');
  assert.ok(!has(evs, /^BRA>PRY:19/), evs.join(' | '));
});

// Why: a noun with a possessor and a "to" argument is the possessor's act (visit, 042).
test('possessor and argument: Chile\'s president\'s visit to Peru', () => {
  const evs = coded('The Chilean president\'s visit to Peru ended on Friday.');
  assert.ok(has(evs, /^CHL\w*>PER:042/), evs.join(' | '));
});

// Why: "talks between X and Y" names two parties of a mutual act: each acts on the other, in both directions.
test('between: talks between two countries go both ways', () => {
  const evs = coded('Talks between Chile and Peru resumed in Lima on Friday.');
  assert.ok(has(evs, /^CHL>PER:046:asserted dyad:noun-between/) && has(evs, /^PER>CHL:046:asserted dyad:noun-between/), evs.join(' | '));
});

// Why: "between" pairs parties only for mutual acts; an attack "between" two sides names no direction.
test('between: no direction is invented for a non-mutual act', () => {
  const evs = coded('The fighting between Chile and Peru continued on Friday.');
  assert.ok(!has(evs, /dyad:noun-between/), evs.join(' | '));
});

// Why: a consultation is with the party of its "with" phrase, not with the topic named first ("discussed Libya with X").
test('with-partner: discussed a topic with someone', () => {
  const evs = coded('The Chilean president discussed Bolivia with the Peruvian president on Monday.');
  assert.ok(has(evs, /^CHLGOV>PERGOV:04\d:asserted .*parse:with-partner/), evs.join(' | '));
  assert.ok(!has(evs, /^CHLGOV>BOL/), evs.join(' | '));
});

// Why: coordinated subjects of two countries in a mutual act act on each other, not on a topic of their agreement.
test('mutual subjects: two countries agreed on something about a third', () => {
  const evs = coded('Chile and Peru have agreed to share information on Bolivia.');
  assert.ok(has(evs, /^CHL>PER:03\d:asserted .*parse:mutual-subjects/) && has(evs, /^PER>CHL:03\d:asserted/), evs.join(' | '));
  assert.ok(!has(evs, />BOL:03/), evs.join(' | '));
});

// Why: a real target of the mutual act (its object or "with" phrase) is kept: only topics give way.
test('mutual subjects: a real object is kept', () => {
  const evs = coded('Chile and Peru signed a trade pact with Bolivia.');
  assert.ok(has(evs, /^CHL>BOL:0\d+:asserted/) && has(evs, /^PER>BOL:0\d+:asserted/), evs.join(' | '));
});

// Why: coordinated subjects of two countries performing a mutual act with no partner named act on each other.
test('mutual noun object: two countries held joint drills', () => {
  const evs = coded('Chile and Peru held joint naval drills last week.');
  assert.ok(has(evs, /^CHL>PER:062:asserted dyad:noun-mutual/) && has(evs, /^PER>CHL:062:asserted/), evs.join(' | '));
});

// Why: "a series of attacks" is the attacks: the act's noun after a quantity word stands in the object position.
test('quantity noun: launched a series of attacks on', () => {
  const evs = coded('Chile launched a series of attacks on Bolivia.');
  assert.ok(has(evs, /^CHL>BOL:190:asserted/), evs.join(' | '));
});

// Why: a bare verb code beyond agreeing and meeting is no mutual act: "Chile and Peru intensified screening" is each on its own.
test('mutual subjects: not for a bare verb of doing', () => {
  const evs = coded('Chile and Peru intensified border screening over fears about Bolivia.');
  assert.ok(!has(evs, /^(CHL>PER|PER>CHL).*parse:mutual-subjects/), evs.join(' | '));
});
