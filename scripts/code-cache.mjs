// `npm run build`, after scripts/bundle.mjs: writes V8's code cache of the bundle, dist/dyad.cjs.cache, by running
// `dyad code` once on a sample article (the first of samples/articles.jsonl, as a text file) with
// DYAD_WRITE_CODE_CACHE=1: the cache then holds the bytecode of every function that run compiled, and a later start
// reads it instead of parsing and compiling them (bin/load-bundle.js; docs/speed.md). It is written by the node that
// builds, with bin/dyad.js's V8 flags: V8 rejects it under another node version or other flags, and dyad then
// compiles as without it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const cache = path.join(root, 'dist/dyad.cjs.cache');
const first = JSON.parse(fs.readFileSync(path.join(root, 'samples/articles.jsonl'), 'utf8').split('\n')[0]);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-cache-'));
try {
  const file = path.join(dir, 'article.txt');
  fs.writeFileSync(file, `${first.title}\n\n${first.text}\n`);
  fs.rmSync(cache, { force: true });
  const r = spawnSync(process.execPath, [path.join(root, 'bin/dyad.js'), 'code', '--format', 'jsonl', '--date', first.date, file],
    { encoding: 'utf8', env: { ...process.env, DYAD_WRITE_CODE_CACHE: '1' } });
  if (r.status !== 0 || !r.stdout.startsWith('{')) throw new Error(`dyad code for the code cache failed (status ${r.status}): ${r.stderr}`);
  if (!fs.existsSync(cache)) throw new Error('dyad code ran but wrote no code cache: is dist/dyad.cjs current? (node scripts/bundle.mjs)');
  console.log(`code cache -> dist/dyad.cjs.cache (${(fs.statSync(cache).size / 1e6).toFixed(1)} MB)`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
