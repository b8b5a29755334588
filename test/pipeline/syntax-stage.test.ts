import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentThrough } from '../../src/pipeline/code-article.js';
import { lazyParser, syntaxOf } from '../../src/resources/parser.js';
import { loadResources } from '../../src/resources/resources.js';

const res = loadResources();
const ARTICLE = { id: 's', date: '2024-01-31', text: 'Three police officers were killed by gunmen on Monday. Chile and Peru signed a trade pact.' };

// Why: the syntax layer is the parse of each sentence over the segment stage's own tokens (sentence-local indices),
// and the event coder reads passives and coordination from it.
test('the syntax layer parses each sentence over the segment tokens', () => {
  const doc = documentThrough(ARTICLE, res, 'syntax');
  const s0 = doc.sentences![0]!;
  const forms = doc.tokens!.slice(s0.firstToken, s0.endToken).map((t) => ARTICLE.text.slice(t.start, t.end));
  const p = doc.syntax!.sentence(0);
  assert.equal(p.head.length, forms.length);
  const syn = syntaxOf(p, forms);
  const killed = forms.indexOf('killed');
  assert.ok(syn.isPassive(killed));
  assert.deepEqual(syn.agents(killed).map((i) => forms[i]), ['gunmen']);
  assert.deepEqual(syn.subjects(killed).map((i) => forms[i]), ['officers']);
  const s1 = doc.sentences![1]!;
  const forms1 = doc.tokens!.slice(s1.firstToken, s1.endToken).map((t) => ARTICLE.text.slice(t.start, t.end));
  const syn1 = syntaxOf(doc.syntax!.sentence(1), forms1);
  assert.deepEqual(syn1.subjects(forms1.indexOf('signed')).map((i) => forms1[i]), ['Chile', 'Peru']);
  assert.equal(doc.syntax!.sentence(1), doc.syntax!.sentence(1), 'a sentence is parsed once and kept');
  assert.throws(() => doc.syntax!.sentence(2), /no sentence 2/);
});

// Why: the model is read on the first parse, not when the resources load (a run that parses nothing pays nothing).
test('the parser resource loads its model on first use only', () => {
  const p = lazyParser('/nonexistent/model.bin');
  assert.throws(() => p.parse(['Hello']), /nonexistent/);
});
