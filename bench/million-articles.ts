/**
 * Reading 1,000,000 tiny articles (not a test): JSONL generated on the fly and fed as standard input, never held in
 * memory, through the real ingest reader. Prints articles/s and peak RSS (memory must stay bounded: streamed reading).
 * Run: `npx tsc -p . && node dist/bench/million-articles.js [N=1000000]`.
 */
import { Readable } from 'node:stream';
import { readInputs } from '../src/stages/ingest/read-inputs.js';

/** N JSONL lines of tiny articles, in chunks of 1,000 lines, generated lazily. */
export function tinyArticles(n: number, generated = { lines: 0 }): Readable {
  return Readable.from((function* () {
    for (let i = 0; i < n; i += 1000) {
      generated.lines = Math.min(n, i + 1000);
      let chunk = '';
      for (let k = i; k < Math.min(n, i + 1000); k++) chunk += `{"id":"t${k}","text":"Minister ${k} met the envoy."}\n`;
      yield Buffer.from(chunk);
    }
  })(), { objectMode: false });
}

/**
 * Reads them all; returns count, errors, seconds, the peak RSS seen (sampled every 10,000 articles) and how many lines
 * had been generated when the first article came out (far below n: the input is streamed, not read whole first).
 */
export async function readTiny(n: number): Promise<{ ok: number; errors: number; seconds: number; peakRssMb: number; startRssMb: number; generatedAtFirst: number }> {
  const generated = { lines: 0 };
  let generatedAtFirst = -1;
  const startRss = process.memoryUsage.rss();
  let peak = startRss;
  let ok = 0;
  let errors = 0;
  const t = performance.now();
  for await (const item of readInputs(['-'], { stdin: tinyArticles(n, generated) })) {
    if (generatedAtFirst < 0) generatedAtFirst = generated.lines;
    if (item.ok) ok++; else errors++;
    if ((ok + errors) % 10_000 === 0) peak = Math.max(peak, process.memoryUsage.rss());
  }
  peak = Math.max(peak, process.memoryUsage.rss());
  return { ok, errors, seconds: (performance.now() - t) / 1000, peakRssMb: peak / 2 ** 20, startRssMb: startRss / 2 ** 20, generatedAtFirst };
}

if (process.argv[1]?.endsWith('million-articles.js')) {
  const n = Number(process.argv[2] ?? 1_000_000);
  const r = await readTiny(n);
  console.log(`${r.ok} articles read (${r.errors} errors) in ${r.seconds.toFixed(1)} s: ${Math.round(r.ok / r.seconds)} articles/s; RSS ${r.startRssMb.toFixed(0)} MB at start, peak ${r.peakRssMb.toFixed(0)} MB`);
}
