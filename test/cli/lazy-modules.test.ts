import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
