import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resourceCache, runSuite, scoreOutputs, isSkipped } from '../../src/eval/run-suite.js';
import { packageRoot } from '../../src/eval/shared-dir.js';
import { isAbsent } from '../../src/eval/suite.js';
import { findSuite } from '../../src/eval/suites/index.js';
import { syntheticOutputs } from './synthetic-outputs.js';

// `dyad eval` must print the same figures as the shared scorer (../shared/tools/score.mjs) run on the CLI.
const ROOT = packageRoot();
const SHARED = path.resolve(ROOT, '../shared');
const SCORER = path.join(SHARED, 'tools/score.mjs');
const haveShared = fs.existsSync(SCORER);
const resources = resourceCache();

/** The scorer's figure lines: from "output:" to the summary, without the timing and file lines. */
function runScorer(suite: string, cmd: string, limit?: number): string[] {
  const args = [SCORER, suite, '--cmd', cmd, ...(limit ? ['--limit', String(limit)] : [])];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(r.status, 0, `score.mjs ${suite} failed: ${r.stderr}\n${r.stdout}`);
  const lines = r.stdout.trimEnd().split('\n');
  const from = lines.findIndex((l) => l.startsWith('output: '));
  assert.ok(from >= 0, `no output line from score.mjs:\n${r.stdout}`);
  return lines.slice(from).filter((l) => !l.startsWith('timing: ') && !l.startsWith('details written'));
}

for (const [name, limit, attributions] of [['seed', undefined, 'speech'], ['gum', 2, 'speech'], ['petrarch', 25, 'speech'],
  ['plover', 40, 'speech'], ['polnear', 4, 'speech'], ['polnear', 4, 'all'], ['voa-dev', undefined, 'speech'], ['plv-train', undefined, 'speech'], ['geo-dev', undefined, 'speech']] as const) {
  test(`dyad eval ${name}${limit ? ` --limit ${limit}` : ''}${attributions === 'all' ? ' --attributions all' : ''} prints the shared scorer's figures for the CLI's output`, async (t) => {
    if (!haveShared) return t.skip('../shared is absent');
    const suite = findSuite(name)!;
    const report = await runSuite(suite, { shared: SHARED, limit, resources, attributions });
    assert.ok(!isSkipped(report), `suite data missing: ${isSkipped(report) ? report.skipped : ''}`);
    assert.deepEqual(report.errors, []);
    // the scorer ends the petrarch command line with `--dictionaries DIR` (the suite's own world): alone, not added
    const cmd = `node bin/dyad.js code --format jsonl${attributions === 'all' ? ' --attributions all' : ''}${name === 'petrarch' ? ' --dictionaries-only' : ''}`;
    const expected = runScorer(suite.scorerName, cmd, limit);
    assert.equal(report.summary, expected[expected.length - 1]);
    assert.deepEqual([report.header[report.header.length - 1], ...report.lines, report.summary].join('\n').split('\n'), expected);
  });
}

// Also compare on synthetic outputs
// that hit every scoring rule: found and missed spans, merged actors, speakers, codes, modalities, re-spaced text.
for (const name of ['seed', 'gum', 'polnear', 'petrarch', 'plover', 'voa-dev', 'plv-train', 'geo-dev']) {
  test(`scoring synthetic ${name} outputs gives the shared scorer's figures line for line`, (t) => {
    if (!haveShared) return t.skip('../shared is absent');
    const suite = findSuite(name)!;
    const loaded = suite.load(SHARED);
    if (isAbsent(loaded)) return t.skip(`${loaded.absent} not found`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-agree-'));
    try {
      for (const seed of [1, 2]) {
        const outputs = syntheticOutputs(name, loaded.items, seed);
        const file = path.join(dir, `out-${seed}.jsonl`);
        fs.writeFileSync(file, outputs.map((o) => JSON.stringify(o)).join('\n') + '\n');
        const expected = runScorer(suite.scorerName, `cat '${file}'; true`);
        const ours = scoreOutputs(suite, loaded.items, outputs.map((o) => JSON.parse(JSON.stringify(o)) as unknown), SHARED);
        // listings quote evidence text, which may hold line breaks: compare printed lines
        assert.deepEqual([ours.outputLine, ...ours.lines, ours.summary].join('\n').split('\n'), expected, `seed ${seed}`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
