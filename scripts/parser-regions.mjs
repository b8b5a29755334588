// `node scripts/parser-regions.mjs [MODEL] [--drop LIST]` (after npm run build): region sizes for `train-cli.js
// --trans-regions` (round 6's experiment). Parses EWT train with MODEL (default the committed one) and counts the
// distinct table rows (of 2^19) each transition template's features reach; a template with at most 4,096 gets a region
// that holds them all, larger ones a share proportional to their count (at least 2^12 rows), scaled so that the regions
// fill the 2^19 rows; templates in --drop (as train-cli's --drop-templates) get 2 rows. Prints the counts and the list.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { parseConllu } from '../dist/src/parser/conllu.js';
import { loadModel } from '../dist/src/parser/model-file.js';
import { createParser, DEFAULT_MODEL_PATH } from '../dist/src/parser/parser.js';
import { prepareForParsing } from '../dist/src/parser/parse-core.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { drop: { type: 'string' } } });
const file = new URL('../../shared/data/ud-ewt/en_ewt-ud-train.conllu', import.meta.url).pathname;
if (!fs.existsSync(file)) { console.log(`skipped: ${file} absent`); process.exit(0); }
const data = parseConllu(fs.readFileSync(file, 'utf8'), file);
const { model, header } = loadModel(positionals[0] ?? DEFAULT_MODEL_PATH);
const prep = prepareForParsing(model);
const BITS = 19, N = 96;
const seen = Array.from({ length: N }, () => new Set());
const inner = prep.trans;
const p = createParser({ ...prep, trans: { classes: 3, rowBits: inner.rowBits, score(f, n, ts) { for (let i = 0; i < n && i < N; i++) seen[i].add(f[i] >>> (32 - BITS)); inner.score(f, n, ts); }, scoreCand() { throw new Error('not used'); } } }, header);
for (const s of data) p.parse(s.words.map((w) => w.form));
const d = seen.map((s) => Math.max(2, s.size));
const drop = new Set((values.drop ?? '').split(',').filter(Boolean).map(Number));
const alloc = (c) => d.map((v, k) => (drop.has(k) ? 1 : v <= 4096 ? Math.ceil(Math.log2(v)) : Math.max(12, Math.min(Math.ceil(Math.log2(v)), Math.round(Math.log2(v * c))))));
const total = (r) => r.reduce((a, b) => a + 2 ** b, 0);
let lo = 0.001, hi = 10, best = alloc(lo);
for (let i = 0; i < 60; i++) { const mid = (lo + hi) / 2, r = alloc(mid); if (total(r) <= 2 ** BITS) { lo = mid; best = r; } else hi = mid; }
console.log(`distinct rows per template: ${d.join(',')}`);
console.log(`regions: ${total(best)} of ${2 ** BITS} rows`);
console.log(best.join(','));
