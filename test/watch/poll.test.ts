/**
 * dyad watch against a real loopback feed server, on a fake clock: conditional requests, Retry-After, slow and hanging
 * feeds, malformed XML, an item in two feeds, a revised item, a moved feed, pages, size limits, the per-host limit.
 */
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { feedRoute, pageRoute, rss, startFeedServer, type FeedServer, type Item } from './feed-server.js';
import { freshStore, res, STORIES, tempDir, testWatcher } from './helpers.js';

const dir = tempDir('dyad-watch-poll-');
let srv: FeedServer;
before(async () => { srv = await startFeedServer(); res(); });
after(async () => { await srv.close(); fs.rmSync(dir, { recursive: true, force: true }); });

const items = (...keys: (keyof typeof STORIES)[]): Item[] => keys.map((k) => ({ guid: `urn:test:${k}`, title: `Story ${k}`, text: STORIES[k], date: 'Mon, 04 Mar 2024 07:00:00 GMT' }));
const MIN = 60_000;

test('a feed is read once, then answered 304 to its ETag: nothing is coded again and the interval grows', async () => {
  srv.routes.set('/etag.rss', feedRoute(() => items('cannon', 'talks')));
  const store = freshStore(dir);
  const { watcher, clock } = testWatcher(store);
  try {
    await store.addFeeds([`${srv.url}/etag.rss`], new Date(clock.now()).toISOString(), 600);
    await watcher.tick();
    let f = (await store.feed(`${srv.url}/etag.rss`))!;
    assert.equal(f.lastStatus, 'ok');
    assert.ok(f.etag);
    assert.equal(f.intervalSeconds, 300, 'new items: interval halved (600 → 300)');
    assert.equal((await store.counts()).articles, 2);
    assert.deepEqual([watcher.stats.itemsNew, watcher.stats.stored], [2, 2]);
    // not due yet: nothing is fetched
    const before = srv.log.length;
    clock.advance(4 * MIN);
    await watcher.tick();
    assert.equal(srv.log.length, before);
    clock.advance(1 * MIN);
    await watcher.tick();
    assert.equal(srv.log.at(-1)!.ifNoneMatch, f.etag);
    f = (await store.feed(`${srv.url}/etag.rss`))!;
    assert.equal(f.lastStatus, 'not-modified');
    assert.equal(f.intervalSeconds, 600, 'nothing new: interval doubled');
    assert.equal(f.nextPollAt, new Date(clock.now() + 600_000).toISOString());
    assert.equal((await store.counts()).articles, 2);
    assert.equal(watcher.stats.notModified, 1);
  } finally { await store.close(); }
});

test('Last-Modified alone is sent back as If-Modified-Since; a server without validators is recognised by the body hash', async () => {
  const lm = 'Mon, 04 Mar 2024 07:30:00 GMT';
  srv.routes.set('/lm.rss', feedRoute(() => items('aid'), { etag: false, lastModified: lm }));
  srv.routes.set('/plain.rss', () => ({ body: rss(items('visit')) }));
  const store = freshStore(dir);
  const { watcher, clock } = testWatcher(store);
  try {
    await store.addFeeds([`${srv.url}/lm.rss`, `${srv.url}/plain.rss`], new Date(clock.now()).toISOString(), 300);
    await watcher.tick();
    clock.advance(10 * MIN);
    await watcher.tick();
    assert.equal(srv.log.filter((l) => l.path === '/lm.rss').at(-1)!.ifModifiedSince, lm);
    assert.equal((await store.feed(`${srv.url}/lm.rss`))!.lastStatus, 'not-modified');
    assert.equal((await store.feed(`${srv.url}/plain.rss`))!.lastStatus, 'unchanged');
    assert.equal((await store.counts()).articles, 2);
  } finally { await store.close(); }
});

test('429 with Retry-After: the feed waits exactly that long, without counting a failure', async () => {
  let limited = true;
  srv.routes.set('/limited.rss', (req) => (limited ? { status: 429, headers: { 'retry-after': '1800' } } : feedRoute(() => items('talks'))(req)));
  const store = freshStore(dir);
  const { watcher, clock } = testWatcher(store);
  try {
    const url = `${srv.url}/limited.rss`;
    await store.addFeeds([url], new Date(clock.now()).toISOString(), 300);
    await watcher.tick();
    let f = (await store.feed(url))!;
    assert.equal(f.lastStatus, 'retry-after');
    assert.equal(f.nextPollAt, new Date(clock.now() + 1_800_000).toISOString());
    assert.equal(f.failures, 0);
    limited = false;
    clock.advance(29 * MIN);
    await watcher.tick();
    assert.equal((await store.feed(url))!.polls, 1, 'not asked again before Retry-After');
    clock.advance(1 * MIN);
    await watcher.tick();
    f = (await store.feed(url))!;
    assert.equal(f.lastStatus, 'ok');
    assert.equal((await store.counts()).articles, 1);
    // an HTTP-date Retry-After counts from now; 503 is treated the same
    limited = true;
    const until = new Date(clock.now() + 2 * 3600_000 + f.intervalSeconds * 1000).toUTCString();
    srv.routes.set('/limited.rss', () => ({ status: 503, headers: { 'retry-after': until } }));
    clock.advance(f.intervalSeconds * 1000);
    await watcher.tick();
    const g = (await store.feed(url))!;
    assert.equal(g.lastStatus, 'retry-after');
    assert.ok(Math.abs(Date.parse(g.nextPollAt) - clock.now() - 2 * 3600_000) <= 1000, g.nextPollAt);
  } finally { await store.close(); }
});

test('a slow feed is read within the timeout; a hanging one times out, backs off with jitter, and does not hold the others', async () => {
  srv.routes.set('/slow.rss', () => ({ body: rss(items('visit')), trickleMs: 5 }));
  srv.routes.set('/hang.rss', () => ({ hang: true }));
  srv.routes.set('/quick.rss', feedRoute(() => items('aid')));
  const store = freshStore(dir);
  const { watcher, clock, errors } = testWatcher(store, { limits: { timeoutMs: 800 } });
  try {
    const feeds = ['/slow.rss', '/hang.rss', '/quick.rss'].map((p) => `${srv.url}${p}`);
    await store.addFeeds(feeds, new Date(clock.now()).toISOString(), 600);
    const t0 = performance.now();
    await watcher.tick();
    assert.ok(performance.now() - t0 < 10_000);
    assert.equal((await store.feed(feeds[0]!))!.lastStatus, 'ok');
    assert.equal((await store.feed(feeds[2]!))!.lastStatus, 'ok');
    const hang = (await store.feed(feeds[1]!))!;
    assert.equal(hang.lastStatus, 'error');
    assert.match(hang.lastError!, /no answer within 800 ms/);
    assert.equal(hang.failures, 0.25, 'a timeout is a temporary failure');
    const wait = (Date.parse(hang.nextPollAt) - clock.now()) / 1000;
    const full = 600 * 2 ** 0.25;
    assert.ok(wait >= full / 2 && wait <= full, `backoff ${wait} s within [${full / 2}, ${full}]`);
    assert.ok(errors.some((e) => e.code === 'E_FETCH' && e.origin?.input === feeds[1]));
    assert.equal((await store.counts()).articles, 2);
  } finally { await store.close(); }
});

test('malformed XML is one E_FEED error and a soft failure; once the server fixes it the items are read', async () => {
  let broken = true;
  srv.routes.set('/broken.rss', () => ({ body: broken ? '<rss><channel><item><title>Oops</title></channel></rss>' : rss(items('cannon')) }));
  const store = freshStore(dir);
  const { watcher, clock, errors } = testWatcher(store);
  try {
    const url = `${srv.url}/broken.rss`;
    await store.addFeeds([url], new Date(clock.now()).toISOString(), 600);
    await watcher.tick();
    const f = (await store.feed(url))!;
    assert.equal(f.lastStatus, 'error');
    assert.equal(f.failures, 0.5);
    assert.match(f.lastError!, /^E_FEED malformed XML at line 1/);
    assert.equal(errors.filter((e) => e.code === 'E_FETCH').length, 1);
    broken = false;
    clock.set(f.nextPollAt);
    await watcher.tick();
    const g = (await store.feed(url))!;
    assert.deepEqual([g.lastStatus, g.failures], ['ok', 0]);
    assert.equal((await store.counts()).articles, 1);
  } finally { await store.close(); }
});

test('an item carried by two feeds is coded once; a revised item is stored as a revision; a moved feed is followed and remembered', async () => {
  let aidText = STORIES.aid;
  srv.routes.set('/one.rss', feedRoute(() => [...items('cannon', 'talks'), { guid: 'urn:test:aid', title: 'Aid', text: aidText }]));
  srv.routes.set('/two.rss', feedRoute(() => items('talks', 'visit')));
  srv.routes.set('/old.rss', () => ({ status: 301, headers: { location: '/new.rss' } }));
  srv.routes.set('/new.rss', feedRoute(() => items('visit', 'cannon')));
  const store = freshStore(dir);
  const { watcher, clock } = testWatcher(store, { concurrency: 1 });
  try {
    const feeds = ['/one.rss', '/two.rss', '/old.rss'].map((p) => `${srv.url}${p}`);
    await store.addFeeds(feeds, new Date(clock.now()).toISOString(), 600);
    await watcher.tick();
    assert.equal((await store.counts()).articles, 4, 'cannon, talks, aid, visit: each once');
    assert.deepEqual([watcher.stats.itemsNew, watcher.stats.itemsSeen], [4, 3]);
    const moved = (await store.feed(feeds[2]!))!;
    assert.equal(moved.fetchUrl, `${srv.url}/new.rss`);
    // the next poll goes straight to the new address
    const seen = srv.log.length;
    aidText = STORIES.aid + ' The ministry later raised the amount to 50 million euros.';
    // every feed had something new (interval halved to 5 minutes) except two.rss (all seen: doubled to 20 minutes)
    clock.advance(20 * MIN);
    await watcher.tick();
    const paths = srv.log.slice(seen).map((l) => l.path).sort();
    assert.deepEqual(paths, ['/new.rss', '/one.rss', '/two.rss']);
    const ids = await store.articleIds();
    assert.equal(ids.length, 5);
    const rev = ids.find((i) => i.startsWith('urn:test:aid#rev-'));
    assert.ok(rev, ids.join(' '));
    assert.match((await store.article(rev))!.article.text, /50 million euros/);
    assert.equal((await store.seenItems(['urn:test:aid']))['urn:test:aid']!.revisions, 2);
    assert.equal(watcher.stats.itemsRevised, 1);
  } finally { await store.close(); }
});

test('each new item\'s page is fetched and its main text coded; when the page fails the feed text is used', async () => {
  const long = [STORIES.cannon, 'The incident was the third this year. The United States said it stood by its ally and urged China to stop its dangerous actions.'];
  srv.routes.set('/a/1.html', pageRoute('Water cannon at Second Thomas Shoal', long));
  srv.routes.set('/pages.rss', feedRoute(() => [
    { guid: 'p1', title: 'Water cannon at Second Thomas Shoal', text: 'China fired water cannon at a Philippine boat.', link: `${srv.url}/a/1.html` },
    { guid: 'p2', title: 'Talks', text: STORIES.talks, link: `${srv.url}/a/missing.html` },
  ]));
  const store = freshStore(dir);
  const { watcher, clock } = testWatcher(store, { fetchPages: true });
  try {
    await store.addFeeds([`${srv.url}/pages.rss`], new Date(clock.now()).toISOString(), 600);
    await watcher.tick();
    const p1 = (await store.article('p1'))!.article;
    assert.match(p1.text, /urged China to stop/);
    assert.doesNotMatch(p1.text, /Home \| World|Copyright/);
    assert.equal((await store.article('p1'))!.source, '127.0.0.1');
    assert.match((await store.article('p2'))!.article.text, /security cooperation/);
  } finally { await store.close(); }
});

test('a body over the size limit is refused without keeping it; a redirect loop ends at the redirect limit', async () => {
  srv.routes.set('/huge.rss', () => ({ body: rss(items('cannon')) + ' '.repeat(200_000) }));
  srv.routes.set('/loop.rss', () => ({ status: 302, headers: { location: '/loop.rss' } }));
  const store = freshStore(dir);
  const { watcher, clock } = testWatcher(store, { limits: { timeoutMs: 2000, maxBytes: 100_000, maxRedirects: 3 } });
  try {
    await store.addFeeds([`${srv.url}/huge.rss`, `${srv.url}/loop.rss`], new Date(clock.now()).toISOString(), 600);
    await watcher.tick();
    const huge = (await store.feed(`${srv.url}/huge.rss`))!;
    assert.match(huge.lastError!, /over the limit of 100000/);
    assert.equal(huge.failures, 1);
    const loop = (await store.feed(`${srv.url}/loop.rss`))!;
    assert.match(loop.lastError!, /more than 3 redirects/);
    assert.equal(loop.fetchUrl, `${srv.url}/loop.rss`, 'a temporary redirect is not remembered');
    assert.equal((await store.counts()).articles, 0);
  } finally { await store.close(); }
});

test('at most two requests at a time go to one host, however many of its feeds are due', async () => {
  let now = 0;
  let peak = 0;
  const paths: string[] = [];
  for (let i = 0; i < 6; i++) {
    paths.push(`/host-${i}.rss`);
    srv.routes.set(`/host-${i}.rss`, async () => {
      now++;
      peak = Math.max(peak, now);
      await new Promise((r) => setTimeout(r, 150));
      now--;
      return { body: rss([]) };
    });
  }
  const store = freshStore(dir);
  const { watcher, clock } = testWatcher(store, { concurrency: 6, perHost: 2 });
  try {
    await store.addFeeds(paths.map((p) => `${srv.url}${p}`), new Date(clock.now()).toISOString(), 600);
    await watcher.tick();
    assert.equal(peak, 2);
    assert.equal(watcher.stats.polls, 6);
    assert.equal(watcher.stats.errors, 0, 'an empty feed is not a failure');
  } finally { await store.close(); }
});

test('a feed dropped from the list is left alone: not polled, its state kept', async () => {
  srv.routes.set('/kept.rss', feedRoute(() => items('talks')));
  srv.routes.set('/dropped.rss', feedRoute(() => items('aid')));
  const store = freshStore(dir);
  const kept = `${srv.url}/kept.rss`;
  const dropped = `${srv.url}/dropped.rss`;
  const { watcher } = testWatcher(store, { follow: new Set([kept]) });
  try {
    await store.addFeeds([kept, dropped], '2024-03-04T08:00:00.000Z', 600);
    const before = srv.log.filter((l) => l.path === '/dropped.rss').length;
    await watcher.tick();
    assert.equal(srv.log.filter((l) => l.path === '/dropped.rss').length, before);
    assert.equal((await store.feed(kept))!.polls, 1);
    assert.equal((await store.feed(dropped))!.polls, 0);
    assert.equal((await store.counts()).articles, 1);
  } finally { await store.close(); }
});
