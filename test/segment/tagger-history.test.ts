import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadTagger } from '../../src/resources/tagger.js';

// Why: wink-nlp adds every new word to its lexicon the first time it sees it, with that occurrence's reading (token
// type, whole-token lookups); without the rollback around each text, how an article is tagged depended on which
// articles the process had read before it — a batch and a single article could be coded differently.
const samples = fileURLToPath(new URL('../../../samples/articles.jsonl', import.meta.url));
const texts = fs.readFileSync(samples, 'utf8').trim().split('\n').map((l) => String((JSON.parse(l) as { text: string }).text));

test('tagging does not depend on what the tagger read before (forward vs reverse order, bundled samples)', () => {
  assert.ok(texts.length >= 10);
  const forward = loadTagger();
  const backward = loadTagger();
  const a = texts.map((t) => JSON.stringify(forward.tag(t)));
  const b = [...texts].reverse().map((t) => JSON.stringify(backward.tag(t))).reverse();
  const differing = a.map((x, i) => (x === b[i] ? -1 : i)).filter((i) => i >= 0);
  assert.deepEqual(differing, []);
});

test('a possessive read whole once ("than Zorblat\'s,") does not change how later texts split it', () => {
  const tagger = loadTagger();
  const text = 'Mrs. Zorblat\'s tax plan was discussed by Qwertyz\'s aides.';
  const first = JSON.stringify(tagger.tag(text));
  tagger.tag('His trip was more important than Zorblat\'s, even though Qwertyz\'s, too, was long.');
  assert.equal(JSON.stringify(tagger.tag(text)), first);
});
