import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor, CodedArticle } from '../../src/core/types.js';
import { codeArticle } from '../../src/pipeline/code-article.js';
import { loadResources } from '../../src/resources/resources.js';

// Made-up sentences for the error classes of issue 15 read on the VOA training corpus: tagger-split names, where a
// person is from, a court's people, institutions and groups named by a common noun. Names are invented.
const res = loadResources();
const code = (text: string, date = '2024-06-01'): CodedArticle => codeArticle({ id: 't', text, date }, res);
const actorAt = (doc: CodedArticle, surface: string): Actor | undefined => {
  const i = doc.text.indexOf(surface);
  assert.ok(i >= 0, `"${surface}" is in the text`);
  return doc.actors.find((a) => a.mentions.some((m) => m.start <= i && i < m.end));
};
const texts = (doc: CodedArticle, a: Actor | undefined): string[] => a?.mentions.map((m) => doc.text.slice(m.start, m.end)) ?? [];

// Why: the tagger reads a capitalised surname that is also an English verb as a verb ("Revere"); mid-sentence, after a
// given name, it is the rest of the name, and the apposition then codes the whole person.
test('a surname the tagger calls a verb stays part of the name', () => {
  const doc = code('On Monday, Martin Revere, a former State Department official, said the talks had stalled.');
  const p = actorAt(doc, 'Martin Revere');
  assert.equal(p?.kind, 'person');
  assert.equal(p?.code, 'USAELI');
  assert.ok(texts(doc, p).includes('Martin Revere'));
});

// Why: a one-word dictionary entry (the Phoenix files list people by one name: "Hassan") followed by another name word
// is the given name of someone else, not the dictionary's person.
test('a one-word dictionary name followed by a surname is someone else\'s given name', () => {
  const doc = code('Hassan Oduya teaches politics in Nairobi. Oduya said the vote was flawed.');
  const p = actorAt(doc, 'Hassan Oduya');
  assert.equal(p?.kind, 'person');
  assert.equal(p?.code, '');
  assert.ok(texts(doc, p).includes('Hassan Oduya'));
});

// Why: "NAME from COUNTRY" and "A and B, both from COUNTRY" say where people are from: their country, no sectors.
test('"X from the Philippines" and "A and B, both from Azerbaijan," give the persons\' country', () => {
  const doc = code('Reporter Ana Velasco from the Philippines testified. The trial of Tural Ganiev and Elvin Rzayev began. Ganiev and Rzayev, both from Azerbaijan, deny the charges.');
  assert.equal(actorAt(doc, 'Ana Velasco')?.country, 'PHL');
  assert.equal(actorAt(doc, 'Tural Ganiev')?.code, 'AZE');
  assert.equal(actorAt(doc, 'Elvin Rzayev')?.code, 'AZE');
});

// Why: a person the text gives an office but no country, placed "in COUNTRY" right after the name, is of that country
// (before the story's country is used).
test('"publisher X in Hong Kong" is of Hong Kong', () => {
  const doc = code('Guatemala jailed a journalist. Guatemala said the case was legal, and Guatemala will appeal. Her clients include jailed publisher Wen Tak in Hong Kong.');
  assert.equal(actorAt(doc, 'Wen Tak')?.code, 'HKGMED');
});

// Why: judges, prosecutors and lawyers with no country of their own belong to the country whose court the text names
// ("a trial opened in Paris"), not to the country the story is mostly about; "the court" is an organisation, not a person.
test('a court\'s people take the country of the court the text places', () => {
  const doc = code('A trial opened in Paris on Monday over a bombing in Ivory Coast. Ivory Coast denied any role, and Ivory Coast has asked for calm. Ivory Coast will not attend. Lawyer Jean Marlot, representing the families, said the attack was deliberate. Prosecutors say the pilots acted on orders. The court will rule in May.');
  assert.equal(actorAt(doc, 'Jean Marlot')?.code, 'FRAJUD');
  assert.equal(actorAt(doc, 'Prosecutors')?.code, 'FRAJUD');
  const court = actorAt(doc, 'The court');
  assert.equal(court?.kind, 'organization');
  assert.equal(court?.code, 'FRAJUD');
});

// Why: without a court placed in the text, the story's country stays the fallback for the same people.
test('without a court placed in the text, a lawyer takes the story\'s country', () => {
  const doc = code('Kenya arrested an activist. Kenya said he broke the law, and Kenya will charge him. Lawyer Jean Marlot said the arrest was illegal.');
  assert.equal(actorAt(doc, 'Jean Marlot')?.code, 'KENJUD');
});

// Why: a crime group is a group (CRM) of the country its demonym names, and press-freedom advocates are the NGO side,
// not lawyers (Phoenix's ADVOCATE is JUD).
test('"a Russian organized crime group" is RUSCRM; "media advocates" are NGO', () => {
  const doc = code('A member of a Russian organized crime group testified on Tuesday. Media advocates say the case matters.');
  const g = actorAt(doc, 'organized crime group');
  assert.equal(g?.code, 'RUSCRM');
  assert.equal(g?.kind, 'group');
  assert.match(actorAt(doc, 'Media advocates')?.code ?? '', /^NGO/);
});

// Why: a definite singular group noun ("the insurgent group") is the group last named, not a new actor.
test('"the insurgent group" is the group named before', () => {
  const doc = code('The Taliban attacked a checkpoint in Kandahar on Monday. Officials said the insurgent group had broken its promise.', '2021-05-09');
  const t = actorAt(doc, 'Taliban');
  assert.ok(texts(doc, t).some((x) => x.includes('insurgent group')), texts(doc, t).join('|'));
});
