import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConllu } from '../../src/parser/conllu.js';
import { saveModel } from '../../src/parser/model-file.js';
import { createParser } from '../../src/parser/parser.js';
import { loadModel } from '../../src/parser/model-file.js';
import { DEFAULT_OPTIONS, trainAll } from '../../src/parser/train.js';

const EWT = fileURLToPath(new URL('../../../../shared/data/ud-ewt/en_ewt-ud-train.conllu', import.meta.url));

// Why (issue 13): `npm run train:parser` must rebuild the same model file from the same treebank (fixed seeds, no
// dependence on Map order, time or machine); checked on a small slice with small tables so it runs in seconds.
test('training is deterministic: two runs on a slice of EWT train write identical model files', { skip: !fs.existsSync(EWT) && 'UD English EWT absent' }, () => {
  const text = fs.readFileSync(EWT, 'utf8');
  const slice = parseConllu(text.slice(0, text.indexOf('\n\n', 120_000) + 2), EWT).slice(0, 400);
  const o = { ...DEFAULT_OPTIONS, taggerEpochs: 2, taggerRowBits: 14, jackknife: 2, parserEpochs: 2, transRowBits: 15, labelRowBits: 13 };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-parser-'));
  try {
    const files = [0, 1].map((k) => { const f = path.join(dir, `m${k}.bin`); saveModel(f, trainAll(slice, o), { slice: slice.length }); return f; });
    const [a, b] = files.map((f) => fs.readFileSync(f));
    assert.ok(a!.length > 10_000);
    assert.ok(a!.equals(b!), 'the two model files differ');
    // the file loads back and parses (a tree over the words)
    const { model, header } = loadModel(files[0]!);
    const r = createParser(model, header).parse(['Police', 'arrested', 'two', 'men', '.']);
    assert.equal(r.heads.filter((h) => h === 0).length, 1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
