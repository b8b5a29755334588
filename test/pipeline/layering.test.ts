import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/eval/shared-dir.js';

const SRC = path.join(packageRoot(), 'src');

/** Every relative import of every .ts file under `dir` (of src/), as [file, resolved path relative to src/]. */
function imports(dir: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) {
        const text = fs.readFileSync(p, 'utf8');
        for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'|import\('(\.[^']+)'\)/g)) {
          const spec = m[1] ?? m[2]!;
          out.push([path.relative(SRC, p), path.relative(SRC, path.resolve(path.dirname(p), spec))]);
        }
      }
    }
  };
  walk(path.join(SRC, dir));
  return out;
}

// Why: stages read the document (core/) and resources only; shared shallow syntax lives in stages/syntax/. A stage
// importing another stage's folder, or the pipeline above it, couples what the stage list keeps apart.
test('a stage imports only core/, resources/, stages/syntax/ and its own folder', () => {
  const bad: string[] = [];
  const all = imports('stages');
  assert.ok(all.length > 50, 'the imports are found');
  for (const [file, target] of all) {
    const own = file.split(path.sep).slice(0, 2).join(path.sep);
    const ok = target.startsWith('core' + path.sep) || target.startsWith('resources' + path.sep) ||
      target.startsWith(path.join('stages', 'syntax') + path.sep) || target.startsWith(own + path.sep);
    if (!ok) bad.push(`${file} -> ${target}`);
  }
  assert.deepEqual(bad, []);
});

// Why: core/ is the bottom layer: the data model every other folder shares.
test('core/ imports nothing of dyad outside core/', () => {
  const bad = imports('core').filter(([, t]) => !t.startsWith('core' + path.sep)).map(([f, t]) => `${f} -> ${t}`);
  assert.deepEqual(bad, []);
});

// Why: the CLI, the HTTP server, the store and the queue code through the programmatic entry (src/api.ts) or the
// pipeline, never through a stage's files; the pipeline reaches the stages only through their declarations (index.ts).
test('cli/, http/, store/ and queue/ import nothing from stages/; pipeline/ only stages/*/index.ts', () => {
  const bad: string[] = [];
  for (const dir of ['cli', 'http', 'store', 'queue']) {
    for (const [f, t] of imports(dir)) if (t.startsWith('stages' + path.sep)) bad.push(`${f} -> ${t}`);
  }
  for (const [f, t] of imports('pipeline')) {
    if (t.startsWith('stages' + path.sep) && path.basename(t) !== 'index.js') bad.push(`${f} -> ${t}`);
  }
  assert.deepEqual(bad, []);
});

// Why: nothing under stages/ may reach up into the pipeline that runs it (checked above); and no stage file is long.
test('no file in src/stages/ is over 400 lines', () => {
  const long: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) { const n = fs.readFileSync(p, 'utf8').split('\n').length; if (n > 400) long.push(`${path.relative(SRC, p)}: ${n}`); }
    }
  };
  walk(path.join(SRC, 'stages'));
  assert.deepEqual(long, []);
});
