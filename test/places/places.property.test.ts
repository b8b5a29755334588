import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { placeSchema } from '../../src/core/contract-schema.js';
import type { CodedArticle } from '../../src/core/types.js';
import { codeArticle } from '../../src/pipeline/code-article.js';
import { loadResources } from '../../src/resources/resources.js';
import { BUNDLED_DICTIONARIES } from '../../src/resources/resources.js';

const res = loadResources();

/** Every place mention lies inside the text; every events[].place names a listed place; ids are unique; places validate. */
function checkPlaces(doc: CodedArticle): void {
  const places = doc.places ?? [];
  const ids = new Set(places.map((p) => p.id));
  assert.equal(ids.size, places.length, 'place ids unique');
  for (const p of places) {
    assert.ok(placeSchema.safeParse(p).success, `place ${p.id} validates`);
    for (const m of p.mentions) assert.ok(m.start >= 0 && m.start < m.end && m.end <= doc.text.length, `place ${p.id} mention ${m.start}-${m.end} inside the text`);
  }
  const seen = new Set<string>();
  for (const p of places) for (const m of p.mentions) { const k = `${m.start}:${m.end}`; assert.ok(!seen.has(k), `mention ${k} of one place only`); seen.add(k); }
  for (const e of doc.events) {
    assert.ok(e.place === null || ids.has(e.place!), `event ${e.id} place ${String(e.place)} is listed`);
    assert.ok(typeof e.placeRule === 'string' && e.placeRule.length > 0, `event ${e.id} says why it has its place`);
    if (e.place === null) assert.match(e.placeRule!, /^none:/);
    for (const side of [e.sourcePlace, e.targetPlace]) if (side !== undefined) assert.ok(ids.has(side), `actor place ${side} is listed`);
  }
}

const WORDS = ['Russia', 'Kharkiv', 'Paris', 'Texas', 'Moscow', 'said', 'attacked', 'shelled', 'in', 'near', 'from', 'the', 'region', ',', '.',
  '\n\n', 'KYIV', '\u2014', '(AP)', 'Russian', 'troops', 'Ukrainian', 'soldiers', 'Georgia', 'Washington', 'U.S.', 'based', '-', 'Springfield',
  'accused', 'of', 'and', 'Africa', 'Mr.', 'Jordan', '\u00e9', '\ud83d\ude00', 'Kupiansk', 'Izium'];

// Why: whatever the text, place spans stay inside it and every event's place resolves (contract 1.1).
test('property: word salad keeps the place invariants', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }), (words) => {
    checkPlaces(codeArticle({ id: 'p', text: words.join(' ') }, res));
  }), { numRuns: 150 });
});

// Why: the same invariants on real news (the bundled sample articles).
test('property: the bundled sample articles keep the place invariants', () => {
  const file = path.join(BUNDLED_DICTIONARIES, '..', 'samples', 'articles.jsonl');
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
  let placed = 0;
  for (const l of lines) {
    const a = JSON.parse(l) as { id: string; text: string; date?: string };
    const doc = codeArticle({ id: a.id, text: a.text, ...(a.date ? { date: a.date } : {}) }, res);
    checkPlaces(doc);
    placed += doc.events.filter((e) => e.place).length;
  }
  assert.ok(placed > 0, 'some events of the samples have a place');
});
