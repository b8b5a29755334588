/**
 * Helpers the tests of several folders share (test/faults, test/store, test/watch, test/eval, test/http): paths,
 * temporary folders, a seeded generator, `dyad` in a child process, the test corpus and dumps of an SQLite corpus.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';

/** The repository root (tests run from dist/test/<folder>). */
export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const BIN = path.join(ROOT, 'bin/dyad.js');
const samples = path.join(ROOT, 'samples/articles.jsonl');
const wikinewsDir = path.join(ROOT, '../shared/data/wikinews/data');

/** A new folder under the system's temporary folder. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A seeded generator (mulberry32): random choices, jitter and kill points repeat from run to run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DyadRun { code: number | null; signal: string | null; stdout: string; stderr: string; ms: number }

/** `dyad ARGS` in a child process, its output collected; `onStderr` sees each piece of standard error as it comes. */
export function startDyad(args: string[], opts: { onStderr?: (s: string) => void } = {}): { child: ChildProcess; done: Promise<DyadRun>; kill: (s?: NodeJS.Signals) => void } {
  const t0 = Date.now();
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => { stderr += d; opts.onStderr?.(d); });
  const done = new Promise<DyadRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: Date.now() - t0 }));
  });
  return { child, done, kill: (s = 'SIGTERM') => { child.kill(s); } };
}

/** `dyad ARGS` in a child process, to its end. */
export function runDyad(args: string[]): Promise<DyadRun> {
  return startDyad(args).done;
}

/**
 * `dyad ingest INPUT --db DB` (one coding worker, progress on every article) in a child process; `killAtArticle`
 * sends `signal` (default SIGKILL) once that many articles were read.
 */
export async function runIngest(db: string, input: string, opts: { killAtArticle?: number; signal?: NodeJS.Signals; extra?: string[] } = {}): Promise<DyadRun> {
  const run = startDyad(['ingest', input, '--db', db, '--log-every', '1', '--no-progress', '--workers', '1', ...(opts.extra ?? [])], {
    onStderr: (d) => {
      if (opts.killAtArticle === undefined) return;
      for (const m of d.matchAll(/ingest: (\d+) articles/g)) {
        if (Number(m[1]) >= opts.killAtArticle && run.child.exitCode === null && !run.child.killed) run.child.kill(opts.signal ?? 'SIGKILL');
      }
    },
  });
  return run.done;
}

/** The first `max` Wikinews articles as JSONL in `dir` (when ../shared is present), else the bundled samples. */
export function corpus(dir: string, max: number): { file: string; articles: number; note: string } {
  if (!fs.existsSync(wikinewsDir)) {
    return { file: samples, articles: fs.readFileSync(samples, 'utf8').trim().split('\n').length, note: 'samples (../shared/data/wikinews absent)' };
  }
  const out = path.join(dir, `wikinews-${max}.jsonl`);
  if (!fs.existsSync(out)) {
    const lines: string[] = [];
    for (const f of fs.readdirSync(wikinewsDir).filter((x) => x.endsWith('.csv')).sort()) {
      const rows = parse(fs.readFileSync(path.join(wikinewsDir, f), 'utf8'), { columns: true }) as { url: string; date: string; text: string }[];
      for (const r of rows) lines.push(JSON.stringify({ id: r.url, date: r.date, text: r.text }));
      if (lines.length >= max) break;
    }
    fs.writeFileSync(out, lines.slice(0, max).join('\n') + '\n');
  }
  return { file: out, articles: fs.readFileSync(out, 'utf8').trim().split('\n').length, note: 'wikinews' };
}

/** Every row of every table, ordered, without the wall-clock column: two equal dumps are the same database. */
export function dump(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = ['articles', 'entities', 'entity_roles', 'entity_keys', 'actors', 'mentions', 'quotes', 'clusters', 'events', 'edge_counts', 'places', 'event_places'];
    const out: Record<string, unknown[]> = {};
    for (const t of tables) {
      const cols = (db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name).filter((c) => c !== 'added_at');
      out[t] = db.prepare(`SELECT ${cols.join(', ')} FROM ${t} ORDER BY ${cols.map((_, i) => i + 1).join(', ')}`).all();
    }
    out.fts = db.prepare(`SELECT rowid FROM articles_fts WHERE articles_fts MATCH '"the"' ORDER BY rowid`).all();
    return out;
  } finally { db.close(); }
}

/**
 * Per article id: its layers as stored — event tuples (CAMEO code, source, target, modality, evidence span, rule) and
 * the number of actors, mentions and quotes. Equal maps for the same ids mean the same whole articles.
 */
export function articleLayers(file: string): Map<string, string> {
  const db = new Database(file, { readonly: true });
  try {
    const map = new Map<string, string>();
    const n = (t: string, pk: number): number => (db.prepare(`SELECT count(*) AS n FROM ${t} WHERE article = ?`).get(pk) as { n: number }).n;
    for (const a of db.prepare('SELECT pk, id FROM articles ORDER BY id').all() as { pk: number; id: string }[]) {
      const events = (db.prepare('SELECT cameo, source_code, target_code, modality, ev_start, ev_end, rule FROM events WHERE article = ? ORDER BY local_id').all(a.pk) as Record<string, unknown>[])
        .map((e) => Object.values(e).join('|'));
      map.set(a.id, JSON.stringify({ events, actors: n('actors', a.pk), mentions: n('mentions', a.pk), quotes: n('quotes', a.pk) }));
    }
    return map;
  } finally { db.close(); }
}

/** Row counts of the main tables. */
export function counts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    const out: Record<string, number> = {};
    for (const t of ['articles', 'entities', 'actors', 'mentions', 'quotes', 'events', 'clusters']) out[t] = (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    return out;
  } finally { db.close(); }
}

