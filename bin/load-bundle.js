// Loads dyad's CLI for bin/dyad.js: the one-file bundle dist/dyad.cjs that `npm run build` writes
// (scripts/bundle.mjs), compiled with V8's code cache dist/dyad.cjs.cache, so a start resolves and compiles no ES
// modules and little JavaScript; or, when the bundle is missing or older than the compiled modules it was made from
// (a `tsc` build after the last `npm run build`), dist/src/cli/main.js as before. Both give the same `main`.
'use strict';
const fs = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const DIST = path.join(__dirname, '../dist/');
const BUNDLE = path.join(DIST, 'dyad.cjs');
const CACHE = BUNDLE + '.cache';

/** `main(argv)` of the CLI. */
async function loadCli() {
  if (process.env.DYAD_NO_BUNDLE !== '1' && bundleIsCurrent()) return loadBundle();
  return import('../dist/src/cli/main.js');
}

/** The bundle is there and every compiled file it was made from has the size and modification time it had then. */
function bundleIsCurrent() {
  let inputs;
  try {
    inputs = JSON.parse(fs.readFileSync(path.join(DIST, 'dyad.inputs.json'), 'utf8'));
  } catch {
    return false;
  }
  for (const [rel, size, mtimeMs] of inputs) {
    const s = fs.statSync(path.join(DIST, rel), { throwIfNoEntry: false });
    if (!s || s.size !== size || s.mtimeMs !== mtimeMs) return false;
  }
  return true;
}

/**
 * Runs the bundle as node runs a CommonJS file, but through `vm.Script` with the code cache: V8 then deserialises the
 * bytecode of every function the cache holds instead of parsing and compiling it. A cache V8 rejects (another node
 * version, other V8 flags) costs nothing but the compile it would have saved (DYAD_CODE_CACHE=0: none read, for
 * measuring). With DYAD_WRITE_CODE_CACHE=1 (the
 * build, after one `dyad code` run) the cache is written when the process exits: it then holds every function that ran.
 */
function loadBundle() {
  const source = fs.readFileSync(BUNDLE, 'utf8');
  let cachedData;
  if (process.env.DYAD_CODE_CACHE !== '0') try { cachedData = fs.readFileSync(CACHE); } catch { /* none yet */ }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    cachedData,
    importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (process.env.DYAD_WRITE_CODE_CACHE === '1') process.once('exit', () => fs.writeFileSync(CACHE, script.createCachedData()));
  const module = { exports: {}, id: BUNDLE, filename: BUNDLE, loaded: false };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, DIST);
  return module.exports;
}

module.exports = { loadCli };
