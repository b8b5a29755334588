// `node scripts/parser-wink-las.mjs [dev|test]`: UAS/LAS on UD English EWT (gold words) when the parser reads wink-nlp's
// tags (the segment stage's, UPOS; passed as a constraint on the tagger) against its own tagger. The syntax stage
// uses whichever scores better (src/stages/syntax-parse/README.md). Alignment as in parser-upos-compare.mjs.
import fs from 'node:fs';
import { parseConllu } from '../dist/src/parser/conllu.js';
import { score } from '../dist/src/parser/evaluate.js';
import { loadParser } from '../dist/src/parser/parser.js';
import { loadTagger } from '../dist/src/resources/tagger.js';

const split = process.argv[2] ?? 'dev';
const file = new URL(`../../shared/data/ud-ewt/en_ewt-ud-${split}.conllu`, import.meta.url);
if (!fs.existsSync(file)) { console.log(`skipped: ${file.pathname} absent`); process.exit(0); }
const sents = parseConllu(fs.readFileSync(file, 'utf8'), file.pathname);
const parser = loadParser();
const wink = loadTagger();
const gold = [], own = [], withWink = [];
for (const s of sents) {
  const forms = s.words.map((w) => w.form);
  const t = wink.tag(forms.join(' '));
  const at = new Map();
  let off = 0;
  for (let i = 0; i < t.values.length; i++) { off += t.spaces[i].length; if (!at.has(off)) at.set(off, t.pos[i]); off += t.values[i].length; }
  let start = 0;
  const upos = forms.map((f) => { const p = at.get(start); start += f.length + 1; return p === 'SPACE' ? undefined : p; });
  const a = parser.parse(forms), b = parser.parse(forms, { upos });
  gold.push(s.words.map((w) => ({ head: w.head, deprel: w.deprel, upos: w.upos })));
  own.push(forms.map((_, i) => ({ head: a.heads[i], deprel: a.deprels[i], upos: a.upos[i] })));
  withWink.push(forms.map((_, i) => ({ head: b.heads[i], deprel: b.deprels[i], upos: b.upos[i] })));
}
for (const [name, pred] of [['own tagger', own], ['wink tags', withWink]]) {
  const x = score(gold, pred);
  console.log(`EWT ${split} ${name}: UPOS ${x.upos.toFixed(2)}  UAS ${x.uas.toFixed(2)}  LAS ${x.las.toFixed(2)}`);
}
