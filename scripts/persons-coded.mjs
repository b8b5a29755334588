// Diagnostic (not part of the build): of the persons named in the voa-dev gold stories, how many get a code from dyad,
// and how many get the gold's country and sectors. A gold person counts as found when a dyad actor has a mention
// overlapping one of the places where the gold's mention strings occur in the text.
//
//   node scripts/persons-coded.mjs [--verbose] [--cmd "node bin/dyad.js code --format jsonl"]
//
// Reads ../shared/data/voa-dev (the suite's README describes the gold); prints one summary line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(root, '../shared/data/voa-dev');
if (!fs.existsSync(dir)) { console.error(`persons-coded: ${dir} is absent`); process.exit(2); }
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const ci = args.indexOf('--cmd');
const cmd = ci >= 0 ? args[ci + 1] : 'node bin/dyad.js code --format jsonl';

const stories = new Map(fs.readFileSync(path.join(dir, 'stories.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => { const s = JSON.parse(l); return [String(s.id), s]; }));
const golds = fs.readdirSync(path.join(dir, 'gold')).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(fs.readFileSync(path.join(dir, 'gold', f), 'utf8')));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-persons-'));
const input = path.join(tmp, 'in.jsonl');
fs.writeFileSync(input, golds.map((g) => { const s = stories.get(String(g.id)); return JSON.stringify({ id: String(g.id), date: g.date || String(s.published).slice(0, 10), text: s.text }); }).join('\n') + '\n');
const out = execSync(`${cmd} ${input}`, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
fs.rmSync(tmp, { recursive: true, force: true });
const coded = new Map(out.split('\n').filter(Boolean).map((l) => { const d = JSON.parse(l); return [d.id, d]; }));

let persons = 0, found = 0, withCode = 0, right = 0;
const lines = [];
for (const g of golds) {
  const doc = coded.get(String(g.id));
  for (const p of g.actors.filter((a) => a.kind === 'person')) {
    persons++;
    const spans = [];
    for (const m of p.mentions) for (let i = doc.text.indexOf(m); i >= 0; i = doc.text.indexOf(m, i + 1)) spans.push([i, i + m.length]);
    const votes = new Map();
    for (const a of doc.actors) for (const m of a.mentions) if (spans.some(([s, e]) => m.start < e && s < m.end)) votes.set(a, (votes.get(a) ?? 0) + 1);
    const best = [...votes.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
    if (!best) { lines.push(`  none   ${g.id} ${p.name} (gold ${p.code}${p.sectors.join('')})`); continue; }
    found++;
    if (best.code) withCode++;
    const ok = best.code.startsWith(p.code) && JSON.stringify([...(best.sectors ?? [])].sort()) === JSON.stringify([...p.sectors].sort());
    if (ok) right++;
    lines.push(`  ${ok ? 'right' : best.code ? 'wrong' : 'nocode'} ${g.id} ${p.name} -> ${best.name} [${best.code || '-'}] (gold ${p.code}${p.sectors.join('')})`);
  }
}
if (verbose) console.log(lines.join('\n'));
const pct = (n) => (persons ? (100 * n / persons).toFixed(1) : '0');
console.log(`voa-dev persons: ${persons}; found ${found}; with a code ${withCode} (${pct(withCode)}%); right country and sectors ${right} (${pct(right)}%)`);
