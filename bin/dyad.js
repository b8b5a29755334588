#!/usr/bin/env node
import { main } from '../dist/src/cli/main.js';
// `dyad code big.jsonl | head`: a reader that goes away is not an error
process.stdout.on('error', (e) => { if (e && e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
