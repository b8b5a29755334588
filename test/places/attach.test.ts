/**
 * Golden tests of the places stage on made-up sentences: one per attachment rule, the dateline cases, the metonymy and
 * demonym cases and the "Paris, Texas" hierarchy. Each prints the place by its words, so a reader checks it without
 * offsets. The whole pipeline runs (the attachment reads the events the event coder finds).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodedArticle, CodedEvent } from '../../src/core/types.js';
import { codeArticle } from '../../src/pipeline/code-article.js';
import { loadResources } from '../../src/resources/resources.js';

const res = loadResources();
const code = (text: string): CodedArticle => codeArticle({ id: 't', text, date: '2024-03-01' }, res);

/** The event carried by these words, its place's name and country, and the rule. */
function placeOf(doc: CodedArticle, evidence: RegExp): { event: CodedEvent; place: string | null; country: string | null; rule: string } {
  const ev = doc.events.find((e) => evidence.test(doc.text.slice(e.evidence.start, e.evidence.end)));
  assert.ok(ev, `an event with evidence ${evidence} in ${JSON.stringify(doc.events.map((e) => doc.text.slice(e.evidence.start, e.evidence.end)))}`);
  const p = ev.place ? doc.places?.find((x) => x.id === ev.place) : undefined;
  if (ev.place) assert.ok(p, `place ${ev.place} of ${ev.id} is listed`);
  return { event: ev, place: p ? p.name : null, country: p ? p.country : null, rule: ev.placeRule ?? '' };
}

const mentionTexts = (doc: CodedArticle): string[] => (doc.places ?? []).flatMap((p) => p.mentions.map((m) => doc.text.slice(m.start, m.end)));

// Why: "near X" after the event's words is where it happened (GDELT: the location closest to the statement of action).
test('rule 1, location phrase: "attacked ... near Kharkiv"', () => {
  const r = placeOf(code('Russian troops attacked Ukrainian soldiers near Kharkiv on Tuesday.'), /attacked/);
  assert.deepEqual([r.place, r.country, r.rule], ['Kharkiv', 'UKR', 'location:phrase']);
});

// Why: the target of an attack that is a place is where the attack happened ("shelled Kharkiv").
test('rule 1, object: "shelled Kharkiv"', () => {
  const r = placeOf(code('Russian forces shelled Kharkiv on Tuesday.'), /shelled/);
  assert.deepEqual([r.place, r.rule], ['Kharkiv', 'location:object']);
});

// Why: a place that modifies the target ("soldiers from X") places the event when no phrase does.
test('rule 2, target modifier: "attacked soldiers from Kharkiv"', () => {
  const r = placeOf(code('Russian troops attacked soldiers from Kharkiv.'), /attacked/);
  assert.deepEqual([r.place, r.rule], ['Kharkiv', 'target-modifier']);
  assert.equal(r.event.targetPlace, r.event.place, 'the target is placed there too (GDELT Actor2Geo)');
});

// Why: a material event in a sentence that names one place, not attached to it by a phrase, happened there.
test('rule 3, the sentence\'s only place', () => {
  const r = placeOf(code('After talks in Kharkiv collapsed, Russian troops attacked Ukrainian soldiers.'), /attacked/);
  assert.deepEqual([r.place, r.rule], ['Kharkiv', 'sentence-only-place']);
});

// Why: two places of one first-level division and no phrase: the division they share, as a place without a mention.
test('rule 4, the division the sentence\'s places share', () => {
  const doc = code('Russian troops attacked Ukrainian soldiers between Kupiansk and Izium.');
  const r = placeOf(doc, /attacked/);
  assert.equal(r.rule, 'common-admin1');
  const p = doc.places!.find((x) => x.id === r.event.place)!;
  assert.deepEqual([p.featureCode, p.country, p.mentions.length], ['ADM1', 'UKR', 0]);
  // the division both lie in (Kharkiv Oblast), not a neighbour of it in the gazetteer's table
  assert.deepEqual([p.name, p.admin1Code], ['Kharkiv', 'UA.07']);
  assert.deepEqual(mentionTexts(doc).sort(), ['Izium', 'Kupiansk']);
});

// Why: places of one country but of different divisions, and no phrase: the country they share.
test('rule 4, the country the sentence\'s places share', () => {
  const doc = code('Russian troops attacked Ukrainian soldiers between Kharkiv and Odesa.');
  const r = placeOf(doc, /attacked/);
  assert.equal(r.rule, 'common-country');
  const p = doc.places!.find((x) => x.id === r.event.place)!;
  assert.deepEqual([p.name, p.featureCode, p.country, p.mentions.length], ['Ukraine', 'PCLI', 'UKR', 0]);
});

// Why: a dateline is where the story was filed; a material event in a sentence with no place, whose actors include the
// dateline's country, is placed there; the dateline city is a place, never an actor.
test('rule 5, the dateline for a material event', () => {
  const doc = code('KYIV, Ukraine (AP) \u2014 Officials reported new attacks on Tuesday. Russian troops attacked Ukrainian soldiers overnight.');
  const r = placeOf(doc, /attacked/);
  assert.deepEqual([r.place, r.country, r.rule], ['Kyiv', 'UKR', 'dateline']);
  assert.ok(mentionTexts(doc).includes('KYIV'));
});

// Why: statements get no place from the dateline or the sentence: only where the text says they were made.
test('the dateline is not the place of a statement', () => {
  const r = placeOf(code('KYIV, Ukraine (AP) \u2014 Officials reported new attacks on Tuesday. The Ukrainian government accused Russia of lying.'), /accused/);
  assert.deepEqual([r.place, r.rule], [null, 'none:statement']);
});

// Why: "where said", when the text says it, is a statement's place.
test('a statement made somewhere named gets that place', () => {
  const r = placeOf(code('Russian officials met Ukrainian envoys in Geneva.'), /met/);
  assert.deepEqual([r.place, r.country, r.rule], ['Gen\u00e8ve', 'CHE', 'location:phrase']);
});

// Why: never a place from another paragraph (GDELT's actor, act and place from three parts of a story).
test('a place in another paragraph is not the event\'s place', () => {
  const doc = code('Fighting raged in Kharkiv.\n\nRussian troops attacked Ukrainian soldiers on Tuesday.');
  const r = placeOf(doc, /attacked/);
  assert.deepEqual([r.place, r.rule], [null, 'none:no-place-in-sentence']);
  assert.deepEqual(mentionTexts(doc), ['Kharkiv']);
});

// Why: a capital speaking for its government is an actor (metonymy), the same name as a location is a place.
test('metonymy: "Moscow said" is not a place mention; "Kyiv\'s suburbs were shelled" is', () => {
  const doc = code('Moscow said it would respond. Kyiv\'s suburbs were shelled.');
  assert.deepEqual(mentionTexts(doc), ['Kyiv']);
});

// Why: demonyms say whose, not where.
test('demonyms are not places', () => {
  const doc = code('Russian officials met Ukrainian envoys and Chinese diplomats.');
  assert.deepEqual(mentionTexts(doc), []);
});

// Why: an explicit hierarchy decides among same-named places, and one name keeps one reading in a story.
test('"Paris, Texas" is the Texan Paris; "Paris" alone is the French capital', () => {
  const tx = code('A tornado hit Paris, Texas, on Monday. Officials in Paris counted the damage.');
  const paris = tx.places!.find((p) => p.name === 'Paris')!;
  assert.deepEqual([paris.country, paris.admin1, paris.rule, paris.mentions.length], ['USA', 'Texas', 'hierarchy:texas', 2]);
  const fr = code('A tornado hit Paris on Monday.');
  assert.deepEqual(fr.places!.map((p) => [p.name, p.country, p.featureCode]), [['Paris', 'FRA', 'PPLC']]);
});

// Why: "the X region" names the division; "X" alone the city that is its capital.
test('"the Kharkiv region" is the division, "Kharkiv" the city', () => {
  assert.deepEqual(code('Heavy rain fell in the Kharkiv region.').places!.map((p) => p.featureCode), ['ADM1']);
  assert.deepEqual(code('Heavy rain fell in Kharkiv.').places!.map((p) => p.featureCode), ['PPLA']);
});

// Why: a place name inside an organisation's or a person's name is not a mention of the place.
test('names inside organisation and person names are not places', () => {
  const doc = code('The University of Texas hired Paris Hilton. She flew to Texas.');
  assert.deepEqual(mentionTexts(doc), ['Texas']);
  assert.equal(doc.text.slice(doc.places![0]!.mentions[0]!.start - 3, doc.places![0]!.mentions[0]!.start), 'to ');
});

// Why: a place modifying the source ("X-based troops") places the event when no phrase does, and is the source's place.
test('rule 2, source modifier: "Kharkiv-based troops attacked ..."', () => {
  const r = placeOf(code('Kharkiv-based Ukrainian troops attacked Russian soldiers.'), /attacked/);
  assert.deepEqual([r.place, r.rule, r.event.sourcePlace === r.event.place], ['Kharkiv', 'source-modifier', true]);
});

// Why: "In X, ..." opening the clause says where its event happened.
test('rule 1, fronted: "In Kharkiv, Russian troops attacked ..."', () => {
  const r = placeOf(code('In Kharkiv, Russian troops attacked Ukrainian soldiers.'), /attacked/);
  assert.deepEqual([r.place, r.rule], ['Kharkiv', 'location:fronted']);
});

// Why: the dateline places a material event only when the event's actors include the dateline's country.
test('the dateline is not the place of a material event between other countries', () => {
  const r = placeOf(code('KYIV, Ukraine (AP) \u2014 Officials reported new attacks on Tuesday. Syrian troops attacked Turkish soldiers overnight.'), /attacked/);
  assert.deepEqual([r.place, r.rule], [null, 'none:no-place-in-sentence']);
});

// Why: the dateline is a fallback: a place the sentence names comes first.
test('a place in the sentence comes before the dateline', () => {
  const r = placeOf(code('KYIV, Ukraine (AP) \u2014 Officials reported new attacks on Tuesday. Russian troops attacked Ukrainian soldiers in Izium overnight.'), /attacked/);
  assert.deepEqual([r.place, r.rule], ['Izium', 'location:phrase']);
});

// Why: the dateline places material cooperation (quad 2) as well as material conflict (quad 4).
test('rule 5, the dateline for material cooperation (quad 2)', () => {
  const r = placeOf(code('KYIV, Ukraine (AP) \u2014 Officials reported new attacks on Tuesday. Polish officials delivered aid to the Ukrainian army overnight.'), /delivered/);
  assert.equal(r.event.quad, 2);
  assert.deepEqual([r.place, r.country, r.rule], ['Kyiv', 'UKR', 'dateline']);
});

// Why: verbal cooperation (quad 1) is a statement too: no place from the dateline.
test('the dateline is not the place of verbal cooperation (quad 1)', () => {
  const r = placeOf(code('KYIV, Ukraine (AP) \u2014 Officials reported new attacks on Tuesday. The Ukrainian government praised Poland for its help.'), /praised/);
  assert.equal(r.event.quad, 1);
  assert.deepEqual([r.place, r.rule], [null, 'none:statement']);
});

// Why: a place in the content of a statement is where the reported act happened, not where the statement was made.
test('a statement is not placed by the place of the act it reports ("accused ... of bombing a hospital in Kharkiv")', () => {
  const doc = code('Ukraine accused Russia of bombing a hospital in Kharkiv.');
  const r = placeOf(doc, /accused/);
  assert.equal(r.event.quad, 3);
  assert.deepEqual([r.place, r.rule], [null, 'none:statement']);
  assert.deepEqual(mentionTexts(doc), ['Kharkiv'], 'Kharkiv is still a place of the text');
});

// Why: a dateline without a region ("WASHINGTON \u2014") is read as the city (a place), and places a material event of
// that country's actors.
test('rule 5, a dateline with no region: "WASHINGTON \u2014"', () => {
  const doc = code('WASHINGTON \u2014 Officials spoke on Tuesday. American troops attacked Mexican gunmen overnight.');
  const r = placeOf(doc, /attacked/);
  assert.deepEqual([r.place, r.country, r.rule], ['Washington', 'USA', 'dateline']);
  const dl = doc.places!.find((p) => p.name === 'Washington')!;
  assert.deepEqual([dl.featureCode, dl.mentions[0]!.start], ['PPLC', 0]);
});

// Why: the dateline is where the whole story was filed, so it reaches a material event of a later paragraph; a place
// named in another paragraph does not (the test above), nor one of another sentence of the same paragraph.
test('the dateline reaches another paragraph; a place of another sentence does not', () => {
  const r = placeOf(code('KYIV, Ukraine (AP) \u2014 Officials reported new attacks on Tuesday.\n\nRussian troops attacked Ukrainian soldiers overnight.'), /attacked/);
  assert.deepEqual([r.place, r.rule], ['Kyiv', 'dateline']);
  const s = placeOf(code('Fighting raged in Kharkiv. Russian troops attacked Ukrainian soldiers on Tuesday.'), /attacked/);
  assert.deepEqual([s.place, s.rule], [null, 'none:no-place-in-sentence']);
});
