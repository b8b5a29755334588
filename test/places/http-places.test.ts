import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { serve, type RunningServer } from '../../src/http/server.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { placedArticles } from '../store/fixtures.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-http-places-'));
let store: SqliteStore;
let srv: RunningServer;
before(async () => {
  store = openSqliteStore(path.join(dir, 'places.sqlite'));
  for (const a of placedArticles()) await store.putArticle(a);
  srv = await serve(store, { port: 0 });
});
after(async () => { await srv.close(); await store.close(); fs.rmSync(dir, { recursive: true, force: true }); });

const get = async (p: string): Promise<{ status: number; json: any }> => {
  const r = await fetch(srv.url + p);
  return { status: r.status, json: await r.json() };
};

// Why: the page's map draws exactly this shape; a bad parameter is a JSON error, never a crash.
test('GET /api/places: places with event counts by quad, events with coordinates and evidence', async () => {
  const r = await get('/api/places?bbox=-10,35,40,60&from=2024-03-01&to=2024-03-31');
  assert.equal(r.status, 200);
  assert.deepEqual(r.json.places, [{ key: 'gn:706483', name: 'Kharkiv', country: 'UKR', admin1: 'Kharkiv Oblast', lat: 49.9808, lon: 36.2527, events: 2,
    quads: { 1: 0, 2: 0, 3: 0, 4: 2 } }]);
  assert.deepEqual(Object.keys(r.json.events[0]).sort(), ['articleId', 'cameo', 'date', 'eventId', 'evidence', 'lat', 'lon', 'modality', 'placeKey', 'placeName', 'quad', 'sourceCode', 'targetCode'].sort());
  assert.deepEqual(r.json.events.map((e: { articleId: string; evidence: string }) => [e.articleId, e.evidence]), [['geo-2', 'shelled'], ['geo-1', 'shelled']]);
  assert.deepEqual((await get('/api/places?country=USA&limit=10')).json.events.map((e: { placeName: string }) => e.placeName), ['Austin']);
  assert.deepEqual((await get('/api/places?admin1=NZ.E7')).json.places.map((p: { name: string }) => p.name), ['Auckland']);
  const doc = (await get('/api')).json as { endpoints: Array<{ path: string }> };
  assert.ok(doc.endpoints.some((e) => e.path === 'GET /api/places'));
  for (const bad of ['bbox=1,2,3', 'bbox=0,50,10,40', 'bbox=200,0,10,10', 'country=ukr', 'limit=0', 'admin1=Texas', 'colour=red']) {
    const b = await get('/api/places?' + bad);
    assert.equal(b.status, 400, bad);
    assert.equal(b.json.error.code, 'E_PARAM', bad);
  }
});
