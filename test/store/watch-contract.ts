/**
 * The Store contract for `dyad watch` (feeds, seen items, alerts, deliveries): called from storeContract, so every
 * backend runs it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/store.js';
import type { Alert, FeedState } from '../../src/store/watch-store.js';
import { buildArticle } from './fixtures.js';

const T0 = '2024-03-01T00:00:00.000Z';
const T1 = '2024-03-01T00:05:00.000Z';
const T2 = '2024-03-01T00:10:00.000Z';

function alert(id: string, createdAt = T1): Alert {
  return {
    id, rule: 'shift', scope: 'dyad', source: 'CHN', target: 'PHL', window: { from: '2024-02-26', to: '2024-03-03' },
    numbers: { mean: -6.5, baselineMean: 2.1, z: 4.2, n: 7 }, eventIds: ['wire-1:e1', 'paper-2:e3'], createdAt, message: `alert ${id}`,
  };
}

function polled(f: FeedState, over: Partial<FeedState>): Omit<FeedState, 'polls' | 'itemsNew'> {
  const { polls: _p, itemsNew: _n, ...rest } = f;
  return { ...rest, ...over };
}

export function watchContract(name: string, open: () => Promise<Store>): void {
  test(`${name}: watch feeds are registered once, leased to one poller at a time, and saved with their validators`, async () => {
    const s = await open();
    try {
      assert.equal(await s.nextFeedDue(), null);
      assert.equal(await s.addFeeds(['http://a.example/rss', 'http://b.example/atom'], T0, 600), 2);
      assert.equal(await s.addFeeds(['http://a.example/rss', 'http://c.example/rss'], T1, 600), 1);
      assert.equal(await s.nextFeedDue(), T0);
      const first = await s.claimDueFeeds(T0, T2, 10);
      assert.deepEqual(first.map((f) => f.url), ['http://a.example/rss', 'http://b.example/atom']);
      assert.equal(first[0]!.lastStatus, 'new');
      // leased: another poller gets only the feed that became due later
      assert.deepEqual((await s.claimDueFeeds(T1, T2, 10)).map((f) => f.url), ['http://c.example/rss']);
      assert.deepEqual(await s.claimDueFeeds(T1, T2, 10), []);
      // a watcher restarting alone drops the leases of its dead self
      await s.releaseWatchLeases();
      assert.equal((await s.claimDueFeeds(T1, T2, 10)).length, 3);
      // the lease runs out: the feed is due again for whoever asks
      assert.equal((await s.dueFeeds(T2, 10)).length, 3);
      const a = first[0]!;
      await s.savePoll({
        feed: polled(a, { fetchUrl: 'http://a2.example/rss', etag: '"v1"', lastModified: 'Fri, 01 Mar 2024 00:00:00 GMT', bodyHash: 'abc',
          intervalSeconds: 300, nextPollAt: '2024-03-01T00:20:00.000Z', lastPollAt: T1, lastStatus: 'ok', lastNewItemAt: T1 }),
        items: [{ key: 'guid-1', hash: 'h1', article: 'guid-1' }, { key: 'guid-2', hash: 'h2', article: null }], now: T1,
      });
      const back = (await s.feed('http://a.example/rss'))!;
      assert.deepEqual([back.fetchUrl, back.etag, back.lastModified, back.intervalSeconds, back.nextPollAt, back.polls, back.itemsNew, back.lastStatus],
        ['http://a2.example/rss', '"v1"', 'Fri, 01 Mar 2024 00:00:00 GMT', 300, '2024-03-01T00:20:00.000Z', 1, 2, 'ok']);
      // saving released the lease; not due before its next poll
      assert.deepEqual((await s.claimDueFeeds('2024-03-01T00:19:59.999Z', '2024-03-01T01:00:00.000Z', 10)).map((f) => f.url), ['http://b.example/atom', 'http://c.example/rss']);
      assert.deepEqual((await s.claimDueFeeds('2024-03-01T00:20:00.000Z', '2024-03-01T01:00:00.000Z', 10)).map((f) => f.url), ['http://a.example/rss']);
      assert.equal((await s.feeds()).length, 3);
      assert.equal(await s.feed('http://nowhere.example/'), null);
    } finally { await s.close(); }
  });

  test(`${name}: seen items are one row per key across feeds; a changed text counts a revision`, async () => {
    const s = await open();
    try {
      await s.addFeeds(['http://a.example/rss', 'http://b.example/rss'], T0, 600);
      const [a, b] = await s.claimDueFeeds(T0, T2, 10);
      const feed = (f: FeedState) => polled(f, { nextPollAt: T2, lastPollAt: T1, lastStatus: 'ok' });
      await s.savePoll({ feed: feed(a!), items: [{ key: 'k1', hash: 'h1', article: 'k1' }], now: T1 });
      await s.savePoll({ feed: feed(b!), items: [{ key: 'k1', hash: 'h1', article: 'k1' }, { key: 'k2', hash: 'x', article: 'k2' }], now: T1 });
      let seen = await s.seenItems(['k1', 'k2', 'k3']);
      assert.deepEqual(Object.keys(seen).sort(), ['k1', 'k2']);
      assert.deepEqual(seen.k1, { key: 'k1', feed: 'http://a.example/rss', hash: 'h1', article: 'k1', revisions: 1 });
      await s.savePoll({ feed: feed(b!), items: [{ key: 'k1', hash: 'h1b', article: 'k1#rev' }], now: T2 });
      seen = await s.seenItems(['k1']);
      assert.deepEqual(seen.k1, { key: 'k1', feed: 'http://a.example/rss', hash: 'h1b', article: 'k1#rev', revisions: 2 });
      assert.deepEqual(await s.seenItems([]), {});
    } finally { await s.close(); }
  });

  test(`${name}: alerts are stored once by id with their deliveries, in the transaction that moves the watermark`, async () => {
    const s = await open();
    try {
      assert.equal(await s.alertWatermark(), 0);
      const first = await s.putAlerts([alert('a1'), alert('a2')], ['stdout', 'webhook:http://h.example/'], { from: 0, to: 17 });
      assert.deepEqual(first?.map((a) => a.id), ['a1', 'a2']);
      assert.equal(await s.alertWatermark(), 17);
      // a second evaluator that started from the old watermark writes nothing
      assert.equal(await s.putAlerts([alert('a3')], ['stdout'], { from: 0, to: 20 }), null);
      assert.equal((await s.alerts({})).length, 2);
      // the same alert again (same id) is skipped, a new one stored
      const second = await s.putAlerts([alert('a2'), alert('a3', T2)], ['stdout'], { from: 17, to: 20 });
      assert.deepEqual(second?.map((a) => a.id), ['a3']);
      const all = await s.alerts({});
      assert.deepEqual(all.map((a) => a.id), ['a1', 'a2', 'a3']);
      const { seq: _seq, ...plain } = all[0]!;
      assert.deepEqual(plain, alert('a1'));
      assert.deepEqual((await s.alerts({ since: T2 })).map((a) => a.id), ['a3']);
      assert.deepEqual((await s.alerts({ afterSeq: all[1]!.seq })).map((a) => a.id), ['a3']);
      assert.deepEqual((await s.alerts({ limit: 1 })).map((a) => a.id), ['a1']);
      assert.deepEqual((await s.alertsByIds(['a3', 'nope', 'a1'])).map((a) => a.id), ['a1', 'a3']);
      assert.deepEqual(await s.alertsByIds([]), []);
      assert.deepEqual((await s.deliveries()).map((d) => [d.alert, d.sink, d.state]),
        [['a1', 'stdout', 'pending'], ['a1', 'webhook:http://h.example/', 'pending'], ['a2', 'stdout', 'pending'], ['a2', 'webhook:http://h.example/', 'pending'], ['a3', 'stdout', 'pending']]);
    } finally { await s.close(); }
  });

  test(`${name}: deliveries are leased to one deliverer, retried when due, and end delivered or dead`, async () => {
    const s = await open();
    try {
      await s.putAlerts([alert('a1'), alert('a2')], ['hook'], { from: 0, to: 1 });
      const lease = '2024-03-01T00:06:00.000Z';
      const got = await s.claimDeliveries(T1, lease, 10);
      assert.deepEqual(got.map((d) => d.alert), ['a1', 'a2']);
      assert.deepEqual(await s.claimDeliveries(T1, lease, 10), []);
      await s.releaseWatchLeases();
      assert.equal((await s.claimDeliveries(T1, lease, 10)).length, 2);
      await s.finishDelivery({ alert: 'a1', sink: 'hook', now: T1, result: 'delivered' });
      await s.finishDelivery({ alert: 'a2', sink: 'hook', now: T1, result: 'retry', nextAttemptAt: T2, error: 'HTTP 500' });
      assert.deepEqual(await s.claimDeliveries('2024-03-01T00:09:00.000Z', T2, 10), []);
      const again = await s.claimDeliveries(T2, '2024-03-01T00:11:00.000Z', 10);
      assert.deepEqual(again.map((d) => [d.alert, d.attempts, d.lastError]), [['a2', 1, 'HTTP 500']]);
      await s.finishDelivery({ alert: 'a2', sink: 'hook', now: T2, result: 'dead', error: 'HTTP 500' });
      assert.deepEqual((await s.deliveries()).map((d) => [d.alert, d.state, d.attempts, d.deliveredAt]), [['a1', 'delivered', 1, T1], ['a2', 'dead', 2, null]]);
      assert.deepEqual((await s.deliveries('a2')).map((d) => d.state), ['dead']);
      assert.deepEqual(await s.claimDeliveries('2030-01-01T00:00:00.000Z', '2030-01-01T00:01:00.000Z', 10), []);
    } finally { await s.close(); }
  });

  test(`${name}: alert inputs are the asserted events since a position and the asserted clusters of a date range`, async () => {
    const s = await open();
    try {
      const actors = [{ name: 'China', code: 'CHN', kind: 'country' as const, mentions: ['China'] }, { name: 'Philippines', code: 'PHL', kind: 'country' as const, mentions: ['Philippines'] }];
      await s.putArticle(buildArticle({ id: 'w1', date: '2024-03-04', url: 'https://wire.example/1', text: 'China attacked the Philippines. China did not attack the Philippines again.',
        actors, events: [{ source: 'China', target: 'Philippines', cameo: '190', evidence: 'attacked' }, { source: 'China', target: 'Philippines', cameo: '190', evidence: 'attack', modality: 'negated' }] }));
      await s.putArticle(buildArticle({ id: 'p2', date: '2024-03-05', url: 'https://paper.example/2', text: 'China attacked the Philippines at sea.',
        actors, events: [{ source: 'China', target: 'Philippines', cameo: '190', evidence: 'attacked' }] }));
      const changed = await s.eventsSince(0, 100);
      assert.deepEqual(changed.map((e) => [e.date, e.sourceCode, e.targetCode]), [['2024-03-04', 'CHN', 'PHL'], ['2024-03-05', 'CHN', 'PHL']]);
      assert.deepEqual(await s.eventsSince(changed[1]!.seq, 100), []);
      assert.deepEqual((await s.eventsSince(changed[0]!.seq, 100)).length, 1);
      const clusters = await s.alertClusters('2024-03-01', '2024-03-31');
      assert.equal(clusters.length, 1);
      const c = clusters[0]!;
      assert.deepEqual([c.date, c.sourceCode, c.targetCode, c.root, c.quad, c.goldstein], ['2024-03-04', 'CHN', 'PHL', '19', 4, -10]);
      assert.deepEqual(c.events, [{ id: 'w1:e1', article: 'w1', source: 'wire.example', date: '2024-03-04' }, { id: 'p2:e1', article: 'p2', source: 'paper.example', date: '2024-03-05' }]);
      assert.deepEqual(await s.alertClusters('2024-03-05', '2024-03-31'), []);
    } finally { await s.close(); }
  });
}
