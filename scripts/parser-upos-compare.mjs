// `node scripts/parser-upos-compare.mjs [dev|test] [MODEL]`: UPOS accuracy on UD English EWT (gold words) of wink-nlp's
// tagger (the tags `dyad code` uses; wink's tags are UPOS already) against the parser's own tagger.
// wink reads each sentence's words joined by single spaces; a gold word takes the tag of the wink token that starts
// where the word starts (a word wink splits differently is counted wrong when no token starts there).
import fs from 'node:fs';
import { parseConllu } from '../dist/src/parser/conllu.js';
import { loadParser, DEFAULT_MODEL_PATH } from '../dist/src/parser/parser.js';
import { loadTagger } from '../dist/src/resources/tagger.js';

const split = process.argv[2] ?? 'dev';
const file = new URL(`../../shared/data/ud-ewt/en_ewt-ud-${split}.conllu`, import.meta.url);
if (!fs.existsSync(file)) { console.log(`skipped: ${file.pathname} absent`); process.exit(0); }
const sents = parseConllu(fs.readFileSync(file, 'utf8'), file.pathname);
const parser = loadParser(process.argv[3] ?? DEFAULT_MODEL_PATH);
const wink = loadTagger();
let words = 0, winkRight = 0, ownRight = 0, unaligned = 0;
for (const s of sents) {
  const forms = s.words.map((w) => w.form);
  const own = parser.tag(forms);
  const text = forms.join(' ');
  const t = wink.tag(text);
  const at = new Map();
  let off = 0;
  for (let i = 0; i < t.values.length; i++) { off += t.spaces[i].length; if (!at.has(off)) at.set(off, t.pos[i]); off += t.values[i].length; }
  let start = 0;
  s.words.forEach((w, i) => {
    words++;
    const wp = at.get(start);
    if (wp === undefined) unaligned++;
    if (wp === w.upos) winkRight++;
    if (own[i] === w.upos) ownRight++;
    start += w.form.length + 1;
  });
}
const pc = (x) => (100 * x / words).toFixed(2);
console.log(`EWT ${split}: ${words} words; UPOS wink-nlp ${pc(winkRight)} (${unaligned} words with no wink token starting there), own tagger ${pc(ownRight)}`);
