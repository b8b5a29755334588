import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTagger } from '../../src/resources/tagger.js';
import { segment } from '../../src/stages/segment/segment.js';

const tagger = loadTagger();
const sentencesOf = (text: string): string[] => segment(text, tagger).sentences.map((s) => text.slice(s.start, s.end));

test('a headline line followed by a blank line is its own sentence and marked as headline', () => {
  const text = 'China pledges support for Russia\n\nThe minister spoke on Tuesday. He left.';
  const seg = segment(text, tagger);
  assert.deepEqual(seg.sentences.map((s) => text.slice(s.start, s.end)), ['China pledges support for Russia', 'The minister spoke on Tuesday.', 'He left.']);
  assert.equal(seg.sentences[0]!.headline, true);
  assert.equal(seg.sentences[1]!.headline, false);
});

test('abbreviations U.S., Gen. and Mr. do not end a sentence', () => {
  assert.deepEqual(sentencesOf('The U.S. Secretary met Gen. Smith and Mr. Jones in Washington. They talked.'),
    ['The U.S. Secretary met Gen. Smith and Mr. Jones in Washington.', 'They talked.']);
});

test('a quoted question followed by a lower-case cue stays one sentence', () => {
  assert.deepEqual(sentencesOf('"Why?" he asked. Nobody answered.'), ['"Why?" he asked.', 'Nobody answered.']);
});

test('paragraph breaks always end a sentence, even without a final period', () => {
  assert.deepEqual(sentencesOf('First paragraph without a period\n\nSecond one.'), ['First paragraph without a period', 'Second one.']);
});

test('token offsets point at the token text, with curly quotes folded in norm', () => {
  const text = 'He said \u201cno\u201d.\n\nThen left.';
  const seg = segment(text, tagger);
  for (const t of seg.tokens) assert.equal(text.slice(t.start, t.end).toLowerCase().replace(/[\u201c\u201d]/g, '"'), t.norm);
  assert.ok(seg.tokens.some((t) => t.norm === '"'));
});
