// `npm run golden:parser`: re-parses test/fixtures/parser/golden-sentences.tsv (tokenised as dyad code does) with the
// committed model and rewrites test/fixtures/parser/golden.conllu; prints the expectations the parses miss.
// `node scripts/parser-golden.mjs MODEL` (after npm run build): only prints what MODEL misses, writes nothing.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatConllu } from '../dist/src/parser/conllu.js';
import { readGoldenCases, checkExpectation } from '../dist/src/parser/golden.js';
import { loadParser } from '../dist/src/parser/parser.js';
import { loadTagger } from '../dist/src/resources/tagger.js';
import { segment } from '../dist/src/stages/segment/segment.js';

const dir = fileURLToPath(new URL('../test/fixtures/parser/', import.meta.url));
const cases = readGoldenCases(fs.readFileSync(dir + 'golden-sentences.tsv', 'utf8'));
const modelPath = process.argv[2];
const parser = modelPath ? loadParser(modelPath) : loadParser();
const tagger = loadTagger();
const out = [];
let missed = 0;
for (const c of cases) {
  const seg = segment(c.text, tagger);
  const forms = seg.tokens.map((t) => c.text.slice(t.start, t.end));
  const r = parser.parse(forms, { lemmas: true });
  for (const e of c.expects) { const bad = checkExpectation(forms, r, e); if (bad) { missed++; console.log(`miss: ${c.why}: ${bad}`); } }
  for (const e of c.misses) { const bad = checkExpectation(forms, r, e); console.log(bad ? `known miss: ${c.why}: ${bad}` : `known miss now right (remove its "!"): ${c.why}: ${e}`); }
  out.push({ comments: [`# why = ${c.why}`, `# text = ${c.text}`], extras: [], line: 0,
    words: forms.map((f, i) => ({ id: i + 1, form: f, lemma: r.lemmas[i], upos: r.upos[i], xpos: r.xpos[i], feats: '_', head: r.heads[i], deprel: r.deprels[i], deps: '_', misc: '_' })) });
}
if (modelPath) { console.log(`${modelPath}: ${cases.length} sentences, ${missed} expectations missed (nothing written)`); process.exit(0); }
fs.writeFileSync(dir + 'golden.conllu', formatConllu(out));
console.log(`wrote ${dir}golden.conllu: ${cases.length} sentences, ${cases.reduce((n, c) => n + c.expects.length, 0)} expectations, ${missed} missed`);
