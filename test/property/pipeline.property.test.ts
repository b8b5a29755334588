import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { codedArticleSchema } from '../../src/core/contract-schema.js';
import type { CodedArticle, Span } from '../../src/core/types.js';
import { codeArticle } from '../../src/pipeline/code-article.js';
import { loadResources } from '../../src/resources/resources.js';

const res = loadResources();

/** Every span in the output, with where it came from. */
function allSpans(doc: CodedArticle): Array<[string, Span]> {
  const out: Array<[string, Span]> = doc.sentences.map((s, i) => [`sentence ${i}`, s]);
  for (const a of doc.actors) {
    a.mentions.forEach((m) => out.push([`actor ${a.id} mention`, m]));
    if (a.role) out.push([`actor ${a.id} role`, a.role.evidence]);
  }
  for (const q of doc.quotes) { out.push([`quote ${q.id} content`, q.content]); if (q.cue) out.push([`quote ${q.id} cue`, q.cue]); }
  for (const e of doc.events) out.push([`event ${e.id} evidence`, e.evidence]);
  return out;
}

function checkInvariants(text: string, attributions: 'speech' | 'all' = 'speech'): void {
  const doc = codeArticle({ id: 'p', text, date: '2024-01-31' }, res, { attributions });
  const parsed = codedArticleSchema.safeParse(JSON.parse(JSON.stringify(doc)));
  assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3)));
  assert.equal(doc.text, text);
  for (const [where, s] of allSpans(doc)) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${where} ${s.start}-${s.end} outside the text (${text.length})`);
  for (const list of [doc.actors, doc.quotes, doc.events]) assert.equal(new Set(list.map((x) => x.id)).size, list.length, 'ids unique');
  const actorIds = new Set(doc.actors.map((a) => a.id));
  const quoteIds = new Set(doc.quotes.map((q) => q.id));
  for (const q of doc.quotes) if (q.speaker !== null) assert.ok(actorIds.has(q.speaker), `quote speaker ${q.speaker} exists`);
  for (const e of doc.events) {
    if (e.source !== null) assert.ok(actorIds.has(e.source), `event source ${e.source} exists`);
    if (e.target !== null) assert.ok(actorIds.has(e.target), `event target ${e.target} exists`);
    if (e.quote !== undefined) assert.ok(quoteIds.has(e.quote), `event quote ${e.quote} exists`);
    assert.ok(e.sentence < doc.sentences.length);
  }
  const seen = new Set<string>();
  for (const a of doc.actors) for (const m of a.mentions) { const k = `${m.start}:${m.end}`; assert.ok(!seen.has(k), `mention ${k} in one actor only`); seen.add(k); }
  // deterministic: the same text gives the same output
  assert.deepEqual(codeArticle({ id: 'p', text, date: '2024-01-31' }, res, { attributions }), doc);
}

const WORDS = ['China', 'Russia', 'the US', 'NATO', 'Beijing', 'said', 'accused', 'pledged support for', 'he', 'they', 'its', 'minister',
  'The Chinese defense minister', '"', '\u201c', '\u201d', ',', '.', '\n\n', 'not', 'will', 'Dong Jun', 'according to', 'President',
  'met', 'in', 'and', 'of', '(NATO)', 'authorities', 'U.S.', '\u00e9', '\u0301', '\ud83d\ude00', '\t', 'Gen.', '?', '!'];

// Why: whatever the text, spans stay inside it, ids are unique, references resolve and the output validates (issue 7).
test('property: news-like word salad keeps every invariant', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }), fc.array(fc.constantFrom(' ', '', '  ', '\n'), { maxLength: 60 }),
    (ws, seps) => { checkInvariants(ws.map((w, i) => w + (seps[i] ?? ' ')).join('')); }), { numRuns: 150, seed: 42 });
});

// Why: --attributions all runs more constructions (any verb with an actor subject, nouns of attribution); the same
// invariants hold, and an event's quote id still points at a quote of the longer list.
test('property: news-like word salad keeps every invariant with --attributions all', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom(...WORDS, 'questioned', 'the need for', 'hopes', 'wants to'), { maxLength: 60 }),
    fc.array(fc.constantFrom(' ', '', '  ', '\n'), { maxLength: 60 }),
    (ws, seps) => { checkInvariants(ws.map((w, i) => w + (seps[i] ?? ' ')).join(''), 'all'); }), { numRuns: 100, seed: 43 });
});

// Why: arbitrary Unicode (control characters, emoji, combining marks, lone surrogates) must not break offsets or crash.
test('property: arbitrary unicode strings keep every invariant', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => { checkInvariants(s); }), { numRuns: 150, seed: 7 });
});
