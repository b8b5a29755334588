/**
 * Golden tests of the reading rules (src/stages/places/resolve.ts) on made-up sentences: lists against hierarchies,
 * a list's rank, and "no match" when the text says where a place is and the gazetteer has no such place there, or
 * when a small place lies in a country the story is not about.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodedArticle } from '../../src/core/types.js';
import { codeArticle } from '../../src/pipeline/code-article.js';
import { loadResources } from '../../src/resources/resources.js';

const res = loadResources();
const code = (text: string): CodedArticle => codeArticle({ id: 't', text, date: '2024-03-01' }, res);
/** Each place mention as "words: name country featureCode rule". */
const readings = (doc: CodedArticle): string[] => (doc.places ?? []).flatMap((p) => p.mentions.map((m) => `${doc.text.slice(m.start, m.end)}: ${p.name} ${p.country} ${p.featureCode} ${p.rule}`));

// Why: "China, Japan" is two countries in a list, not a town named China inside Japan.
test('a list of countries is not a hierarchy, and a listed name takes the country reading', () => {
  assert.deepEqual(readings(code('Cases were reported in Mexico, China, Japan and Brazil.')), [
    'Mexico: Mexico MEX PCLI list-of-countries', 'China: China CHN PCLI list-of-countries',
    'Japan: Japan JPN PCLI list-of-countries', 'Brazil: Brazil BRA PCLI list-of-countries']);
  // Niger is the country among countries, not the Nigerian state
  assert.ok(readings(code('Health officials in Mali, Niger and Senegal reported new cases.')).includes('Niger: Niger NER PCLI list-of-countries'));
});

// Why: listed with US states, Georgia is the state.
test('a name listed with divisions of one country is that country\'s division', () => {
  assert.deepEqual(readings(code('Storms hit Georgia, Alabama and Tennessee on Monday.')).map((r) => r.split(': ')[1]), [
    'Georgia USA ADM1 list-of-divisions:USA', 'Alabama USA ADM1 list-of-divisions:USA', 'Tennessee USA ADM1 list-of-divisions:USA']);
  // alone, Georgia is the country
  assert.deepEqual(readings(code('Storms hit Georgia on Monday.')).map((r) => r.split(': ')[1]), ['Georgia GEO PCLI country-name']);
});

// Why: "X, Y" chains and "X, Y and Z, Y" stay hierarchies; a list after them does not undo them.
test('hierarchies inside a list stay hierarchies', () => {
  const r = readings(code('A tornado struck Springfield, Illinois and Decatur, Illinois on Monday.'));
  assert.ok(r.includes('Springfield: Springfield USA PPLA hierarchy:illinois'), r.join('; '));
  assert.ok(r.some((x) => /^Decatur: Decatur USA \S+ hierarchy:illinois$/.test(x)), r.join('; '));
  assert.deepEqual(readings(code('The mayor of New York, New York, spoke.')).slice(0, 1), ['New York: New York City USA PPL hierarchy:new york']);
});

// Why: the text says the place is in Scotland and the gazetteer knows no such place there (only a town in the United
// States): no reading is better than a wrong one, for every mention of the name in the story.
test('"X, Y" where Y holds no reading of X: no match for X in the story', () => {
  const doc = code('A swan found near Cellardyke in Fife, Scotland tested positive. Officials closed a farm in Fife.');
  assert.deepEqual(readings(doc), ['Scotland: Scotland GBR ADM1 exact-name']);
});

// Why: a small place (here only a Canadian town of that name) in a story about another country is not read as a place.
test('a small place in a country the story is not about is no match', () => {
  assert.deepEqual(readings(code('British officials said floods hit homes in Cornwall on Monday.')), []);
  // the same sentence in a story about Canada, or about no country, reads the Canadian town
  for (const text of ['Canadian officials said floods hit homes in Cornwall on Monday.', 'Floods hit homes in Cornwall on Monday.']) {
    assert.deepEqual(readings(code(text)).map((r) => r.split(' ').slice(2, 4).join(' ')), ['CAN PPL'], text);
  }
});

// Why: a national capital's own name ("Washington") is as exact as a division's: the capital, not the state, unless
// the text says otherwise; "New York" (a large city's name too) does not make a list of US states.
test('"Washington" is the capital; listed with states, the state', () => {
  for (const text of ['Officials met in Washington on Monday.', 'The company has offices in Washington, New York and San Francisco.']) {
    assert.ok(readings(code(text)).some((r) => r.startsWith('Washington: Washington USA PPLC ')), `${text}: ${readings(code(text)).join('; ')}`);
  }
  assert.ok(readings(code('Storms hit Oregon, Washington and Idaho.')).includes('Washington: Washington USA ADM1 list-of-divisions:USA'));
});

// Why: "the state of X", "the province of X" name the division, as "the X region" does; "Washington" alone is the capital.
test('"the state of Washington" is the state, "Washington" alone the capital', () => {
  assert.deepEqual(readings(code('The first case was found on a farm in the state of Washington last year.')).map((r) => r.split(': ')[1]),
    ['Washington USA ADM1 only-candidate']);
  assert.ok(readings(code('Officials in Washington announced new rules for farms.'))[0]!.startsWith('Washington: Washington USA PPLC'));
});

// Why: an actor named only by a place name gives no document context, even when the place stage does not read that
// name as a place ("the University of Georgia" is an organisation's name; the actor layer reads the country Georgia in
// it): in a story about US states, "a lab in Georgia" is then the state.
test('a place name inside an organisation\'s name, read by the actor layer as a country, is no context of the story', () => {
  const doc = code('Tests on a cow from a farm in Alabama were confirmed by the United States Department of Agriculture. '
    + 'The first result came from a contract lab in Georgia. A second test was run at the University of Georgia.');
  assert.ok(readings(doc).some((r) => /^Georgia: Georgia USA ADM1 context-country:USA$/.test(r)), readings(doc).join('; '));
});

// Why: a division's name shared by divisions of several countries ("Eastern Province") says nothing of which one in a
// story about another country: no match rather than a guess (the gazetteer has no such division of Kenya).
test('a division name shared by several countries, in a story about another country, is no match', () => {
  const doc = code('Health officials in Kenya reported 12 deaths in Eastern Province and seven in Nairobi on Monday.');
  assert.ok(!readings(doc).some((r) => r.startsWith('Eastern Province')), readings(doc).join('; '));
  assert.ok(readings(doc).some((r) => r.startsWith('Nairobi: Nairobi KEN')));
  // in a story about Saudi Arabia it is Saudi Arabia's
  const sa = code('Health officials in Saudi Arabia reported 12 deaths in Eastern Province on Monday.');
  assert.ok(readings(sa).some((r) => /^Eastern Province: \S.* SAU ADM1 context-country:SAU$/.test(r)), readings(sa).join('; '));
});
