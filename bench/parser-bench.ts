import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadTagger } from '../src/resources/tagger.js';
import { segment } from '../src/stages/segment/segment.js';
import { sharedDir } from '../src/eval/shared-dir.js';
import { parseConllu } from '../src/parser/conllu.js';
import { DEFAULT_MODEL_PATH, loadParser } from '../src/parser/parser.js';
import { loadCorpus } from './corpus.js';

/**
 * `node dist/bench/parser-bench.js [--repeat N] [--limit N] [--model FILE] [--ewt SPLIT]`: the dependency parser alone on
 * the Wikinews corpus, tokenised and split into sentences exactly as `dyad code` does (segment stage, wink-nlp), or
 * with --ewt test|dev on the sentences of UD English EWT (gold words, as the accuracy figures).
 * Reports, per CPU-second of this thread (run it pinned: `taskset -c 0`): the parser given the tags, the tagger
 * alone, and both; the model load time; and the load average of the machine beside every figure.
 */

const { values } = parseArgs({ options: { repeat: { type: 'string', default: '5' }, limit: { type: 'string' }, model: { type: 'string' }, shared: { type: 'string' }, dump: { type: 'string' }, ewt: { type: 'string' }, against: { type: 'string' } } });
const cpuMs = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

const t0 = performance.now();
const parser = loadParser(values.model ?? DEFAULT_MODEL_PATH);
const loadMs = performance.now() - t0;
// --against MODEL: a second model measured in the same process, its passes alternated with the first's (the order
// swapped every round), so that both see the same moments of a loaded machine
const other = values.against ? loadParser(values.against) : undefined;

const sentences: string[][] = [];
let what: string;
if (values.ewt) {
  const file = path.join(sharedDir(values.shared), `data/ud-ewt/en_ewt-ud-${values.ewt}.conllu`);
  if (!fs.existsSync(file)) { console.log(`parser bench: skipped, ${file} absent`); process.exit(0); }
  for (const s of parseConllu(fs.readFileSync(file, 'utf8'), file)) sentences.push(s.words.map((w) => w.form));
  if (values.limit) sentences.length = Math.min(sentences.length, Number(values.limit));
  what = `UD English EWT ${values.ewt}: gold words`;
} else {
  const corpus = await loadCorpus('wikinews', sharedDir(values.shared), values.limit ? Number(values.limit) : undefined);
  if ('absent' in corpus) { console.log(`parser bench: skipped, Wikinews corpus absent (${corpus.absent})`); process.exit(0); }
  const tagger = loadTagger();
  for (const a of corpus.articles) {
    const seg = segment(a.text, tagger);
    for (const s of seg.sentences) sentences.push(seg.tokens.slice(s.firstToken, s.endToken).map((t) => a.text.slice(t.start, t.end)));
  }
  what = `Wikinews: ${corpus.articles.length} articles, tokenised as dyad code does`;
}
if (values.dump) { fs.writeFileSync(values.dump, JSON.stringify(sentences)); console.log(`wrote ${sentences.length} sentences to ${values.dump}`); process.exit(0); }
const words = sentences.reduce((n, s) => n + s.length, 0);
const models = other ? [parser, other] : [parser];
const tags = models.map((m) => sentences.map((s) => m.tagClasses(s)));

interface Pass { ms: number; cpu: number }
const time = (f: () => void): Pass => { const w = performance.now(), c = cpuMs(); f(); return { ms: performance.now() - w, cpu: cpuMs() - c }; };
const passes = models.map((): Record<string, Pass[]> => ({ parse: [], tag: [], both: [] }));
for (let r = 0; r < Number(values.repeat) + 1; r++) {
  for (const k of r % 2 ? [...models.keys()].reverse() : [...models.keys()]) {
    const m = models[k]!, tk = tags[k]!;
    const p = time(() => { for (let i = 0; i < sentences.length; i++) m.parse(sentences[i]!, { tagClasses: tk[i]! }); });
    const t = time(() => { for (const s of sentences) m.tagClasses(s); });
    const b = time(() => { for (const s of sentences) m.parse(s); });
    if (r === 0) continue; // warm-up pass
    passes[k]!.parse!.push(p); passes[k]!.tag!.push(t); passes[k]!.both!.push(b);
  }
}
const best = (ps: Pass[]): Pass => ps.reduce((a, b) => (b.cpu < a.cpu ? b : a));
const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };
const line = (name: string, ps: Pass[]): string => {
  const b = best(ps), m = median(ps.map((p) => p.cpu));
  return `${name.padEnd(22)} ${(sentences.length / (b.cpu / 1000)).toFixed(0).padStart(7)} sentences/s (median ${(sentences.length / (m / 1000)).toFixed(0)}), ${(words / (b.cpu / 1000)).toFixed(0)} words/s per CPU-second; wall ${b.ms.toFixed(0)} ms`;
};
console.log(`${what}: ${sentences.length} sentences, ${words} words (${(words / sentences.length).toFixed(1)} per sentence)`);
console.log(`model ${values.model ?? DEFAULT_MODEL_PATH}: loaded in ${loadMs.toFixed(1)} ms`);
for (const [k, ps] of passes.entries()) {
  if (other) console.log(k === 0 ? `model ${values.model ?? DEFAULT_MODEL_PATH}:` : `against ${values.against}:`);
  console.log(line('parser alone (tagged)', ps.parse!));
  console.log(line('tagger alone', ps.tag!));
  console.log(line('tagger + parser', ps.both!));
}
if (other) {
  const ratio = (k: string): string => (median(passes[1]![k]!.map((p) => p.cpu)) / median(passes[0]![k]!.map((p) => p.cpu))).toFixed(3);
  console.log(`speed of the first model over the second (medians): parser alone ×${ratio('parse')}, tagger alone ×${ratio('tag')}, tagger + parser ×${ratio('both')}`);
}
console.log(`load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} on ${os.cpus().length} cores; best of ${values.repeat} passes after one warm-up`);
