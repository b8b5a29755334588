import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorAt, code, speakerOf, texts } from './text-helpers.js';

// Made-up sentences for issue 15, items 3 (roles read in the text win) and 5 (speakers). Names are invented unless a
// test is about a person of the office-holder data.

// Why: a past office read in the title ("former") makes the person ELI of the country the title names, never GOV.
test('"Former Kenyan defence minister X" is KENELI', () => {
  const doc = code('Former Kenyan defence minister Peter Otieno criticised the budget on Monday.');
  const p = actorAt(doc, 'Peter Otieno');
  assert.equal(p?.kind, 'person');
  assert.equal(p?.code, 'KENELI');
  assert.deepEqual(p?.sectors, ['ELI']);
  assert.match(p?.role?.title ?? '', /defence minister/i);
});

// Why: "then-" is a past office too, and an apposition with "former" after a name says the same.
test('"then-President X" and "X, a former State Department official," are ELI', () => {
  const doc = code('Then-President Michel Temer signed the law. John Sutter, a former State Department official, said it was wise.', '2021-06-01');
  assert.equal(actorAt(doc, 'Michel Temer')?.code, 'BRAELI');
  const s = actorAt(doc, 'John Sutter');
  assert.equal(s?.code, 'USAELI');
  assert.ok(texts(doc, s).some((t) => t.includes('official')), 'the apposition is a mention of the person');
});

// Why: the text's role wins over a dictionary's dated one: in June 2021 the office-holder data say Bolsonaro is BRAGOV,
// but a text that calls him former is coded by the text.
test('a leader of the office-holder data: GOV inside the term, ELI outside it, ELI when the text says "former"', () => {
  assert.equal(actorAt(code('Jair Bolsonaro spoke in Brasilia.', '2021-06-01'), 'Jair Bolsonaro')?.code, 'BRAGOV');
  assert.equal(actorAt(code('Jair Bolsonaro spoke in Brasilia.', '2024-06-01'), 'Jair Bolsonaro')?.code, 'BRAELI');
  assert.equal(actorAt(code('Former President Jair Bolsonaro spoke in Brasilia.', '2021-06-01'), 'Jair Bolsonaro')?.code, 'BRAELI');
});

// Why: "X's foreign minister Y" codes Y from the role and the country in the phrase, and the title is the same actor as
// the name (no separate actor for the title).
test('"Kenya\'s foreign minister Jane Wanjiru" is one actor, KENGOV', () => {
  const doc = code("Kenya's foreign minister Jane Wanjiru met reporters in Nairobi. Wanjiru said talks would go on.");
  const p = actorAt(doc, 'Jane Wanjiru');
  assert.equal(p?.code, 'KENGOV');
  assert.ok(texts(doc, p).includes("Kenya's foreign minister"));
  assert.ok(texts(doc, p).includes('Wanjiru'));
  assert.equal(doc.actors.filter((a) => a.kind === 'person').length, 1);
});

// Why: a title written as a dictionary office name ("Secretary of State") before a person is that person's title, not
// an organization of its own (the split the issue reports).
test('"U.S. Secretary of State Antony Blinken" is one person actor with the title among its mentions', () => {
  const doc = code('U.S. Secretary of State Antony Blinken arrived in Cairo. Blinken met officials.', '2022-03-01');
  const b = actorAt(doc, 'Antony Blinken');
  assert.equal(b?.code, 'USAGOV');
  assert.ok(texts(doc, b).some((t) => t.includes('Secretary of State')), texts(doc, b).join(' | '));
  assert.ok(!doc.actors.some((a) => a.kind === 'organization' && /secretary/i.test(a.name)));
});

// Why: "Y, X's defence minister," after a name is that person's apposition: it codes Y and is not given to a person
// named earlier of the same country.
test('an apposition codes the name it follows, not the person named before', () => {
  const doc = code("Kenya's foreign minister Jane Wanjiru arrived first. Peter Otieno, Kenya's defence minister, said talks went well.");
  const o = actorAt(doc, 'Peter Otieno');
  assert.equal(o?.code, 'KENGOVMIL');
  assert.ok(texts(doc, o).includes("Kenya's defence minister"));
  assert.equal(actorAt(doc, 'Jane Wanjiru')?.code, 'KENGOV');
});

// Why: the staff of an IGO or NGO carry the organisation's code and no sectors.
test('"a researcher at Human Rights Watch" is NGOHRI with no sectors', () => {
  const doc = code('Mary Jonas, a researcher at Human Rights Watch, said the arrests were arbitrary.');
  const p = actorAt(doc, 'Mary Jonas');
  assert.equal(p?.code, 'NGOHRI');
  assert.deepEqual(p?.sectors, []);
});

// Why: a generic agent takes the country named in its phrase ("police in Kenya"), keeping its sector (CAMEO's KENCOP).
test('generic agents with a country: "police in Kenya" are KENCOP, "Malian rebels" are MLIREB', () => {
  const doc = code('Police in Kenya arrested 20 protesters. Malian rebels attacked a convoy.');
  assert.equal(actorAt(doc, 'Police')?.code, 'KENCOP');
  const r = actorAt(doc, 'rebels');
  assert.equal(r?.code, 'MLIREB');
  assert.equal(r?.kind, 'group');
});

// (a generic agent is given no country by a dateline: test/places/dateline.test.ts)

// Why: in a story about one country, generic agents and titled people with no country of their own take it.
test('the story\'s unambiguous country codes "rebels", "lawmakers" and "Judge X"', () => {
  const doc = code('Mali faces a new crisis. Rebels attacked a town in northern Mali on Monday, and lawmakers in Bamako demanded a debate. '
    + 'Mali\'s government has promised aid. Judge Amadou Keita opened an inquiry. Mali is also short of food.');
  assert.equal(actorAt(doc, 'Rebels')?.code, 'MLIREB');
  assert.equal(actorAt(doc, 'Amadou Keita')?.code, 'MLIJUD');
});

// Why (item 5): "he said" after two people are named is the one named as the subject, not the one named after a
// preposition, in a possessive or inside the quotation.
test('"he said" resolves to the subject named before, not to a person after "to", in a possessive or in the quote', () => {
  const doc = code('Peter Otieno, a former aide to David Kamau, addressed reporters. "We will appeal," he said. '
    + 'Samuel Ruto, who held Kamau\'s post in 2010, spoke next. "I met Joseph Mwangi yesterday and nothing changed," he said.');
  assert.equal(speakerOf(doc, 'We will appeal')?.name, 'Peter Otieno');
  assert.equal(speakerOf(doc, 'nothing changed')?.name, 'Samuel Ruto');
});

// Why (item 5): "the minister said" is the minister named before (one actor per speaker).
test('"the minister said" is the minister named before', () => {
  const doc = code("Kenya's foreign minister Jane Wanjiru met reporters in Nairobi. The minister said talks would go on.");
  assert.equal(speakerOf(doc, 'talks would go on')?.name, 'Jane Wanjiru');
});

// Why: officials with no country named speak for the country the story is about, not for an actor "Officials".
test('"officials said" in a story about one country is that country', () => {
  const doc = code('Rebels attacked villages in Mali. Mali sent troops, and Mali asked for help. Officials said 20 people died.');
  assert.equal(speakerOf(doc, '20 people died')?.code, 'MLI');
});

// Why (item 5): the subject of "NAME, an office of X, with responsibility for Y, cautioned" is NAME, and so is the "he"
// of the next quotation, not the last capitalised phrase of the apposition.
test('a verb after appositions is attributed to the name that opens the clause, and so is "he" after it', () => {
  const doc = code('But John Doe, deputy director in the Bureau of Coastal and Inland Affairs, with responsibility for the Lake Region, '
    + 'cautioned that nothing was decided. "We will look again," he told reporters.', '2021-05-01');
  assert.equal(speakerOf(doc, 'nothing was decided')?.name, 'John Doe');
  assert.equal(speakerOf(doc, 'We will look again')?.name, 'John Doe');
});

// Why: a phrase that names the country of a state's group keeps the group's sector, as CAMEO codes it ("soldiers from
// X" is XMIL, not the country X); only the story's own country absorbs its state's groups.
test('"Soldiers from Kenya" are KENMIL; "lawmakers in Kenya and Uganda" are one group of each country', () => {
  const doc = code('Soldiers from Kenya attacked a camp near the border on Monday.');
  const s = actorAt(doc, 'Soldiers');
  assert.equal(s?.code, 'KENMIL');
  const two = code('Lawmakers in Kenya and Uganda welcomed the trade agreement with Tanzania on Monday.');
  const codes = two.events.filter((e) => e.targetCode === 'TZA').map((e) => e.sourceCode).sort();
  assert.deepEqual(codes, ['KENLEG', 'UGALEG']);
});
