import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConlluError, formatConllu, parseConllu } from '../../src/parser/conllu.js';
import { score } from '../../src/parser/evaluate.js';
import { projectivize, isProjectiveArc } from '../../src/parser/projectivize.js';

const SAMPLE = `# sent_id = a
# text = I don't know.
1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_
3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
4.1\t_\t_\t_\t_\t_\t_\t_\t_\t_
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

`;

// Why: `dyad parse --input conllu` keeps the file's words, ranges, empty nodes and comments; only predictions change.
test('conllu: read and write round trip keeps comments, multiword ranges and empty nodes', () => {
  const s = parseConllu(SAMPLE);
  assert.equal(s.length, 1);
  assert.deepEqual(s[0]!.words.map((w) => w.form), ['I', 'do', "n't", 'know', '.']);
  assert.equal(formatConllu(s), SAMPLE.replace(/\n\n$/, '\n\n'));
});

// Why: a malformed line is reported with its file and line and only its sentence is skipped.
test('conllu: a malformed line names the file and line; the other sentences are kept', () => {
  const bad = `1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n\n1\tB\t_\t_\t_\t_\tx\troot\t_\t_\n\n1\tC\t_\t_\t_\t_\t0\troot\t_\n\n1\tD\t_\t_\t_\t_\t0\troot\t_\t_\n`;
  const errors: ConlluError[] = [];
  const s = parseConllu(bad, 'f.conllu', (e) => errors.push(e));
  assert.deepEqual(s.map((x) => x.words[0]!.form), ['A', 'D']);
  assert.deepEqual(errors.map((e) => e.message), ['f.conllu:3: head "x" is not a number', 'f.conllu:5: expected 10 tab-separated columns, found 9']);
  assert.throws(() => parseConllu(bad, 'f.conllu'), /f\.conllu:3/);
});

// Why: the figures follow the CoNLL 2018 convention: every word counts, LAS compares universal relations.
test('evaluation: UAS, LAS on universal relations, full-relation LAS, UPOS', () => {
  const gold = [[{ head: 2, deprel: 'nsubj:pass', upos: 'NOUN' }, { head: 0, deprel: 'root', upos: 'VERB' }, { head: 2, deprel: 'punct', upos: 'PUNCT' }]];
  const pred = [[{ head: 2, deprel: 'nsubj', upos: 'PROPN' }, { head: 0, deprel: 'root', upos: 'VERB' }, { head: 1, deprel: 'punct', upos: 'PUNCT' }]];
  const s = score(gold, pred);
  assert.equal(s.words, 3);
  assert.ok(Math.abs(s.uas - 200 / 3) < 1e-9);
  assert.ok(Math.abs(s.las - 200 / 3) < 1e-9);
  assert.ok(Math.abs(s.lasFull - 100 / 3) < 1e-9);
  assert.ok(Math.abs(s.upos - 200 / 3) < 1e-9);
});

// Why: training trees are made projective by lifting, keeping every word's head inside the tree.
test('projectivize lifts crossing arcs to the head of the head', () => {
  // 1 <- 3, 2 <- 4, 3 <- 0, 4 <- 1 : arcs (1,4) and (3,... ) cross
  const h = Int32Array.from([0, 3, 4, 0, 1]);
  assert.ok(!isProjectiveArc(h, 4) || !isProjectiveArc(h, 2));
  const p = projectivize(h);
  for (let d = 1; d < p.length; d++) assert.ok(isProjectiveArc(p, d), `arc into ${d} projective`);
  assert.equal(p[3], 0);
});
