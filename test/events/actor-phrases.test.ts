import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadResources } from '../../src/resources/resources.js';
import { codeArticle } from '../../src/pipeline/code-article.js';
import { addSectors, codeChunks } from '../../src/resources/petrarch/codes.js';
import { agentOfActor } from '../../src/stages/events/actor-phrases.js';
import type { CodedEvent } from '../../src/core/types.js';

// Fictional PETRARCH-format dictionaries: the actor-phrase rules compose codes from the words of one noun phrase.
const VERBS = `--- CRITICIZE [111] ---
CRITICIZE
CONDEMN [122]

--- WELCOME [041] ---
WELCOME
`;
const ACTORS = `ARNOR [ARN]
GONDOR [GON]
ROHAN [ROH]
MORDOR [MOR]
+THEODEN
WESTFOLD_UNION [WSTFLD]
ESTEL_LEAGUE [ESTLEA]
`;
const AGENTS = `MINISTER [~GOV]
DIPLOMAT [~GOV]
GOVERNMENT [~GOV]
SOLDIER [~MIL]
ACTIVIST [~OPP]
WORLD_GOVERNMENT {} [~WGO]
HELPERS_GUILD {} [NGO~]
`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-actor-phrases-'));
fs.writeFileSync(path.join(dir, 'Test.verbs.txt'), VERBS);
fs.writeFileSync(path.join(dir, 'Test.actors.txt'), ACTORS);
fs.writeFileSync(path.join(dir, 'Test.agents.txt'), AGENTS);
const res = loadResources({ dictionaries: dir });
const triples = (text: string): string[] =>
  codeArticle({ id: 't', text, date: '2024-05-10' }, res).events.map((e: CodedEvent) => `${e.sourceCode}>${e.targetCode}:${e.cameo}`).sort();

test('codes are compared in aligned three-letter chunks: the WGO inside GMWGOV is not the sector WGO', () => {
  assert.deepEqual(codeChunks('USAGOVMIL'), ['USA', 'GOV', 'MIL']);
  assert.equal(addSectors('GMWGOV', ['WGO']), 'GMWGOVWGO');
  assert.equal(addSectors('ARNGOV', ['GOV']), 'ARNGOV');
  assert.equal(addSectors('ARN', ['NGO'], true), 'NGOARN');
  assert.equal(agentOfActor('GONGMO', 'OPP'), 'GONGMOOPP');
});

test('a possessive owner and the titled name it owns are one participant, coded for the owner', () => {
  // Theoden is a Rohan synonym; the owner Arnor decides the country and the title adds GOV
  assert.deepEqual(triples("Arnor's first minister Theoden condemned Gondor."), ['ARNGOV>GON:122']);
  // coordinated adjectives between owner and title do not break the phrase
  assert.deepEqual(triples("Arnor's awful and evil minister Theoden condemned Gondor."), ['ARNGOV>GON:122']);
});

test('agents among the nouns after a name qualify it, also when another noun heads the phrase', () => {
  assert.deepEqual(triples('The Arnor government spokesman condemned Gondor.'), ['ARNGOV>GON:122']);
  assert.deepEqual(triples('Westfold Union world government supporters welcomed Gondor.'), ['WSTFLDWGO>GON:041']);
});

test('a prefix agent before a name and an agent after it both apply', () => {
  assert.deepEqual(triples('A Helpers Guild Arnor diplomat welcomed Gondor.'), ['NGOARNGOV>GON:041']);
});

test('an agent "of" an organisation keeps the organisation\'s whole code', () => {
  assert.deepEqual(triples('Gondor welcomed activists of the Estel League.'), ['GON>ESTLEAOPP:041']);
});

test('an uncoded pronoun right before the verb is its subject: an actor earlier in the sentence does not stand in', () => {
  // "he" has no antecedent, so "criticized" has no coded source; Arnor (inside the opening phrase) must not become it
  assert.deepEqual(triples("On the plans of Arnor's ministers, he criticized Gondor."), []);
  // the same sentence with a coded subject is coded
  assert.deepEqual(triples("On the plans of Arnor's ministers, Rohan criticized Gondor."), ['ROH>GON:111']);
});

test('PETRARCH policy: what an unknown speaker reports is not coded as an event of its own', () => {
  const dir2 = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-actor-phrases-say-'));
  fs.writeFileSync(path.join(dir2, 'Test.verbs.txt'), VERBS + '\n--- SAID [023] ---\nSAID\n');
  fs.writeFileSync(path.join(dir2, 'Test.actors.txt'), ACTORS);
  fs.writeFileSync(path.join(dir2, 'Test.agents.txt'), AGENTS);
  const res2 = loadResources({ dictionaries: dir2 });
  const t2 = (text: string): string[] => codeArticle({ id: 't', text, date: '2024-05-10' }, res2).events.map((e) => `${e.sourceCode}>${e.targetCode}:${e.cameo}`).sort();
  assert.deepEqual(t2('On the matter, he said Arnor criticized Gondor.'), []);
  // a report set off by a comma is a clause of its own and is coded
  assert.deepEqual(t2('Arnor criticized Gondor, he said.'), ['ARN>GON:111']);
});

test('an actor phrase written with spaces may have modifiers between its words; one with underscores may not', () => {
  const dir3 = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-actor-phrases-spaced-'));
  fs.writeFileSync(path.join(dir3, 'Test.verbs.txt'), VERBS);
  fs.writeFileSync(path.join(dir3, 'Test.actors.txt'), ACTORS + 'ARNOR TELEVISION [ARNTV]\nROHAN_RADIO [ROHRAD]\n');
  fs.writeFileSync(path.join(dir3, 'Test.agents.txt'), AGENTS);
  const res3 = loadResources({ dictionaries: dir3 });
  const t3 = (text: string): string[] => codeArticle({ id: 't', text, date: '2024-05-10' }, res3).events.map((e) => `${e.sourceCode}>${e.targetCode}:${e.cameo}`).sort();
  assert.deepEqual(t3('Gondor criticized Arnor state-run television.'), ['GON>ARNTV:111']);
  assert.deepEqual(t3('Gondor criticized Rohan state radio.'), ['GON>ROH:111']);
});

test('two verb blocks of the same name: the second adds its patterns and keeps its own default code', async () => {
  const { parseVerbDictionary } = await import('../../src/resources/petrarch/verbs.js');
  const { dict } = parseVerbDictionary('--- SHOT [---] ---\nSHOT\n- *_AND_WOUND [223]\n\n--- SHOT [223] ---\nSHOT\n- + WAS * DEAD IN $ [224]\n', 'T');
  assert.equal(dict.blocks.get('SHOT')!.patterns.length, 2);
  assert.deepEqual(dict.forms.get('shot')!.map((e) => e.code), [null, '223']);
});

test('PETRARCH policy: an agent of a country acting on that country is coded (dyad\'s own policy drops it)', () => {
  assert.deepEqual(triples('Arnor soldiers criticized Arnor.'), ['ARNMIL>ARN:111']);
});

test('coordinated noun phrases "X\'s N and N of Y" stand for both actors', () => {
  assert.deepEqual(triples("Arnor's envoys and scholars of Rohan criticized Gondor."), ['ARN>GON:111', 'ROH>GON:111']);
  // without the conjunction only the owner is the subject
  assert.deepEqual(triples("Arnor's scholars criticized Gondor."), ['ARN>GON:111']);
});

test('"between" takes one pair: its whole group is the subject, and a second pair is a group of its own', () => {
  assert.deepEqual(triples('Talks between Arnor and Rohan criticized Gondor.'), ['ARN>GON:111', 'ROH>GON:111']);
  // a group opened by another preposition still lends only its last conjunct
  assert.deepEqual(triples('In the talks with Arnor and Rohan criticized Gondor.'), ['ROH>GON:111']);
  assert.deepEqual(triples('Rohan criticized talks between Arnor and Gondor, and Gondor and Mordor.'), ['ROH>ARN:111', 'ROH>GON:111']);
});

test('the nouns after a name stop at a proper name: "Arnor government envoy Faramir" leaves Faramir a mention of its own', async () => {
  const { segmentedDoc } = await import('../helpers/docs.js');
  const { findMentions } = await import('../../src/stages/mentions/find-mentions.js');
  const text = 'The Arnor government envoy Faramir criticized Gondor.';
  const ms = findMentions(segmentedDoc(text, res.tagger), res.lexicon);
  const spans = ms.map((m) => text.slice(m.start, m.end));
  assert.ok(spans.includes('Arnor government envoy'), spans.join(' | '));
  assert.ok(!spans.some((s) => s.includes('government') && s.includes('Faramir')), spans.join(' | '));
});
