import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';

/** The repository root (tests run from dist/test/faults). */
export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const BIN = path.join(ROOT, 'bin/dyad.js');
const samples = path.join(ROOT, 'samples/articles.jsonl');
const wikinewsDir = path.join(ROOT, '../shared/data/wikinews/data');

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
    const tables = ['articles', 'entities', 'entity_roles', 'actors', 'mentions', 'quotes', 'clusters', 'events', 'edge_counts'];
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

export interface Run { code: number | null; signal: string | null; stderr: string }

/** `dyad ingest INPUT --db DB` in a child process; `killAtArticle` sends SIGKILL once that many articles were read. */
export function runIngest(db: string, input: string, opts: { killAtArticle?: number; extra?: string[] } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'ingest', input, '--db', db, '--log-every', '1', '--no-progress', '--workers', '1', ...(opts.extra ?? [])], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => {
      stderr += d;
      if (opts.killAtArticle === undefined) return;
      for (const m of d.matchAll(/ingest: (\d+) articles/g)) {
        if (Number(m[1]) >= opts.killAtArticle && child.exitCode === null && !child.killed) child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

/** Mounts a tmpfs of `size` on `dir`; false (with the reason) when this process may not mount. */
export function mountTmpfs(dir: string, size: string): { ok: true } | { ok: false; reason: string } {
  if (process.platform !== 'linux') return { ok: false, reason: 'not Linux' };
  if (process.getuid?.() !== 0) return { ok: false, reason: 'not root' };
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) return { ok: false, reason: `mount not permitted: ${(r.stderr || String(r.error)).trim()}` };
  return { ok: true };
}

export function unmount(dir: string): void {
  spawnSync('umount', [dir]);
}
