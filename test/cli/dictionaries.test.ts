import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CodedArticle } from '../../src/api.js';
import { dyad } from './run-dyad.js';

const codesOf = (stdout: string): string[] => (JSON.parse(stdout) as CodedArticle).actors.map((a) => a.code).filter(Boolean).sort();

// Why: a user adding a few actors of their own (a new party, a militia) wants them coded beside everything dyad knows;
// replacing the bundled dictionaries (as the PETRARCH validation suite's fictional world needs) is the other case.
test('--dictionaries DIR adds to the bundled dictionaries; --dictionaries-only DIR replaces them', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-dicts-'));
  try {
    const dicts = path.join(dir, 'mine');
    fs.mkdirSync(dicts);
    fs.writeFileSync(path.join(dicts, 'my.actors.txt'), 'ZORBAVIA_  [ZRB]\nZORBAVIAN_PEOPLES_FRONT_  [ZRBREB]\n');
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, 'Zorbavia accuses China\n\nZorbavia accused China of sending troops to the border on Monday, and the Zorbavian Peoples Front met Russia.\n');
    const base = ['code', '--format', 'jsonl', '--date', '2024-01-02'];
    const bundled = dyad([...base, file]);
    assert.equal(bundled.status, 0, bundled.stderr);
    assert.ok(!codesOf(bundled.stdout).includes('ZRB'), 'the bundled dictionaries do not know Zorbavia');
    const added = dyad([...base, '--dictionaries', dicts, file]);
    assert.equal(added.status, 0, added.stderr);
    assert.ok(codesOf(added.stdout).includes('ZRB') && codesOf(added.stdout).includes('ZRBREB'), codesOf(added.stdout).join(' '));
    assert.ok(codesOf(added.stdout).includes('CHN') && codesOf(added.stdout).includes('RUS'), 'the bundled dictionaries are still used');
    const only = dyad([...base, '--dictionaries-only', dicts, file]);
    assert.equal(only.status, 0, only.stderr);
    assert.ok(codesOf(only.stdout).includes('ZRB'));
    assert.ok(!codesOf(only.stdout).includes('CHN'), 'the bundled dictionaries (and gazetteer) are not used');
    // `--dictionaries-only` without a folder makes the --dictionaries folder a replacement (the shared scorer's
    // PETRARCH suite ends its command line with --dictionaries DIR)
    const flag = dyad([...base, '--dictionaries-only', '--dictionaries', dicts, file]);
    assert.equal(flag.status, 0, flag.stderr);
    assert.equal(flag.stdout, only.stdout);
    // two folders, or a folder without dictionary files: a one-line error
    const both = dyad([...base, '--dictionaries', dicts, '--dictionaries-only', dicts, file]);
    assert.equal(both.status, 2);
    assert.match(both.stderr.trim(), /^dyad: E_ARG --dictionaries adds .* give one of them$/);
    const empty = path.join(dir, 'empty');
    fs.mkdirSync(empty);
    const none = dyad([...base, '--dictionaries', empty, file]);
    assert.equal(none.status, 2);
    assert.match(none.stderr.trim(), /^dyad: E_DICTIONARIES no dictionary files in .*empty/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
