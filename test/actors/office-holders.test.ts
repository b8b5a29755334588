import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodedArticle } from '../../src/core/types.js';
import { codeArticle } from '../../src/pipeline/code-article.js';
import { loadResources } from '../../src/resources/resources.js';
import { cleanFactbookName, factbookNameForms } from '../../src/resources/office-holders/names.js';
import { holderCodes } from '../../src/resources/office-holders/terms.js';
import { supplementHolders, SupplementError } from '../../src/resources/office-holders/supplement.js';
import { mergeHolders } from '../../src/resources/office-holders/holders.js';

const res = loadResources();
const code = (text: string, date?: string): CodedArticle => codeArticle({ id: 't', text, ...(date ? { date } : {}) }, res);
const person = (doc: CodedArticle, name: string) => doc.actors.find((a) => a.kind === 'person' && a.mentions.some((m) => doc.text.slice(m.start, m.end).includes(name)));

// Why (issue 15): the Phoenix person dictionaries end in 2015 and never say when a term ended; the office-holder data
// do. Inside the term the person holds the office, from the day after it ends they are an elite (ELI).
test('a leader from the office-holder data is GOV inside the term and ELI from the day after it ends', () => {
  const text = 'Boris Johnson met the ambassador in London.';
  assert.equal(person(code(text, '2020-03-01'), 'Boris Johnson')?.code, 'GBRGOV');
  assert.equal(person(code(text, '2022-09-06'), 'Boris Johnson')?.code, 'GBRGOV');
  assert.equal(person(code(text, '2022-09-07'), 'Boris Johnson')?.code, 'GBRELI');
  // a defence secretary from the UK ministers data carries MIL, and an undated article takes the latest role
  assert.equal(person(code('Ben Wallace inspected the troops.', '2021-01-10'), 'Ben Wallace')?.code, 'GBRGOVMIL');
  assert.equal(person(code('Ben Wallace inspected the troops.'), 'Ben Wallace')?.code, 'GBRELI');
  // the rule says which data coded it
  assert.match(person(code(text, '2020-03-01'), 'Boris Johnson')?.codeEvidence?.rule ?? '', /dyad\.office-holders/);
});

// Why: newer source wins over Phoenix for the same person and date; Phoenix's open-ended codes never ended.
test('a Phoenix person merged with the office-holder data is ELI after the term the data record', () => {
  assert.equal(person(code('Barack Obama criticized the plan.', '2012-05-01'), 'Barack Obama')?.code, 'USAGOV');
  assert.equal(person(code('Barack Obama criticized the plan.', '2019-05-01'), 'Barack Obama')?.code, 'USAELI');
});

// Why: heads.csv is a regular-expression parse; titles leak into names and notes into rows.
test('Factbook names are repaired by rule: titles, notes, heirs and monarchs', () => {
  assert.equal(cleanFactbookName('Regional Council Antoine KARAM', 'President of the')?.name, 'Antoine KARAM');
  assert.equal(cleanFactbookName('Islamic Republic of Afghanistan Hamid KARZAI', 'President of the', new Set(['afghanistan']))?.name, 'Hamid KARZAI');
  assert.equal(cleanFactbookName('bin Zayid Al NUHAYYAN', 'Deputy Prime Minister Sultan')?.name, 'Sultan bin Zayid Al NUHAYYAN');
  assert.equal(cleanFactbookName('other members of the collective presidency: Ejup GANIC', '')?.name, 'Ejup GANIC');
  assert.equal(cleanFactbookName('KIM Chong-il, is the son of and designated successor to former President KIM Il-song', '')?.name, 'KIM Chong-il');
  assert.equal(cleanFactbookName('election last held NA December 1992', ''), null);
  assert.equal(cleanFactbookName('Heir Apparent Crown Prince FREDERIK, elder son of the Queen', ''), null);
  assert.equal(cleanFactbookName('President-elect Aleksandr LUKASHENKO', ''), null);
  assert.deepEqual(factbookNameForms(cleanFactbookName('Mann Queen ELIZABETH II', 'Lord of')!).phrases, ['Queen Elizabeth II', 'Queen Elizabeth']);
  assert.deepEqual(factbookNameForms(cleanFactbookName('Javier Gerardo MILEI', 'President')!), { display: 'Javier Gerardo Milei', phrases: ['Javier Gerardo Milei', 'Javier Milei'], surname: 'Milei' });
  // family name first: the capitalised word is the surname only where the language writes it first
  assert.equal(factbookNameForms(cleanFactbookName('XI Jinping', 'President')!, true).surname, 'Xi');
  assert.equal(factbookNameForms(cleanFactbookName('HAYBATULLAH Akhundzada', 'Taliban Leader')!, false).surname, undefined);
});

test('terms become dated codes: the highest office wins an overlap, gaps and the time after are ELI', () => {
  const codes = holderCodes([
    { from: '2010-01-01', to: '2012-12-31', code: 'XYZGOV', priority: 2, title: 'Minister', source: 't' },
    { from: '2012-06-01', to: '2013-05-31', code: 'XYZGOV', priority: 3, title: 'President', source: 't' },
    { from: '2016-01-01', code: 'XYZGOVMIL', priority: 2, title: 'Defence Minister', source: 't' },
  ], 'XYZ');
  assert.deepEqual(codes, [
    { code: 'XYZGOV', from: '20100101', to: '20130531' },
    { code: 'XYZELI', from: '20130601', to: '20151231' },
    { code: 'XYZGOVMIL', from: '20160101' },
  ]);
});

// Why: wrong office-holders are worse than missing ones: every supplement row must say where it comes from and when.
test('every row of the hand-kept supplement carries a source and an as-of date, else a one-line error naming the line', () => {
  const head = 'name,aliases,surname,country,code,office,from,to,source,as_of\n';
  const ok = supplementHolders(head + 'Jane Example Doe,,Doe,XYZ,XYZGOV,Foreign Minister,2024-01-02,,https://example.org/cabinet,2024-02-01\n');
  assert.equal(ok[0]?.terms[0]?.code, 'XYZGOV');
  assert.throws(() => supplementHolders(head + 'Jane Doe,,,XYZ,XYZGOV,Foreign Minister,2024-01-02,,,2024-02-01\n', 's.csv'), (e: Error) => e instanceof SupplementError && /^s\.csv:2: .*source/.test(e.message));
  assert.throws(() => supplementHolders(head + 'Jane Doe,,,XYZ,XYZGOV,Foreign Minister,2024-01-02,,https://example.org/x,\n', 's.csv'), /s\.csv:2: .*as_of/);
  assert.throws(() => supplementHolders(head + 'Jane Doe,,,XYZ,XYZXXX,Foreign Minister,2024-01-02,,https://example.org/x,2024-02-01\n', 's.csv'), /code/);
});

test('the bundled supplement loads: every row sourced and dated', async () => {
  const fs = await import('node:fs');
  const { BUNDLED_DICTIONARIES } = await import('../../src/resources/resources.js');
  const text = fs.readFileSync(`${BUNDLED_DICTIONARIES}/office-holders/supplement.csv`, 'utf8');
  const holders = supplementHolders(text);
  assert.ok(holders.length >= 20, `${holders.length} people`);
  for (const h of holders) for (const t of h.terms) assert.equal(t.source, 'supplement');
});

test('name variants of one person merge; a form two people share is dropped from both', () => {
  const t = (from: string, source = 'cia-factbook') => [{ from, code: 'XYZGOV', priority: 3, title: 'President', source }];
  const merged = mergeHolders([
    { key: 'a', display: 'Ashraf Ghani Ahmadzai', phrases: ['Ashraf Ghani Ahmadzai'], country: 'XYZ', terms: t('2014-01-01') },
    { key: 'b', display: 'Ashraf Ghani', phrases: ['Ashraf Ghani'], country: 'XYZ', terms: t('2014-01-01') },
    { key: 'c', display: 'Kim Jong Il', phrases: ['Kim Jong Il', 'Kim Jong'], surname: 'Kim', country: 'PRK', terms: t('1994-01-01') },
    { key: 'd', display: 'Kim Jong Un', phrases: ['Kim Jong Un', 'Kim Jong'], surname: 'Kim', country: 'PRK', terms: t('2011-12-17') },
  ]);
  assert.deepEqual(merged.map((h) => [h.display, h.phrases, h.surname ?? null]), [
    ['Kim Jong Il', ['Kim Jong Il'], null], ['Kim Jong Un', ['Kim Jong Un'], null],
    ['Ashraf Ghani Ahmadzai', ['Ashraf Ghani Ahmadzai', 'Ashraf Ghani'], null],
  ]);
});
