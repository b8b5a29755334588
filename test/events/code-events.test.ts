import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadResources } from '../../src/resources/resources.js';
import { codeArticle } from '../../src/pipeline/code-article.js';
import { segmentedDoc } from '../helpers/docs.js';
import { findMentions } from '../../src/stages/mentions/find-mentions.js';
import { resolveCoreference } from '../../src/stages/coref/resolve-coreference.js';
import { codeEvents, intentCode } from '../../src/stages/events/code-events.js';
import type { CodedEvent, Quote } from '../../src/core/types.js';

// A small PETRARCH-format dictionary set with fictional actors, in the spirit of the PETRARCH validation suite.
const VERBS = `&TIETYPES
+DIPLOMATIC
+ECONOMIC

--- RESTORE [064] ---
RESTORE
RENEW
- * &TIETYPES TIES [064]

--- CRITICIZE [111] ---
CRITICIZE
CONDEMN [122]

--- PRAISE [051] ---
PRAISE

--- ACCUSE [112] ---
ACCUSE

--- SUPPORT [050] ---
SUPPORT

--- ATTACK [190] ---
ATTACK

--- WELCOME [041] ---
WELCOME

--- VISIT [042:043] ---
VISIT
`;
const ACTORS = `ARNOR [ARN]
GONDOR [GON]
ROHAN [ROH]
MORDOR [MOR]
`;
const AGENTS = `PRESIDENT [~GOV]
SOLDIER [~MIL]
AMBASSADOR [~GOV]
`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-events-'));
fs.writeFileSync(path.join(dir, 'Test.verbs.txt'), VERBS);
fs.writeFileSync(path.join(dir, 'Test.actors.txt'), ACTORS);
fs.writeFileSync(path.join(dir, 'Test.agents.txt'), AGENTS);
const res = loadResources({ dictionaries: dir });

const code = (text: string, date = '2024-05-10'): CodedEvent[] => codeArticle({ id: 't', text, date }, res).events;
const triples = (evs: CodedEvent[], withModality = false): string[] =>
  evs.map((e) => `${e.sourceCode}>${e.targetCode}:${e.cameo}${withModality ? ':' + e.modality : ''}`).sort();

// Validation records: input, expected, and why the record exists.
const RECORDS: Array<{ text: string; expected: string[]; why: string }> = [
  { text: 'Arnor is about to restore full diplomatic ties with Gondor.', expected: ['ARN>GON:064:future'],
    why: 'verb chain "is about to" + pattern with a synset and a gap ("full")' },
  { text: 'Gondor was criticized by Arnor on Monday.', expected: ['ARN>GON:111:asserted'],
    why: 'passive with a "by" agent swaps source and target' },
  { text: 'Arnor and Gondor renewed diplomatic ties.', expected: ['ARN>GON:064:asserted', 'GON>ARN:064:asserted'],
    why: 'a compound subject with no object codes the members against each other' },
  { text: 'Arnor will not restore diplomatic ties with Gondor.', expected: ['ARN>GON:064:negated'],
    why: 'negation in the verb group makes the event negated, not asserted' },
  { text: 'Arnor welcomed Rohan, Gondor and Mordor.', expected: ['ARN>GON:041:asserted', 'ARN>MOR:041:asserted', 'ARN>ROH:041:asserted'],
    why: 'a coordinated object gives one event per conjunct' },
  { text: 'Arnor condemned Gondor and praised Rohan.', expected: ['ARN>GON:122:asserted', 'ARN>ROH:051:asserted'],
    why: 'a coordinated verb phrase shares the subject; a verb line [code] overrides its block' },
  { text: 'Arnor accused Gondor of supporting Mordor.', expected: ['ARN>GON:112:asserted', 'GON>MOR:050:hypothetical'],
    why: 'the act inside an accusation is not asserted; its subject is the accused' },
  { text: 'If Arnor attacks Gondor, Rohan will suffer.', expected: ['ARN>GON:190:hypothetical'],
    why: 'a conditional clause makes the event hypothetical' },
  { text: 'Arnor visited Gondor.', expected: ['ARN>GON:042:asserted', 'GON>ARN:043:asserted'],
    why: 'a [fwd:rev] code gives the reverse event too' },
  { text: 'The ambassadors of Arnor and Rohan criticized Gondor.', expected: ['ARNGOV>GON:111:asserted', 'ROHGOV>GON:111:asserted'],
    why: 'an agent followed by "of" and a list of countries is that agent of each country' },
  { text: 'Mordor and Gondor welcome Rohan.', expected: ['GON>ROH:041:asserted', 'MOR>ROH:041:asserted'],
    why: 'a base-form verb after a compound subject is still a verb even when the tagger calls it a noun' },
];

for (const r of RECORDS) {
  test(`record: ${r.text} (${r.why})`, () => {
    assert.deepEqual(triples(code(r.text), true), [...r.expected].sort());
  });
}

test('an event stated "on Tuesday" in a past-tense report takes the Tuesday before the article date', () => {
  const [e] = code('Arnor criticized Gondor on Tuesday.', '2024-05-10'); // a Friday
  assert.ok(e);
  assert.equal(e.date, '2024-05-07');
  assert.equal('Arnor criticized Gondor on Tuesday.'.slice(e.dateEvidence!.start, e.dateEvidence!.end), 'on Tuesday');
});

test('an event dated well before the article date is historical', () => {
  const [e] = code('Arnor criticized Gondor in March 2019.', '2024-05-10');
  assert.equal(e?.modality, 'historical');
});

test('every event carries codes, quad, Goldstein, evidence inside the text and the rule that fired', () => {
  const text = 'Arnor is about to restore full diplomatic ties with Gondor.';
  const [e] = code(text);
  assert.ok(e);
  assert.equal(e.root, '06');
  assert.equal(e.quad, 2);
  assert.equal(e.goldstein, 7); // GDELT table value of 064
  assert.deepEqual(e.plover, { event: 'COOPERATE', mode: null });
  assert.equal(text.slice(e.evidence.start, e.evidence.end), 'Arnor is about to restore full diplomatic ties with Gondor');
  assert.equal(e.rule, 'Test:RESTORE:- * &TIETYPES TIES [064]');
});

test('events inside a quotation carry the quote id, and "we" is the speaker', () => {
  const text = 'The Arnor president said: "We support Gondor."';
  const article = { id: 'q', text, date: '2024-05-10' };
  const seg = segmentedDoc(article, res.tagger);
  const withMentions = { ...seg, mentions: findMentions(seg, res.lexicon) };
  const c = resolveCoreference(withMentions, res.lexicon);
  const speaker = c.actors.find((a) => a.code.startsWith('ARN'));
  assert.ok(speaker);
  const start = text.indexOf('We');
  const quote: Quote = { id: 'q1', speaker: speaker.id, content: { start, end: text.length - 2 }, cue: null, direct: true, speakerSpan: null, rule: 'test' };
  const evs = codeEvents({ ...withMentions, coref: c, statements: [quote] }, res).events;
  const e = evs.find((x) => x.cameo === '050');
  assert.ok(e, JSON.stringify(evs));
  assert.equal(e.quote, 'q1');
  assert.equal(e.source, speaker.id);
  assert.equal(e.targetCode, 'GON');
});

test('stages do not mutate their input and output survives a JSON round trip', () => {
  const text = 'Arnor condemned Gondor and praised Rohan.';
  const out = codeArticle({ id: 'r', text, date: '2024-05-10' }, res);
  assert.deepEqual(JSON.parse(JSON.stringify(out.events)), out.events);
  const ids = new Set(out.events.map((e) => e.id));
  assert.equal(ids.size, out.events.length);
  for (const e of out.events) assert.ok(e.evidence.start >= 0 && e.evidence.end <= text.length && e.evidence.start < e.evidence.end);
});

test('intent codes: promised cooperation is 03x, promised force is a 13x threat', () => {
  assert.equal(intentCode('042'), '036');
  assert.equal(intentCode('071'), '0331');
  assert.equal(intentCode('190'), '138');
  assert.equal(intentCode('112'), null);
});

test('the bundled CAMEO dictionary codes a pledge of support as 032 and a put-pressure phrase as 170', () => {
  const bundled = loadResources();
  const text = "China's defense chief pledges support for Russia.\n\nThe US continues to put pressure on China.";
  const evs = codeArticle({ id: 'b', text, date: '2024-05-10' }, bundled).events;
  const got = evs.map((e) => `${e.sourceCode.slice(0, 3)}>${e.targetCode.slice(0, 3)}:${e.cameo}`);
  assert.ok(got.includes('CHN>RUS:032'), got.join(' '));
  assert.ok(got.includes('USA>CHN:170'), got.join(' '));
});

test('bundled policy: "X declared that Y must ..." is X demanding of Y (100), and Y\'s act is not asserted', () => {
  const bundled = loadResources();
  const evs = codeArticle({ id: 'm', text: 'The Bush administration declared Tuesday that China must drop barriers to U.S. exports.', date: '2024-05-10' }, bundled).events;
  const demand = evs.find((e) => e.cameo === '100');
  assert.ok(demand, JSON.stringify(evs.map((e) => e.rule)));
  assert.equal(demand.sourceCode.slice(0, 3), 'USA');
  assert.equal(demand.targetCode, 'CHN');
  assert.ok(demand.rule.startsWith('dyad:obligation:'));
  for (const e of evs) if (e.sourceCode === 'CHN') assert.notEqual(e.modality, 'asserted');
});

test('bundled policy: what a demand asks for is not asserted; "according to" and "their arms" are not verbs', () => {
  const bundled = loadResources();
  const text = 'Brazil demanded that Chile ease restrictions on Peruvian traders.\n\nArgentina renewed its demand that Chile lift the curfew in Bolivia.\n\n'
    + 'Peru criticized Bolivia over their arms purchases, according to Chilean officials.';
  const evs = codeArticle({ id: 'd', text, date: '2024-05-10' }, bundled).events;
  const got = evs.map((e) => `${e.sourceCode.slice(0, 3)}>${e.targetCode.slice(0, 3)}:${e.cameo}:${e.modality}`);
  assert.ok(got.includes('BRA>CHL:100:asserted'), got.join(' '));
  for (const e of evs) if (e.sourceCode.startsWith('CHL')) assert.notEqual(e.modality, 'asserted', got.join(' '));
  assert.ok(got.includes('PER>BOL:111:asserted'), got.join(' '));
  assert.ok(!evs.some((e) => /ACCORD|:ARM/.test(e.rule)), got.join(' '));
});

test('bundled policy: a compound subject whose object names one of its members again acts on itself', () => {
  const bundled = loadResources();
  const text = 'Chile and Peru renewed negotiations on a troop pullback from Peru.';
  const got = codeArticle({ id: 'c', text, date: '2024-05-10' }, bundled).events.map((e) => `${e.sourceCode.slice(0, 3)}>${e.targetCode.slice(0, 3)}:${e.cameo}`);
  assert.ok(got.includes('CHL>PER:046') && got.includes('PER>CHL:046'), got.join(' '));
});

test('bundled supplement: military vehicles are agents of their country; eased restrictions and road blocks are coded', () => {
  const bundled = loadResources();
  const text = 'Russian aircraft killed ten Georgian civilians.\n\nChile eased restrictions on Peru.\n\nBolivian farmers blocked roads in Peru.';
  const got = codeArticle({ id: 's', text, date: '2024-05-10' }, bundled).events.map((e) => `${e.sourceCode}>${e.targetCode.slice(0, 3)}:${e.cameo}`);
  assert.ok(got.includes('RUSMIL>GEO:190'), got.join(' '));
  assert.ok(got.includes('CHL>PER:081'), got.join(' '));
  assert.ok(got.some((g) => /^BOL.*>PER:144$/.test(g)), got.join(' '));
});

test('an -ing modifier stays inside the subject; a participle before a noun ("suspected terrorist") is no verb', () => {
  const bundled = loadResources();
  const text = 'Brazilian aircraft using guided missiles killed four Chileans.\n\nPeru condemned Bolivia for its support of suspected terrorist groups in Chile.';
  const evs = codeArticle({ id: 'g', text, date: '2024-05-10' }, bundled).events;
  const got = evs.map((e) => `${e.sourceCode}>${e.targetCode.slice(0, 3)}:${e.cameo}:${e.rule}`);
  assert.ok(evs.some((e) => e.sourceCode === 'BRAMIL' && e.targetCode.startsWith('CHL') && /^1[89]/.test(e.cameo) && /KILL/.test(e.rule)), got.join(' | '));
  assert.ok(!evs.some((e) => /SUSPECT/.test(e.rule)), got.join(' | '));
});

test('bundled policy: readiness is an intent, a refused concession is a rejection (12x), a title and name are one participant', () => {
  const bundled = loadResources();
  const text = 'Chile says it is willing to withdraw its troops from Peru.\n\nBolivia said it would not meet demands from Chile.\n\n'
    + 'Peruvian President Ana Torres and Chilean President Luis Rojas signed a treaty of friendship.';
  const evs = codeArticle({ id: 'w', text, date: '2024-05-10' }, bundled).events;
  const got = evs.map((e) => `${e.sourceCode.slice(0, 3)}>${e.targetCode.slice(0, 3)}:${e.cameo}:${e.modality}`);
  assert.ok(got.some((g) => /^CHL>PER:035\d?:asserted$/.test(g)), got.join(' '));
  assert.ok(got.some((g) => /^BOL>CHL:12\d+:asserted$/.test(g)), got.join(' '));
  assert.ok(got.includes('PER>CHL:057:asserted') && got.includes('CHL>PER:057:asserted'), got.join(' '));
});

test('bundled policy: emergency rule over one\'s own country is coded; "must be ready to" is an obligation in its own clause', () => {
  const bundled = loadResources();
  const text = 'The military government of Chile declared a state of siege in Chile.\n\nThe Peruvian president said that Bolivia must be ready to negotiate with Chile.';
  const evs = codeArticle({ id: 'e', text, date: '2024-05-10' }, bundled).events;
  const got = evs.map((e) => `${e.sourceCode.slice(0, 3)}>${e.targetCode.slice(0, 3)}:${e.cameo}:${e.modality}`);
  assert.ok(got.includes('CHL>CHL:1724:asserted'), got.join(' '));
  assert.ok(got.includes('PER>BOL:100:asserted'), got.join(' '));
  for (const e of evs) if (e.sourceCode.startsWith('BOL')) assert.notEqual(e.modality, 'asserted', got.join(' '));
});

test('bundled actors supplement: the European Community is the EU (IGOEUREEC)', () => {
  const bundled = loadResources();
  const got = codeArticle({ id: 'ec', text: 'The European Community gave aid to Chile.', date: '1985-05-10' }, bundled).events.map((e) => `${e.sourceCode}>${e.targetCode}:${e.cameo}`);
  assert.ok(got.some((g) => /^IGOEUREEC>CHL:07/.test(g)), got.join(' '));
});
