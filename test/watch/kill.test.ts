/**
 * SIGKILL `dyad watch` at seeded random moments and restart it each time: the store ends equal to that of one
 * uninterrupted run (articles, events, clusters, seen items, feed state, alerts, deliveries), and the webhook receiver
 * gets every alert. `DYAD_KILL_SEED` replays a failure.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { feedRoute, startFeedServer } from './feed-server.js';
import { seeded, tempDir } from './helpers.js';
import { MONTH_RULES, schedule } from './replay.js';

const BIN = fileURLToPath(new URL('../../../bin/dyad.js', import.meta.url));
const dir = tempDir('dyad-watch-kill-');
after(() => fs.rmSync(dir, { recursive: true, force: true }));
const SEED = Number(process.env.DYAD_KILL_SEED ?? 17);
const FEEDS = 6;

interface Run { code: number | null; signal: NodeJS.Signals | null; stderr: string; ms: number }

/**
 * Runs `dyad watch --once`. With `kill`, SIGKILLs it `delayMs` after the store first holds `articles` articles (looked
 * at every 10 ms), if it is still running then.
 */
function watch(args: string[], db: string, kill?: { articles: number; delayMs: number }): Promise<Run> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BIN, 'watch', '--once', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let started = 0;
    let timer: NodeJS.Timeout | undefined;
    const check = (): void => {
      let n = 0;
      try {
        const d = new Database(db, { readonly: true, fileMustExist: true });
        try { n = (d.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n; } finally { d.close(); }
      } catch { /* not created yet */ }
      timer = n >= kill!.articles ? setTimeout(() => p.kill('SIGKILL'), kill!.delayMs) : setTimeout(check, 10);
    };
    p.stderr.on('data', (d) => {
      stderr += d;
      if (!started && stderr.includes('dyad watch: following')) {
        started = performance.now();
        if (kill) check();
      }
    });
    p.on('close', (code, signal) => { clearTimeout(timer); resolve({ code, signal, stderr, ms: started ? performance.now() - started : 0 }); });
  });
}

/** What must be equal between the runs: every row that does not hold a time or a retry count. */
function snapshot(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const q = (sql: string): unknown[] => db.prepare(sql).all();
    return {
      articles: q('SELECT id, content_hash, date, title, url, source, text FROM articles ORDER BY pk'),
      events: q(`SELECT a.id, e.local_id, e.source_code, e.target_code, e.cameo, e.modality, e.date, e.cluster, e.json
        FROM events e JOIN articles a ON a.pk = e.article ORDER BY e.pk`),
      clusters: q('SELECT * FROM clusters ORDER BY pk'),
      items: q('SELECT key, feed, hash, article, revisions FROM watch_items ORDER BY key'),
      feeds: q('SELECT url, fetch_url, etag, body_hash, interval_s, last_status, failures, items_new FROM watch_feeds ORDER BY url'),
      alerts: (q('SELECT json FROM watch_alerts ORDER BY id') as { json: string }[]).map((r) => { const { createdAt: _c, ...a } = JSON.parse(r.json) as Record<string, unknown>; return a; }),
      deliveries: q('SELECT alert, sink, state FROM watch_deliveries ORDER BY alert, sink'),
      watermark: q("SELECT value FROM watch_state WHERE key = 'alerts.watermark'"),
    };
  } finally { db.close(); }
}

test(`SIGKILL at ≥ 5 seeded random points and restart: the store equals an uninterrupted run, every alert delivered (seed ${SEED})`, async (t) => {
  // a month of one dyad (cooperation, then armed conflict) spread over six feeds, served whole
  const items = schedule([], 'shift');
  const srv = await startFeedServer();
  for (let f = 0; f < FEEDS; f++) srv.routes.set(`/f${f}.rss`, feedRoute(() => items.filter((_, i) => i % FEEDS === f).map((d) => d.item)));
  const posts = new Map<string, number>();
  const hook = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const id = String(req.headers['idempotency-key']);
      posts.set(id, (posts.get(id) ?? 0) + 1);
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  const list = path.join(dir, 'feeds.txt');
  fs.writeFileSync(list, Array.from({ length: FEEDS }, (_, f) => `${srv.url}/f${f}.rss`).join('\n') + '\n');
  const rules = path.join(dir, 'rules.json');
  fs.writeFileSync(rules, JSON.stringify({ rules: MONTH_RULES.rules }));
  const args = (db: string): string[] => ['--feeds', list, '--db', db, '--alerts', rules, '--webhook', `http://127.0.0.1:${(hook.address() as AddressInfo).port}/`,
    '--no-pages', '--concurrency', '1', '--interval', '3600', '--min-interval', '3600', '--evaluate-every', '3600', '--retry-delay', '0.05'];
  try {
    const clean = path.join(dir, 'clean.sqlite');
    const c = await watch(args(clean), clean);
    assert.equal(c.code, 0, c.stderr);
    const reference = snapshot(clean);
    const alertIds = (reference.alerts as { id: string }[]).map((a) => a.id);
    assert.ok(alertIds.length >= 4, `the month raises alerts (${alertIds.length})`);
    assert.ok((reference.deliveries as { state: string }[]).every((d) => d.state === 'delivered'));
    assert.deepEqual([...posts.keys()].sort(), [...alertIds].sort());
    posts.clear();

    const rnd = seeded(SEED);
    const killed = path.join(dir, 'killed.sqlite');
    const history: string[] = [];
    let kills = 0;
    const total = (reference.articles as unknown[]).length;
    // kill points: once the store holds a seeded number of articles more than now (the fifth kill once it holds all of
    // them, so it falls in the alert evaluation or delivery), then a seeded pause of up to 300 ms (inside a batch,
    // between a batch and the feed's record, between polls). A run that ends before its kill point halves the longest
    // pause (a fast machine finishes the rest of the month within 300 ms), so five kills land on any machine.
    let stored = 0;
    let maxDelay = 300;
    for (let attempt = 0; kills < 5 && attempt < 20; attempt++) {
      const target = kills >= 4 ? total : Math.min(total, stored + 1 + Math.floor(rnd() * (total - stored) / 2));
      const at = { articles: target, delayMs: Math.round(maxDelay * rnd()) };
      const r = await watch(args(killed), killed, at);
      if (r.signal === 'SIGKILL') kills++;
      else { assert.equal(r.code, 0, r.stderr); maxDelay = Math.max(2, maxDelay / 2); }
      const db = new Database(killed, { readonly: true });
      const articles = stored = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
      const alerts = (db.prepare('SELECT count(*) AS n FROM watch_alerts').get() as { n: number }).n;
      const sent = (db.prepare("SELECT count(*) AS n FROM watch_deliveries WHERE state = 'delivered'").get() as { n: number }).n;
      db.close();
      history.push(`${r.signal ?? `exit ${r.code}`} at ${at.articles} articles + ${at.delayMs} ms: ${articles} stored, ${alerts} alerts, ${sent} delivered`);
    }
    assert.ok(kills >= 5, `only ${kills} runs were killed mid-work: ${history.join('; ')}`);
    const last = await watch(args(killed), killed);
    assert.equal(last.code, 0, last.stderr);
    assert.deepEqual(snapshot(killed), reference, history.join('; '));
    // no alert lost; an alert is sent again only when a kill fell between its POST and its record (at most once per kill)
    assert.deepEqual([...posts.keys()].sort(), [...alertIds].sort(), history.join('; '));
    const repeats = [...posts.values()].reduce((n, k) => n + k - 1, 0);
    assert.ok(repeats <= kills, `${repeats} repeated deliveries for ${kills} kills`);
    t.diagnostic(`clean run ${Math.round(c.ms)} ms, ${alertIds.length} alerts; ${history.join('; ')}; ${repeats} repeated deliveries`);
  } finally {
    await srv.close();
    await new Promise<void>((r) => hook.close(() => r()));
  }
});
