/**
 * How the list of verbs of action in src/stages/quotes/stance-verbs.ts was derived, re-runnable:
 *   node dist/src/eval/stance-verb-stats.js [--train PATH] [--min N] [--below P]
 * Codes PolNeAR's training split (default ../shared/data/polnear/train.jsonl; the dev split is never read) with
 * `--attributions all` and no verb excluded, then, for every verb the "object of a verb with an actor subject" rule
 * fired on, counts how often the object it took lies at least half inside some gold attribution content. Prints the
 * verbs with at least N firings (default 4) and a share below P (default 0.25): the list stance-verbs.ts holds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadResources } from '../resources/resources.js';
import { attributeQuotes } from '../stages/quotes/attribute-quotes.js';
import { hasLayers } from '../core/doc.js';
import { documentThrough } from '../pipeline/code-article.js';
import { sharedDir } from './shared-dir.js';

interface TrainRecord {
  id: string;
  date?: string;
  text: string;
  attributions: Array<{ content: { start: number; end: number; fragments?: Array<[number, number]> } }>;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

function main(): number {
  const file = arg('--train', path.join(sharedDir(), 'data/polnear/train.jsonl'));
  const min = Number(arg('--min', '4'));
  const below = Number(arg('--below', '0.25'));
  if (!fs.existsSync(file)) { process.stderr.write(`stance-verb-stats: ${file} not found (PolNeAR is read from ../shared at run time)\n`); return 1; }
  const res = loadResources();
  const stats = new Map<string, { n: number; inGold: number }>();
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, ln) => {
    if (!line.trim()) return;
    let r: TrainRecord;
    try { r = JSON.parse(line) as TrainRecord; } catch (e) { process.stderr.write(`stance-verb-stats: ${file}:${ln + 1}: ${(e as Error).message}\n`); return; }
    const ctx = documentThrough(r, res, 'coref');
    if (!hasLayers(ctx, ['tokens', 'sentences', 'coref'] as const)) return;
    const gold = r.attributions.flatMap((a) => a.content.fragments ?? [[a.content.start, a.content.end] as [number, number]]);
    for (const q of attributeQuotes(ctx, { attributions: 'all', actionVerbs: new Set() })) {
      if (q.rule !== 'reported:actor-object' || !q.cue) continue;
      const tok = ctx.tokens.find((t) => t.start === q.cue!.start);
      const lemma = (tok?.lemma ?? tok?.norm ?? '').toLowerCase();
      const len = q.content.end - q.content.start;
      let inside = 0;
      for (const [s, e] of gold) inside += Math.max(0, Math.min(e, q.content.end) - Math.max(s, q.content.start));
      const st = stats.get(lemma) ?? { n: 0, inGold: 0 };
      st.n++;
      if (len > 0 && inside * 2 >= len) st.inGold++;
      stats.set(lemma, st);
    }
  });
  const listed = [...stats].filter(([, s]) => s.n >= min && s.inGold / s.n < below).map(([l]) => l).sort();
  const fired = [...stats.values()].reduce((a, s) => a + s.n, 0);
  process.stdout.write(`${stats.size} verbs, ${fired} firings; ${listed.length} with >= ${min} firings and < ${below} inside gold content:\n${listed.join(' ')}\n`);
  return 0;
}

process.exitCode = main();
