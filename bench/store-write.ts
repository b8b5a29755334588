/**
 * What storing costs, without coding (not a test): stores the coded articles of a JSONL file (`dyad code --format
 * jsonl` output) into a fresh SQLite file in batches of 32, one transaction each, as `dyad ingest` does, and prints
 * the CPU seconds of the writes. With `--old DIR` (another checkout with its own `dist/`) the two builds' stores
 * alternate `--repeat` times in this process, each into its own fresh file, so both see the same load.
 *
 *   node dist/bench/store-write.js CODED.jsonl [--old DIR] [--repeat N]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodedArticle } from '../src/core/types.js';

interface WriteStore { putArticlesSync(batch: { article: CodedArticle }[]): unknown; close(): Promise<void> }
type Open = (file: string) => WriteStore;

const args = process.argv.slice(2);
let old: string | undefined;
let repeat = 3;
let input: string | undefined;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--old') old = args[++i];
  else if (args[i] === '--repeat') repeat = Number(args[++i]);
  else input = args[i];
}
if (!input) { console.error('usage: store-write CODED.jsonl [--old DIR] [--repeat N]'); process.exit(2); }

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const openOf = async (root: string): Promise<Open> =>
  (await import(path.join(root, 'dist/src/store/sqlite/sqlite-store.js')) as { openSqliteStore: Open }).openSqliteStore;
const builds: Array<[string, Open]> = [['new', await openOf(here)]];
if (old) builds.unshift(['old', await openOf(path.resolve(old))]);

const articles = fs.readFileSync(input, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CodedArticle);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-store-write-'));
try {
  for (let r = 0; r < repeat; r++) {
    for (const [name, open] of builds) {
      const file = path.join(dir, `${name}-${r}.sqlite`);
      const store = open(file);
      const t0 = process.cpuUsage();
      const w0 = performance.now();
      for (let i = 0; i < articles.length; i += 32) store.putArticlesSync(articles.slice(i, i + 32).map((article) => ({ article })));
      const cpu = process.cpuUsage(t0);
      const wall = performance.now() - w0;
      await store.close();
      console.log(`${name}: ${articles.length} articles stored, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU, ${(wall / 1000).toFixed(2)} s wall, load ${os.loadavg()[0]!.toFixed(1)}`);
    }
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
