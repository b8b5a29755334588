import { readInputs } from './dist/src/stages/ingest/read-inputs.js';
const t = Date.now(); let n = 0, bad = 0, peak = 0;
for await (const it of readInputs([process.argv[2]])) { if (it.ok) n++; else bad++; if ((n & 0xffff) === 0) peak = Math.max(peak, process.memoryUsage().rss); }
console.log({ n, bad, ms: Date.now() - t, perSec: Math.round(n / ((Date.now() - t) / 1000)), peakRssMB: Math.round(Math.max(peak, process.memoryUsage().rss) / 1e6) });
