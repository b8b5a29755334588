import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { codedArticleSchema } from '../../src/core/contract-schema.js';
import { codeArticle } from '../../src/pipeline/code-article.js';
import { loadResources } from '../../src/resources/resources.js';
import { packageRoot } from '../../src/eval/shared-dir.js';
import type { Article } from '../../src/core/types.js';

const res = loadResources();
const samples = fs.readFileSync(path.join(packageRoot(), 'samples/articles.jsonl'), 'utf8').split('\n').filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Article);

// Why: the zod schemas are the one source of the output's shape (the types are inferred from them); every field the
// real pipeline writes must be declared there, with the declared type, in both attribution modes.
test('the coded sample articles validate strictly against the contract schema, in both attribution modes', () => {
  assert.ok(samples.length >= 10);
  let events = 0, quotes = 0;
  for (const attributions of ['speech', 'all'] as const) {
    for (const a of samples) {
      const coded = JSON.parse(JSON.stringify(codeArticle(a, res, { attributions }))) as unknown;
      const r = codedArticleSchema.safeParse(coded);
      assert.ok(r.success, r.success ? '' : `${a.id}: ${JSON.stringify(r.error.issues.slice(0, 3))}`);
      events += r.data.events.length;
      quotes += r.data.quotes.length;
    }
  }
  assert.ok(events > 0 && quotes > 0, 'the samples exercise events and quotes');
});

// Why: the check can fail: a field the schema does not declare, or one of the wrong type, is an error.
test('an undeclared or mistyped output field fails the contract schema', () => {
  const coded = JSON.parse(JSON.stringify(codeArticle(samples[0]!, res))) as Record<string, unknown> & { events: Array<Record<string, unknown>> };
  assert.equal(codedArticleSchema.safeParse({ ...coded, wordsPerSentence: [1] }).success, false);
  assert.ok(coded.events.length > 0);
  assert.equal(codedArticleSchema.safeParse({ ...coded, events: [{ ...coded.events[0], undeclared: true }] }).success, false);
  assert.equal(codedArticleSchema.safeParse({ ...coded, events: [{ ...coded.events[0], modality: 'probable' }] }).success, false);
});
