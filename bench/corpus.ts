import fs from 'node:fs';
import path from 'node:path';
import { readInputs, type Article } from '../src/api.js';

/**
 * The benchmark's fixed corpora, read from the shared data at run time (BBC is research-only: never copied),
 * through dyad's own ingest stage, so the texts are exactly those `dyad code` would code.
 */

export type CorpusName = 'wikinews' | 'bbc';

export interface Corpus {
  name: CorpusName;
  articles: Article[];
  /** Where it was read from. */
  source: string;
  /** Time the ingest stage took to read, decode and normalise the files (not part of the end-to-end figures). */
  ingestMs: number;
  /** Inputs the ingest stage refused (one-line messages). */
  errors: string[];
}

/** A corpus, or the reason it is absent. */
export async function loadCorpus(name: CorpusName, shared: string, limit?: number): Promise<Corpus | { name: CorpusName; absent: string }> {
  const dir = name === 'wikinews' ? path.join(shared, 'data/wikinews/data') : path.join(shared, 'data/bbc/data');
  if (!fs.existsSync(dir)) return { name, absent: `${dir} not found` };
  const files = listFiles(dir, name === 'wikinews' ? '.csv' : '.txt');
  if (!files.length) return { name, absent: `no ${name === 'wikinews' ? '.csv' : '.txt'} files under ${dir}` };
  const articles: Article[] = [];
  const errors: string[] = [];
  const t0 = performance.now();
  for await (const item of readInputs(files)) {
    if (item.ok) articles.push(item.value.article);
    else errors.push(`${item.error.code} ${item.error.message}`);
    if (limit !== undefined && articles.length >= limit) break;
  }
  return { name, articles, source: dir, ingestMs: performance.now() - t0, errors };
}

/** Files with the extension under a folder, in path order. */
export function listFiles(dir: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(ext)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}
