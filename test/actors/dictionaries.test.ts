import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOn, parseActorDictionary } from '../../src/resources/petrarch/actors.js';
import { parseAgentDictionary } from '../../src/resources/petrarch/agents.js';
import { parsePhrase } from '../../src/resources/petrarch/phrase.js';

// Why: date-restricted codes decide the role a person holds on the article date (PETRARCH `[CODE >YYYYMMDD]`).
test('actor dictionary entries keep synonyms and date-restricted codes', () => {
  const dict = `# comment\nNORTHLAND_  [NRL]\n+NORTHLANDIAN_\nJANE_DOE_  # a leader\n+PRESIDENT_JANE_DOE_\n\t[NRLGOV >20120101]\n\t[NRLELI 19990101-20111231]\nSOMEONE_WITHOUT_CODE_\n`;
  const entries = parseActorDictionary(dict, 'test.actors.txt');
  assert.deepEqual(entries.map((e) => e.name), ['NORTHLAND', 'JANE DOE']);
  assert.deepEqual(entries[0]!.phrases.map((p) => p.tokens.join(' ')), ['northland', 'northlandian']);
  const jane = entries[1]!;
  assert.equal(codeOn(jane.codes, '2015-05-01')?.code, 'NRLGOV');
  assert.equal(codeOn(jane.codes, '2005-05-01')?.code, 'NRLELI');
  assert.equal(codeOn(jane.codes, '1990-01-01'), undefined);
});

// Why: six-digit TABARI dates (yymmdd) are common in the Phoenix files.
test('six-digit dates are read with their century', () => {
  const [e] = parseActorDictionary('OLD_LEADER_\n\t[ABCGOV 681031-720224]\n', 'x');
  assert.equal(e!.codes[0]!.from, '19681031');
  assert.equal(e!.codes[0]!.to, '19720224');
});

// Why: a trailing underscore means an exact word; none means a stem (ARGENTIN matches Argentina, Argentine).
test('phrases distinguish exact words from stems and split possessives and hyphens', () => {
  assert.deepEqual(parsePhrase('ARGENTIN'), { tokens: ['argentin'], stem: true });
  assert.deepEqual(parsePhrase('ARNOR_'), { tokens: ['arnor'], stem: false });
  assert.deepEqual(parsePhrase("PEOPLE'S_REPUBLIC_OF_CHINA_")!.tokens, ['people', "'s", 'republic', 'of', 'china']);
  assert.deepEqual(parsePhrase('AL-QAEDA_')!.tokens, ['al', '-', 'qaeda']);
});

// Why: agents carry sectors, substitution sets and regular or listed plurals.
test('agent dictionary expands substitution sets and plurals', () => {
  const dict = `!PERSON! = MAN, WOMAN\nPOLICE {} [~COP]\nSPOKES!PERSON! [~GOV]\nFOREIGN_MINISTER [~GOVFRM]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\n`;
  const agents = parseAgentDictionary(dict, 'agents.txt');
  const byName = new Map(agents.map((a) => [a.name, a]));
  assert.deepEqual(byName.get('POLICE')!.phrases.map((p) => p.tokens.join(' ')), ['police']);
  assert.deepEqual(agents.filter((a) => a.name.startsWith('SPOKES')).flatMap((a) => a.phrases.map((p) => p.tokens.join(' '))).sort(), ['spokesman', 'spokesmen', 'spokeswoman', 'spokeswomen']);
  assert.deepEqual(byName.get('FOREIGN MINISTER')!.sectors, ['GOV', 'FRM']);
  assert.deepEqual(byName.get('ATTORNEY GENERAL')!.phrases.map((p) => p.tokens.join(' ')), ['attorney general', 'attorneys general']);
});
