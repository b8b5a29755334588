/**
 * Two `dyad watch` processes on one Postgres share the polls through pg-boss: every feed is polled once per interval
 * across both (never twice at once), both do some of the work, and every item is stored once. Skipped without
 * DYAD_PG_URL.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { freshDatabase, PG_SKIP } from '../postgres/pg-helpers.js';
import { feedRoute, startFeedServer, type Item } from './feed-server.js';
import { STORIES, tempDir } from './helpers.js';

const BIN = fileURLToPath(new URL('../../../bin/dyad.js', import.meta.url));

function watch(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BIN, 'watch', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    p.stderr.on('data', (d) => { stderr += d; });
    p.on('close', (code) => resolve({ code, stderr }));
  });
}

// 20 s, not 10: under load each process spends seconds loading its resources before its first poll (a feed was polled once in 10 s at load 20)
test('two dyad watch processes on one Postgres poll each feed once per interval between them and store each item once', { skip: PG_SKIP }, async (t) => {
  const dir = tempDir('dyad-watch-cluster-');
  const { url, drop } = await freshDatabase('watch_cluster');
  const srv = await startFeedServer();
  const FEEDS = 8;
  const texts = Object.values(STORIES);
  // every feed carries its own item plus one item shared by all feeds
  for (let f = 0; f < FEEDS; f++) {
    const items: Item[] = [
      { guid: `own-${f}`, title: `Story ${f}`, text: `${texts[f % texts.length]!} (Report ${f}.)`, date: '2024-03-04' },
      { guid: 'shared', title: 'Shared', text: STORIES.talks, date: '2024-03-04' },
    ];
    srv.routes.set(`/f${f}.rss`, feedRoute(() => items));
  }
  const list = path.join(dir, 'feeds.txt');
  fs.writeFileSync(list, Array.from({ length: FEEDS }, (_, f) => `${srv.url}/f${f}.rss`).join('\n') + '\n');
  const args = ['--feeds', list, '--db', url, '--out', path.join(dir, 'alerts.jsonl'), '--no-pages', '--interval', '3', '--min-interval', '3',
    '--max-interval', '3', '--concurrency', '2', '--exit-after', '20'];
  try {
    const [a, b] = await Promise.all([watch(args), watch(args)]);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    const polls = (s: string): number => Number(/watch stopped: \d+ feeds \| (\d+) polls/.exec(s)?.[1] ?? -1);
    assert.ok(polls(a.stderr) > 0 && polls(b.stderr) > 0, `both processes polled: ${polls(a.stderr)} and ${polls(b.stderr)}`);
    for (let f = 0; f < FEEDS; f++) {
      const at = srv.log.filter((l) => l.path === `/f${f}.rss`).map((l) => l.at);
      assert.ok(at.length >= 2, `feed ${f} polled ${at.length} times`);
      // once per 3-second interval across the cluster: never two polls of a feed within the interval
      for (let i = 1; i < at.length; i++) assert.ok(at[i]! - at[i - 1]! >= 2500, `feed ${f} polled twice within ${at[i]! - at[i - 1]!} ms`);
    }
    const store = await openPostgresStore(url);
    try {
      assert.equal((await store.counts()).articles, FEEDS + 1);
      const feeds = await store.feeds();
      assert.equal(feeds.length, FEEDS);
      assert.equal(feeds.reduce((n, f) => n + f.polls, 0), polls(a.stderr) + polls(b.stderr), 'every poll recorded once');
      assert.equal((await store.seenItems(['shared'])).shared?.revisions, 1);
    } finally { await store.close(); }
    t.diagnostic(`polls: ${polls(a.stderr)} + ${polls(b.stderr)} over ${FEEDS} feeds in 10 s at a 3 s interval`);
  } finally {
    await srv.close();
    await drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
