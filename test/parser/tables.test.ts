import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConllu } from '../../src/parser/conllu.js';
import { rng } from '../../src/parser/hash.js';
import { addDenseRows, Delta16Table, Dense8Table, PackedTable, Sparse8Table } from '../../src/parser/linear.js';
import { loadModel, saveModel, type ModelHeader } from '../../src/parser/model-file.js';
import type { ParserModel } from '../../src/parser/parse-core.js';
import { createParser, type Parser } from '../../src/parser/parser.js';
import { templateRegions } from '../../src/parser/parser-features.js';
import { DEFAULT_OPTIONS, trainAll, type TrainOptions } from '../../src/parser/train.js';

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

/**
 * A small model trained on 200 sentences of EWT train with `options` (over small tables), saved to a file and read
 * back: the parser of the model as trained (`before`) and of the file (`after`).
 */
function trainSaveLoad(options: Partial<TrainOptions>): { trained: ParserModel; model: ParserModel; header: ModelHeader; before: Parser; after: Parser } {
  const text = fs.readFileSync(EWT, 'utf8');
  const slice = parseConllu(text.slice(0, text.indexOf('\n\n', 80_000) + 2), EWT).slice(0, 200);
  const o = { ...DEFAULT_OPTIONS, taggerEpochs: 2, taggerRowBits: 14, jackknife: 0, parserEpochs: 2, transRowBits: 15, labelRowBits: 13, ...options };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-parser-'));
  try {
    const f = path.join(dir, 'm.bin');
    const trained = trainAll(slice, o);
    saveModel(f, { ...trained }, { options: { ...o } });
    const { model, header } = loadModel(f);
    return { trained, model, header, before: createParser(trained, header), after: createParser(model, header) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A short sentence, a passive with a reporting clause, a lone full stop and 200 made-up words: the same trees from both parsers, one root each. */
function assertSameParses(before: Parser, after: Parser): void {
  const sentences = [['Police', 'arrested', 'two', 'men', '.'], ['Three', 'officers', 'were', 'killed', 'by', 'gunmen', 'in', 'Kabul', ',', 'officials', 'said', '.'], ['.'], Array.from({ length: 200 }, (_, i) => (i % 7 === 0 ? ',' : `w${i}`))];
  for (const s of sentences) {
    const a = before.parse(s), b = after.parse(s);
    assert.deepEqual([...b.heads], [...a.heads]);
    assert.deepEqual(b.deprels, a.deprels);
    assert.equal(b.heads.filter((h) => h === 0).length, 1, 'one root');
  }
}

// Why (issue 13, round 5): a template ablation trains a model without some transition templates; the model file must
// bring the same mask back (from its header's options), or the parser would read weights for templates it never learnt.
test('a model trained without some transition templates parses the same after saving, and into trees', { skip: !fs.existsSync(EWT) && 'UD English EWT absent' }, () => {
  const { trained, before, after, header, model } = trainSaveLoad({ dropTemplates: [0, 5, 17, 60, 95] });
  assert.deepEqual([...trained.transDrop!].flatMap((x, k) => (x ? [k] : [])), [0, 5, 17, 60, 95]);
  const withAll = createParser({ ...model, transDrop: undefined }, { ...header, about: {} });
  assert.deepEqual([...after.model.transDrop!], [...trained.transDrop!]);
  assert.equal(withAll.model.transDrop, undefined);
  assertSameParses(before, after);
});

// Why (issue 13, round 6): the relation table is read with each row padded to one 64-byte cache line (the arc's
// candidate classes of a row in one line instead of about 1.5); the scores, hence the relations chosen, must be those of
// the 51-byte rows, for all classes and for any candidate subset.
test('relation rows padded to a cache line: the same scores as the packed rows', () => {
  const bits = 10, C = 51, rand = rng(11);
  const avg = new Float32Array((1 << bits) * C);
  for (let i = 0; i < avg.length; i++) avg[i] = rand() < 0.3 ? (rand() - 0.5) * 8 : 0;
  const sparse = Sparse8Table.fromWeights(bits, C, avg);
  const plain = Dense8Table.fromSparse(sparse), lined = Dense8Table.fromSparse(sparse, true);
  assert.equal(lined.stride, 64);
  assert.equal(plain.stride, C);
  const feats = new Int32Array(34), a = new Int32Array(C), b = new Int32Array(C), cand = Uint8Array.from({ length: C }, (_, k) => (k * 7) % C);
  for (let trial = 0; trial < 500; trial++) {
    for (let i = 0; i < feats.length; i++) feats[i] = Math.floor(rand() * 2 ** 32) | 0;
    plain.score(feats, feats.length, a); lined.score(feats, feats.length, b);
    assert.deepEqual([...b], [...a]);
    const from = Math.floor(rand() * C), to = from + Math.floor(rand() * (C - from + 1));
    a.fill(0); b.fill(0);
    plain.scoreCand(feats, feats.length, cand, from, to, a); lined.scoreCand(feats, feats.length, cand, from, to, b);
    for (let j = from; j < to; j++) assert.equal(b[cand[j]!], a[cand[j]!]);
  }
});

// Why (issue 13, round 6): a model may hash each transition template into a region of the table of its own (rows of a
// template with few values side by side); every feature of template k must land in k's region, regions must not
// overlap or leave the table, and a layout that does not fit must be refused.
test('per-template regions of the transition table: each template in its own rows, inside the table', () => {
  const bits = Array.from({ length: 96 }, (_, k) => (k % 3 === 0 ? 7 : k % 3 === 1 ? 12 : 13));
  const rowBits = 19, reg = templateRegions(bits, rowBits)!;
  const lo = reg[192]!, rand = rng(3);
  const ranges = bits.map((b, k) => { const base = reg[2 * k + 1]! >>> (32 - rowBits); return [base, base + 2 ** b] as const; });
  for (const [from, to] of ranges) assert.ok(from >= 0 && to <= 2 ** rowBits);
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i]![0] >= sorted[i - 1]![1], 'regions do not overlap');
  for (let trial = 0; trial < 2000; trial++) {
    const k = trial % 96, h = Math.floor(rand() * 2 ** 32) | 0;
    const row = (reg[2 * k + 1]! | ((h >>> reg[2 * k]!) << lo)) >>> (32 - rowBits);
    assert.ok(row >= ranges[k]![0] && row < ranges[k]![1], `template ${k}: row ${row}`);
  }
  assert.throws(() => templateRegions(bits.map(() => 14), rowBits), /rows for a table/);
  assert.throws(() => templateRegions(bits.slice(1), rowBits), /transition templates/);
  assert.equal(templateRegions(undefined, rowBits), undefined);
});

test('a model trained with per-template regions parses the same after saving, and into trees', { skip: !fs.existsSync(EWT) && 'UD English EWT absent' }, () => {
  const transRegions = Array.from({ length: 96 }, (_, k) => (k % 2 ? 6 : 9));
  const { trained, before, after } = trainSaveLoad({ transRegions });
  assert.deepEqual([...trained.transRegion!], [...templateRegions(transRegions, 15)!]);
  assert.deepEqual([...after.model.transRegion!], [...trained.transRegion!]);
  assertSameParses(before, after);
});
