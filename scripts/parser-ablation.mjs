// `node scripts/parser-ablation.mjs SPLIT [MODEL] [--drop a,b,c] [--each]` (after npm run build): transition-template
// ablation at parse time, without retraining. Tags the EWT split once (gold words), then parses it with the model as it
// is and with transition templates left out (position k of stateFeatures is template T[k + 1], 0..95): --each leaves
// out one template at a time and prints the LAS / UAS lost by each (a first measure of what a template is worth; a
// model retrained without it recovers part of that); --drop leaves out the given set together. A template left out is
// also a random read of the transition table saved per decision (the speed side: scripts/parser-speed.mjs).
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { parseConllu } from '../dist/src/parser/conllu.js';
import { score } from '../dist/src/parser/evaluate.js';
import { loadModel } from '../dist/src/parser/model-file.js';
import { createParser, DEFAULT_MODEL_PATH } from '../dist/src/parser/parser.js';
import { templateMask } from '../dist/src/parser/parser-features.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { drop: { type: 'string' }, each: { type: 'boolean' } } });
const [split = 'dev', modelPath = DEFAULT_MODEL_PATH] = positionals;
const file = new URL(`../../shared/data/ud-ewt/en_ewt-ud-${split}.conllu`, import.meta.url).pathname;
if (!fs.existsSync(file)) { console.log(`skipped: ${file} absent`); process.exit(0); }
const data = parseConllu(fs.readFileSync(file, 'utf8'), file);
const { model, header } = loadModel(modelPath);
const forms = data.map((s) => s.words.map((w) => w.form));
const gold = data.map((s) => s.words.map((w) => ({ head: w.head, deprel: w.deprel, upos: w.upos })));
const tags = (() => { const p = createParser(model, header); return forms.map((f) => p.tagClasses(f)); })();
const run = (drop) => {
  const p = createParser({ ...model, transDrop: templateMask(drop) }, header);
  const pred = forms.map((f, i) => { const r = p.parse(f, { tagClasses: tags[i] }); return f.map((_, k) => ({ head: r.heads[k], deprel: r.deprels[k], upos: r.upos[k] })); });
  return score(gold, pred);
};
const base = run(values.drop ? [] : undefined);
console.log(`${split}, all templates: UAS ${base.uas.toFixed(2)}  LAS ${base.las.toFixed(2)}`);
if (values.drop) {
  const drop = values.drop.split(',').map(Number);
  const s = run(drop);
  console.log(`without ${drop.length} templates (${drop.join(',')}): UAS ${s.uas.toFixed(2)} (${(s.uas - base.uas).toFixed(2)})  LAS ${s.las.toFixed(2)} (${(s.las - base.las).toFixed(2)})`);
}
if (values.each) {
  for (let k = 0; k < 96; k++) {
    const s = run([k]);
    console.log(`template ${k} (T[${k + 1}]): dLAS ${(s.las - base.las).toFixed(2)}  dUAS ${(s.uas - base.uas).toFixed(2)}`);
  }
}
