/**
 * `dyad watch` as a real process, in real time, for a few seconds: a loopback feed server whose feed grows, a webhook
 * receiver that fails once and checks the HMAC signature, `dyad serve` streaming the alert over server-sent events,
 * and the JSONL file sink. Plus the command's one-line errors.
 */
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { feedRoute, startFeedServer, type Item } from './feed-server.js';
import { startDyad } from '../helpers/test-helpers.js';
import { tempDir } from './helpers.js';

const dir = tempDir('dyad-watch-cli-');
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const dyad = startDyad;

const SECRET = 'a-test-secret-of-some-length';

test('watch follows a growing feed in real time: the alert goes to the webhook (signed, retried once), the file and the SSE stream', async () => {
  const feeds = await startFeedServer();
  const items: Item[] = [
    { guid: 'calm', title: 'Praise', date: '2024-03-03', link: 'https://one.example/calm', text: 'China praised the Philippines for its cooperation in the fight against drug trafficking on Sunday.' },
    { guid: 'clash-1', title: 'Water cannon', date: '2024-03-04', link: 'https://one.example/clash', text: 'Chinese coast guard ships fired water cannon at a Philippine supply vessel near Second Thomas Shoal on Monday, the Philippine military said.' },
  ];
  feeds.routes.set('/feed.rss', feedRoute(() => items));
  // the webhook receiver: fails the first delivery, then accepts; checks every signature
  const received: { id: string; attempt: string; signatureOk: boolean; body: string }[] = [];
  const hook = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      const expected = 'sha256=' + createHmac('sha256', SECRET).update(body).digest('hex');
      received.push({ id: String(req.headers['idempotency-key']), attempt: String(req.headers['x-dyad-delivery-attempt']), signatureOk: req.headers['x-dyad-signature'] === expected, body });
      res.writeHead(received.length === 1 ? 500 : 204).end();
    });
  });
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/alerts`;
  const db = path.join(dir, 'live.sqlite');
  await openSqliteStore(db).close(); // so `dyad serve` can open it before the watcher writes
  const list = path.join(dir, 'feeds.txt');
  fs.writeFileSync(list, `# test feeds\n${feeds.url}/feed.rss\n`);
  const rules = path.join(dir, 'rules.yaml');
  fs.writeFileSync(rules, 'rules:\n  - id: first-clash\n    kind: first-conflict\n    lookbackDays: 2\n    confirmDays: 1\n');
  const out = path.join(dir, 'alerts.jsonl');
  // dyad serve on the same database, streaming alerts
  let serveUrl = '';
  const serve = dyad(['serve', '--db', db, '--port', '0'], { onStderr: (s) => { serveUrl ||= /(http:\/\/127\.0\.0\.1:\d+)/.exec(s)?.[1] ?? ''; } });
  try {
    for (let i = 0; i < 200 && !serveUrl; i++) await new Promise((r) => setTimeout(r, 50));
    assert.ok(serveUrl, 'dyad serve started');
    const events: { id: string; event: string; data: string }[] = [];
    const sse = new AbortController();
    const stream = fetch(`${serveUrl}/api/alerts/stream`, { signal: sse.signal }).then(async (res) => {
      assert.equal(res.headers.get('content-type'), 'text/event-stream; charset=utf-8');
      const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
      let buf = '';
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buf += value;
        let i: number;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const f = Object.fromEntries(block.split('\n').filter((l) => !l.startsWith(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
          if (f.event) events.push(f as { id: string; event: string; data: string });
        }
      }
    }).catch(() => undefined);
    let ready = false;
    const watch = dyad(['watch', '--feeds', list, '--db', db, '--alerts', rules, '--webhook', hookUrl, '--webhook-secret', SECRET, '--out', out,
      '--interval', '1', '--min-interval', '1', '--max-interval', '2', '--retry-delay', '0.2', '--no-pages', '--exit-after', '7'],
    { onStderr: (s) => { ready ||= s.includes('dyad watch: following'); } });
    for (let i = 0; i < 1200 && !ready; i++) await new Promise((r) => setTimeout(r, 50));
    // a second outlet reports the clash a little later: the watcher must see it on a later poll
    await new Promise((r) => setTimeout(r, 2500));
    items.push({ guid: 'clash-2', title: 'Attack', date: '2024-03-04', link: 'https://two.example/clash', text: 'China attacked Philippine vessels near the shoal on Monday, officials in Manila said.' });
    const run = await watch.done;
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /watch stopped: 1 feeds \| \d+ polls \(0 failed, \d+ not modified\) \| items 3 new, 0 revised, \d+ seen \| 3 articles coded, \d+ events \| 1 alerts \(2 delivered\)/);
    assert.equal(run.stdout, '', 'with --out and --webhook, nothing on standard output');
    const fileAlerts = fs.readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; rule: string; source: string; target: string; eventIds: string[] });
    assert.equal(fileAlerts.length, 1);
    const a = fileAlerts[0]!;
    assert.deepEqual([a.rule, a.source, a.target], ['first-clash', 'CHN', 'PHL']);
    assert.ok(a.eventIds.some((e) => e.startsWith('clash-1:')) && a.eventIds.some((e) => e.startsWith('clash-2:')), a.eventIds.join(' '));
    // webhook: one failure, one retry, both signed, both the same alert id
    assert.deepEqual(received.map((r) => [r.id, r.attempt, r.signatureOk]), [[a.id, '1', true], [a.id, '2', true]]);
    assert.deepEqual(JSON.parse(received[1]!.body), a);
    // the stream carried it as `event: alert` with the same JSON, and GET /api/alerts lists it
    for (let i = 0; i < 40 && !events.length; i++) await new Promise((r) => setTimeout(r, 100));
    sse.abort();
    await stream;
    assert.equal(events.length, 1);
    assert.equal(events[0]!.event, 'alert');
    assert.deepEqual(JSON.parse(events[0]!.data), a);
    const listed = await (await fetch(`${serveUrl}/api/alerts?since=2020-01-01&limit=10`)).json() as { alerts: unknown[] };
    assert.deepEqual(listed.alerts, [a]);
  } finally {
    serve.kill();
    await serve.done;
    await feeds.close();
    await new Promise<void>((r) => hook.close(() => r()));
  }
});

test('watch: bad input is one line naming it; a feed list with nothing usable, bad rules or a bad webhook stop it', async () => {
  const list = path.join(dir, 'mixed.txt');
  fs.writeFileSync(list, 'ftp://files.example/feed\n\nnot a url\n# comment\n');
  let r = await dyad(['watch', '--feeds', list, '--db', path.join(dir, 'e.sqlite'), '--once']).done;
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^dyad: E_FEEDS .*mixed\.txt:1: only http\(s\) feeds can be followed, got ftp:/m);
  assert.match(r.stderr, /^dyad: E_FEEDS .*mixed\.txt:3: not a URL: not a url$/m);
  assert.match(r.stderr, /^dyad: E_EMPTY .*mixed\.txt: no feed URL to follow$/m);
  const closed = await freePort();
  fs.writeFileSync(list, `http://127.0.0.1:${closed}/feed.rss\n`);
  const rules = path.join(dir, 'bad-rules.yaml');
  fs.writeFileSync(rules, 'rules:\n  - id: s\n    kind: shift\n    minDelta: lots\n');
  r = await dyad(['watch', '--feeds', list, '--alerts', rules, '--db', path.join(dir, 'e.sqlite')]).done;
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^dyad: E_RULES .*bad-rules\.yaml: rules\.0\.minDelta: /m);
  r = await dyad(['watch', '--feeds', list, '--webhook', 'mailto:x@example.org', '--db', path.join(dir, 'e.sqlite')]).done;
  assert.equal(r.code, 2);
  assert.match(r.stderr, /E_ARG --webhook must be an http\(s\) URL/);
  r = await dyad(['watch', '--feeds', list, '--min-interval', '600', '--max-interval', '60']).done;
  assert.equal(r.code, 2);
  // an OPML list, and a feed that cannot be reached: an E_FETCH line, the watcher carries on and --once ends it
  const opml = path.join(dir, 'feeds.opml');
  fs.writeFileSync(opml, `<?xml version="1.0"?><opml version="2.0"><body><outline text="News"><outline text="Gone" type="rss" xmlUrl="http://127.0.0.1:${closed}/gone.rss"/></outline></body></opml>`);
  r = await dyad(['watch', '--feeds', opml, '--db', path.join(dir, 'o.sqlite'), '--once', '--timeout', '2']).done;
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, new RegExp(`^dyad: E_FETCH http://127\\.0\\.0\\.1:${closed}/gone\\.rss: cannot fetch: ECONNREFUSED; next try `, 'm'));
  assert.match(r.stderr, /watch done: 1 feeds \| 1 polls \(1 failed/);
});

/** A loopback port nothing listens on (bound, then released). */
async function freePort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}
