import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { runEval } from '../../src/cli/eval-command.js';

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

test('dyad eval skips every suite whose data is absent with a one-line note and exit status 0', async () => {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-noshared-'));
  try {
    const out = capture(), err = capture();
    const status = await runEval(['all'], { shared: empty }, out.stream, err.stream);
    assert.equal(status, 0);
    const lines = out.text().trim().split('\n');
    assert.deepEqual(lines.map((l) => l.split(':')[0]), ['skipped seed', 'skipped gum', 'skipped polnear', 'skipped petrarch', 'skipped plover',
      'skipped voa-dev', 'skipped plv-train', 'skipped geo-dev']);
    assert.ok(lines.every((l) => l.includes(empty)));
    assert.equal(err.text(), '');
  } finally {
    fs.rmSync(empty, { recursive: true, force: true });
  }
});

test('dyad eval rejects an unknown suite and a bad --limit with a one-line error and status 2', async () => {
  const out = capture(), err = capture();
  assert.equal(await runEval(['nosuch'], {}, out.stream, err.stream), 2);
  assert.match(err.text(), /^dyad: E_SUITE unknown suite nosuch .*\n$/);
  const err2 = capture();
  assert.equal(await runEval(['seed'], { limit: '0' }, out.stream, err2.stream), 2);
  assert.match(err2.text(), /^dyad: E_LIMIT /);
  assert.equal(out.text(), '');
});
