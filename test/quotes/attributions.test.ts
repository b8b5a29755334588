import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { loadResources } from '../../src/resources/resources.js';
import { codeArticle } from '../../src/pipeline/code-article.js';
import { runCode } from '../../src/cli/code-command.js';

// `attributions: 'all'` adds beliefs, intentions, evaluations and evidence to the quotes and changes nothing else.
// Made-up sentences.

const res = loadResources();
const TEXT = 'Japanese Prime Minister Fumio Kishida met the Indian defence minister in Tokyo on Monday. ' +
  'Kishida said Japan would send two frigates to the joint exercise. He believes that the sea lanes must stay open. ' +
  'India wants to buy Japanese submarines. "We will train together," Kishida said.';

test('every attribution mode keeps the speech quotes and the events; only the quote list grows', () => {
  const speech = codeArticle({ id: 't', text: TEXT }, res);
  const all = codeArticle({ id: 't', text: TEXT }, res, { attributions: 'all' });
  assert.ok(speech.quotes.every((q) => q.kind === 'speech'));
  const kinds = new Set(all.quotes.map((q) => q.kind));
  assert.ok(kinds.has('belief') && kinds.has('intention'), `kinds ${[...kinds].join(',')}`);
  const span = (q: { content: { start: number; end: number } }): string => `${q.content.start}:${q.content.end}`;
  assert.deepEqual(all.quotes.filter((q) => q.kind === 'speech').map(span), speech.quotes.map(span));
  // the same events, their quote ids pointing at the same statement in each list
  const quoteText = (a: typeof speech, id: string | undefined): string | null => {
    const q = a.quotes.find((x) => x.id === id);
    return q ? TEXT.slice(q.content.start, q.content.end) : null;
  };
  assert.equal(all.events.length, speech.events.length);
  all.events.forEach((e, i) => {
    const s = speech.events[i]!;
    assert.deepEqual({ ...e, quote: undefined }, { ...s, quote: undefined });
    assert.equal(quoteText(all, e.quote), quoteText(speech, s.quote));
  });
});

test('dyad code rejects an unknown --attributions with a one-line error and status 2', async () => {
  const out = new PassThrough(), err = new PassThrough();
  const chunks: Buffer[] = [];
  err.on('data', (c: Buffer) => chunks.push(c));
  assert.equal(await runCode(['x.txt'], { attributions: 'beliefs' }, out, err), 2);
  assert.match(Buffer.concat(chunks).toString('utf8'), /^dyad: E_ATTRIBUTIONS unknown --attributions beliefs \(use speech or all\)\n$/);
});
