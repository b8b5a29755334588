/**
 * The Store contract: every backend (SQLite now, Postgres later) must pass these. Call `storeContract(name, open)`
 * from a backend's test file with a function that opens a fresh, empty store.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/store.js';
import { buildArticle, hostileArticle, sampleCorpus } from './fixtures.js';
import { watchContract } from './watch-contract.js';

export function storeContract(name: string, open: () => Promise<Store>): void {
  watchContract(name, open);
  const loaded = async (): Promise<Store> => {
    const s = await open();
    for (const a of sampleCorpus()) assert.equal((await s.putArticle(a)).status, 'inserted');
    return s;
  };

  test(`${name}: a stored article comes back exactly as coded, with every layer`, async () => {
    const s = await open();
    try {
      for (const a of [...sampleCorpus(), hostileArticle()]) {
        await s.putArticle(a);
        const back = await s.article(a.id);
        assert.ok(back, a.id);
        assert.deepEqual(back.article, JSON.parse(JSON.stringify(a)));
      }
      assert.equal(await s.article('no-such-article'), null);
    } finally { await s.close(); }
  });

  test(`${name}: storing the same article again (same id, or same text under another id) adds nothing`, async () => {
    const s = await loaded();
    try {
      const before = await s.counts();
      const first = sampleCorpus()[0]!;
      assert.deepEqual(await s.putArticle(first), { status: 'duplicate', reason: 'id' });
      assert.deepEqual(await s.putArticle({ ...first, id: 'another-id' }), { status: 'duplicate', reason: 'hash' });
      assert.equal(await s.hasArticle('x', 'nohash'), false);
      assert.deepEqual(await s.counts(), before);
      assert.equal(before.articles, 4);
      assert.equal(before.events, 11);
    } finally { await s.close(); }
  });

  test(`${name}: a batch is stored in order in one transaction, duplicates inside it reported`, async () => {
    const s = await open();
    try {
      const [a, b] = sampleCorpus();
      const results = await s.putArticles([{ article: a! }, { article: b!, meta: { source: 'Paper' } }, { article: { ...a!, id: 'copy' } }]);
      assert.deepEqual(results, [{ status: 'inserted', events: 4 }, { status: 'inserted', events: 2 }, { status: 'duplicate', reason: 'hash' }]);
      assert.deepEqual(await s.articleIds(), ['wire-1', 'paper-2']);
      assert.equal((await s.article('paper-2'))?.source, 'Paper');
    } finally { await s.close(); }
  });

  test(`${name}: actors are one row per entity across articles, with their roles dated`, async () => {
    const s = await loaded();
    try {
      const [dong] = await s.actors({ q: 'Dong Jun' });
      assert.equal(dong?.name, 'Dong Jun');
      assert.equal(dong.articles, 2);
      assert.deepEqual(dong.roles, [{ title: 'Defense Minister', from: '2024-01-31', to: '2024-01-31' }]);
      const russia = (await s.actors({ q: 'Russia' })).find((a) => a.code === 'RUS');
      assert.equal(russia?.articles, 3);
    } finally { await s.close(); }
  });

  test(`${name}: the same event told by two outlets within the window is one cluster with all its mentions`, async () => {
    const s = await loaded();
    try {
      const praise = await s.clusters({ actor: 'CHN', root: '05' });
      const chnRus = praise.filter((c) => c.sourceCode === 'CHN' && c.targetCode === 'RUS');
      assert.equal(chnRus.length, 1);
      assert.deepEqual([chnRus[0]!.numMentions, chnRus[0]!.numArticles, chnRus[0]!.numSources], [2, 2, 2]);
      assert.deepEqual([chnRus[0]!.firstDate, chnRus[0]!.lastDate], ['2024-01-31', '2024-02-01']);
      assert.equal(chnRus[0]!.firstArticle, 'wire-1');
      const evs = await s.events({ cluster: chnRus[0]!.id });
      assert.deepEqual(evs.map((e) => [e.article, e.evidenceText]), [['wire-1', 'praised'], ['paper-2', 'praised']]);
      // Same dyad and root three weeks later is another event; a different modality never joins an asserted cluster.
      await s.putArticle(buildArticle({ id: 'late', date: '2024-02-22', url: 'https://wire.example/late', text: 'China praised Russia.',
        actors: [{ name: 'China', code: 'CHN', kind: 'country', mentions: ['China'] }, { name: 'Russia', code: 'RUS', kind: 'country', mentions: ['Russia'] }],
        events: [{ source: 'China', target: 'Russia', cameo: '051', evidence: 'praised' }] }));
      await s.putArticle(buildArticle({ id: 'neg', date: '2024-02-01', text: 'China did not praise Russia.',
        actors: [{ name: 'China', code: 'CHN', kind: 'country', mentions: ['China'] }, { name: 'Russia', code: 'RUS', kind: 'country', mentions: ['Russia'] }],
        events: [{ source: 'China', target: 'Russia', cameo: '051', evidence: 'praise', modality: 'negated' }] }));
      const all = (await s.clusters({ root: '05' })).filter((c) => c.sourceCode === 'CHN' && c.targetCode === 'RUS');
      assert.equal(all.length, 3);
      const stored = await s.article('paper-2');
      assert.equal(stored?.clusters.e1?.id, chnRus[0]!.id);
    } finally { await s.close(); }
  });

  test(`${name}: events filter by actor, side, code prefix, date, modality and article`, async () => {
    const s = await loaded();
    try {
      const ids = (evs: { article: string; id: string }[]) => evs.map((e) => `${e.article}/${e.id}`);
      assert.deepEqual(ids(await s.events({ source: 'USA' })), ['wire-3/e3', 'wire-3/e4', 'paper-4/e1']);
      assert.deepEqual(ids(await s.events({ source: 'USA', modality: 'asserted' })), ['paper-4/e1']);
      assert.deepEqual(ids(await s.events({ actor: 'Sergei Shoigu' })), ['wire-1/e1', 'paper-2/e2']);
      // Code prefixes: CHN covers CHNGOVMIL, RUS covers RUSGOVMIL.
      assert.deepEqual(ids(await s.events({ source: 'CHN', target: 'RUS' })), ['wire-1/e1', 'wire-1/e2', 'wire-1/e4', 'paper-2/e1', 'paper-2/e2']);
      assert.deepEqual(ids(await s.events({ source: 'China', target: 'Russia' })), ['wire-1/e2', 'paper-2/e1']);
      assert.deepEqual(ids(await s.events({ code: '19' })), ['wire-3/e1']);
      assert.deepEqual(ids(await s.events({ from: '2024-02-01', to: '2024-02-20', quad: 3 })), ['wire-3/e2']);
      assert.deepEqual(ids(await s.events({ source: 'UKR', target: 'RUS', both: true })), ['wire-3/e1', 'wire-3/e2']);
      assert.deepEqual(ids(await s.events({ article: 'paper-4' })), ['paper-4/e1']);
      assert.deepEqual(ids(await s.events({ limit: 2, offset: 1 })), ['wire-1/e2', 'wire-1/e3']);
      const [shell] = await s.events({ code: '195' });
      assert.equal(shell?.evidenceText, 'shelled');
      assert.equal(shell.source, 'Russia');
      assert.equal(shell.target, 'Ukraine');
      assert.equal(shell.quad, 4);
    } finally { await s.close(); }
  });

  test(`${name}: injection strings in every filter are data, never SQL`, async () => {
    const s = await loaded();
    try {
      const before = await s.counts();
      for (const bad of ["' OR 1=1 --", 'RUS%', 'RUS_', '"; DROP TABLE events; --', '\\', 'CHN\u007f', 'NEAR(a b)', '*']) {
        assert.deepEqual(await s.events({ actor: bad }), [], bad);
        assert.deepEqual(await s.events({ source: bad, target: bad, code: bad, from: bad, article: bad }), [], bad);
        assert.deepEqual(await s.quotes({ speaker: bad, q: bad }), [], bad);
        assert.deepEqual((await s.network({ actor: bad })).edges, [], bad);
        assert.deepEqual(await s.timeSeries({ source: bad, target: bad, interval: 'day' }), [], bad);
        assert.deepEqual(await s.clusters({ actor: bad, root: bad }), [], bad);
        await s.search({ q: bad });
        await s.actors({ q: bad });
      }
      assert.deepEqual(await s.counts(), before);
    } finally { await s.close(); }
  });

  test(`${name}: a dyad time series counts quad classes and sums Goldstein per day, week and month`, async () => {
    const s = await loaded();
    try {
      const month = await s.timeSeries({ source: 'CHN', target: 'RUS', interval: 'month' });
      assert.deepEqual(month.map((p) => [p.period, p.count, p.quad, p.goldsteinSum]),
        [['2024-01-01', 3, [3, 0, 0, 0], 8], ['2024-02-01', 2, [2, 0, 0, 0], 4.5]]);
      const byName = await s.timeSeries({ source: 'China', target: 'Russia', interval: 'month' });
      assert.deepEqual(byName.map((p) => [p.period, p.count, p.goldsteinMean]), [['2024-01-01', 1, 3.5], ['2024-02-01', 1, 3.5]]);
      const day = await s.timeSeries({ source: 'RUS', target: 'UKR', interval: 'day', both: true });
      assert.deepEqual(day.map((p) => [p.period, p.count, p.quad, p.goldsteinMean]), [['2024-02-20', 2, [0, 0, 1, 1], -6]]);
      const week = await s.timeSeries({ source: 'CHN', target: 'RUS', interval: 'week' });
      assert.deepEqual(week.map((p) => [p.period, p.count]), [['2024-01-29', 5]]); // Monday of the week
      assert.deepEqual(await s.timeSeries({ source: 'CHN', target: 'RUS', interval: 'day', from: '2024-03-01' }), []);
    } finally { await s.close(); }
  });

  test(`${name}: the actor network weighs edges by cooperation and conflict over a period`, async () => {
    const s = await loaded();
    try {
      const net = await s.network({});
      const name = new Map(net.nodes.map((n) => [n.id, n.name]));
      const edges = net.edges.map((e) => `${name.get(e.source)}>${name.get(e.target)}:${e.count}/${e.cooperation}/${e.conflict}`).sort();
      assert.deepEqual(edges, ['China>Russia:2/2/0', 'Dong Jun>Russia:1/1/0', 'Dong Jun>Sergei Shoigu:2/2/0', 'Dong Jun>United States:1/0/1',
        'Russia>Ukraine:1/0/1', 'Ukraine>Russia:1/0/1', 'United States>Ukraine:1/1/0']);
      const feb = await s.network({ from: '2024-02-10', to: '2024-02-28' });
      assert.equal(feb.edges.length, 2);
      assert.deepEqual(feb.nodes.map((n) => n.name).sort(), ['Russia', 'Ukraine']);
      const us = await s.network({ actor: 'USA' });
      assert.equal(us.edges.length, 2);
    } finally { await s.close(); }
  });

  test(`${name}: quotes by speaker name or code, with their words`, async () => {
    const s = await loaded();
    try {
      const dong = await s.quotes({ speaker: 'Dong Jun' });
      assert.deepEqual(dong.map((q) => q.contentText), ['We support them on the Ukrainian issue,']);
      const ukr = await s.quotes({ speaker: 'UKR' });
      assert.deepEqual(ukr.map((q) => [q.speaker, q.contentText]), [['Volodymyr Zelensky', 'This aid will save lives,']]);
      assert.equal((await s.quotes({ q: 'save lives' })).length, 1);
      assert.equal((await s.quotes({ q: '%' })).length, 0);
    } finally { await s.close(); }
  });

  test(`${name}: search finds actors by name and articles by words`, async () => {
    const s = await loaded();
    try {
      const r = await s.search({ q: 'shelled Kyiv' });
      assert.deepEqual(r.articles.map((a) => a.id), ['wire-3']);
      assert.match(r.articles[0]!.snippet, /shelled Kyiv/);
      const shoigu = await s.search({ q: 'shoigu' });
      assert.deepEqual(shoigu.actors.map((a) => a.name), ['Sergei Shoigu']);
      assert.deepEqual((await s.search({ q: '' })).articles, []);
    } finally { await s.close(); }
  });

  test(`${name}: texts with markup, emoji and combining marks are stored verbatim and spans stay exact`, async () => {
    const s = await open();
    try {
      const text = 'Ru\u0301ssia 🚀🚀 attacked Ukra\u0308ine at dawn.';
      const a = buildArticle({ id: 'emoji', date: '2024-05-01', text,
        actors: [{ name: 'Russia', code: 'RUS', kind: 'country', mentions: ['Ru\u0301ssia'] }, { name: 'Ukraine', code: 'UKR', kind: 'country', mentions: ['Ukra\u0308ine'] }],
        events: [{ source: 'Russia', target: 'Ukraine', cameo: '190', evidence: 'attacked' }] });
      await s.putArticle(a);
      await s.putArticle(hostileArticle());
      const [ev] = await s.events({ article: 'emoji' });
      assert.equal(ev?.evidenceText, 'attacked');
      assert.equal(text.slice(ev.evidence.start, ev.evidence.end), 'attacked');
      const h = await s.article('hostile-1');
      assert.equal(h?.article.text, hostileArticle().text);
    } finally { await s.close(); }
  });
}
