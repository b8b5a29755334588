/**
 * Many tiny articles on standard input (the 1,000,000-article run is `bench/million-articles.ts`; the suite reads
 * 100,000 to stay quick): every one is read, articles come out while the input is still being produced (streamed,
 * never read whole), and memory stays bounded.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTiny } from '../../bench/million-articles.js';

test('100,000 tiny JSONL articles on standard input: all read, streamed, RSS bounded', async () => {
  const n = 100_000;
  const r = await readTiny(n);
  assert.equal(r.ok, n);
  assert.equal(r.errors, 0);
  assert.ok(r.generatedAtFirst > 0 && r.generatedAtFirst <= n / 10, `first article only after ${r.generatedAtFirst} lines were produced`);
  // RSS follows the garbage collector, so the bound is loose: 1,000,000 articles peak at ~160 MB (bench).
  assert.ok(r.peakRssMb < 400, `RSS ${r.startRssMb.toFixed(0)} → ${r.peakRssMb.toFixed(0)} MB`);
});
