/**
 * `--parser-model FILE` (dyad code, parse, ingest, worker): a model of one's own, e.g. one retrained with
 * `npm run train:parser -- --out FILE`, in place of the committed models/parser-ewt.bin.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseConllu } from '../../src/parser/conllu.js';
import { saveModel } from '../../src/parser/model-file.js';
import { DEFAULT_MODEL_PATH } from '../../src/parser/parser.js';
import { DEFAULT_OPTIONS, trainAll } from '../../src/parser/train.js';
import { dyad, root } from './run-dyad.js';

const EWT = path.join(root, '../shared/data/ud-ewt/en_ewt-ud-train.conllu');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-parser-model-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
const article = path.join(dir, 'article.jsonl');
fs.writeFileSync(article, fs.readFileSync(path.join(root, 'samples/articles.jsonl'), 'utf8').split('\n')[0] + '\n');

// Why: a wrong path or a file that is not a model must stop the run at once with one line naming it, not fail at the
// first sentence, and not leave a new empty database behind.
test('a missing file, a file that is not a model and a damaged model: one E_PARSER_MODEL line naming the file, exit 2, nothing written', () => {
  const notModel = path.join(dir, 'notes.bin');
  fs.writeFileSync(notModel, 'my parser model, to train later\n');
  const damaged = path.join(dir, 'damaged.bin');
  fs.writeFileSync(damaged, fs.readFileSync(DEFAULT_MODEL_PATH).subarray(0, 200_000)); // a copy cut short
  const missing = path.join(dir, 'missing.bin');
  const db = path.join(dir, 'never.sqlite');
  const runs: [string, string[], RegExp][] = [
    [notModel, ['code', '--format', 'jsonl', '--parser-model', notModel, article], /not a dyad parser model/],
    [damaged, ['parse', '--parser-model', damaged, article], /damaged dyad parser model \(truncated/],
    [missing, ['ingest', '--db', db, '--no-progress', '--parser-model', missing, article], /no such file/],
  ];
  for (const [file, args, why] of runs) {
    const r = dyad(args);
    assert.equal(r.status, 2, `${args[0]}: ${r.stderr}`);
    assert.equal(r.stdout, '');
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.ok(lines[0]!.startsWith(`dyad: E_PARSER_MODEL cannot use --parser-model ${file}: `), lines[0]);
    assert.match(lines[0]!, why);
  }
  assert.ok(!fs.existsSync(db), 'a database was created');
});

// Why: the option must reach the parser. The committed model copied elsewhere (as a user copies a retrained one) codes
// and parses exactly as the default; a model trained on 20 sentences of EWT parses (and so codes) otherwise, so the
// file is really the one parsing.
test('the committed model copied elsewhere gives the same output; another model gives other parses', { skip: !fs.existsSync(EWT) && 'UD English EWT absent' }, () => {
  const copy = path.join(dir, 'retrained.bin');
  fs.copyFileSync(DEFAULT_MODEL_PATH, copy);
  const code = ['code', '--format', 'jsonl', article];
  const committed = dyad(code);
  assert.equal(committed.status, 0, committed.stderr);
  const copied = dyad([...code, '--parser-model', copy]);
  assert.equal(copied.status, 0, copied.stderr);
  assert.equal(copied.stdout, committed.stdout);

  const text = fs.readFileSync(EWT, 'utf8');
  const slice = parseConllu(text.slice(0, text.indexOf('\n\n', 20_000) + 2), EWT).slice(0, 20);
  const small = path.join(dir, 'small.bin');
  saveModel(small, trainAll(slice, { ...DEFAULT_OPTIONS, taggerEpochs: 1, taggerRowBits: 12, jackknife: 2, parserEpochs: 1, transRowBits: 13, labelRowBits: 11 }), { slice: slice.length });
  const parse = ['parse', article];
  const [byDefault, byCopy, bySmall] = [[], ['--parser-model', copy], ['--parser-model', small]].map((extra) => dyad([...parse, ...extra]));
  for (const r of [byDefault, byCopy, bySmall]) assert.equal(r!.status, 0, r!.stderr);
  assert.equal(byCopy!.stdout, byDefault!.stdout);
  assert.notEqual(bySmall!.stdout, byDefault!.stdout);
  // the same words and sentences, parsed by the other model
  const words = (conllu: string): string[] => conllu.split('\n').filter((l) => /^\d/.test(l)).map((l) => l.split('\t')[1]!);
  assert.deepEqual(words(bySmall!.stdout), words(byDefault!.stdout));
  const coded = dyad([...code, '--parser-model', small]);
  assert.equal(coded.status, 0, coded.stderr);
  assert.notEqual(coded.stdout, committed.stdout, 'dyad code gave the same output with another parser model');
});
