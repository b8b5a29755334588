#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json), not an ES module: node then starts without its ES module loader, ~20 ms of CPU less
// before the first line of `dyad code` (docs/speed.md, seventh round); the CLI itself is the bundle or ES modules.
const v8 = require('node:v8');
// Smaller optimised functions: V8 recompiles the big pipeline functions (findMentions, sentenceParticipants) several
// times as new text brings new object shapes, and with its default inlining budget each compile took seconds of CPU on
// V8's background threads; 200 bytes of inlined bytecode per function cut dyad code's CPU time 10-15% on Wikinews and
// BBC (docs/speed.md). Set before any of dyad's code is loaded.
v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
// Optimise later (8x V8's default interrupt budget, 67584): a function is compiled once its type feedback has seen more
// of the text's shapes, so fewer optimised versions are thrown away and compiled again. dyad code's CPU time, one
// pinned core: BBC 31.8 -> 27.4 s, Wikinews 2019 7.0 -> 4.9-5.9 s; one article no slower (docs/speed.md).
v8.setFlagsFromString('--interrupt-budget=540672');
// Grow the heap by 60% after a full GC instead of V8's adaptive factor (up to 4x): on the BBC folder the live heap is
// about the same either way, but the default let peak RSS climb to 466-516 MB (issue 19 asks <= 400); with 60% it is
// 364-371 MB at no measurable CPU cost in alternated runs (docs/speed.md). A heap limit (--max-old-space-size) cannot
// be set here, after start-up, and would turn a large article into a crash; the growing factor is read at every GC.
v8.setFlagsFromString('--heap-growing-percent=60');
// dist/dyad.cjs (`npm run build`: the CLI in one file, read with V8's code cache) when it is there and current, else
// the compiled modules (bin/load-bundle.js; start-up time: docs/speed.md)
const { loadCli } = require('./load-bundle.js');
// `dyad code big.jsonl | head`: a reader that goes away is not an error
process.stdout.on('error', (e) => { if (e && e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });
loadCli().then(({ main }) => main(process.argv.slice(2))).then((code) => { process.exitCode = code; });
