/**
 * Small versions of every hostile input of issue 20 (bench/hostile-cases.ts at scale 1), through the command users
 * run, `dyad code`, in one child process: each is coded or refused with the expected one-line error, nothing crashes,
 * and the whole run stays far below the hours these inputs took before (a generous bound: ten times the ~20 s it
 * takes on a loaded two-core machine). The measured scaling is `npm run bench:hostile`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { HOSTILE_CASES } from '../../bench/hostile-cases.js';
import { runDyad as dyad } from '../helpers/test-helpers.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-hostile-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('every hostile input at its small size: coded or refused with one line, in bounded time', async () => {
  const files = HOSTILE_CASES.map((c) => { const f = path.join(dir, `${c.name}.${c.ext}`); fs.writeFileSync(f, c.make(1)); return f; });
  // (a default date: the inputs have none, and the one warning per undated input is not what this test counts)
  const r = await dyad(['code', '--format', 'jsonl', '--date', '2024-01-01', ...files]);
  assert.ok(r.ms < 200_000, `took ${r.ms} ms`);
  assert.equal(r.code, 1); // some inputs are refused
  assert.doesNotMatch(r.stderr, /^\s+at |Error:|RangeError|TypeError/m, r.stderr.slice(0, 2000));
  const coded = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { text: string; sentences: { start: number; end: number }[]; events: unknown[] });
  for (const a of coded) for (const s of a.sentences) assert.ok(s.start >= 0 && s.end <= a.text.length && s.start < s.end);
  // coded: the two long-token articles, deep HTML, the four endless sentences, the feed item, the good CSV record
  assert.equal(coded.length, 9, r.stderr.slice(0, 500));
  assert.match(coded[2]!.text, /China criticized Japan on Monday/); // the deep page's text was found
  const lines = r.stderr.trim().split('\n');
  const byInput = (name: string): string[] => lines.filter((l) => l.includes(`${name}.`)).map((l) => /dyad: (E_\w+)/.exec(l)?.[1] ?? l);
  assert.deepEqual(byInput('flat-html-over-limit'), ['E_TOO_LARGE']);
  assert.deepEqual([...new Set(byInput('csv-bad-records'))], ['E_CSV']);
  assert.equal(byInput('csv-bad-records').length, 1001); // 1,000 records listed once each, then the line that ends the file
  assert.equal(lines.length, 1002, 'no other errors');
});

test('--budget-ms: an article over its budget is one E_BUDGET line naming its input; the others are coded', async () => {
  const slow = path.join(dir, 'slow.txt');
  fs.writeFileSync(slow, 'China criticized Japan and '.repeat(6000));
  const ok = path.join(dir, 'ok.jsonl');
  fs.writeFileSync(ok, '{"id":"a","text":"Russia warned Ukraine."}\n');
  const r = await dyad(['code', '--format', 'jsonl', '--date', '2024-01-01', '--budget-ms', '500', slow, ok]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^dyad: E_BUDGET .*slow\.txt: coding took more than its budget of 500 ms of CPU time/m);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.equal(JSON.parse(r.stdout.trim()).id, 'a');
  const bad = await dyad(['code', '--budget-ms', 'soon', ok]);
  assert.equal(bad.code, 2);
});
