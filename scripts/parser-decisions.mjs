// `node scripts/parser-decisions.mjs DUMP [ROUNDS] [MODEL]` (after npm run build; DUMP from `node dist/bench/parser-bench.js
// --limit 100 --dump DUMP`; run it pinned, `taskset -c 0 node --single-threaded-gc ...`): what the parser spends per
// decision. Parses the sentences (tags given) once recording every scored decision's features, then times, in passes
// alternated with the parse itself: the transition scorings alone, the relation scorings alone, and both in the parse's
// order (the parse's table reads without its feature extraction and state keeping); CPU ms per pass, medians. Also
// counts what the relation rows' layout costs in cache lines per scored arc (51-byte rows at each 16-byte offset
// against 64-byte rows, one line each) and how many rows read are all zero (those a skip could save).
import fs from 'node:fs';
import { loadModel } from '../dist/src/parser/model-file.js';
import { createParser, DEFAULT_MODEL_PATH } from '../dist/src/parser/parser.js';

const [file, rounds = '7', modelPath = DEFAULT_MODEL_PATH] = process.argv.slice(2);
if (!file) { console.error('usage: node scripts/parser-decisions.mjs DUMP [ROUNDS] [MODEL]'); process.exit(2); }
const S = JSON.parse(fs.readFileSync(file, 'utf8'));
const { model, header } = loadModel(modelPath);
const p = createParser(model, header);
const m = p.model, T = m.trans, L = m.labels, C = L.classes;
const tags = S.map((s) => p.tagClasses(s));
const rec = [];
const q = createParser({
  ...m,
  trans: { classes: T.classes, rowBits: T.rowBits, score(f, n, ts) { rec.push({ k: 0, f: f.slice(0, n) }); T.score(f, n, ts); }, scoreCand() { throw new Error('not used'); } },
  labels: {
    classes: C, rowBits: L.rowBits,
    score(f, n, s) { rec.push({ k: 2, f: f.slice(0, n) }); L.score(f, n, s); },
    scoreCand(f, n, c, a, b, s) { rec.push({ k: 1, f: f.slice(0, n), c, a, b }); L.scoreCand(f, n, c, a, b, s); },
  },
}, header);
for (let i = 0; i < S.length; i++) q.parse(S[i], { tagClasses: tags[i] });
const trans = rec.filter((r) => r.k === 0), arcs = rec.filter((r) => r.k !== 0), cands = rec.filter((r) => r.k === 1);
// cache lines per scored arc (candidate classes only) and all-zero rows read
const offs = [0, 16, 32, 48], lines = offs.map(() => 0);
let line64 = 0, rows = 0, zero = 0, zeroCand = 0;
for (const r of cands) {
  const sets = offs.map(() => new Set()), set64 = new Set();
  for (const h of r.f) {
    const row = h >>> L.shift; rows++; set64.add(row);
    let z = true, zc = true;
    for (let k = 0; k < C; k++) if (L.w[row * L.stride + k]) { z = false; break; }
    for (let j = r.a; j < r.b; j++) { const c = r.c[j]; if (L.w[row * L.stride + c]) zc = false; offs.forEach((o, i) => sets[i].add(Math.floor((o + row * C + c) / 64))); }
    if (z) zero++; if (zc) zeroCand++;
  }
  offs.forEach((_, i) => { lines[i] += sets[i].size; }); line64 += set64.size;
}
const ts = new Int32Array(3), ls = new Int32Array(64);
let sink = 0;
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const label = (r) => { if (r.k === 1) { L.scoreCand(r.f, r.f.length, r.c, r.a, r.b, ls); sink += ls[r.c[r.a]]; } else { L.score(r.f, r.f.length, ls); sink += ls[0]; } };
const modes = {
  parse: () => { for (let i = 0; i < S.length; i++) sink += p.parse(S[i], { tagClasses: tags[i] }).heads[0]; },
  transitions: () => { for (const r of trans) { T.score(r.f, r.f.length, ts); sink += ts[0]; } },
  relations: () => { for (const r of arcs) label(r); },
  both: () => { for (const r of rec) if (r.k === 0) { T.score(r.f, r.f.length, ts); sink += ts[0]; } else label(r); },
};
const keys = Object.keys(modes), t = Object.fromEntries(keys.map((k) => [k, []]));
for (let r = 0; r <= Number(rounds); r++) for (const k of r % 2 ? keys : [...keys].reverse()) { const c0 = cpu(); modes[k](); if (r) t[k].push(cpu() - c0); }
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const n = S.length;
console.log(`${modelPath}, ${n} sentences: ${(trans.length / n).toFixed(1)} scored transitions per sentence (${trans[0]?.f.length} features each), ${(arcs.length / n).toFixed(1)} scored arcs (${(cands.reduce((a, r) => a + r.b - r.a, 0) / cands.length).toFixed(1)} candidate relations of ${C}, ${cands[0]?.f.length} features)`);
for (const k of keys) console.log(`  ${k.padEnd(12)} ${med(t[k]).toFixed(1)} ms CPU per pass (median of ${rounds})`);
console.log(`  per transition decision ${(1e6 * med(t.transitions) / trans.length).toFixed(0)} ns, per scored arc ${(1e6 * med(t.relations) / arcs.length).toFixed(0)} ns (each replayed alone); the table reads in the parse's order are ${(100 * med(t.both) / med(t.parse)).toFixed(0)}% of the parse (${(1000 * med(t.parse) / n).toFixed(1)} µs per sentence)`);
console.log(`  relation rows: cache lines per scored arc ${lines.map((x) => (x / cands.length).toFixed(1)).join(' / ')} (51-byte rows at offsets ${offs.join('/')} mod 64), ${(line64 / cands.length).toFixed(1)} with one line per row; rows read all zero ${(100 * zero / rows).toFixed(1)}%, zero on the arc's candidates ${(100 * zeroCand / rows).toFixed(1)}%`);
console.log(`  load average ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
