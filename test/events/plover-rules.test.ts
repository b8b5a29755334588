import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadResources } from '../../src/resources/resources.js';
import { codeArticle } from '../../src/pipeline/code-article.js';
import { assignDomesticAgents, sentenceCountry, stateAndItsGroup } from '../../src/stages/events/domestic.js';

// General coding rules of dyad's policy that the PLOVER evaluation measures (bundled dictionaries).
const bundled = loadResources();
const coded = (text: string, date = '2024-05-10'): string[] =>
  codeArticle({ id: 't', text, date }, bundled).events.map((e) => `${e.sourceCode}>${e.targetCode}:${e.cameo}:${e.modality}`);

test('domestic agents: an agent without a country takes the one country of its sentence, not one of two', () => {
  const parts = [{ code: 'REB', agentOnly: true, mention: { country: null } }, { code: 'PERGOV', mention: { country: 'PER' } }];
  assert.equal(sentenceCountry(parts), 'PER');
  assert.equal(assignDomesticAgents(parts), 1);
  assert.equal(parts[0]!.code, 'PERREB');
  const two = [{ code: 'REB', agentOnly: true, mention: { country: null } }, { code: 'PER', mention: { country: 'PER' } }, { code: 'CHL', mention: { country: 'CHL' } }];
  assert.equal(assignDomesticAgents(two), 0);
  assert.equal(two[0]!.code, 'REB');
  // a state agent named without a country ("the government", "officials") is not given one
  const gov = [{ code: 'GOV', agentOnly: true, mention: { country: null } }, { code: 'PER', mention: { country: 'PER' } }];
  assert.equal(assignDomesticAgents(gov), 0);
  // an organization is no country
  assert.equal(sentenceCountry([{ code: 'IGOUNO', mention: { country: 'IGO' } }]), null);
});

test('domestic agents: "the Bolivian government accepted demands from rebels" is a domestic concession', () => {
  const got = coded('The Bolivian government on Monday accepted demands from rebels.');
  assert.ok(got.some((g) => /^BOLGOV>BOLREB:08/.test(g)), got.join(' | '));
  // with two countries named, the rebels' side is unknown: no event with them
  const two = coded('The Bolivian government on Monday accepted demands from rebels and from Chile.');
  assert.ok(!two.some((g) => /REB/.test(g)), two.join(' | '));
});

test('demonym modifiers: "rejected a Chilean proposal" has Chile as target; "Chilean minister" stays an agent', () => {
  const got = coded('Peru has rejected a Chilean proposal for a new border treaty.');
  assert.ok(got.some((g) => /^PER>CHL:12/.test(g)), got.join(' | '));
  const agent = coded('Peru criticized the Chilean defense minister.');
  assert.ok(agent.some((g) => /^PER>CHLGOV/.test(g)), agent.join(' | '));
  assert.ok(!agent.some((g) => /^PER>CHL:/.test(g)), agent.join(' | '));
});

test('ethnic groups: "ethnic Chileans in northern Peru", "Peruvian Chileans" are coded by where they live', () => {
  const inPlace = coded('Ethnic Chileans in northern Peru are demanding autonomy from the Peruvian government.');
  assert.ok(inPlace.some((g) => /^PER>PERGOV:10/.test(g)), inPlace.join(' | '));
  assert.ok(!inPlace.some((g) => g.startsWith('CHL')), inPlace.join(' | '));
  const adj = coded('Bolivian Chileans demanded a truce with the Bolivian army.');
  assert.ok(adj.some((g) => /^BOL>BOLMIL:10/.test(g)), adj.join(' | '));
  // without "ethnic" or a place, a nationality stays the state
  const plain = coded('Chileans demanded a truce with the Bolivian army.');
  assert.ok(plain.some((g) => /^CHL>BOLMIL:10/.test(g)), plain.join(' | '));
});

test('a lone-preposition pattern "(ON)" does not take a time phrase: "telephoned X on Tuesday" is a call, not an appeal', () => {
  const got = coded('The Peruvian foreign minister telephoned the Chilean foreign minister on Tuesday to discuss the border.');
  assert.ok(got.some((g) => /^PERGOV>CHLGOV:041/.test(g)), got.join(' | '));
  assert.ok(!got.some((g) => /:020:/.test(g)), got.join(' | '));
  const appeal = coded('The Peruvian foreign minister called on Chile to withdraw its troops.');
  assert.ok(appeal.some((g) => /^PERGOV>CHL:02/.test(g)), appeal.join(' | '));
});

test('a relative clause takes the phrase right before its pronoun as subject, not an actor inside that phrase', () => {
  const got = coded('Peru will support a United Nations resolution that aims to impose sanctions on Chile.');
  assert.ok(!got.some((g) => /^IGOUNO>CHL/.test(g)), got.join(' | '));
  const adj = coded('Peru criticized Bolivia, which attacked Chile on Monday.');
  assert.ok(adj.some((g) => /^BOL>CHL:19/.test(g)), adj.join(' | '));
});

test('"the president of Chile" is Chile\'s president, whatever coreference linked the description to', () => {
  const got = coded('Peruvian President Ana Torres arrived in Lima on Monday. Torres offered to negotiate with the president of Chile.');
  assert.ok(got.some((g) => /^PER\w*>CHLGOV:03/.test(g)), got.join(' | '));
});

test('a time phrase does not end the verb phrase: "defended Chile on Friday against criticism" is verbal support (052)', () => {
  const got = coded('The Peruvian president defended Chile on Friday against criticism of its mining industry.');
  assert.ok(got.some((g) => /^PERGOV>CHL:052/.test(g)), got.join(' | '));
});

test('a verb inside a hyphenated modifier ("long-threatened invasion") does not break the verb pattern', () => {
  const got = coded('Peru today mounted its long-threatened invasion of Chile.');
  assert.ok(got.some((g) => /^PER>CHL:190/.test(g)), got.join(' | '));
});

test('supplement: a dismissed appeal and a reneged commitment are rejections (120)', () => {
  const got = coded('Peru on Monday dismissed an appeal from Chile to reopen the border.');
  assert.ok(got.some((g) => /^PER>CHL:120:/.test(g)), got.join(' | '));
  const renege = coded('The Peruvian president has reneged on his commitment to Chile.');
  assert.ok(renege.some((g) => /^PERGOV>CHL:120:/.test(g)), renege.join(' | '));
});

test('a government easing a curfew in its own country is coded (0813); an embassy in a capital is that country\'s', () => {
  const got = coded('The Peruvian president on Thursday shortened the curfew in Peru.');
  assert.ok(got.some((g) => /^PERGOV>PER:0813:/.test(g)), got.join(' | '));
  const emb = coded('Peru has opened an embassy in Santiago.');
  assert.ok(emb.some((g) => /^PER>CHLGOV:054:/.test(g)), emb.join(' | '));
  assert.ok(!emb.some((g) => /^PER>PERGOV/.test(g)), emb.join(' | '));
});

test('a participle phrase after a comma modifies the noun before it; a hyphenated "state-owned" does not hide a reporting tail', () => {
  const got = coded('Peru has apologized to Bolivia for the incident on the Lauca River, disputed by Bolivia and Chile.');
  assert.ok(got.some((g) => /^PER>BOL:055/.test(g)), got.join(' | '));
  assert.ok(!got.some((g) => /^(PER|BOL)>CHL:11/.test(g)), got.join(' | '));
  const joined = coded('Peruvian warships launched exercises in the Pacific, expected to be joined later by Chilean vessels.');
  assert.ok(!got.some((g) => /^CHL/.test(g)) && !joined.some((g) => /^CHL\w*>PER/.test(g)), joined.join(' | '));
  const tail = coded('Peru has offered to hand over to Bolivia two suspects wanted for blowing up a bridge, a state-owned Chilean newspaper said.');
  assert.ok(!tail.some((g) => /CHLMED/.test(g)), tail.join(' | '));
});

test('the agents of a passive whose subject is no actor do not act on each other', () => {
  const got = coded('Peru announced a naval patrol of the Pacific coast which was joined by Chile, Bolivia and Ecuador.');
  assert.ok(!got.some((g) => /^(CHL|BOL|ECU)>(CHL|BOL|ECU)/.test(g)), got.join(' | '));
});

test('a counted people named by demonym and plural ("thousands of Peruvian Quechuas") is of that country; "American" is the US', () => {
  const got = coded('Thousands of Peruvian Quechuas demonstrated in Lima on Sunday.');
  assert.ok(got.some((g) => /^PER>PER:14/.test(g)), got.join(' | '));
  const org = coded('Peruvian Railways demonstrated in Lima on Sunday.');
  assert.ok(!org.some((g) => /^PER>PER/.test(g)), org.join(' | '));
  const us = coded('Peru rejected an American proposal on Monday.');
  assert.ok(us.some((g) => /^PER>USA:12/.test(g)), us.join(' | '));
});

test('a country and its own non-state group stay two parties even when coreference made them one actor', () => {
  const got = coded('Chile is investigating alleged war crimes by Chilean extremists.');
  assert.ok(got.some((g) => /^CHL>CHLRAD:09/.test(g)), got.join(' | '));
  assert.equal(stateAndItsGroup({ code: 'CHL', sectors: [], type: 'name' }, { code: 'CHLRAD', sectors: ['RAD'], type: 'description' }), true);
  // a minister and his country, or a pronoun, are not
  assert.equal(stateAndItsGroup({ code: 'CHL', sectors: [], type: 'name' }, { code: 'CHLGOV', sectors: ['GOV'], type: 'description' }), false);
  assert.equal(stateAndItsGroup({ code: 'CHLREB', sectors: ['REB'], type: 'description' }, { code: 'CHL', sectors: [], type: 'pronoun' }), false);
});

test('supplement: inspectors sent to a country are an investigation (090), not an export', () => {
  const got = coded('The United Nations has dispatched inspectors to Chile.');
  assert.ok(got.some((g) => /^IGOUNO>CHL:090:/.test(g)), got.join(' | '));
});
