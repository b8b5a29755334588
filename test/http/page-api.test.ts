/** The API routes the page uses beyond the query endpoints: actor pages, the export of the shown rows, CAMEO names, the bundled libraries. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { serve, type RunningServer } from '../../src/http/server.js';
import { GDELT_EVENT_COLUMNS } from '../../src/export/gdelt.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { EventRow } from '../../src/store/store.js';
import { pageCorpus, sampleCorpus } from '../store/fixtures.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-page-api-'));
let store: SqliteStore;
let srv: RunningServer;

before(async () => {
  store = openSqliteStore(path.join(dir, 'page.sqlite'));
  for (const a of [...sampleCorpus(), ...pageCorpus()]) await store.putArticle(a);
  srv = await serve(store, { port: 0 });
});
after(async () => {
  await srv.close();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const get = (p: string) => fetch(srv.url + p);

test('GET /api/export writes exactly the rows GET /api/events answers for the same parameters, in CSV, GDELT and PLOVER', async () => {
  for (const params of ['', 'sort=code&order=desc', 'country=RUS&modality=asserted', 'from=2024-02-01&to=2024-04-30&sort=source', 'code=04&limit=2&offset=1', 'place=Kharkiv']) {
    const events = await (await get(`/api/events?${params}`)).json() as EventRow[];
    const csv = await get(`/api/export?format=csv&${params}`);
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-disposition') ?? '', /attachment; filename="dyad-events\.csv"/);
    const lines = (await csv.text()).trim().split('\n');
    assert.equal(lines[0]!.split(',')[0], 'article');
    assert.deepEqual(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(':')), events.map((e) => `${e.article}:${e.id}`), params);
    const plover = (await (await get(`/api/export?format=plover&${params}`)).text()).trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string });
    assert.deepEqual(plover.map((r) => r.id), events.filter((e) => e.plover.event && e.date).map((e) => `${e.article}:${e.id}`), params);
    const gdelt = (await (await get(`/api/export?format=gdelt&${params}`)).text()).trim().split('\n');
    assert.deepEqual(gdelt[0]!.split('\t'), [...GDELT_EVENT_COLUMNS]);
    const clusters = [...new Set(events.map((e) => e.cluster))];
    assert.equal(gdelt.length - 1, clusters.length, `one GDELT row per cluster of the shown events: ${params}`);
    for (const row of gdelt.slice(1)) assert.equal(row.split('\t').length, 61);
  }
  const bad = await get('/api/export?format=xlsx');
  assert.equal(bad.status, 400);
  assert.match((await bad.json() as { error: { message: string } }).error.message, /format/);
  assert.equal((await get('/api/export?format=csv&sort=evil')).status, 400);
});

test('GET /api/actors/{id} answers the actor page; unknown ids 404, junk 400', async () => {
  const [shoigu] = await store.actors({ q: 'shoigu' });
  const r = await get(`/api/actors/${shoigu!.id}`);
  assert.equal(r.status, 200);
  const d = await r.json() as { actor: { name: string }; partners: { name: string }[]; readings: unknown[]; quotes: number };
  assert.equal(d.actor.name, 'Sergei Shoigu');
  assert.deepEqual(d.partners.map((p) => p.name).sort(), ['Dong Jun', 'Recep Tayyip Erdoğan']);
  assert.equal(d.readings.length, 3);
  assert.equal(d.quotes, 1);
  assert.equal((await get('/api/actors/999999')).status, 404);
  for (const junk of ['abc', '-1', '1.5', "1'%20OR%201=1"]) assert.equal((await get(`/api/actors/${junk}`)).status, 400, junk);
  assert.equal((await get(`/api/actors/${shoigu!.id}?x=1`)).status, 400);
});

test('the quotes API finds speakers without diacritics and by surname; the series API takes an entity', async () => {
  const q = await (await get('/api/quotes?speaker=erdogan')).json() as { speaker: string }[];
  assert.deepEqual(q.map((x) => x.speaker), ['Recep Tayyip Erdoğan']);
  const s = await (await get('/api/quotes?speaker=shoigu')).json() as { speaker: string; hearer: string }[];
  assert.deepEqual(s.map((x) => [x.speaker, x.hearer]), [['Sergei Shoigu', 'Recep Tayyip Erdoğan']]);
  const [erdogan] = await store.actors({ q: 'erdogan' });
  const series = await (await get(`/api/series?entity=${erdogan!.id}&interval=month`)).json() as { period: string }[];
  assert.deepEqual(series.map((p) => p.period), ['2024-04-01']);
  assert.equal((await get('/api/series?interval=month')).status, 400, 'neither source nor entity');
});

test('the page\'s libraries are served from the build (no other origin); names outside the list are 404', async () => {
  for (const f of ['cytoscape.min.js', 'd3.min.js', 'plot.umd.min.js', 'topojson-client.min.js', 'countries-110m.json']) {
    const r = await get(`/vendor/${f}`);
    assert.equal(r.status, 200, f);
    assert.ok((await r.arrayBuffer()).byteLength > 1000, f);
  }
  const html = await (await get('/')).text();
  assert.ok(!/(src|href)="(https?:)?\/\//.test(html), 'the page names no other origin');
  for (const p of ['/vendor/../package.json', '/vendor/%2e%2e/package.json', '/vendor/nothing.js', '/../package.json', '/nothing.js']) {
    assert.equal((await get(p)).status, 404, p);
  }
  const names = await (await get('/api/cameo')).json() as { names: Record<string, string> };
  assert.equal(names.names['195'], 'Employ aerial weapons');
});

test('the page\'s scripts never parse HTML strings', () => {
  const web = path.resolve(import.meta.dirname, '../../../src/web');
  for (const f of fs.readdirSync(web).filter((x) => x.endsWith('.js'))) {
    assert.ok(!/innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/.test(fs.readFileSync(path.join(web, f), 'utf8')), f);
  }
});
