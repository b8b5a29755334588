import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConllu } from '../../src/parser/conllu.js';

const BIN = fileURLToPath(new URL('../../../bin/dyad.js', import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-parse-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
const run = (...args: string[]): { status: number | null; stdout: string; stderr: string } => {
  const r = spawnSync(process.execPath, [BIN, 'parse', ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

// Why (issue 13): `dyad parse` on text splits sentences and words as `dyad code` does and prints well-formed CoNLL-U.
test('dyad parse: text input gives one CoNLL-U sentence per dyad sentence, every column filled', () => {
  const f = path.join(dir, 'a.txt');
  fs.writeFileSync(f, 'Rebels attacked the convoy, the army said.\n\nChile and Peru signed a trade agreement in Lima.');
  const r = run(f);
  assert.equal(r.status, 0, r.stderr);
  const s = parseConllu(r.stdout, 'stdout');
  assert.equal(s.length, 2);
  assert.deepEqual(s[1]!.words.map((w) => w.form), ['Chile', 'and', 'Peru', 'signed', 'a', 'trade', 'agreement', 'in', 'Lima', '.']);
  for (const sent of s) {
    assert.ok(sent.comments.some((c) => c.startsWith('# text = ')));
    assert.equal(sent.words.filter((w) => w.head === 0).length, 1);
    for (const w of sent.words) for (const v of [w.lemma, w.upos, w.xpos, w.deprel]) assert.ok(v && v !== '_', `${w.form}: ${v}`);
  }
  assert.equal(s[1]!.words[8]!.misc, 'SpaceAfter=No');
});

// Why: with CoNLL-U input the file's words, sentence breaks, comments and multiword ranges are kept; a malformed
// sentence is a one-line error naming file and line, the others are still parsed, and the exit status is 1.
test('dyad parse: CoNLL-U input keeps the words and sentence breaks; a bad sentence is skipped with its line', () => {
  const f = path.join(dir, 'b.conllu');
  fs.writeFileSync(f, [
    '# sent_id = one', '1\tI\t_\t_\t_\t_\t_\t_\t_\t_', '2-3\tdon\'t\t_\t_\t_\t_\t_\t_\t_\t_', '2\tdo\t_\t_\t_\t_\t_\t_\t_\t_', '3\tn\'t\t_\t_\t_\t_\t_\t_\t_\t_', '4\tknow\t_\t_\t_\t_\t_\t_\t_\t_', '',
    '1\tbroken\t_', '',
    '1\tGunmen\t_\t_\t_\t_\t_\t_\t_\t_', '2\tfled\t_\t_\t_\t_\t_\t_\t_\t_', '3\t.\t_\t_\t_\t_\t_\t_\t_\t_', '',
  ].join('\n'));
  const r = run(f);
  assert.equal(r.status, 1);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /^dyad: E_CONLLU .*b\.conllu:8: /);
  const s = parseConllu(r.stdout, 'stdout');
  assert.deepEqual(s.map((x) => x.words.map((w) => w.form).join(' ')), ["I do n't know", 'Gunmen fled .']);
  assert.match(r.stdout, /^2-3\tdon't/m);
  assert.ok(s[0]!.comments.includes('# sent_id = one'));
  for (const sent of s) assert.equal(sent.words.filter((w) => w.head === 0).length, 1);
});

// Why: a missing file and an unknown --input are clear one-line errors, not stack traces.
test('dyad parse: a missing file and an unknown --input kind are one-line errors', () => {
  const r = run(path.join(dir, 'missing.conllu'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^dyad: E_READ .*missing\.conllu: /);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
  const k = run('--input', 'xml', path.join(dir, 'missing.conllu'));
  assert.equal(k.status, 2);
  assert.match(k.stderr, /^dyad: E_INPUT unknown --input xml/);
});
