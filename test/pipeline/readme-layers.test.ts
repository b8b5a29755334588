import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { packageRoot } from '../../src/eval/shared-dir.js';
import { STAGES } from '../../src/pipeline/stages.js';

const readme = fs.readFileSync(`${packageRoot()}/src/pipeline/README.md`, 'utf8');

// Why: src/pipeline/README.md documents the document's layers and the stage list; both must say what
// src/pipeline/stages.ts declares (a README that drifted still announced a parser stage "to come" after it had come).
test('the pipeline README\'s layer table lists every stage\'s layers, in stage order, with the stage that assigns them', () => {
  const table = readme.slice(readme.indexOf('| layer | type | assigned by |'));
  const rows = [...table.matchAll(/^\| (`[^|]+`) \|.*\| ([a-z-]+) \|$/gm)].map((m) => ({ layers: [...m[1]!.matchAll(/`(\w+)`/g)].map((x) => x[1]!), by: m[2]! }));
  assert.deepEqual(rows, STAGES.map((s) => ({ layers: [...s.assigns], by: s.name })));
});

test('the pipeline README\'s STAGES line is the stage list of stages.ts', () => {
  const line = readme.match(/^export const STAGES = \[(.*)\];$/m);
  assert.ok(line, 'the README shows the STAGES line');
  assert.deepEqual(line[1]!.split(', '), STAGES.map((s) => `${s.name}Stage`));
});
