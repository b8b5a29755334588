import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from '../../src/pipeline/code-article.js';
import { coded, codedWithRules, DATE, has, res } from './event-helpers.js';

// Golden sentences for issue 14, classes 2-3 (acts reported inside a statement, events inside quotations, statements):
// src/stages/events/reported-acts.ts, obligation.ts. Every sentence is made up; none comes from a suite. Each test says
// in one line why it exists.

// Why: "X says Y must ..." without "that" is X's demand of Y (100); before, Y's act was coded as done.
test('reported obligation: "X says Y must end ..." is X demanding of Y, and Y ending nothing', () => {
  const evs = coded('Chile says Peru must end its raids on Bolivia.');
  assert.ok(has(evs, /^CHL\w*>PER\w*:100:asserted$/), evs.join(' | '));
  assert.ok(!has(evs, /^PER\w*>BOL\w*:\d+:(asserted|future)$/), evs.join(' | '));
});

// Why: the long-standing "that" form must keep its reading.
test('reported obligation: "X said that Y must withdraw" is still a demand', () => {
  const evs = coded('Chile said that Peru must withdraw its troops.');
  assert.ok(has(evs, /^CHL\w*>PER\w*:100:asserted$/), evs.join(' | '));
});

// Why: a quotation's named speaker demands what the quotation says another party must do.
test('quoted obligation: "\'Y must ...,\' the X minister said" is the minister\'s demand of Y', () => {
  const evs = coded('"Peru must withdraw its troops from Bolivia," the Chilean foreign minister said.');
  assert.ok(has(evs, /^CHL\w*>PER\w*:100:asserted$/), evs.join(' | '));
  assert.ok(!has(evs, /^PER\w*>BOL\w*:\d+:(asserted|future)$/), evs.join(' | '));
});

// Why: an act someone must do is not an act done, whoever says so (must_not: "merely requested acts").
test('obligation alone: "Y must withdraw" asserts no withdrawal', () => {
  const evs = coded('Peru must withdraw its troops from Bolivia.');
  assert.ok(!has(evs, /:(asserted|future)$/), evs.join(' | '));
});

// Why: "must have done" is an inference about the past, not a demand; nor is it asserted.
test('epistemic must: "X said Y must have attacked" is neither a demand nor an attack', () => {
  const evs = coded('Chile said Peru must have attacked the border post in Bolivia.');
  assert.ok(!has(evs, /:100:/), evs.join(' | '));
  assert.ok(!has(evs, /:(asserted|future)$/), evs.join(' | '));
});

// Why: a future act another party's speaker attributes to Y is a prediction, not Y's intent (03x).
test('third-party prediction: "Chile said Peru will withdraw" gives Peru no intent', () => {
  const evs = codedWithRules('Chile said Peru will withdraw its troops from Bolivia.');
  assert.ok(!evs.some((e) => /^PER\w*>/.test(e) && /:(asserted|future) /.test(e)), evs.join(' | '));
  assert.ok(evs.some((e) => /gate:third-party-prediction/.test(e)), evs.join(' | '));
});

// Why: the speaker's own announced act stays its intent.
test('own announcement: "Chile said it will withdraw" is Chile\'s intent', () => {
  const evs = coded('Chile said it will withdraw its troops from Bolivia.');
  assert.ok(has(evs, /^CHL\w*>BOL\w*:035\d?:asserted$/), evs.join(' | '));
});

// Why: a speaker of no known country ("a senior official") is usually the actor's own spokesman: kept.
test('own spokesman: "Y is ready to send aid to Z, a senior official said" stays Y\'s intent', () => {
  const evs = coded('Chile is ready to send aid to Peru, a senior official said.');
  assert.ok(has(evs, /^CHL\w*>PER\w*:03\d*:asserted$/), evs.join(' | '));
});

// Why: the reported act of "X said Y attacked Z" is coded Y->Z and carries the statement as its quote.
test('reported act: "Chile said Peruvian troops attacked a Chilean border post" codes the attack with its quote', () => {
  const a = codedQuotes('Chile said Peruvian troops attacked a Chilean border post.');
  assert.ok(a.some((e) => /^PER\w*>CHL\w*:19\d*:asserted q\d+$/.test(e)), a.join(' | '));
});

/** Events of a text as "SRC>TGT:CAMEO:modality quote". */
function codedQuotes(text: string): string[] {
  return codeArticle({ id: 'q', text, date: DATE }, res).events.map((e) => `${e.sourceCode}>${e.targetCode}:${e.cameo}:${e.modality} ${e.quote ?? '-'}`);
}


// Why: "talks with China must continue" asks nothing of China: the parse's subject of the verb must be the actor.
test('reported obligation: an actor inside the subject phrase is not the one asked', () => {
  const evs = coded('The Chilean president said talks with Peru must continue.');
  assert.ok(!has(evs, /:100:/), evs.join(' | '));
});

// Why: what the speaker's own side "must" do is the speaker's resolve, not a demand of another party.
test('quoted obligation: "We must leave ...," the minister said is no demand', () => {
  const evs = coded('"We must leave the customs union by October," the British prime minister told Peru\'s president.');
  assert.ok(!has(evs, /:100:/), evs.join(' | '));
});
