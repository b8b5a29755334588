/** The small parts of dyad watch: schedule arithmetic, feed lists, item keys, the fake clock, and delivery with dead letters. */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { DyadError } from '../../src/core/errors.js';
import type { Alert } from '../../src/store/watch-store.js';
import { FakeClock } from '../../src/watch/clock.js';
import { deliverDue } from '../../src/watch/deliver/deliver.js';
import { fileSink, signBody, webhookSink, type Sink } from '../../src/watch/deliver/sinks.js';
import { readFeedList } from '../../src/watch/feed-list.js';
import { canonicalUrl } from '../../src/watch/items.js';
import { Limiter } from '../../src/watch/limiter.js';
import { backoffSeconds, feedHintSeconds, nextInterval, parseRetryAfter } from '../../src/watch/schedule.js';
import { freshStore, seeded, tempDir } from './helpers.js';

const dir = tempDir('dyad-watch-units-');
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('schedule: adaptive interval within bounds and the feed\'s hint, backoff with jitter, Retry-After forms', () => {
  const b = { min: 300, max: 86_400 };
  assert.equal(nextInterval(900, true, b), 450);
  assert.equal(nextInterval(400, true, b), 300);
  assert.equal(nextInterval(900, false, b), 1800);
  assert.equal(nextInterval(60_000, false, b), 86_400);
  assert.equal(nextInterval(900, true, b, 3600), 3600, 'never faster than the feed asks');
  assert.equal(nextInterval(900, true, b, 10 * 86_400), 86_400, 'a hint beyond the bound is capped');
  const rnd = seeded(4);
  for (let f = 0.25; f <= 10; f += 0.25) {
    const d = backoffSeconds(f, 600, rnd);
    const full = Math.min(86_400, 600 * 2 ** f);
    assert.ok(d >= Math.floor(full / 2) && d <= full, `${f}: ${d}`);
  }
  const now = Date.parse('2024-03-04T08:00:00Z');
  assert.equal(parseRetryAfter('120', now), 120_000);
  assert.equal(parseRetryAfter('Mon, 04 Mar 2024 09:00:00 GMT', now), 3_600_000);
  assert.equal(parseRetryAfter('Mon, 04 Mar 2024 07:00:00 GMT', now), 0, 'a date in the past: now');
  assert.equal(parseRetryAfter('999999999', now), 86_400_000, 'clamped to a day');
  assert.equal(parseRetryAfter('soon', now), null);
  assert.equal(parseRetryAfter(null, now), null);
  assert.equal(feedHintSeconds('<rss><channel><ttl>45</ttl>', null), 2700);
  assert.equal(feedHintSeconds('<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency>', null), 1800);
  assert.equal(feedHintSeconds('<rss>', 'public, max-age=600'), 600);
  assert.equal(feedHintSeconds('<rss>', null), null);
});

test('feed lists: lines with comments, OPML at any depth, duplicates once, one error per bad line, entities refused', () => {
  const txt = path.join(dir, 'list.txt');
  fs.writeFileSync(txt, '# news\nhttps://a.example/rss\n\n  https://b.example/atom  \nhttps://a.example/rss\nfile:///etc/passwd\n');
  const l = readFeedList(txt);
  assert.deepEqual(l.urls, ['https://a.example/rss', 'https://b.example/atom']);
  assert.deepEqual(l.errors.map((e) => [e.code, e.origin?.line]), [['E_FEEDS', 6]]);
  const opml = path.join(dir, 'list.opml');
  fs.writeFileSync(opml, '<?xml version="1.0"?>\n<!-- mine -->\n<opml version="1.0"><head/><body><outline text="A"><outline text="B"><outline xmlUrl="https://c.example/feed" text="C"/></outline></outline>'
    + '<outline xmlUrl="https://d.example/rss?x=1&amp;y=2"/><outline xmlUrl="javascript:alert(1)"/></body></opml>');
  const o = readFeedList(opml);
  assert.deepEqual(o.urls, ['https://c.example/feed', 'https://d.example/rss?x=1&y=2']);
  assert.equal(o.errors.length, 1);
  assert.match(o.errors[0]!.message, /outline 3: only http\(s\) feeds/);
  fs.writeFileSync(opml, '<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]><opml><body><outline xmlUrl="&x;"/></body></opml>');
  assert.match(readFeedList(opml).errors[0]!.message, /<!ENTITY>/);
  assert.throws(() => readFeedList(path.join(dir, 'nope.txt')), (e: unknown) => e instanceof DyadError && e.code === 'E_READ');
});

test('item keys: tracking parameters, fragments, AMP and www do not make another item', () => {
  assert.equal(canonicalUrl('https://www.News.example/a/b.html?utm_source=x&id=3#top'), 'https://news.example/a/b.html?id=3');
  assert.equal(canonicalUrl('https://news.example/a/b/amp'), 'https://news.example/a/b');
  assert.equal(canonicalUrl('https://amp.news.example/a/b.amp.html'), 'https://news.example/a/b.html');
  assert.equal(canonicalUrl('mailto:x@example.org'), null);
  assert.equal(canonicalUrl('not a url'), null);
});

test('the fake clock wakes sleepers in time order; the limiter holds a key to its limit', async () => {
  const c = new FakeClock('2024-01-01T00:00:00Z');
  const woke: number[] = [];
  void c.sleep(2000).then(() => woke.push(2));
  void c.sleep(1000).then(() => woke.push(1));
  c.advance(999);
  await Promise.resolve();
  assert.deepEqual(woke, []);
  c.advance(1);
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(woke, [1]);
  c.advance(5000);
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(woke, [1, 2]);
  const lim = new Limiter(2);
  let peak = 0;
  await Promise.all(Array.from({ length: 6 }, () => lim.run('h', async () => {
    peak = Math.max(peak, lim.running('h'));
    await new Promise((r) => setTimeout(r, 5));
  })));
  assert.equal(peak, 2);
});

const alert = (id: string): Alert => ({ id, rule: 'surge', scope: 'actor', source: 'USA', target: null, window: { from: '2024-03-01', to: '2024-03-01' },
  numbers: { articles: 9 }, eventIds: ['x:e1'], createdAt: '2024-03-01T00:00:00.000Z', message: 'm' });

test('delivery: a failing webhook is retried with growing delays (Retry-After honoured) and dead-lettered after N attempts', async () => {
  const store = freshStore(dir);
  let answers = [503, 500, 500, 500];
  const seen: { attempt: string; sig: string; body: string }[] = [];
  const hook = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      seen.push({ attempt: String(req.headers['x-dyad-delivery-attempt']), sig: String(req.headers['x-dyad-signature']), body });
      const status = answers.shift() ?? 200;
      res.writeHead(status, status === 503 ? { 'retry-after': '600' } : {}).end();
    });
  });
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/`;
  try {
    const sinks = new Map<string, Sink>([[`webhook:${url}`, webhookSink(url, { secret: 's3cret' })], [`file:${path.join(dir, 'out.jsonl')}`, fileSink(path.join(dir, 'out.jsonl'))]]);
    await store.putAlerts([alert('d1')], [...sinks.keys()], { from: 0, to: 1 });
    const clock = new FakeClock('2024-03-01T00:00:00Z');
    const dead: string[] = [];
    const errors: DyadError[] = [];
    const opts = { maxAttempts: 4, baseDelayMs: 10_000, maxDelayMs: 3_600_000, leaseMs: 60_000, random: seeded(2), onError: (e: DyadError) => errors.push(e),
      onDead: (a: Alert) => { dead.push(a.id); } };
    let s = await deliverDue(store, sinks, () => clock.now(), opts);
    assert.deepEqual(s, { delivered: 1, retried: 1, dead: 0 }, 'the file took it, the webhook said 503');
    let d = (await store.deliveries('d1')).find((x) => x.sink.startsWith('webhook'))!;
    assert.equal(Date.parse(d.nextAttemptAt) - clock.now(), 600_000, 'Retry-After 600 beats the 10 s backoff');
    // not due yet
    clock.advance(599_000);
    assert.deepEqual(await deliverDue(store, sinks, () => clock.now(), opts), { delivered: 0, retried: 0, dead: 0 });
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      d = (await store.deliveries('d1')).find((x) => x.sink.startsWith('webhook'))!;
      clock.set(d.nextAttemptAt);
      s = await deliverDue(store, sinks, () => clock.now(), opts);
      const after = (await store.deliveries('d1')).find((x) => x.sink.startsWith('webhook'))!;
      if (after.state === 'pending') waits.push(Date.parse(after.nextAttemptAt) - clock.now());
    }
    assert.equal(waits.length, 2);
    assert.ok(waits[0]! >= 10_000 && waits[0]! <= 20_000 && waits[1]! >= 20_000 && waits[1]! <= 40_000, waits.join(' '));
    assert.deepEqual(dead, ['d1']);
    assert.equal((await store.deliveries('d1')).find((x) => x.sink.startsWith('webhook'))!.state, 'dead');
    assert.match(errors[0]!.message, /dead-lettered after 4 attempts/);
    assert.deepEqual(seen.map((x) => x.attempt), ['1', '2', '3', '4']);
    assert.ok(seen.every((x) => x.sig === signBody('s3cret', x.body)));
    assert.deepEqual(JSON.parse(seen[0]!.body), alert('d1'));
    assert.deepEqual(fs.readFileSync(path.join(dir, 'out.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)), [alert('d1')]);
    // a delivery for a sink this process does not have waits (not a failure)
    answers = [];
    await store.putAlerts([alert('d2')], ['webhook:http://elsewhere.example/'], { from: 1, to: 2 });
    s = await deliverDue(store, sinks, () => clock.now(), opts);
    assert.deepEqual(s, { delivered: 0, retried: 0, dead: 0 });
    const other = (await store.deliveries('d2'))[0]!;
    assert.deepEqual([other.state, other.lastError], ['pending', 'sink not configured in this process']);
  } finally {
    await new Promise<void>((r) => hook.close(() => r()));
    await store.close();
  }
});
