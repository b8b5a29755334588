import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConllu } from '../../src/parser/conllu.js';
import { rng } from '../../src/parser/hash.js';
import { addDenseRows, Delta16Table, PackedTable } from '../../src/parser/linear.js';
import { loadModel, saveModel } from '../../src/parser/model-file.js';
import { createParser } from '../../src/parser/parser.js';
import { DEFAULT_OPTIONS, trainAll } from '../../src/parser/train.js';

// Why (issue 13, round 5): parsing reads the transition table as Int16 differences from class 0 (half the bytes); the
// parses must stay those of the saved Int8 weights, so every difference between two classes' scores, which decides the
// transition and its ties, must be the packed table's, also for the rows whose differences overflow an Int8.
test('transition table as Int16 differences: the same score differences as the packed Int8 table, escaped rows included', () => {
  const bits = 12, R = 1 << bits, rand = rng(7);
  const avg = new Float32Array(R * 3);
  for (let i = 0; i < avg.length; i++) avg[i] = (rand() - 0.5) * (rand() < 0.05 ? 40 : 2);
  // rows whose class differences span the whole Int8 range (must be escaped)
  for (let r = 0; r < 40; r++) { avg[r * 3] = -20; avg[r * 3 + 1] = 20; avg[r * 3 + 2] = r % 2 ? -20 : 20; }
  const packed = PackedTable.fromWeights(bits, 3, avg);
  const delta = Delta16Table.fromPacked(packed);
  assert.ok(delta.escRows.length >= 40, `${delta.escRows.length} rows escaped`);
  const feats = new Int32Array(96), a = new Int32Array(3), b = new Int32Array(3);
  for (let trial = 0; trial < 2000; trial++) {
    const n = 1 + Math.floor(rand() * 96);
    for (let i = 0; i < n; i++) feats[i] = trial % 3 === 0 && i < 8 ? (Math.floor(rand() * 40) << (32 - bits)) : Math.floor(rand() * 2 ** 32) | 0;
    packed.score(feats, n, a);
    delta.score(feats, n, b);
    assert.equal(b[1]! - b[0]!, a[1]! - a[0]!);
    assert.equal(b[2]! - b[0]!, a[2]! - a[0]!);
  }
});

test('the dense scoring kernel sums the rows of the features', () => {
  const w = Int8Array.from([1, 2, 3, -1, -2, -3, 5, 0, 7, 0, 0, 0]);
  const s = new Int32Array(3);
  // rows by the top 2 bits: 0, 1, 2
  addDenseRows(w, 30, 3, Int32Array.from([0, 1 << 30, 2 << 30 | 0, 2 << 30 | 5]), 4, s);
  assert.deepEqual([...s], [1 - 1 + 5 + 5, 2 - 2 + 0 + 0, 3 - 3 + 7 + 7]);
});

const EWT = fileURLToPath(new URL('../../../../shared/data/ud-ewt/en_ewt-ud-train.conllu', import.meta.url));

// Why (issue 13, round 5): a template ablation trains a model without some transition templates; the model file must
// bring the same mask back (from its header's options), or the parser would read weights for templates it never learnt.
test('a model trained without some transition templates parses the same after saving, and into trees', { skip: !fs.existsSync(EWT) && 'UD English EWT absent' }, () => {
  const text = fs.readFileSync(EWT, 'utf8');
  const slice = parseConllu(text.slice(0, text.indexOf('\n\n', 80_000) + 2), EWT).slice(0, 200);
  const o = { ...DEFAULT_OPTIONS, taggerEpochs: 2, taggerRowBits: 14, jackknife: 0, parserEpochs: 2, transRowBits: 15, labelRowBits: 13, dropTemplates: [0, 5, 17, 60, 95] };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-parser-'));
  try {
    const f = path.join(dir, 'm.bin');
    const trained = trainAll(slice, o);
    assert.deepEqual([...trained.transDrop!].flatMap((x, k) => (x ? [k] : [])), [0, 5, 17, 60, 95]);
    saveModel(f, { ...trained }, { options: { ...o } });
    const { model, header } = loadModel(f);
    const before = createParser(trained, header), after = createParser(model, header);
    const withAll = createParser({ ...model, transDrop: undefined }, { ...header, about: {} });
    assert.deepEqual([...after.model.transDrop!], [...trained.transDrop!]);
    assert.equal(withAll.model.transDrop, undefined);
    const sentences = [['Police', 'arrested', 'two', 'men', '.'], ['Three', 'officers', 'were', 'killed', 'by', 'gunmen', 'in', 'Kabul', ',', 'officials', 'said', '.'], ['.'], Array.from({ length: 200 }, (_, i) => (i % 7 === 0 ? ',' : `w${i}`))];
    for (const s of sentences) {
      const a = before.parse(s), b = after.parse(s);
      assert.deepEqual([...b.heads], [...a.heads]);
      assert.deepEqual(b.deprels, a.deprels);
      assert.equal(b.heads.filter((h) => h === 0).length, 1, 'one root');
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
