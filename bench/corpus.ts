import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Article } from '../src/api.js';

/** The benchmark's fixed corpora, read from the shared data at run time (BBC is research-only: never copied). */

export type CorpusName = 'wikinews' | 'bbc';

export interface Corpus {
  name: CorpusName;
  articles: Article[];
  /** Where it was read from. */
  source: string;
}

/** A corpus, or the reason it is absent. */
export function loadCorpus(name: CorpusName, shared: string, limit?: number): Corpus | { name: CorpusName; absent: string } {
  const dir = name === 'wikinews' ? path.join(shared, 'data/wikinews/data') : path.join(shared, 'data/bbc/data');
  if (!fs.existsSync(dir)) return { name, absent: `${dir} not found` };
  const articles = name === 'wikinews' ? readWikinews(dir) : readBbc(dir);
  if (!articles.length) return { name, absent: `no articles under ${dir}` };
  return { name, articles: limit !== undefined ? articles.slice(0, limit) : articles, source: dir };
}

/** Every row of every `*.csv` (url, date, title, text), files in name order. */
function readWikinews(dir: string): Article[] {
  const out: Article[] = [];
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.csv')).sort()) {
    const rows = parse(fs.readFileSync(path.join(dir, f), 'utf8'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
    rows.forEach((r, i) => {
      if (!r.text) return;
      out.push({ id: `${path.basename(f, '.csv')}:${i + 1}`, text: r.text.replace(/\r\n?/g, '\n'),
        ...(r.date ? { date: r.date } : {}), ...(r.title ? { title: r.title } : {}), ...(r.url ? { url: r.url } : {}) });
    });
  }
  return out;
}

/** Every `*.txt` article under the folder (headline line, blank line, body), in path order. */
function readBbc(dir: string): Article[] {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) files.push(p);
    }
  };
  walk(dir);
  files.sort();
  return files.map((p) => ({ id: path.relative(dir, p), text: fs.readFileSync(p, 'utf8').replace(/\r\n?/g, '\n') }));
}
