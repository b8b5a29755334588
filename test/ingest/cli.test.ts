import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { runCode } from '../../src/cli/code-command.js';
import { tempDir, writeTemp } from './helpers.js';

const tmp = tempDir();

async function run(files: string[], opts: Record<string, string> = {}): Promise<{ status: number; out: string[]; err: string[] }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: { out: string; err: string } = { out: '', err: '' };
  out.on('data', (c) => (chunks.out += c));
  err.on('data', (c) => (chunks.err += c));
  const status = await runCode(files, { format: 'jsonl', ...opts }, out, err);
  const lines = (s: string): string[] => s.split('\n').filter((l) => l);
  // (an undated input's one warning is checked in date-fields.test.ts)
  return { status, out: lines(chunks.out), err: lines(chunks.err).filter((l) => !l.startsWith('dyad warning ')) };
}

// The CLI contract: bad inputs give one stderr line each and exit 1, while every good article is still printed in order.
test('dyad code: one error line per bad input, good articles still printed in order, exit 1', async () => {
  const good = writeTemp(tmp, 'good.txt', 'Headline\n\nThe minister spoke.');
  const mixed = writeTemp(tmp, 'mixed.jsonl', '{"id":"x1","text":"First."}\n{oops\n{"id":"x2","text":"Second."}\n');
  const binary = writeTemp(tmp, 'bin.txt', Buffer.from([0, 1, 2, 0]));
  const r = await run([good, mixed, binary]);
  assert.equal(r.status, 1);
  assert.deepEqual(r.out.map((l) => (JSON.parse(l) as { id: string }).id).slice(1), ['x1', 'x2']);
  assert.equal(r.err.length, 2);
  assert.match(r.err[0]!, new RegExp(`^dyad: E_JSONL ${mixed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: `));
  assert.match(r.err[1]!, /^dyad: E_BINARY .*bin\.txt: binary file/);
});

// --max-article-chars raises or lowers the limit; a malformed value is a usage error (exit 2).
test('dyad code --max-article-chars sets the size limit', async () => {
  const f = writeTemp(tmp, 'len.txt', 'The minister said that the talks were useful. '.repeat(5));
  assert.equal((await run([f], { maxArticleChars: '100' })).status, 1);
  assert.equal((await run([f], { maxArticleChars: '1000' })).status, 0);
  assert.equal((await run([f], { maxArticleChars: 'lots' })).status, 2);
});
