import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the samples of a CPU profile of `dyad code` went, by stage (docs/speed.md, seventh round):
 *
 *   taskset -c 0 node --cpu-prof --cpu-prof-dir=DIR bin/dyad.js code --format jsonl <BBC folder> > /dev/null
 *   node dist/bench/profile-stages.js DIR/CPU.*.cpuprofile [--bundle dist/dyad.cjs] [--top 40]
 *
 * The profile of a bundled run names one file, dist/dyad.cjs; the module of each function is read from the comments
 * esbuild writes before each module ("// dist/src/stages/mentions/find-mentions.js"). Each sample is charged to the
 * innermost frame on its stack that belongs to a category (a stage's category before the frames of the resources, the
 * pipeline and the CLI around or inside it): the parser (src/parser/ and the syntax stage, wherever the
 * parse is first asked for), a stage folder (src/stages/NAME/), wink's tokenizer and tagger, the pipeline, the CLI
 * (reading inputs' order, JSON.stringify of the output, writing), the resources outside any stage (start-up, lazy
 * loads); V8's garbage collector as its own row. Samples are of the main thread's wall time: on one pinned core a
 * sample also counts the time V8's compiler and GC threads took the core from the main thread (docs/speed.md, fifth
 * round), so the shares are an order, and the CPU seconds of the whole process are the figure to quote.
 */

interface CallFrame { functionName: string; url: string; lineNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; startTime: number; endTime: number }

const args = process.argv.slice(2);
const here = path.dirname(fileURLToPath(import.meta.url));
let bundle = path.resolve(here, '../dyad.cjs');
let top = 40;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--bundle') bundle = args[++i]!;
  else if (args[i] === '--top') top = Number(args[++i]);
  else files.push(args[i]!);
}
if (files.length !== 1) {
  console.error('usage: node dist/bench/profile-stages.js PROFILE.cpuprofile [--bundle dist/dyad.cjs] [--top N]');
  process.exit(2);
}

const prof = JSON.parse(fs.readFileSync(files[0]!, 'utf8')) as CpuProfile;
// module of each line of the bundle: esbuild's "// dist/..." or "// node_modules/..." comment before it
const marks: Array<[line: number, module: string]> = [];
if (fs.existsSync(bundle)) fs.readFileSync(bundle, 'utf8').split('\n').forEach((l, i) => { if (/^\/\/ (dist|node_modules)\//.test(l)) marks.push([i, l.slice(3)]); });
function moduleAt(line: number): string {
  let lo = 0, hi = marks.length - 1, found = '?';
  while (lo <= hi) { const m = (lo + hi) >> 1; if (marks[m]![0] <= line) { found = marks[m]![1]; lo = m + 1; } else hi = m - 1; }
  return found;
}
const moduleOf = (cf: CallFrame): string => (cf.url.endsWith('dyad.cjs') ? moduleAt(cf.lineNumber) : cf.url.replace(/^.*node_modules\//, 'node_modules/').replace(/^file:\/\/.*\/dist\//, 'dist/'));

function category(mod: string): string | null {
  if (/src\/parser\/|src\/stages\/syntax-parse\//.test(mod)) return 'parser (syntax layer)';
  const st = /src\/stages\/([^/]+)\//.exec(mod);
  if (st) return st[1] === 'syntax' ? 'shallow syntax helpers (src/stages/syntax)' : `stage: ${st[1]}`;
  if (/wink-nlp|wink-eng-lite|src\/resources\/(tagger|long-runs)\.js/.test(mod)) return 'wink tokenizer + tagger (segment)';
  if (/src\/pipeline\//.test(mod)) return 'pipeline (run, budget, output)';
  if (/src\/cli\//.test(mod)) return 'cli (JSON.stringify, writing)';
  if (/src\/resources\//.test(mod)) return 'resources outside a stage (start-up, lazy loads)';
  return null;
}

const OUTER = new Set(['pipeline (run, budget, output)', 'cli (JSON.stringify, writing)', 'resources outside a stage (start-up, lazy loads)']);
const byId = new Map<number, ProfileNode>();
const parent = new Map<number, number>();
for (const n of prof.nodes) { byId.set(n.id, n); for (const c of n.children ?? []) parent.set(c, n.id); }
const count = new Map<number, number>();
for (const s of prof.samples) count.set(s, (count.get(s) ?? 0) + 1);

const byCategory = new Map<string, number>();
const bySelf = new Map<string, number>();
const add = (m: Map<string, number>, k: string, v: number): void => { m.set(k, (m.get(k) ?? 0) + v); };
let total = 0;
for (const [id, c] of count) {
  total += c;
  const leaf = byId.get(id)!;
  const fn = leaf.callFrame.functionName || '(anonymous)';
  add(bySelf, `${fn}  ${moduleOf(leaf.callFrame).replace(/^dist\/src\//, '')}`, c);
  let cat: string | null = fn === '(garbage collector)' ? 'V8 garbage collector (main thread)' : fn === '(program)' || fn === '(idle)' ? `V8 ${fn}` : null;
  // a stage (or the parser, or wink) anywhere on the stack wins over the resources, pipeline and CLI frames inside or
  // around it (the phrase trie's and the gazetteer's lookups are their stage's)
  let outer: string | null = null;
  for (let n: ProfileNode | undefined = leaf; n && !cat; n = byId.get(parent.get(n.id) ?? -1)) {
    const k = category(moduleOf(n.callFrame));
    if (k && !OUTER.has(k)) cat = k;
    else outer ??= k;
  }
  cat ??= outer;
  add(byCategory, cat ?? 'other (node start-up, module loading, native)', c);
}
const rows = (m: Map<string, number>, n: number): string => [...m].sort((a, b) => b[1] - a[1]).slice(0, n)
  .map(([k, v]) => `${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`).join('\n');
console.log(`${total} samples over ${((prof.endTime - prof.startTime) / 1e6).toFixed(1)} s (${marks.length ? 'bundle ' + bundle : 'no bundle: modules from URLs'})`);
console.log('\nby category (innermost frame):\n' + rows(byCategory, 30));
console.log(`\nself time, top ${top}:\n` + rows(bySelf, top));
