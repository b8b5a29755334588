/**
 * The Store contract: every backend (SQLite now, Postgres later) must pass these. Call `storeContract(name, open)`
 * from a backend's test file with a function that opens a fresh, empty store.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/store.js';
import { buildArticle, hostileArticle, pageCorpus, placedArticles, sampleCorpus } from './fixtures.js';
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

  // Why (issue 15): one corpus held five separate "Donald Trump" entities, the largest with no code. The same person
  // coded differently (GOV, ELI, uncoded), named in full, with a middle initial or by surname, is one entity; a
  // surname two different people share links neither; a description ("the minister") links nothing.
  test(`${name}: the same person across articles is one entity, whatever code, form of the name or surname`, async () => {
    const s = await open();
    const art = (id: string, date: string, text: string, actors: Parameters<typeof buildArticle>[0]['actors'], ev?: [string, string]): Parameters<Store['putArticle']>[0] =>
      buildArticle({ id, date, text, actors, ...(ev ? { events: [{ source: ev[0], target: ev[1], cameo: '042', evidence: 'visited' }] } : {}) });
    const fra = { name: 'France', code: 'FRA', kind: 'country' as const, mentions: ['France'] };
    try {
      await s.putArticle(art('t1', '2019-05-01', 'President Trump visited France.', [{ name: 'Trump', code: '', kind: 'person', mentions: ['Trump'] }, fra], ['Trump', 'France']));
      await s.putArticle(art('t2', '2019-06-01', 'Donald J. Trump visited France.', [{ name: 'Donald J. Trump', code: 'USAGOV', kind: 'person', mentions: ['Donald J. Trump'] }, fra], ['Donald J. Trump', 'France']));
      await s.putArticle(art('t3', '2022-06-01', 'Former president Donald Trump visited France.', [{ name: 'Donald Trump', code: 'USAELI', kind: 'person', mentions: ['Donald Trump'] }, fra], ['Donald Trump', 'France']));
      await s.putArticle(art('t4', '2025-06-01', 'Trump visited France.', [{ name: 'Trump', code: 'USAGOV', kind: 'person', mentions: ['Trump'] }, fra], ['Trump', 'France']));
      const trumps = (await s.actors({ q: 'Trump' })).filter((a) => a.kind === 'person');
      assert.equal(trumps.length, 1, JSON.stringify(trumps));
      assert.equal(trumps[0]!.articles, 4);
      assert.equal(trumps[0]!.events, 4);
      assert.equal(trumps[0]!.name, 'Donald J. Trump');
      assert.equal(trumps[0]!.code, 'USAGOV');
      const net = await s.network({});
      assert.equal(net.nodes.filter((n) => /Trump/.test(n.name)).length, 1);
      assert.deepEqual(new Set((await s.events({})).map((e) => e.sourceEntity)), new Set([trumps[0]!.id]));
      // a second Trump: the surname alone now names neither; full names still link
      await s.putArticle(art('t5', '2025-07-01', 'Melania Trump visited France.', [{ name: 'Melania Trump', code: '', kind: 'person', mentions: ['Melania Trump'] }, fra]));
      await s.putArticle(art('t6', '2025-08-01', 'Later, Trump visited France.', [{ name: 'Trump', code: '', kind: 'person', mentions: ['Trump'] }, fra]));
      await s.putArticle(art('t7', '2025-09-01', 'Donald Trump visited France.', [{ name: 'Donald Trump', code: 'USAGOV', kind: 'person', mentions: ['Donald Trump'] }, fra]));
      const after = (await s.actors({ q: 'Trump' })).filter((a) => a.kind === 'person');
      assert.deepEqual(after.map((a) => [a.name, a.articles]).sort(), [['Donald J. Trump', 5], ['Melania Trump', 1], ['Trump', 1]]);
      // descriptions keep the (code, name) identity: two unnamed ministers of two countries stay apart
      await s.putArticle(art('m1', '2025-09-02', 'The minister visited France.', [{ name: 'The minister', code: 'DEUGOV', kind: 'person', mentions: ['The minister'] }, fra]));
      await s.putArticle(art('m2', '2025-09-03', 'Then the minister visited France.', [{ name: 'The minister', code: 'ITAGOV', kind: 'person', mentions: ['the minister'] }, fra]));
      assert.equal((await s.actors({ q: 'The minister' })).length, 2);
      assert.equal((await s.actors({ q: 'France' })).filter((a) => a.code === 'FRA').length, 1);
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

  const withPage = async (): Promise<Store> => {
    const s = await loaded();
    for (const a of pageCorpus()) assert.equal((await s.putArticle(a)).status, 'inserted');
    return s;
  };

  test(`${name}: actors and quote speakers are found by part of the name, a surname or without diacritics`, async () => {
    const s = await withPage();
    try {
      assert.deepEqual((await s.actors({ q: 'erdogan' })).map((a) => a.name), ['Recep Tayyip Erdoğan']);
      assert.deepEqual((await s.actors({ q: 'ERDOĞAN' })).map((a) => a.name), ['Recep Tayyip Erdoğan']);
      assert.deepEqual((await s.actors({ q: 'shoig' })).map((a) => a.name), ['Sergei Shoigu']);
      assert.deepEqual((await s.search({ q: 'erdogan' })).actors.map((a) => a.name), ['Recep Tayyip Erdoğan']);
      const said = (r: { speaker: string | null; contentText: string }[]) => r.map((q) => `${q.speaker}: ${q.contentText}`);
      assert.deepEqual(said(await s.quotes({ speaker: 'erdogan' })), ['Recep Tayyip Erdoğan: We will keep talking,']);
      assert.deepEqual(said(await s.quotes({ speaker: 'shoigu' })), ['Sergei Shoigu: the talks were useful.']);
      assert.deepEqual(said(await s.quotes({ speaker: 'Tayyip Erdoğan' })), ['Recep Tayyip Erdoğan: We will keep talking,']);
      // Whole words only: a piece of a word is not a speaker.
      assert.deepEqual(await s.quotes({ speaker: 'shoi' }), []);
      assert.equal((await s.quotes({ speaker: 'RUSGOV' })).length, 1, 'a code prefix still works');
      const [told] = await s.quotes({ speaker: 'Sergei Shoigu' });
      assert.equal(told?.hearer, 'Recep Tayyip Erdoğan');
      assert.equal(told.articleTitle, 'Erdoğan calls Shoigu');
      assert.equal((await s.quotes({ speaker: 'erdogan' }))[0]?.hearer, null);
      const dong = (await s.actors({ q: 'Dong Jun' }))[0]!;
      assert.deepEqual((await s.quotes({ speakerEntity: dong.id })).map((q) => q.contentText), ['We support them on the Ukrainian issue,']);
    } finally { await s.close(); }
  });

  test(`${name}: event rows carry their sentence and place; filters by entity, country and place; sorted either way`, async () => {
    const s = await withPage();
    try {
      const ids = (evs: { article: string; id: string }[]) => evs.map((e) => `${e.article}/${e.id}`);
      const [shell] = await s.events({ article: 'wire-5', code: '19' });
      assert.equal(shell?.sentenceText, 'Russia shelled Kharkiv in Ukraine on Tuesday.');
      assert.deepEqual(shell.place, { id: 'p2', name: 'Kharkiv', country: 'UKR', admin1: 'Kharkiv Oblast', lat: 49.98, lon: 36.25 });
      assert.equal((await s.events({ article: 'wire-1' }))[0]?.place, null);
      assert.deepEqual(ids(await s.events({ place: 'kharkiv' })), ['wire-5/e2']);
      assert.deepEqual(ids(await s.events({ place: 'Ankara', quad: 1 })), ['wire-5/e1']);
      assert.deepEqual(await s.events({ place: 'Kyiv' }), [], 'a place named in the text but not where an event happened');
      assert.deepEqual(ids(await s.events({ country: 'TUR' })), ['wire-5/e1']);
      assert.deepEqual(ids(await s.events({ country: 'UKR', modality: 'asserted' })), ['wire-3/e1', 'wire-3/e2', 'paper-4/e1', 'wire-5/e2']);
      const shoigu = (await s.actors({ q: 'Sergei Shoigu' }))[0]!;
      assert.deepEqual(ids(await s.events({ entity: shoigu.id })), ['wire-1/e1', 'paper-2/e2', 'wire-5/e1']);
      const byCode = await s.events({ sort: 'code', order: 'desc', limit: 3 });
      assert.deepEqual(byCode.map((e) => e.cameo), ['195', '195', '163']);
      assert.deepEqual((await s.events({ sort: 'date', order: 'desc', limit: 2 })).map((e) => e.date), ['2024-04-02', '2024-04-02']);
      const asc = await s.events({ sort: 'goldstein', limit: 1000 });
      assert.deepEqual(asc.map((e) => e.goldstein), [...asc.map((e) => e.goldstein)].sort((a, b) => a - b));
    } finally { await s.close(); }
  });

  test(`${name}: the network and the time series take the page's filters (CAMEO root, quad class, country, place, an actor's entity)`, async () => {
    const s = await withPage();
    try {
      const edges = async (q: Parameters<Store['network']>[0]) => {
        const net = await s.network(q);
        const name = new Map(net.nodes.map((n) => [n.id, n.name]));
        return net.edges.map((e) => `${name.get(e.source)}>${name.get(e.target)}:${e.count}`).sort();
      };
      assert.deepEqual(await edges({ quad: 4 }), ['Russia>Ukraine:2']);
      assert.deepEqual(await edges({ code: '04' }), ['Dong Jun>Sergei Shoigu:2', 'Recep Tayyip Erdoğan>Sergei Shoigu:1']);
      assert.deepEqual(await edges({ country: 'TUR' }), ['Recep Tayyip Erdoğan>Sergei Shoigu:1']);
      assert.deepEqual(await edges({ place: 'Kharkiv' }), ['Russia>Ukraine:1']);
      const shoigu = (await s.actors({ q: 'Sergei Shoigu' }))[0]!;
      const series = await s.timeSeries({ entity: shoigu.id, interval: 'month' });
      assert.deepEqual(series.map((p) => [p.period, p.count, p.quad]), [['2024-01-01', 1, [1, 0, 0, 0]], ['2024-02-01', 1, [1, 0, 0, 0]], ['2024-04-01', 1, [1, 0, 0, 0]]]);
      const russia = (await s.actors({ q: 'Russia' })).find((a) => a.code === 'RUS')!;
      const conflict = await s.timeSeries({ entity: russia.id, interval: 'month', code: '19' });
      assert.deepEqual(conflict.map((p) => [p.period, p.count]), [['2024-02-01', 1], ['2024-04-01', 1]]);
    } finally { await s.close(); }
  });

  test(`${name}: an actor's page: each article's code and role with the words read, partners, event and quote counts`, async () => {
    const s = await withPage();
    try {
      const dong = (await s.actors({ q: 'Dong Jun' }))[0]!;
      const d = await s.actor(dong.id);
      assert.ok(d);
      assert.equal(d.actor.name, 'Dong Jun');
      assert.deepEqual(d.readings.map((r) => [r.article, r.code, r.role?.title ?? null, r.role?.text ?? null, r.codeEvidence?.text ?? null, r.codeRule]),
        [['wire-1', 'CHNGOVMIL', 'Defense Minister', 'Minister', 'Dong Jun', 'fixture'], ['paper-2', 'CHNGOVMIL', null, null, 'Dong Jun', 'fixture']]);
      assert.deepEqual(d.partners.map((p) => [p.name, p.out, p.in, p.goldsteinMean]), [['Sergei Shoigu', 2, 0, 1], ['Russia', 1, 0, 3.5], ['United States', 1, 0, -2]]);
      assert.deepEqual([d.eventsOut, d.eventsIn, d.quotes], [4, 0, 1]);
      assert.equal(await s.actor(999_999), null);
    } finally { await s.close(); }
  });

  test(`${name}: places are stored with their events and queried by bounding box, country, division and date`, async () => {
    const s = await open();
    try {
      for (const a of placedArticles()) assert.equal((await s.putArticle(a)).status, 'inserted');
      const all = await s.places({});
      assert.deepEqual(all.places.map((p) => [p.key, p.events, p.quads]), [
        ['gn:706483', 2, { '1': 0, '2': 0, '3': 0, '4': 2 }],
        ['gn:2193733', 1, { '1': 0, '2': 0, '3': 0, '4': 1 }],
        ['gn:4671654', 1, { '1': 0, '2': 1, '3': 0, '4': 0 }],
      ]);
      assert.deepEqual(all.events.map((e) => [e.articleId, e.eventId, e.placeName, e.evidence]), [
        ['geo-2', 'e1', 'Kharkiv', 'shelled'], ['geo-2', 'e2', 'Austin', 'delivered aid'], ['geo-3', 'e1', 'Auckland', 'attacked'], ['geo-1', 'e1', 'Kharkiv', 'shelled']]);
      // Europe only: Kharkiv (36.25 E, 49.98 N)
      const eu = await s.places({ bbox: [-10, 35, 40, 60] });
      assert.deepEqual(eu.events.map((e) => e.placeName), ['Kharkiv', 'Kharkiv']);
      // a box across the antimeridian (170 E to 170 W) holds Auckland (174.77 E) and nothing else
      assert.deepEqual((await s.places({ bbox: [170, -60, -170, 0] })).places.map((p) => p.name), ['Auckland']);
      assert.deepEqual((await s.places({ country: 'USA' })).events.map((e) => [e.placeName, e.quad]), [['Austin', 2]]);
      assert.deepEqual((await s.places({ admin1: 'UA.07' })).places.map((p) => p.name), ['Kharkiv']);
      assert.deepEqual((await s.places({ from: '2024-03-02', to: '2024-03-31' })).events.map((e) => e.articleId), ['geo-2', 'geo-2', 'geo-3']);
      assert.deepEqual((await s.places({ limit: 1 })).events.length, 1);
      const c = await s.counts();
      assert.deepEqual([c.places, c.event_places], [4, 4]);
      // the article round-trips with its places and each event's place
      const back = await s.article('geo-2');
      assert.deepEqual(back?.article, JSON.parse(JSON.stringify(placedArticles()[1])));
    } finally { await s.close(); }
  });
}
