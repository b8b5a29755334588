/**
 * The HTTP API under hostile requests: every parameter of every endpoint (taken from the zod schemas, so none is
 * forgotten) gets injection and junk values; request size limits; and the write endpoint gets the bad inputs of
 * issue 7 (empty, blank, not English, invalid UTF-8, huge, deeply nested JSON, control characters and emoji).
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { z } from 'zod';
import { API_DOC } from '../../src/http/api-doc.js';
import { serve, type RunningServer } from '../../src/http/server.js';
import { actorsParams, clustersParams, eventsParams, networkParams, quotesParams, searchParams, seriesParams } from '../../src/query/params.js';
import { ArticleCoder } from '../../src/http/article-coder.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { hostileArticle, sampleCorpus } from '../store/fixtures.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-http-hostile-'));
const TOKEN = 'hostile-token-0123456789';
let store: SqliteStore;
let srv: RunningServer;
before(async () => {
  store = openSqliteStore(path.join(dir, 'h.sqlite'));
  for (const a of [...sampleCorpus(), hostileArticle()]) await store.putArticle(a);
  srv = await serve(store, { port: 0, allowWrite: true, token: TOKEN, coder: () => new ArticleCoder() });
});
after(async () => {
  await srv.close();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Reply { status: number; body: string; json: () => any }
function request(p: string, opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer; chunks?: Buffer[] } = {}): Promise<Reply> {
  const u = new URL(srv.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, path: p, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => { const body = Buffer.concat(chunks).toString('utf8'); resolve({ status: res.statusCode!, body, json: () => JSON.parse(body) }); });
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    for (const c of opts.chunks ?? []) req.write(c);
    req.end();
  });
}
const post = (body: string | Buffer, headers: Record<string, string> = {}): Promise<Reply> =>
  request('/api/articles', { method: 'POST', body, headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers } });

const SCHEMAS: Record<string, z.ZodObject> = {
  '/api/events': eventsParams, '/api/series': seriesParams, '/api/network': networkParams, '/api/quotes': quotesParams,
  '/api/actors': actorsParams, '/api/clusters': clustersParams, '/api/search': searchParams,
};
/** Values a required parameter takes while another one is attacked. */
const REQUIRED: Record<string, Record<string, string>> = { '/api/series': { source: 'RUS' }, '/api/search': { q: 'Russia' } };
const HOSTILE = [
  "' OR 1=1 --", "1' OR '1'='1", '"; DROP TABLE events; --', '1; DELETE FROM articles', 'RUS%', '_', '\\', '\u0000', '%00', '<script>alert(1)</script>',
  'NEAR(a b)', '*', '" OR "', 'a"b', '-1', '0', '1e309', 'NaN', 'Infinity', '0x10', '9'.repeat(400), ' ', '\u202e', '\u{1F4A3}', 'x'.repeat(3000),
  '2024-02-30', '2024-13-01', 'true; --', 'asserted\' --', '[]', '{"$gt": ""}',
];

test('GET /api documents exactly the parameters each endpoint validates with zod', async () => {
  const doc = (await request('/api')).json() as typeof API_DOC;
  for (const [route, schema] of Object.entries(SCHEMAS)) {
    const entry = doc.endpoints.find((e) => e.path === `GET ${route}`);
    assert.ok(entry, `${route} is not documented`);
    const documented = [...entry.params as readonly string[]].map((p) => p.split(' ')[0]).sort();
    assert.deepEqual(documented, Object.keys(schema.shape).sort(), route);
  }
});

test('every parameter of every endpoint: injection and junk values are data (200 or 400 JSON), never a 500, and change nothing', async () => {
  const before = (await request('/api/stats')).json();
  let tried = 0;
  for (const [route, schema] of Object.entries(SCHEMAS)) {
    for (const name of Object.keys(schema.shape)) {
      for (const bad of HOSTILE) {
        const params = new URLSearchParams({ ...REQUIRED[route], [name]: bad });
        const r = await request(`${route}?${params}`);
        tried++;
        assert.ok(r.status === 200 || r.status === 400, `${route} ${name}=${JSON.stringify(bad).slice(0, 60)}: ${r.status} ${r.body.slice(0, 200)}`);
        const body = r.json();
        if (r.status === 400) assert.equal(body.error.code, 'E_PARAM', r.body);
      }
    }
  }
  // The article path too.
  for (const bad of HOSTILE) {
    const r = await request(`/api/articles/${encodeURIComponent(bad)}`);
    assert.ok(r.status === 404 || r.status === 400, `article ${bad}: ${r.status}`);
  }
  assert.ok(tried > 1000);
  assert.deepEqual((await request('/api/stats')).json(), before);
  assert.equal((await request('/api/events?source=RUS&target=UKR')).status, 200);
});

test('request limits: headers, parameter count, body size (declared or streamed), batch size, content type', async () => {
  const bigHeader = await request('/api/stats', { headers: { 'x-junk': 'j'.repeat(20 * 1024) } });
  assert.equal(bigHeader.status, 431);
  const many = new URLSearchParams(Array.from({ length: 33 }, (_, i) => [`p${i}`, '1'])).toString();
  assert.equal((await request(`/api/events?${many}`)).json().error.code, 'E_PARAM');
  // 50 MB declared: refused from the header, before the body is read.
  const started = Date.now();
  const declared = await new Promise<number>((resolve, reject) => {
    const u = new URL(srv.url);
    const sock = net.connect(Number(u.port), u.hostname, () => {
      sock.write(`POST /api/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Length: ${50 * 1024 * 1024}\r\n\r\n{"text":"`);
    });
    let got = '';
    sock.on('data', (d) => { got += d.toString(); const m = /^HTTP\/1\.1 (\d+)/.exec(got); if (m) { resolve(Number(m[1])); sock.destroy(); } });
    sock.on('error', reject);
  });
  assert.equal(declared, 413);
  assert.ok(Date.now() - started < 5000);
  // Streamed without a length (chunked): cut off at the limit.
  const chunk = Buffer.alloc(256 * 1024, 0x61);
  const streamed = await request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, chunks: [Buffer.from('{"text":"'), chunk, chunk, chunk, chunk, chunk] });
  assert.equal(streamed.status, 413);
  assert.equal(streamed.json().error.code, 'E_TOO_LARGE');
  const tooMany = await post(JSON.stringify(Array.from({ length: 1001 }, (_, i) => ({ text: `Article ${i}.` }))));
  assert.equal(tooMany.status, 400);
  assert.equal((await post('{"text":"x"}', { 'content-type': 'text/plain' })).status, 415);
  assert.equal((await request('/api/stats')).status, 200, 'still serving');
});

test('POST /api/articles: bad input of every kind gets a clear error or a documented result; good text keeps exact offsets', async () => {
  const count = async (): Promise<number> => (await request('/api/stats')).json().articles as number;
  const start = await count();
  // Wrong shapes and types: 400 with the field named.
  for (const body of ['{"text": ""}', '{"text": 12}', '{"text": null}', '{"id": 5, "text": "x"}', '[]', '"text"', '{"text": "a", "extra": 1}', '{"text": "a", "date": "yesterday"}']) {
    const r = await post(body);
    assert.equal(r.status, 400, body);
    assert.equal(r.json().error.code, 'E_PARAM', body);
  }
  // Not JSON at all: binary, deeply nested, truncated.
  for (const body of [Buffer.from([0, 1, 2, 0xff, 0xfe]), '['.repeat(200_000), '{"text": "abc']) {
    const r = await post(body);
    assert.equal(r.status, 400);
    assert.ok(['E_JSON', 'E_PARAM', 'E_UTF8'].includes(r.json().error.code), r.body.slice(0, 200));
  }
  // Invalid UTF-8 inside a JSON string: refused, not stored with replacement characters.
  const latin1 = Buffer.concat([Buffer.from('{"text": "Caf'), Buffer.from([0xe9]), Buffer.from(' au lait, the minister said."}')]);
  const bad = await post(latin1);
  assert.equal(bad.status, 400, bad.body);
  assert.equal(bad.json().error.code, 'E_UTF8');
  assert.equal(await count(), start, 'nothing stored so far');

  // Blank text and a non-English article: per-article errors, like dyad ingest (not coded, not stored).
  const fr = fs.readFileSync(path.resolve(import.meta.dirname, '../../../test/fixtures/ingest/non-english/fr.txt'), 'utf8');
  const mixed = await post(JSON.stringify([{ id: 'blank', text: ' \n\t ' }, { id: 'french', text: fr }, { id: 'fine', text: 'Germany praised France for the treaty.' }]));
  assert.equal(mixed.status, 200, mixed.body);
  const results = mixed.json().results as { id: string; status: string; error?: { code: string; message: string } }[];
  assert.deepEqual(results.map((r) => [r.id, r.status, r.error?.code]), [['blank', 'error', 'E_EMPTY'], ['french', 'error', 'E_LANGUAGE'], ['fine', 'inserted', undefined]]);
  assert.match(results[1]!.error!.message, /not English \(skipped\)/);
  assert.equal(await count(), start + 1);

  // Control characters become spaces (one for one), emoji and combining marks stay: offsets exact in what is served.
  const text = 'Zoe\u0308 \u{1F44D}\u{1F3FD} \u{1F1FA}\u{1F1E6}\u0001 said: <script>alert(1)</script> Russia threatened Ukraine.';
  const ok = await post(JSON.stringify({ id: 'tricky', text }));
  assert.deepEqual(ok.json().results.map((r: { status: string }) => r.status), ['inserted']);
  const served = (await request('/api/articles/tricky')).json().article as { text: string; events: { evidence: { start: number; end: number } }[]; actors: { name: string; mentions: { start: number; end: number }[] }[] };
  assert.equal(served.text, text.replace('\u0001', ' '));
  const at = served.text.indexOf('Russia');
  assert.ok(served.actors.some((a) => a.mentions.some((m) => m.start === at && m.end === at + 6)), JSON.stringify(served.actors));
  assert.ok(served.events.length >= 1);
  for (const e of served.events) assert.match(served.text.slice(e.evidence.start, e.evidence.end), /threatened/);
});
