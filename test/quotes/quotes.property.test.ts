import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadTagger } from '../../src/resources/tagger.js';
import { quoteDoc } from '../helpers/docs.js';
import { attributeQuotes } from '../../src/stages/quotes/attribute-quotes.js';

// Invariants of the quotes stage on text made of quotation marks, cues, names and line breaks in any order:
// no crash, spans inside the text and non-empty, ids q1..qn in text order, and the input context is not changed.

const tagger = loadTagger();
const PIECES = ['"', '\u201c', '\u201d', "''", "'", ' said ', ' told ', ' he added', ' according to ', ' that ', 'Smith', ' the minister',
  ' We will win', ', ', '. ', ':', '\n', '\n\n', ' \u2015 ', 'HOST: ', ' accused ', ' of ', ' (D-Mass.) ', ' is', ' rain',
  // constructions added in session 3: a cue inside a relative clause, a colon closing a paragraph, a poll phrase, naming
  ' the probe the agency said was', ' said:\n\n', 'In this poll, ', ' called out ', ' half of ', ' made the point that ', ' support ',
  'China and Russia', ' the 46-year-old'];

test('quotes stage invariants on arbitrary arrangements of marks and cues, in both attribution modes', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
    const text = parts.join('');
    const ctx = quoteDoc({ id: 'p', text }, tagger);
    const before = JSON.stringify(ctx);
    for (const attributions of ['speech', 'all'] as const) {
      const quotes = attributeQuotes(ctx, { attributions });
      assert.equal(JSON.stringify(ctx), before, 'the context is not changed');
      quotes.forEach((q, i) => {
        assert.equal(q.id, `q${i + 1}`);
        if (i > 0) assert.ok(quotes[i - 1]!.content.start <= q.content.start, 'text order');
        assert.ok(q.content.start >= 0 && q.content.start < q.content.end && q.content.end <= text.length, 'content inside the text');
        for (const s of [q.cue, q.speakerSpan]) if (s) assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, 'span inside the text');
        assert.equal(q.speaker, null, 'no actors, no speaker');
      });
    }
  }), { numRuns: 300 });
});
