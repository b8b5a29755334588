// `node scripts/syntax-cost.mjs [FILES...]` (after npm run build; default: the Wikinews CSVs): what the syntax layer
// costs. Codes every article through the whole pipeline (timings per stage), then parses every sentence of the same
// documents through the layer, and prints CPU milliseconds and sentences/s of each (single thread).
import { documentThrough } from '../dist/src/pipeline/code-article.js';
import { codeArticle, loadResources, readInputs } from '../dist/src/api.js';
import { PIPELINE } from '../dist/src/pipeline/stages.js';

const files = process.argv.slice(2);
const inputs = files.length ? files : ['../shared/data/wikinews/data/wikinews_2019.csv', '../shared/data/wikinews/data/wikinews_2020.csv'];
const res = loadResources();
const articles = [];
for await (const it of readInputs(inputs)) if (it.ok) articles.push(it.value.article ?? it.value);
const cpu = () => process.cpuUsage().user / 1000;
let t0 = cpu();
const timings = {};
for (const a of articles) codeArticle(a, res, { timings });
const codeMs = cpu() - t0;
const last = PIPELINE.stages.at(-1).name;
let sentences = 0, words = 0;
const docs = articles.map((a) => documentThrough(a, res, 'syntax'));
t0 = cpu();
for (const d of docs) for (let si = 0; si < d.sentences.length; si++) { const s = d.syntax.sentence(si); sentences++; words += s.head.length; }
const parseMs = cpu() - t0;
console.log(`${articles.length} articles, ${sentences} sentences, ${words} words (last stage ${last})`);
console.log(`dyad code (no parse): ${codeMs.toFixed(0)} ms CPU, ${(sentences / codeMs * 1000).toFixed(0)} sentences/s; stages ms: ${Object.entries(timings).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
console.log(`parse every sentence: ${parseMs.toFixed(0)} ms CPU, ${(sentences / parseMs * 1000).toFixed(0)} sentences/s (+${(100 * parseMs / codeMs).toFixed(0)}% on dyad code)`);
