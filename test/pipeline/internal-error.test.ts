/**
 * A fault of dyad's own on one article (a stage throwing something that is not a DyadError) must not end a run over
 * thousands of articles: `codeArticles` reports it as an E_INTERNAL error item naming the input and line, and codes the
 * articles after it. (Round 7 found a stage reading past a document's last token: `dyad code` on the BBC folder died at
 * one file and never coded the 494 after it.) The fault is injected at the tagger's entry, the first thing a stage calls.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadResources, type Resources } from '../../src/resources/resources.js';
import { readInputs } from '../../src/stages/ingest/read-inputs.js';
import { codeArticles, type CodedItem } from '../../src/pipeline/code-articles.js';
import { formatError } from '../../src/core/errors.js';
import { tempDir, writeTemp } from '../ingest/helpers.js';

const real = loadResources();

/** The real resources, whose tagger throws a plain TypeError on any text containing `marker`. */
function faultyOn(marker: string): Resources {
  const tagger = new Proxy(real.tagger, {
    get(t, k) {
      const v = Reflect.get(t, k) as unknown;
      if (k !== 'tag' || typeof v !== 'function') return v;
      return (text: string, ...rest: unknown[]) => {
        if (text.includes(marker)) throw new TypeError("Cannot read properties of undefined (reading 'norm')");
        return (v as (...a: unknown[]) => unknown).call(t, text, ...rest);
      };
    },
  });
  return new Proxy(real, { get: (t, k) => (k === 'tagger' ? tagger : Reflect.get(t, k)) }) as Resources;
}

test('an internal fault on one article is an E_INTERNAL item naming its line; the articles after it are coded', async () => {
  const file = writeTemp(tempDir(), 'three.jsonl', [
    { id: 'a', date: '2024-05-01', text: 'China criticized Japan on Monday.' },
    { id: 'b', date: '2024-05-01', text: 'Russia warned Ukraine. BOOM' },
    { id: 'c', date: '2024-05-01', text: 'France praised Germany on Tuesday.' },
  ].map((a) => JSON.stringify(a)).join('\n') + '\n');
  const items: CodedItem[] = [];
  for await (const item of codeArticles(readInputs([file]), faultyOn('BOOM'))) items.push(item);
  assert.equal(items.length, 3);
  assert.ok(items[0]!.ok && items[2]!.ok, 'the articles before and after the faulty one are coded');
  const bad = items[1]!;
  assert.ok(!bad.ok);
  assert.equal(bad.error.code, 'E_INTERNAL');
  assert.equal(bad.error.origin?.line, 2);
  const line = formatError(bad.error);
  assert.match(line, /three\.jsonl/);
  assert.match(line, /reading 'norm'/);
  assert.ok(!line.includes('\n'), 'one line');
});
