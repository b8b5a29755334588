/** Shared by the queue tests: the corpus as JSONL, the CLI as a child process, and per-article tuples to compare. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Store } from '../../src/store/store.js';

export const root = path.resolve(import.meta.dirname, '../../..');
export const bin = path.join(root, 'bin/dyad.js');
const samples = path.join(root, 'samples/articles.jsonl');
const wikinewsDir = path.join(root, '../shared/data/wikinews/data');

/** The Wikinews corpus (295 articles) as JSONL in `dir` when ../shared is present, else the bundled samples. */
export function corpusJsonl(dir: string, limit = Infinity): { file: string; articles: number; note: string } {
  let lines: string[];
  let note: string;
  if (fs.existsSync(wikinewsDir)) {
    lines = [];
    for (const f of fs.readdirSync(wikinewsDir).filter((x) => x.endsWith('.csv')).sort()) {
      const rows = parse(fs.readFileSync(path.join(wikinewsDir, f), 'utf8'), { columns: true }) as { url: string; date: string; title: string; text: string }[];
      for (const r of rows) lines.push(JSON.stringify({ id: r.url, date: r.date, title: r.title, url: r.url, text: r.text }));
    }
    note = 'wikinews';
  } else {
    lines = fs.readFileSync(samples, 'utf8').trim().split('\n');
    note = 'samples (../shared/data/wikinews absent)';
  }
  lines = lines.slice(0, limit);
  const file = path.join(dir, 'corpus.jsonl');
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return { file, articles: lines.length, note };
}

export interface Run {
  child: ChildProcess;
  stderr: () => string;
  done: Promise<number | null>;
}

/** Starts `dyad ...args` as a child process, collecting its standard error. */
export function dyad(args: string[]): Run {
  const child = spawn(process.execPath, [bin, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => { err += d.toString(); });
  const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, stderr: () => err, done };
}

/** Per article: its sorted event tuples and actor tuples, as the store gives them back. */
export async function articleTuples(store: Store): Promise<Map<string, { events: string[]; actors: string[] }>> {
  const out = new Map<string, { events: string[]; actors: string[] }>();
  for (const id of await store.articleIds()) {
    const a = (await store.article(id))!.article;
    out.set(id, {
      events: a.events.map((e) => [e.sourceCode, e.targetCode, e.cameo, e.modality, e.evidence.start, e.evidence.end].join('|')).sort(),
      actors: a.actors.map((x) => [x.code, x.name, x.kind, x.mentions.map((m) => `${m.start}-${m.end}`).join(',')].join('|')).sort(),
    });
  }
  return out;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Resolves once `condition()` holds, asked every `everyMs`; rejects, saying `what` was never seen, as soon as one of
 * the `until` runs has ended first (a condition on workers that have exited can no longer come true). No deadline of
 * its own: the test's timeout bounds it, so a slow machine only makes it wait longer.
 */
export async function waitFor(what: string, condition: () => Promise<boolean>, until: readonly Run[] = [], everyMs = 50): Promise<void> {
  let ended: string | undefined;
  for (const r of until) void r.done.then((code) => { ended ??= `a process ended (status ${code}) before ${what}: ${r.stderr().trim().split('\n').slice(-2).join(' | ')}`; });
  for (;;) {
    if (await condition()) return;
    if (ended) throw new Error(ended);
    await sleep(everyMs);
  }
}

/** The counts of a `dyad worker done: N stored, M already stored, ...` line. */
export function workerDone(stderr: string): { stored: number; duplicates: number } | undefined {
  const m = /dyad worker done: (\d+) stored, (\d+) already stored/.exec(stderr);
  return m ? { stored: Number(m[1]), duplicates: Number(m[2]) } : undefined;
}
