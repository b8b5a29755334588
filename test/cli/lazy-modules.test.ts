import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../../src/eval/shared-dir.js';

const root = packageRoot();

/** Runs `dyad ARGS` in a fresh node process and returns which database, queue and progress-bar packages it loaded. */
function loadedDrivers(args: string[]): { status: number | null; loaded: string[]; stdout: string } {
  const script = `
    import { createRequire } from 'node:module';
    import { main } from ${JSON.stringify(path.join(root, 'dist/src/cli/main.js'))};
    const code = await main(${JSON.stringify(args)});
    const require = createRequire(import.meta.url);
    const loaded = new Set(Object.keys(require.cache).map((f) => (f.match(/node_modules[\\\\/](pg-boss|pg|better-sqlite3|cli-progress)[\\\\/]/) ?? [])[1]).filter(Boolean));
    process.stderr.write('LOADED ' + JSON.stringify([...loaded].sort()) + ' STATUS ' + code + '\\n');
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  const m = r.stderr.match(/LOADED (\[.*?\]) STATUS (\d+)/);
  assert.ok(m, r.stderr);
  return { status: Number(m[2]), loaded: JSON.parse(m[1]!) as string[], stdout: r.stdout };
}

// Why: `dyad code` on one article needs the pipeline only; loading pg, pg-boss, better-sqlite3 or cli-progress costs
// start-up time and memory for nothing (the CLI imports them only in the commands that use them).
test('dyad code loads no database, queue or progress-bar module; dyad ingest loads SQLite', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-lazy-'));
  try {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, 'China pledges support for Russia\n\nThe Chinese defense minister said Beijing would back Moscow.\n');
    const code = loadedDrivers(['code', '--format', 'jsonl', file]);
    assert.equal(code.status, 0);
    assert.deepEqual(code.loaded, []);
    assert.match(code.stdout, /"events":\[/);
    // the check can fail: ingest does load the SQLite driver
    const ingest = loadedDrivers(['ingest', '--no-progress', '--workers', '1', '--db', path.join(dir, 'a.sqlite'), file]);
    assert.equal(ingest.status, 0);
    assert.ok(ingest.loaded.includes('better-sqlite3'), JSON.stringify(ingest.loaded));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** The module URLs a real `node bin/dyad.js ARGS` process loaded (recorded by test/helpers/module-log.ts), relative to the package. */
function modulesLoadedBy(args: string[], cwd: string): { status: number | null; stdout: string; modules: string[] } {
  const log = path.join(cwd, 'modules.log');
  // DYAD_NO_BUNDLE: the compiled modules, not the one-file bundle (dist/dyad.cjs), so each module that loads is seen;
  // the bundle keeps every dynamic import lazy (esbuild runs a module's body on its first import), so it initialises
  // the same modules (test/cli/bundle.test.ts)
  const r = spawnSync(process.execPath, ['--import', path.join(root, 'dist/test/helpers/module-log.js'), path.join(root, 'bin/dyad.js'), ...args],
    { cwd, encoding: 'utf8', env: { ...process.env, DYAD_MODULE_LOG: log, DYAD_NO_BUNDLE: '1' } });
  const prefix = pathToFileURL(root).href + '/';
  const modules = fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).map((u) => (u.startsWith(prefix) ? u.slice(prefix.length) : u));
  return { status: r.status, stdout: r.stdout, modules };
}

// Why: start-up time of `dyad code` on one article is module loading plus resource loading; the store backends, the
// job queue, the HTTP server, the evaluation suites, the parser's training and evaluation (the parser itself is the
// syntax stage's, loaded when a stage first asks for a parse), and the other subcommands are not needed to code text, and each adds compile time and memory. The check runs the command users run (bin/dyad.js)
// in a child process and reads the list of modules it really loaded.
test('a real dyad code process loads no store, queue, HTTP, eval or parser-training module, and no other subcommand', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-lazy-'));
  try {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, 'China pledges support for Russia\n\nThe Chinese defense minister said Beijing would back Moscow.\n');
    const code = modulesLoadedBy(['code', '--format', 'jsonl', '--date', '2024-01-02', file], dir);
    assert.equal(code.status, 0);
    assert.match(code.stdout, /"events":\[/);
    // the pipeline itself was loaded (the list is real)
    assert.ok(code.modules.includes('dist/src/pipeline/stages.js'), code.modules.join('\n'));
    const unwanted = code.modules.filter((m) =>
      /^dist\/src\/(store\/(sqlite|postgres|open-store)|queue|http|eval|query|web|export)\//.test(m) || m === 'dist/src/api.js' ||
      /^dist\/src\/parser\/(train|train-cli|evaluate|golden|conllu|projectivize|clusters)\.js$/.test(m) ||
      /^dist\/src\/cli\/((ingest|query|worker|export|serve|demo|eval|parse)-command|open-store-or-report)\.js$/.test(m) ||
      // zod: the contract schema (exported by the API) and the JSONL reader's; a text file needs neither
      /node_modules\/(pg|pg-boss|better-sqlite3|cli-progress|linkedom|@mozilla\/readability|fast-xml-parser|zod)\//.test(m));
    assert.deepEqual(unwanted, []);
    // the check can fail: `dyad query` loads its subcommand and the store
    const db = path.join(dir, 'a.sqlite');
    assert.equal(spawnSync(process.execPath, [path.join(root, 'bin/dyad.js'), 'ingest', '--no-progress', '--workers', '1', '--db', db, file], { encoding: 'utf8' }).status, 0);
    const query = modulesLoadedBy(['query', 'stats', '--db', db], dir);
    assert.equal(query.status, 0);
    assert.ok(query.modules.includes('dist/src/cli/query-command.js') && query.modules.some((m) => m.startsWith('dist/src/store/sqlite/')), query.modules.join('\n'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
