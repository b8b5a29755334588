/**
 * Golden tests of the dateline on made-up stories: "WASHINGTON —", "KYIV, Ukraine (AP) —" say where the story was
 * filed. The dateline stage is the one reader of a dateline: it reads it before the mentions stage, which proposes no
 * actor mention inside it, so coreference and the events see none there; the places stage reads it as a place. A city
 * named in the dateline and again in the text as an actor ("MOSCOW — ... Moscow said") is an actor there. The whole
 * pipeline runs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodedArticle } from '../../src/core/types.js';
import { codeArticle, documentThrough } from '../../src/pipeline/code-article.js';
import { loadResources } from '../../src/resources/resources.js';
import { findDateline } from '../../src/stages/places/dateline.js';

const res = loadResources();
const article = (text: string) => ({ id: 't', text, date: '2024-03-01' });
const code = (text: string): CodedArticle => codeArticle(article(text), res);

/** Every actor mention of the output, by its words, with the actor's code. */
const actorMentions = (doc: CodedArticle): Array<{ text: string; start: number; code: string }> =>
  doc.actors.flatMap((a) => a.mentions.map((m) => ({ text: doc.text.slice(m.start, m.end), start: m.start, code: a.code })));

/** The words of the actor mentions that start before `end` (inside a dateline ending there). */
const mentionsBefore = (doc: CodedArticle, end: number): string[] => actorMentions(doc).filter((m) => m.start < end).map((m) => m.text);

const placeWords = (doc: CodedArticle): string[] => (doc.places ?? []).flatMap((p) => p.mentions.map((m) => doc.text.slice(m.start, m.end)));

// Why: a dateline without a country is where the story was filed: a place, and no actor ("WASHINGTON" is not the US).
test('"WASHINGTON —": the city is a place, never an actor', () => {
  const doc = code('WASHINGTON \u2014 The United States imposed new sanctions on Iran on Tuesday.');
  assert.deepEqual(mentionsBefore(doc, doc.text.indexOf('The')), []);
  assert.ok(placeWords(doc).includes('WASHINGTON'));
  // the actors of the sentence itself are still there
  assert.deepEqual(actorMentions(doc).map((m) => [m.text, m.code]), [['United States', 'USA'], ['Iran', 'IRN']]);
});

// Why: with its country and the agency, the whole dateline is the filing: neither the city, the country nor the agency
// is an actor; the city and the country are places.
test('"KYIV, Ukraine (AP) —": no actor in the city, the country or the agency', () => {
  const doc = code('KYIV, Ukraine (AP) \u2014 Russian forces shelled Kharkiv on Tuesday, officials said.');
  assert.deepEqual(mentionsBefore(doc, doc.text.indexOf('Russian')), []);
  assert.ok(placeWords(doc).includes('KYIV') && placeWords(doc).includes('Ukraine'));
  assert.ok(actorMentions(doc).some((m) => m.text.startsWith('Russian') && m.code.startsWith('RUS')));
});

// Why: a date and a wire agency after the city ("BEIJING, Jan 5 (Reuters) -") belong to the dateline too.
test('"BEIJING, Jan 5 (Reuters) -": no actor in the dateline', () => {
  const doc = code('BEIJING, Jan 5 (Reuters) - China criticised Japan on Friday over its new defence plan.');
  assert.deepEqual(mentionsBefore(doc, doc.text.indexOf('China')), []);
  assert.ok(actorMentions(doc).some((m) => m.text === 'China' && m.code === 'CHN'));
});

// Why: the city of the dateline that is also a capital keeps its metonymic use later in the text: "Moscow said" is Russia
// acting, an actor mention; only the dateline's "MOSCOW" is skipped.
test('"MOSCOW — ... Moscow said": the later Moscow is an actor, the dateline is not', () => {
  const doc = code('MOSCOW \u2014 Russia expelled two British diplomats on Monday. Moscow said the move was a response to sanctions.');
  const later = doc.text.lastIndexOf('Moscow');
  assert.deepEqual(mentionsBefore(doc, doc.text.indexOf('Russia')), []);
  const m = actorMentions(doc).find((x) => x.start === later);
  assert.ok(m, 'the later "Moscow" is an actor mention');
  assert.equal(m.code.slice(0, 3), 'RUS');
  assert.ok(placeWords(doc).includes('MOSCOW'));
  assert.ok(!placeWords(doc).includes('Moscow'), 'the metonymic "Moscow" is not a place mention');
});

// Why: a headline before the dateline is text of the story: its names are actors as before.
test('a headline before the dateline keeps its actors', () => {
  const doc = code('Russia expels diplomats\n\nMOSCOW \u2014 Russia expelled two British diplomats on Monday.');
  const dl = doc.text.indexOf('MOSCOW');
  assert.ok(actorMentions(doc).some((m) => m.start < dl && m.text === 'Russia' && m.code === 'RUS'));
  assert.deepEqual(actorMentions(doc).filter((m) => m.start >= dl && m.start < doc.text.indexOf('\u2014') + 1), []);
});

// Why: the dateline layer is read once, right after segmentation, and the mentions layer lies outside its span; with no
// dateline (a story opening with a sentence) the layer is null and the opening names are actors.
test('the dateline layer, and no dateline in a story opening with a sentence', () => {
  const doc = documentThrough(article('LONDON, England (AP) \u2014 Britain recalled its ambassador.'), res, 'mentions');
  assert.ok(doc.dateline);
  assert.equal(doc.text.slice(doc.dateline.city.start, doc.dateline.city.end), 'LONDON');
  assert.equal(doc.text.slice(doc.dateline.region!.start, doc.dateline.region!.end), 'England');
  assert.ok(doc.mentions!.every((m) => m.start >= doc.dateline!.span.end));
  const plain = documentThrough(article('Britain recalled its ambassador from Moscow on Monday.'), res, 'mentions');
  assert.equal(plain.dateline, null);
  assert.equal(plain.mentions![0]!.start, 0);
});

/** Events of a text as "SRC>TGT:CAMEO:modality". */
const events = (text: string): string[] => code(text).events.map((e) => `${e.sourceCode}>${e.targetCode}:${e.cameo}:${e.modality}`);

// Why: the events see no participant in a dateline: "LIMA, Peru" is where the story was filed, not Peru acting or
// acted on.
test('"LIMA, Peru (AP) —": no event has the filing place as a party', () => {
  const evs = events('LIMA, Peru (AP) \u2014 A Bolivian man was shot by Chilean police on Monday.');
  assert.ok(!evs.some((e) => /(^|>)PER/.test(e)), evs.join(' | '));
  assert.ok(evs.some((e) => /^CHLCOP>BOL\w*:1\d\d\d?:asserted$/.test(e)), evs.join(' | '));
});

// Why: coreference gives a generic agent the story's country, never the dateline's: with no country in the phrase,
// the sentence or the story, "Police" keeps only its sector.
test('"NAIROBI, Kenya —": generic agents take no country from the dateline', () => {
  const doc = code('NAIROBI, Kenya \u2014 Police arrested 20 protesters on Monday. Rebels attacked a convoy.');
  const actorOf = (words: string) => doc.actors.find((a) => a.mentions.some((m) => doc.text.slice(m.start, m.end) === words));
  assert.equal(actorOf('Police')?.code, 'COP');
  assert.equal(actorOf('Police')?.country, null);
  assert.equal(actorOf('Rebels')?.code, 'REB');
});

// Why (regression): the events stage had a dateline reader of its own, run on every sentence, which took a sentence
// opening with a capitalised word and a hyphen ("US-led", "EU-wide") for a dateline and dropped that actor.
test('"US-led forces attacked Iraq": a hyphenated opening word is no dateline', () => {
  const evs = events('The offensive began at dawn. US-led forces attacked Iraq on Monday.');
  assert.ok(evs.some((e) => /^USA\w*>IRQ:19\d*:asserted$/.test(e)), evs.join(' | '));
});

/** The words of the dateline layer, or null. */
const datelineOf = (text: string): string | null => {
  const doc = documentThrough(article(text), res, 'dateline');
  return doc.dateline ? doc.text.slice(doc.dateline.span.start, doc.dateline.span.end) : null;
};

// Why (regression): an actor's name in capitals and a dash opening the story is the actor, not a dateline: "NATO" and
// "Hamas" name villages (and an alternate name of Hamm) in the gazetteer, but the dictionaries name an organisation by
// those words and nothing but the dash follows them.
test('"NATO — The alliance said ...", "HAMAS — ...": the actor opens the story, no dateline', () => {
  assert.equal(datelineOf('NATO \u2014 The alliance said on Monday it would send troops to Poland.'), null);
  const nato = code('NATO \u2014 The alliance said on Monday it would send troops to Poland.');
  assert.ok(actorMentions(nato).some((m) => m.text === 'NATO' && m.code.startsWith('IGO')), JSON.stringify(actorMentions(nato)));
  assert.equal(datelineOf('HAMAS \u2014 The group fired rockets at Israel on Monday.'), null);
});

// Why: a word in capitals before a dash that the gazetteer does not know is no place ("EXCLUSIVE –", a banner).
test('"EXCLUSIVE – ...": no place, no dateline', () => {
  assert.equal(datelineOf('EXCLUSIVE \u2013 The senator told reporters he would resign.'), null);
});

// Why: a place the dictionaries also code as an actor is a dateline when more than a dash follows it (an agency, a
// region); datelines of small places and with a region are kept.
test('"GAZA CITY (AP) —", "MARANCHON, SPAIN —", "COLUMBIA, S.C. -" are datelines', () => {
  assert.equal(datelineOf('GAZA CITY (AP) \u2014 Israel struck a building on Monday.'), 'GAZA CITY (AP) \u2014 ');
  assert.equal(datelineOf('MARANCHON, SPAIN \u2014 Police arrested a man on Monday.'), 'MARANCHON, SPAIN \u2014 ');
  assert.equal(datelineOf('COLUMBIA, S.C. - Voters went to the polls on Saturday.'), 'COLUMBIA, S.C. - ');
});

// Why: without the compiled gazetteer the dictionaries still tell an actor from a city.
test('without the gazetteer: "NATO —" is no dateline, "WASHINGTON —" is one', () => {
  const names = { gazetteer: () => null, lexicon: res.lexicon };
  const seg = (text: string) => {
    const doc = documentThrough(article(text), res, 'segment');
    return { text: doc.text, tokens: doc.tokens!, sentences: doc.sentences! };
  };
  const nato = seg('NATO \u2014 The alliance said on Monday it would send troops.');
  assert.equal(findDateline(nato.text, nato, names), null);
  const dc = seg('WASHINGTON \u2014 The United States imposed sanctions on Iran.');
  assert.deepEqual(findDateline(dc.text, dc, names)?.span, { start: 0, end: 'WASHINGTON \u2014 '.length });
});

// Why: a title (ending with a period, so not marked as a headline), a subtitle or an abstract may come before the
// dateline; the dateline opens the first paragraph that is the story's, and a dash may touch the next word.
test('a title and a subtitle before the dateline; "BOSTON —Standing"', () => {
  assert.equal(datelineOf('Senator could make history. Again.\n\nA preview of the race.\n\nNEWPORT NEWS, Va. - The senator held a cookout on Monday.'),
    'NEWPORT NEWS, Va. - ');
  assert.equal(datelineOf('Pothole politics.\n\nBOSTON \u2014Standing in front of a crowd, the senator spoke on Sunday.'), 'BOSTON \u2014');
});

// Why: a city in capitals and a dash after the story's text has begun (a paragraph of more than 300 characters) is
// no dateline of this story (a digest's next item, a section heading).
test('no dateline after the story\'s first long paragraph', () => {
  const long = 'The senator spoke for an hour on Monday about roads, bridges and the water supply of the towns along the river, and '
    + 'about the money the state would need to repair them over the next ten years, while the crowd of union members and '
    + 'supporters cheered every promise and booed every mention of the budget office and its forecasts of the deficit.';
  assert.ok(long.length > 300);
  assert.equal(datelineOf(long + '\n\nBOSTON \u2014 The mayor said on Tuesday that the city would pay its share.'), null);
});
