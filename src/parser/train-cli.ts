import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseConllu, type ConlluSentence } from './conllu.js';
import { score, type Scores } from './evaluate.js';
import { saveModel, type ModelHeader } from './model-file.js';
import { candidatesOf, type ParserModel } from './parse-core.js';
import { createParser, DEFAULT_MODEL_PATH } from './parser.js';
import { IntMap } from './int-map.js';
import { Sparse8Table } from './linear.js';
import { SentenceLex } from './lex.js';
import { tagSentence } from './tagger.js';
import { DEFAULT_OPTIONS, inventories, tagCandidates, jackknifeTags, trainAll, trainClusters, trainTaggerTable, type TrainOptions } from './train.js';

/**
 * `npm run train:parser [-- --data DIR --out FILE --test ...]`: trains the tagger and the parser on UD English EWT
 * train (fixed seeds), scores dev (and test with --test), writes the model file (default models/parser-ewt.bin).
 */

const DEFAULT_DATA = path.resolve(path.dirname(DEFAULT_MODEL_PATH), '../../shared/data/ud-ewt');

function read(dir: string, split: string): ConlluSentence[] {
  const f = path.join(dir, `en_ewt-ud-${split}.conllu`);
  return parseConllu(fs.readFileSync(f, 'utf8'), f);
}

export function evaluateModel(model: ParserModel, header: ModelHeader, data: ConlluSentence[]): Scores & { sentences: number; ms: number } {
  const p = createParser(model, header);
  const pred = [];
  const start = performance.now();
  for (const s of data) {
    const r = p.parse(s.words.map((w) => w.form));
    pred.push(s.words.map((_, i) => ({ head: r.heads[i]!, deprel: r.deprels[i]!, upos: r.upos[i]! })));
  }
  const ms = performance.now() - start;
  return { ...score(data.map((s) => s.words.map((w) => ({ head: w.head, deprel: w.deprel, upos: w.upos }))), pred), sentences: data.length, ms };
}

function main(): number {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' }, out: { type: 'string' }, test: { type: 'boolean' }, epochs: { type: 'string' },
      'tagger-epochs': { type: 'string' }, jackknife: { type: 'string' }, limit: { type: 'string' }, seed: { type: 'string' },
      'explore-p': { type: 'string' }, 'explore-from': { type: 'string' }, 'trans-bits': { type: 'string' }, 'label-bits': { type: 'string' },
      'tagger-bits': { type: 'string' }, 'min-word': { type: 'string' }, 'tags-cache': { type: 'string' }, 'no-save': { type: 'boolean' },
      'tagger-only': { type: 'boolean' }, 'jackknife-second': { type: 'boolean' }, 'root-end': { type: 'string' }, 'tagger-passes': { type: 'string' }, 'eval-epochs': { type: 'string' }, 'cluster-words': { type: 'string' }, 'clusters-cache': { type: 'string' }, 'drop-templates': { type: 'string' }, 'trans-regions': { type: 'string' },
    },
  });
  const dir = path.resolve(values.data ?? DEFAULT_DATA);
  if (!fs.existsSync(path.join(dir, 'en_ewt-ud-train.conllu'))) {
    console.log(`train:parser: skipped, no UD English EWT at ${dir} (en_ewt-ud-train.conllu); the committed model stays`);
    return 0;
  }
  const num = (s: string | undefined, d: number): number => (s === undefined ? d : Number(s));
  const o: TrainOptions = {
    ...DEFAULT_OPTIONS,
    seed: num(values.seed, DEFAULT_OPTIONS.seed),
    parserEpochs: num(values.epochs, DEFAULT_OPTIONS.parserEpochs),
    taggerEpochs: num(values['tagger-epochs'], DEFAULT_OPTIONS.taggerEpochs),
    jackknife: num(values.jackknife, DEFAULT_OPTIONS.jackknife),
    exploreP: num(values['explore-p'], DEFAULT_OPTIONS.exploreP),
    exploreFrom: num(values['explore-from'], DEFAULT_OPTIONS.exploreFrom),
    transRowBits: num(values['trans-bits'], DEFAULT_OPTIONS.transRowBits),
    labelRowBits: num(values['label-bits'], DEFAULT_OPTIONS.labelRowBits),
    taggerRowBits: num(values['tagger-bits'], DEFAULT_OPTIONS.taggerRowBits),
    minWordCount: num(values['min-word'], DEFAULT_OPTIONS.minWordCount),
    clusterWords: num(values['cluster-words'], DEFAULT_OPTIONS.clusterWords),
    taggerPasses: num(values['tagger-passes'], DEFAULT_OPTIONS.taggerPasses),
    rootAtEnd: num(values['root-end'], DEFAULT_OPTIONS.rootAtEnd ? 1 : 0) === 1,
    jackknifeSecond: values['jackknife-second'] ?? DEFAULT_OPTIONS.jackknifeSecond,
    ...(values['drop-templates'] ? { dropTemplates: values['drop-templates'].split(',').map(Number) } : {}),
    ...(values['trans-regions'] ? { transRegions: values['trans-regions'].split(',').map(Number) } : {}),
    log: (m) => console.log(`  ${m}`),
  };
  const t0 = performance.now();
  let train = read(dir, 'train');
  if (values.limit) train = train.slice(0, Number(values.limit));
  const dev = read(dir, 'dev');
  // the word clusters can be kept in a file between runs with the same --cluster-words
  const ccache = values['clusters-cache'];
  let clusters: IntMap;
  if (ccache && fs.existsSync(ccache)) {
    const flat = new Int32Array(new Uint8Array(fs.readFileSync(ccache)).buffer);
    clusters = new IntMap(flat.slice(0, flat.length / 2), flat.slice(flat.length / 2));
    console.log(`  word clusters read from ${ccache}`);
  } else {
    clusters = trainClusters(o);
    if (ccache) { const all = new Int32Array(clusters.keys.length * 2); all.set(clusters.keys); all.set(clusters.vals, clusters.keys.length); fs.writeFileSync(ccache, new Uint8Array(all.buffer)); }
  }
  if (values['tagger-only']) {
    const { tagNames } = inventories(train);
    const { table, dict } = trainTaggerTable(train, tagNames, o, clusters);
    const tab = Sparse8Table.fromWeights(table.rowBits, table.classes, table.averaged());
    // without the candidates (as the jackknife tags) and with them (as parsing tags)
    const cand = candidatesOf(tagCandidates(train, tagNames));
    for (const [q, tagger] of [['Int8, all classes', { classes: table.classes, table: tab, dict }], ['Int8, candidates', { classes: table.classes, table: tab, dict, cand }]] as const) {
    const lex = new SentenceLex(clusters);
    let right = 0, rightFull = 0, total = 0;
    const start = performance.now();
    for (const s of dev) {
      lex.fill(s.words.map((w) => w.form));
      const t = new Int32Array(s.words.length);
      tagSentence(tagger, lex, t);
      s.words.forEach((w, i) => { total++; const [u] = tagNames[t[i]!]!.split('|'); if (u === w.upos) right++; if (tagNames[t[i]!] === `${w.upos}|${w.xpos}`) rightFull++; });
    }
    console.log(`tagger only (${q}), dev: UPOS ${(100 * right / total).toFixed(2)}  UPOS|XPOS ${(100 * rightFull / total).toFixed(2)}  (${dev.length} sentences, ${(performance.now() - start).toFixed(0)} ms)`);
    }
    return 0;
  }
  // predicted training tags can be kept in a file between runs that differ only in parser settings
  const cache = values['tags-cache'];
  // the file holds the tags of the whole tagger, then (two-pass tagging) those of its first pass
  let tags: { tags: Int32Array[]; tags1: Int32Array[] } | undefined;
  const words = train.reduce((n, s) => n + s.words.length, 0);
  if (cache && fs.existsSync(cache)) {
    const flat = new Int32Array(new Uint8Array(fs.readFileSync(cache)).buffer);
    if (flat.length !== words && flat.length !== 2 * words) throw new Error(`${cache}: tags for another training set`);
    if ((flat.length === 2 * words) !== (o.taggerPasses > 1 && o.jackknifeSecond)) throw new Error(`${cache}: tags ${flat.length === words ? 'of one pass' : 'of two passes'}, not what these options jackknife`);
    const split = (base: number): Int32Array[] => { let k = base; return train.map((s) => { const t = flat.slice(k, k + s.words.length); k += s.words.length; return t; }); };
    const t = split(0);
    tags = { tags: t, tags1: flat.length === words ? t : split(words) };
    console.log(`  predicted training tags read from ${cache}`);
  } else if (cache) {
    tags = jackknifeTags(train, inventories(train).tagNames, o, o.jackknife, clusters);
    const parts = tags.tags !== tags.tags1 ? [tags.tags, tags.tags1] : [tags.tags];
    const all = new Int32Array(words * parts.length);
    let k = 0;
    for (const p of parts) for (const t of p) { all.set(t, k); k += t.length; }
    fs.writeFileSync(cache, new Uint8Array(all.buffer));
  }
  // --eval-epochs K: dev scores (and a model file OUT.epN) after every parser epoch from K on
  const evalFrom = values['eval-epochs'] === undefined ? 0 : Number(values['eval-epochs']);
  if (evalFrom > 0) {
    o.onEpoch = (ep, m) => {
      if (ep < evalFrom) return;
      const d = evaluateModel(m, { tagger: { rowBits: 0, classes: 0 } } as ModelHeader, dev);
      console.log(`  after parser epoch ${ep}, dev: UPOS ${d.upos.toFixed(2)}  UAS ${d.uas.toFixed(2)}  LAS ${d.las.toFixed(2)}`);
      if (!values['no-save']) saveModel(`${path.resolve(values.out ?? DEFAULT_MODEL_PATH)}.ep${ep}`, m, { epoch: ep, dev: { upos: d.upos, uas: d.uas, las: d.las } });
    };
  }
  const model = trainAll(train, o, tags, clusters);
  const trainSeconds = (performance.now() - t0) / 1000;
  console.log(`trained in ${trainSeconds.toFixed(1)} s`);
  const about: Record<string, unknown> = {
    name: 'dyad parser, UD English EWT', treebank: 'UD_English-EWT (CC BY-SA 4.0), see NOTICE', options: { ...o, log: undefined }, trainSentences: train.length,
  };
  const header: ModelHeader = { format: 2, about, tagNames: model.tagNames, labelNames: model.labelNames, lemmaRules: model.lemmaRules, rootLabel: model.rootLabel,
    tagger: { rowBits: 0, classes: 0 }, trans: { rowBits: 0, classes: 0 }, labels: { rowBits: 0, classes: 0 }, sections: [] };
  const fmt = (s: Scores & { sentences: number; ms: number }): string =>
    `UPOS ${s.upos.toFixed(2)}  UAS ${s.uas.toFixed(2)}  LAS ${s.las.toFixed(2)}  (full relations ${s.lasFull.toFixed(2)})  ${s.words} words, ${(s.sentences / (s.ms / 1000)).toFixed(0)} sentences/s`;
  const d = evaluateModel(model, header, dev);
  console.log(`dev:  ${fmt(d)}`);
  about.dev = { upos: d.upos, uas: d.uas, las: d.las };
  if (values.test) {
    const t = evaluateModel(model, header, read(dir, 'test'));
    console.log(`test: ${fmt(t)}`);
    about.test = { upos: t.upos, uas: t.uas, las: t.las };
  }
  if (values['no-save']) return 0;
  const out = path.resolve(values.out ?? DEFAULT_MODEL_PATH);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const bytes = saveModel(out, model, about);
  console.log(`wrote ${out} (${(bytes / 1e6).toFixed(2)} MB)`);
  return 0;
}

process.exitCode = main();
