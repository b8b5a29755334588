// `node scripts/parser-refreeze.mjs MODEL OUT [TAGS-CACHE]` (after npm run build): recomputes the parts of a trained
// model that are counted from the treebank rather than learnt — the tag candidates of each word (train.ts
// tagCandidates) and, given the jackknifed training tags of the run (its --tags-cache file), the relation facts
// (labelFacts) — with the current code, and writes the model to OUT. The learnt weights are copied as they are. Used
// when those counts change after a training run; `npm run train:parser` computes the same tables itself.
import fs from 'node:fs';
import { parseConllu } from '../dist/src/parser/conllu.js';
import { loadModel, saveModel } from '../dist/src/parser/model-file.js';
import { labelFacts, tagCandidates } from '../dist/src/parser/train.js';

const [src, out, tagsCache] = process.argv.slice(2);
if (!src || !out) { console.error('usage: node scripts/parser-refreeze.mjs MODEL OUT [TAGS-CACHE]'); process.exit(2); }
const file = new URL('../../shared/data/ud-ewt/en_ewt-ud-train.conllu', import.meta.url).pathname;
if (!fs.existsSync(file)) { console.log(`skipped: ${file} absent`); process.exit(0); }
const train = parseConllu(fs.readFileSync(file, 'utf8'), file);
const { model, header } = loadModel(src);
let m = { ...model, ...tagCandidates(train, model.tagNames) };
if (tagsCache) {
  const flat = new Int32Array(new Uint8Array(fs.readFileSync(tagsCache)).buffer);
  let k = 0;
  const tags = train.map((s) => { const t = flat.slice(k, k + s.words.length); k += s.words.length; return t; });
  if (k !== flat.length) throw new Error(`${tagsCache}: tags for another training set`);
  m = { ...m, ...labelFacts(train, model.labelNames, tags, model.tagUpos) };
}
const bytes = saveModel(out, m, { ...header.about, refrozen: `tag candidates${tagsCache ? ' and relation facts' : ''} recomputed by scripts/parser-refreeze.mjs` });
console.log(`wrote ${out} (${(bytes / 1e6).toFixed(2)} MB)`);
