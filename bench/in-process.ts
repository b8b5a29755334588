import { loadResources, readInputs, type Article } from '../src/api.js';
import { codePass, floorPass } from './code-loop.js';

/**
 * Child of `npm run bench:cli` (bench/cli-bench.ts): the in-process figures beside the command's, in a fresh process
 * that the parent pins like the command. Reads the inputs through dyad's own ingest stage, then alternates
 * `--repeat` passes of the tokenizer/tagger alone (the floor) with passes of the whole pipeline to the JSON line
 * (warm: one pass of each first, the pipeline's reported as `firstPass`). Prints one JSON object: the best pass of each.
 *
 *   node --single-threaded-gc dist/bench/in-process.js [--repeat N] INPUT...
 */
const args = process.argv.slice(2);
let repeat = 2;
const inputs: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--repeat') repeat = Number(args[++i]);
  else inputs.push(args[i]!);
}
const articles: Article[] = [];
for await (const item of readInputs(inputs)) if (item.ok) articles.push(item.value.article);
const res = loadResources();
floorPass(articles, res);
const warm = codePass(articles, res);
let floor = { ms: Infinity, cpuMs: Infinity };
let code = { ms: Infinity, cpuMs: Infinity };
for (let r = 0; r < repeat; r++) {
  const f = floorPass(articles, res);
  if (f.ms < floor.ms) floor = f;
  const c = codePass(articles, res);
  if (c.ms < code.ms) code = { ms: c.ms, cpuMs: c.cpuMs };
}
process.stdout.write(JSON.stringify({ articles: articles.length, sentences: warm.sentences, floor, code, firstPass: { ms: warm.ms, cpuMs: warm.cpuMs } }) + '\n');
