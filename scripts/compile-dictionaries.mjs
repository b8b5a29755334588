// Build step: parses the bundled PETRARCH dictionaries once and writes their compact JSON form next to the build,
// so `dyad` starts without tokenizing 2 MB of dictionary text. Run by `npm run build`. The office-holders
// (dictionaries/office-holders/) are merged into the person entries here (src/resources/resources.ts bundledDictionaries).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledDictionaries, COMPILED_DICTIONARIES } from '../dist/src/resources/resources.js';
import { compileDictionaries } from '../dist/src/resources/petrarch/compiled.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = COMPILED_DICTIONARIES;
const parsed = bundledDictionaries();
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(compileDictionaries(parsed)));
console.log(`compiled dictionaries -> ${path.relative(path.join(here, '..'), out)}`);
