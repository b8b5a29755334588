import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { serve, type RunningServer } from '../../src/http/server.js';
import { ArticleCoder } from '../../src/http/article-coder.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { hostileArticle, sampleCorpus } from '../store/fixtures.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-http-'));
let store: SqliteStore;
let srv: RunningServer;
const TOKEN = 'test-token-0123456789abcdef';
let writable: RunningServer;
let writeStore: SqliteStore;

before(async () => {
  store = openSqliteStore(path.join(dir, 'read.sqlite'));
  for (const a of [...sampleCorpus(), hostileArticle()]) await store.putArticle(a);
  srv = await serve(store, { port: 0 });
  writeStore = openSqliteStore(path.join(dir, 'write.sqlite'));
  writable = await serve(writeStore, { port: 0, allowWrite: true, token: TOKEN, coder: () => new ArticleCoder(), maxBodyBytes: 64 * 1024 });
});
after(async () => {
  await srv.close();
  await writable.close();
  await store.close();
  await writeStore.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Reply { status: number; headers: http.IncomingHttpHeaders; body: string; json: () => any }

/** A raw HTTP request (node:http, so Host and other headers are exactly what we say). */
function request(base: string, p: string, opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, path: p, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode!, headers: res.headers, body, json: () => JSON.parse(body) });
      });
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}
const get = (p: string, headers?: Record<string, string>) => request(srv.url, p, { headers });

test('the server binds 127.0.0.1 by default and answers the API with JSON', async () => {
  assert.equal((srv.server.address() as { address: string }).address, '127.0.0.1');
  const stats = await get('/api/stats');
  assert.equal(stats.status, 200);
  assert.match(stats.headers['content-type']!, /^application\/json/);
  assert.equal(stats.json().articles, 5);
  const ev = (await get('/api/events?source=CHN&target=RUS&modality=asserted')).json() as { id: string }[];
  assert.equal(ev.length, 5);
  const series = (await get('/api/series?source=RUS&target=UKR&interval=month&both=true')).json() as { count: number }[];
  assert.deepEqual(series.map((p) => p.count), [2, 1]); // shelling and accusation in February, the threat in March
  const net = (await get('/api/network?from=2024-01-01&to=2024-02-10')).json() as { edges: unknown[] };
  assert.equal(net.edges.length, 4);
  const art = (await get('/api/articles/' + encodeURIComponent('wire-1'))).json() as { article: { events: unknown[] } };
  assert.equal(art.article.events.length, 4);
  const doc = (await get('/api')).json() as { endpoints: unknown[] };
  assert.ok(doc.endpoints.length >= 9);
});

test('bad parameters get a JSON error with a code, never a crash', async () => {
  const cases: [string, number, string][] = [
    ['/api/events?quad=9', 400, 'E_PARAM'], ['/api/events?from=yesterday', 400, 'E_PARAM'], ['/api/events?colour=red', 400, 'E_PARAM'],
    ['/api/events?actor=a&actor=b', 400, 'E_PARAM'], ['/api/events?limit=100000', 400, 'E_PARAM'], ['/api/series', 400, 'E_PARAM'],
    ['/api/search?q=', 400, 'E_PARAM'], ['/api/nothing', 404, 'E_NOT_FOUND'], ['/api/articles/no-such-id', 404, 'E_NOT_FOUND'],
    ['/api/articles/%E0%A4%A', 400, 'E_PARAM'], ['/api/events?code=1%27%3B', 400, 'E_PARAM'], ['/' + 'a'.repeat(5000), 414, 'E_URL_TOO_LONG'],
  ];
  for (const [p, status, code] of cases) {
    const r = await get(p);
    assert.equal(r.status, status, p);
    assert.equal(r.json().error.code, code, p);
    assert.equal(typeof r.json().error.message, 'string');
  }
  const post = await request(srv.url, '/api/events', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
  assert.equal(post.status, 405);
  assert.equal(post.json().error.code, 'E_METHOD');
  assert.equal((await get('/api/stats')).status, 200, 'still serving');
});

test('injection strings in every filter are answered as data (200 or 400), and change nothing', async () => {
  const before = (await get('/api/stats')).json();
  const bad = ["' OR 1=1 --", '"; DROP TABLE events; --', 'RUS%', '\\', '%00', '<script>alert(1)</script>', 'NEAR(a b)', '*'];
  const params: Record<string, string[]> = {
    '/api/events': ['actor', 'source', 'target', 'code', 'from', 'to', 'modality', 'article'],
    '/api/series': ['source', 'target'], '/api/network': ['actor', 'from'], '/api/quotes': ['speaker', 'q', 'article'],
    '/api/actors': ['q'], '/api/clusters': ['actor', 'root'], '/api/search': ['q'],
  };
  for (const [route, names] of Object.entries(params)) {
    for (const name of names) {
      for (const b of bad) {
        const extra = route === '/api/series' && name !== 'source' ? '&source=RUS' : '';
        const r = await get(`${route}?${name}=${encodeURIComponent(b)}${extra}`);
        assert.ok(r.status === 200 || r.status === 400, `${route} ${name}=${b}: ${r.status} ${r.body}`);
        if (r.status === 200 && !['/api/search', '/api/actors'].includes(route)) {
          const body = r.json();
          const rows = Array.isArray(body) ? body : body.edges;
          assert.deepEqual(rows, [], `${route} ${name}=${b}`);
        }
      }
    }
  }
  assert.deepEqual((await get('/api/stats')).json(), before);
});

test('the page and the API carry security headers; a foreign Host header is refused', async () => {
  const page = await get('/');
  assert.equal(page.status, 200);
  assert.match(page.headers['content-type']!, /^text\/html/);
  assert.match(String(page.headers['content-security-policy']), /script-src 'self'/);
  assert.equal(page.headers['x-content-type-options'], 'nosniff');
  assert.ok(!/innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test((await get('/app.js')).body), 'the page script never parses HTML strings');
  const rebinding = await get('/api/stats', { host: 'attacker.example:80' });
  assert.equal(rebinding.status, 421);
  assert.equal(rebinding.json().error.code, 'E_HOST');
  assert.equal((await get('/../package.json')).status, 404);
});

test('writes are off by default; when on they need the token and respect the size limit', async () => {
  const body = JSON.stringify({ id: 'posted-1', date: '2024-04-01', text: 'Russia and China signed a trade deal in Moscow.' });
  const json = { 'content-type': 'application/json' };
  const off = await request(srv.url, '/api/articles', { method: 'POST', body, headers: json });
  assert.equal(off.status, 403);
  assert.equal(off.json().error.code, 'E_WRITE_DISABLED');
  const none = await request(writable.url, '/api/articles', { method: 'POST', body, headers: json });
  assert.equal(none.status, 401);
  const wrong = await request(writable.url, '/api/articles', { method: 'POST', body, headers: { ...json, authorization: 'Bearer ' + 'x'.repeat(TOKEN.length) } });
  assert.equal(wrong.status, 401);
  const auth = { ...json, authorization: 'Bearer ' + TOKEN };
  const ok = await request(writable.url, '/api/articles', { method: 'POST', body, headers: auth });
  assert.equal(ok.status, 200, ok.body);
  assert.deepEqual(ok.json().results.map((r: { status: string }) => r.status), ['inserted']);
  const again = await request(writable.url, '/api/articles', { method: 'POST', body, headers: auth });
  assert.deepEqual(again.json().results.map((r: { status: string }) => r.status), ['duplicate']);
  assert.equal((await writeStore.counts()).articles, 1);
  const big = await request(writable.url, '/api/articles', { method: 'POST', body: JSON.stringify({ text: 'x'.repeat(100 * 1024) }), headers: auth });
  assert.equal(big.status, 413);
  assert.equal(big.json().error.code, 'E_TOO_LARGE');
  const notJson = await request(writable.url, '/api/articles', { method: 'POST', body: '{"text": ', headers: auth });
  assert.equal(notJson.json().error.code, 'E_JSON');
  const wrongType = await request(writable.url, '/api/articles', { method: 'POST', body: '{"text": 42}', headers: auth });
  assert.equal(wrongType.json().error.code, 'E_PARAM');
  await assert.rejects(serve(store, { allowWrite: true, token: 'short' }), /E_TOKEN|16 characters/);
});
