// `node scripts/parser-eval.mjs [dev|test] [MODEL] [--gold-tags]`: UPOS, UAS and LAS of the committed model (or MODEL)
// on UD English EWT with gold words and predicted tags (CoNLL 2018 convention: every word counts, LAS on universal
// relations). --gold-tags parses with the treebank's own UPOS|XPOS instead (an experiment: what the tagger's errors
// cost the parse; a pair never seen in training keeps the predicted tag).
import fs from 'node:fs';
import { parseConllu } from '../dist/src/parser/conllu.js';
import { score } from '../dist/src/parser/evaluate.js';
import { loadParser, DEFAULT_MODEL_PATH } from '../dist/src/parser/parser.js';

const goldTags = process.argv.includes('--gold-tags');
const args = process.argv.slice(2).filter((a) => a !== '--gold-tags');
const split = args[0] ?? 'dev';
const file = new URL(`../../shared/data/ud-ewt/en_ewt-ud-${split}.conllu`, import.meta.url);
if (!fs.existsSync(file)) { console.log(`skipped: ${file.pathname} absent`); process.exit(0); }
const sents = parseConllu(fs.readFileSync(file, 'utf8'), file.pathname);
const parser = loadParser(args[1] ?? DEFAULT_MODEL_PATH);
const classOf = new Map(parser.model.tagNames.map((t, i) => [t, i]));
const gold = [], pred = [];
for (const s of sents) {
  const forms = s.words.map((w) => w.form);
  let opts;
  if (goldTags) { const t = parser.tagClasses(forms); s.words.forEach((w, i) => { t[i] = classOf.get(`${w.upos}|${w.xpos}`) ?? t[i]; }); opts = { tagClasses: t }; }
  const r = parser.parse(forms, opts);
  gold.push(s.words.map((w) => ({ head: w.head, deprel: w.deprel, upos: w.upos })));
  pred.push(s.words.map((_, i) => ({ head: r.heads[i], deprel: r.deprels[i], upos: r.upos[i] })));
}
const x = score(gold, pred);
console.log(`EWT ${split}${goldTags ? ', gold tags' : ''}: ${sents.length} sentences, ${x.words} words: UPOS ${x.upos.toFixed(2)}  UAS ${x.uas.toFixed(2)}  LAS ${x.las.toFixed(2)}  (LAS with subtypes ${x.lasFull.toFixed(2)})`);
