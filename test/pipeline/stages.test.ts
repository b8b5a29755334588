import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { defineStage, type AnyStage } from '../../src/core/stage.js';
import { codeArticle, codeArticleAsync } from '../../src/pipeline/code-article.js';
import { createPipeline } from '../../src/pipeline/run.js';
import { PIPELINE, STAGES } from '../../src/pipeline/stages.js';
import { loadResources, type Resources } from '../../src/resources/resources.js';
import { packageRoot } from '../../src/eval/shared-dir.js';
import { wordCountStage } from './trivial-stage/index.js';

// A second test-only layer, assigned by no bundled stage (for the stages below that need somewhere to write).
declare module '../../src/core/doc.js' {
  interface Layers {
    testMarks: ReadonlyMap<string, string>;
  }
}

const res = loadResources();
const ARTICLE = { id: 't', date: '2024-01-31', text: 'China pledges support for Russia\n\nThe Chinese defense minister said on Tuesday that Beijing would back Moscow. "We stand together," he added.' };

// Why: a new stage is one folder (test/pipeline/trivial-stage/) plus one line in the stage list; its layer reaches the
// output and nothing else changes.
test('a trivial stage plugs in with one line: its layer is in the output, the rest is unchanged', () => {
  const pipeline = createPipeline([...STAGES, wordCountStage]);
  const plain = codeArticle(ARTICLE, res);
  const more = codeArticle(ARTICLE, res, {}, pipeline);
  assert.deepEqual(more.wordsPerSentence, [5, 12, 5]);
  const { wordsPerSentence: _w, ...rest } = more;
  assert.deepEqual(rest, plain);
});

// Why: the order is checked once when the list is built; a stage cannot read what a later one assigns.
test('the stage list is checked: requires before assigns, one writer per layer, conditional layers only read', () => {
  const named = (n: string): AnyStage<Resources> => STAGES.find((s) => s.name === n)!;
  const [segment, mentions, coref] = [named('segment'), named('mentions'), named('coref')];
  assert.throws(() => createPipeline([segment, coref, mentions]), /stage coref requires layer mentions, which stage mentions assigns only after it/);
  assert.throws(() => createPipeline([mentions]), /stage mentions requires layer tokens, which no stage assigns/);
  assert.throws(() => createPipeline([...STAGES, { ...wordCountStage, name: 'second-segment', assigns: ['tokens'] } as AnyStage<Resources>]),
    /stages segment and second-segment both assign layer tokens/);
  assert.throws(() => createPipeline([...STAGES, STAGES[0]!]), /two stages are named segment/);
  const needsAll = defineStage({ name: 'needs-all', folder: 'test', requires: ['attributions'], assigns: ['testMarks'],
    run: () => ({ testMarks: new Map() }) });
  assert.throws(() => createPipeline([...STAGES, needsAll as AnyStage<Resources>]), /requires layer attributions, which stage attributions assigns only on some runs/);
  const readsLater = defineStage({ name: 'reads-later', folder: 'test', requires: ['tokens'], reads: ['wordCount'], assigns: ['testMarks'],
    run: () => ({ testMarks: new Map() }) });
  assert.throws(() => createPipeline([...STAGES, readsLater as AnyStage<Resources>, wordCountStage]), /reads layer wordCount, which stage word-count assigns only after it/);
  assert.equal(PIPELINE.stages.length, STAGES.length);
});

// Why: a stage may return only the layers it declares, and all of them.
test('a stage that returns a layer it does not assign, or misses one, is an error', () => {
  const sneaky = defineStage({ name: 'sneaky', folder: 'test', requires: ['tokens'], assigns: ['wordCount'],
    run: () => ({ wordCount: [], testMarks: new Map() }) });
  assert.throws(() => codeArticle(ARTICLE, res, {}, createPipeline([...STAGES, sneaky as AnyStage<Resources>])), /stage sneaky returned layer testMarks, which it does not assign/);
  const lazy = defineStage({ name: 'lazy', folder: 'test', requires: ['tokens'], assigns: ['wordCount'], run: () => ({}) as { wordCount: number[] } });
  assert.throws(() => codeArticle(ARTICLE, res, {}, createPipeline([...STAGES, lazy as AnyStage<Resources>])), /stage lazy did not return layer wordCount/);
});

// Why: an optional remote step (an adjudicator) will be asynchronous; the pipeline awaits it and the stages after it
// see its layer, while the default pipeline stays synchronous.
test('an asynchronous stage is awaited; the synchronous entry refuses it', async () => {
  const slow = defineStage({ ...wordCountStage, name: 'slow-count', run: async (doc) => {
    await new Promise((r) => setTimeout(r, 5));
    return { wordCount: doc.sentences.map(() => 1) };
  } });
  const after = defineStage({ name: 'after', folder: 'test', requires: ['wordCount'], assigns: ['testMarks'],
    run: (doc) => ({ testMarks: new Map(doc.wordCount.map((c, i) => [`e${i}`, String(c)])) }) });
  const pipeline = createPipeline([...STAGES, slow, after] as AnyStage<Resources>[]);
  const coded = await codeArticleAsync(ARTICLE, res, {}, pipeline);
  assert.deepEqual(coded.wordsPerSentence, [1, 1, 1]);
  assert.throws(() => codeArticle(ARTICLE, res, {}, pipeline), /asynchronous: code with codeArticleAsync/);
  assert.ok(codeArticle(ARTICLE, res) !== undefined, 'the default pipeline is synchronous');
});

// Why: the README's design table is the stage list, in order, with each stage's folder.
test('the README design table lists the stages of src/pipeline/stages.ts, in order', () => {
  const readme = fs.readFileSync(`${packageRoot()}/README.md`, 'utf8');
  const design = readme.slice(readme.indexOf('## Design'));
  const rows = [...design.matchAll(/^\| ([^|]+?) \| ([^|]+?) \|/gm)].map((m) => [m[1]!.trim(), m[2]!.trim()]);
  const names = rows.map(([n]) => n!);
  // every row between ingest (reading the inputs, before the pipeline) and the store is a stage, in order, with its folder
  const between = rows.slice(names.indexOf('ingest') + 1, names.findIndex((n) => n.startsWith('store')));
  assert.deepEqual(between, STAGES.map((s) => [s.name, '`' + s.folder + '`']));
});

// Why: with timings the pipeline reports each stage that ran under its name (the benchmark's stage shares).
test('timings name every stage that ran', () => {
  const timings: Record<string, number> = {};
  codeArticle(ARTICLE, res, { timings });
  assert.deepEqual(Object.keys(timings), ['segment', 'dateline', 'syntax', 'mentions', 'coref', 'quotes', 'events', 'speakers', 'places']);
  const all: Record<string, number> = {};
  codeArticle(ARTICLE, res, { timings: all, attributions: 'all' });
  assert.ok('attributions' in all);
});
