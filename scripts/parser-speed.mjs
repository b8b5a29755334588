// `node scripts/parser-speed.mjs SENTENCES.json MODE PASSES [MODEL]`: parses pre-tokenised sentences (written by
// `node dist/bench/parser-bench.js --dump FILE`, Wikinews tokenised as dyad code does) PASSES times after one warm-up
// pass; MODE parse (tags given), tag, both. Meant for `valgrind --tool=callgrind` instruction counts, which do not
// depend on the machine's load: run with PASSES 1 and 3 and take half the difference as the count of one pass.
import fs from 'node:fs';
import { loadParser, DEFAULT_MODEL_PATH } from '../dist/src/parser/parser.js';

const [file, mode = 'parse', passes = '1', model = DEFAULT_MODEL_PATH] = process.argv.slice(2);
const sentences = JSON.parse(fs.readFileSync(file, 'utf8'));
const parser = loadParser(model);
const tags = sentences.map((s) => parser.tagClasses(s));
let sink = 0;
const pass = () => {
  if (mode === 'parse') for (let i = 0; i < sentences.length; i++) sink += parser.parse(sentences[i], { tagClasses: tags[i] }).heads[0];
  else if (mode === 'tag') for (const s of sentences) sink += parser.tagClasses(s)[0];
  else for (const s of sentences) sink += parser.parse(s).heads[0];
};
pass();
const c0 = process.cpuUsage();
for (let p = 0; p < Number(passes); p++) pass();
const c = process.cpuUsage(c0);
const ms = (c.user + c.system) / 1000;
console.log(`${mode}: ${sentences.length} sentences × ${passes} passes in ${ms.toFixed(0)} ms CPU: ${(sentences.length * Number(passes) / (ms / 1000)).toFixed(0)} sentences/s (sink ${sink})`);
