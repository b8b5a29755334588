import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../../src/eval/shared-dir.js';

const root = packageRoot();
const ARTICLE = 'China pledges support for Russia\n\nThe Chinese defense minister said Beijing would back Moscow on Monday.\n';

/** Whether dist/dyad.cjs is current: `npm run build` (which `npm test` runs) writes it; a `tsc` build alone makes it stale. */
function bundleCurrent(): boolean {
  try {
    const inputs = JSON.parse(fs.readFileSync(path.join(root, 'dist/dyad.inputs.json'), 'utf8')) as Array<[string, number, number]>;
    return inputs.every(([rel, size, mtimeMs]) => { const s = fs.statSync(path.join(root, 'dist', rel), { throwIfNoEntry: false }); return !!s && s.size === size && s.mtimeMs === mtimeMs; });
  } catch {
    return false;
  }
}

/**
 * Runs `node bin/dyad.js ARGS` with a preload that records every module id the process passes to CommonJS `require`
 * on its main thread (the bundle's external packages: pg, pg-boss, better-sqlite3, cli-progress, wink's model) and every
 * ES module URL it loads.
 */
function run(args: string[], dir: string, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string; required: string[]; esm: string[] } {
  const log = path.join(dir, 'required.log');
  const esmLog = path.join(dir, 'esm.log');
  fs.rmSync(log, { force: true });
  fs.rmSync(esmLog, { force: true });
  const preload = path.join(dir, 'require-log.cjs');
  // the main thread's requires only (worker threads inherit the preload)
  fs.writeFileSync(preload, `const M = require('node:module'); const fs = require('node:fs'); const load = M._load;
const main = require('node:worker_threads').isMainThread;
M._load = function (request, parent, isMain) { if (main) fs.appendFileSync(${JSON.stringify(log)}, request + '\\n'); return load.apply(this, arguments); };`);
  const r = spawnSync(process.execPath, ['--require', preload, '--import', path.join(root, 'dist/test/helpers/module-log.js'), path.join(root, 'bin/dyad.js'), ...args],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env, DYAD_MODULE_LOG: esmLog } });
  const lines = (f: string): string[] => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8').split('\n').filter(Boolean) : []);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, required: lines(log), esm: lines(esmLog) };
}

// Why: bin/dyad.js runs the one-file bundle (start-up time, docs/speed.md): it must code exactly as the compiled modules
// do, really be the code that runs, and keep dyad code from loading the database drivers and the queue.
test('bin/dyad.js runs the bundle: the same output as the compiled modules, no dist/src module loaded, no database driver or queue required', (t) => {
  if (!bundleCurrent()) { t.skip('dist/dyad.cjs is missing or older than dist/src (a tsc build without npm run build)'); return; }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-bundle-'));
  try {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, ARTICLE);
    const bundled = run(['code', '--format', 'jsonl', '--date', '2024-01-02', file], dir);
    const modules = run(['code', '--format', 'jsonl', '--date', '2024-01-02', file], dir, { DYAD_NO_BUNDLE: '1' });
    assert.equal(bundled.status, 0, bundled.stderr);
    assert.equal(modules.status, 0, modules.stderr);
    assert.match(bundled.stdout, /"events":\[\{/);
    assert.equal(bundled.stdout, modules.stdout);
    assert.equal(bundled.stderr, modules.stderr);
    // the bundle ran: no compiled module of dist/src was loaded (the unbundled run loads them: the check is real)
    assert.deepEqual(bundled.esm.filter((u) => u.includes('/dist/src/')), []);
    assert.ok(modules.esm.some((u) => u.endsWith('/dist/src/pipeline/stages.js')), modules.esm.join('\n'));
    const drivers = (req: string[]): string[] => req.filter((m) => /^(pg|pg-boss|better-sqlite3|cli-progress)$/.test(m));
    assert.deepEqual(drivers(bundled.required), []);
    // the check can fail: ingest from the bundle does require the SQLite driver
    const ingest = run(['ingest', '--no-progress', '--workers', '1', '--db', path.join(dir, 'a.sqlite'), file], dir);
    assert.equal(ingest.status, 0, ingest.stderr);
    assert.ok(drivers(ingest.required).includes('better-sqlite3'), ingest.required.join('\n'));
    // ... and only that one: Postgres's driver and the queue load for a postgres:// URL only
    assert.deepEqual(drivers(ingest.required), ['better-sqlite3']);
    assert.ok(ingest.required.includes('wink-eng-lite-web-model'), ingest.required.join('\n'));
    // with two coding threads, the main thread reads and stores: it never loads wink's model, the threads do
    const pooled = run(['ingest', '--no-progress', '--workers', '2', '--db', path.join(dir, 'b.sqlite'), file], dir);
    assert.equal(pooled.status, 0, pooled.stderr);
    assert.match(pooled.stderr, /1 stored/);
    assert.deepEqual(pooled.required.filter((m) => m.startsWith('wink-eng-lite-web-model')), []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// Why: after a `tsc` build without `npm run build`, a bundle made from older modules must not run (stale code); the
// loader then falls back to the compiled modules. Checked on a copy of bin/ beside a small dist/ of its own.
test('bin/dyad.js runs the compiled modules instead of a bundle older than them', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-bundle-'));
  try {
    fs.mkdirSync(path.join(dir, 'bin'));
    for (const f of ['dyad.js', 'load-bundle.js', 'package.json']) fs.copyFileSync(path.join(root, 'bin', f), path.join(dir, 'bin', f));
    fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
    fs.mkdirSync(path.join(dir, 'dist/src/cli'), { recursive: true });
    const mainJs = path.join(dir, 'dist/src/cli/main.js');
    fs.writeFileSync(mainJs, 'export async function main(argv) { process.stdout.write("modules " + argv.join(" ")); return 0; }\n');
    fs.writeFileSync(path.join(dir, 'dist/dyad.cjs'), 'exports.main = async (argv) => { process.stdout.write("bundle " + argv.join(" ")); return 0; };\n');
    const stamp = (): void => { const s = fs.statSync(mainJs); fs.writeFileSync(path.join(dir, 'dist/dyad.inputs.json'), JSON.stringify([['src/cli/main.js', s.size, s.mtimeMs]])); };
    stamp();
    const dyad = (): string => spawnSync(process.execPath, [path.join(dir, 'bin/dyad.js'), 'code', 'x'], { encoding: 'utf8' }).stdout;
    assert.equal(dyad(), 'bundle code x');
    // the module changes after the bundle was made: the module runs
    fs.writeFileSync(mainJs, fs.readFileSync(mainJs, 'utf8') + '// changed\n');
    assert.equal(dyad(), 'modules code x');
    stamp();
    assert.equal(dyad(), 'bundle code x');
    fs.rmSync(path.join(dir, 'dist/dyad.inputs.json'));
    assert.equal(dyad(), 'modules code x');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
