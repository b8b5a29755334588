import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodedArticle } from '../../src/core/types.js';
import { codeArticle } from '../../src/pipeline/code-article.js';
import { loadResources } from '../../src/resources/resources.js';

const res = loadResources();
const code = (text: string, date = '2024-03-01'): CodedArticle => codeArticle({ id: 't', text, date }, res);
const actorOf = (doc: CodedArticle, surface: string) => {
  const i = doc.text.indexOf(surface);
  return doc.actors.find((a) => a.mentions.some((m) => m.start <= i && i < m.end && doc.text.slice(m.start, m.end).includes(surface.split(' ')[0]!)));
};
const texts = (doc: CodedArticle, id: string | undefined) => doc.actors.find((a) => a.id === id)?.mentions.map((m) => doc.text.slice(m.start, m.end)) ?? [];

// Why: countries are named by name, capital (metonym) and demonym phrase; all land in one actor with the CAMEO code.
test('a country named, by its capital and as "the X side" is one actor', () => {
  const doc = code('Paris criticized Germany on Monday. The French side said France would respond.');
  const fr = actorOf(doc, 'Paris');
  assert.equal(fr?.code, 'FRA');
  assert.equal(fr?.kind, 'country');
  assert.deepEqual(texts(doc, fr?.id), ['Paris', 'The French side', 'France']);
  assert.equal(actorOf(doc, 'Germany')?.code, 'DEU');
});

// Why: an agent with its country is the country acting through an institution (USAGOV on the mention, USA actor).
test('"The Brazilian authorities" is a mention of Brazil', () => {
  const doc = code('The Brazilian authorities detained two men. Brazil later released them.');
  const br = actorOf(doc, 'Brazil later');
  assert.equal(br?.code, 'BRA');
  assert.ok(texts(doc, br?.id).includes('The Brazilian authorities'));
});

// Why: people no dictionary knows get country and sectors from the text: a role description, an apposition, a counterpart.
test('an unknown minister and his counterpart are coded from the article itself', () => {
  const doc = code('Norway\'s foreign minister urged calm.\n\nSpeaking in Oslo, Anna Berg told her Swedish counterpart, Lars Holm, that talks must go on. Berg said the Swedish minister agreed.');
  const berg = actorOf(doc, 'Anna Berg');
  assert.equal(berg?.kind, 'person');
  assert.equal(berg?.country, 'NOR');
  assert.ok(berg?.sectors.includes('GOV'));
  assert.ok(texts(doc, berg?.id).includes("Norway's foreign minister"));
  assert.ok(texts(doc, berg?.id).includes('Berg'));
  const holm = actorOf(doc, 'Lars Holm');
  assert.equal(holm?.country, 'SWE');
  assert.ok(texts(doc, holm?.id).includes('her Swedish counterpart'));
  assert.ok(texts(doc, holm?.id).includes('the Swedish minister'));
  assert.equal(holm?.role?.title, berg?.role?.title);
});

// Why: an acronym defined in parentheses names the same organization afterwards.
test('an acronym defined in the text joins its organization', () => {
  const doc = code('Delegates met at the Regional Fisheries Compact Authority (RFCA) in Lima. The RFCA said quotas would fall.');
  const org = actorOf(doc, 'Regional Fisheries');
  assert.ok(org);
  assert.deepEqual(texts(doc, org?.id), ['Regional Fisheries Compact Authority', 'RFCA', 'RFCA']);
});

// Why: dictionary people hold the code in force on the article date (PETRARCH date restrictions).
test('a dictionary person is coded with the code valid on the article date', () => {
  const doc = code('Xi Jinping met reporters.', '2020-06-01');
  const xi = actorOf(doc, 'Xi Jinping');
  assert.equal(xi?.kind, 'person');
  assert.equal(xi?.code, 'CHNGOV');
});

// Why: "us" the pronoun must never become the United States; "US" in capitals must.
test('lower-case "us" is a pronoun, "US" is the United States', () => {
  const doc = code('The US warned us about it.');
  assert.equal(actorOf(doc, 'US warned')?.code, 'USA');
  assert.notEqual(actorOf(doc, 'us about')?.code, 'USA');
});

// Why: the contract says every mention lands in exactly one actor, and every span lies inside the text.
test('every mention belongs to exactly one actor and lies in the text', () => {
  const doc = code('Beijing and Moscow signed a deal. Chinese officials said they welcomed it, and Russia\'s president praised his Chinese counterpart.');
  const seen = new Set<string>();
  for (const a of doc.actors) for (const m of a.mentions) {
    const k = `${m.start}:${m.end}`;
    assert.ok(!seen.has(k), `mention ${k} in two actors`);
    seen.add(k);
    assert.ok(m.start >= 0 && m.end <= doc.text.length && m.start < m.end);
  }
  assert.equal(new Set(doc.actors.map((a) => a.id)).size, doc.actors.length);
});

// Why: news names leaders by title and surname ("President Mugabe"); the dictionary knows them by full name only.
test('a lone surname of a dictionary person is that person, with the code in force on the date', () => {
  const doc = code('President Mugabe accused Britain of plotting against Zimbabwe.', '2005-06-01');
  const m = actorOf(doc, 'Mugabe');
  assert.equal(m?.kind, 'person');
  assert.equal(m?.code, 'ZWEGOV');
  assert.equal(m?.role?.title, 'President');
});
