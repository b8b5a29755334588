/**
 * Issue 20, the server: a posted article is coded in the coder's thread, so the event loop keeps answering (GET
 * /api/stats within 200 ms while a hostile article is coded); an article over its budget is one E_BUDGET result;
 * refused or oversized uploads and slow headers close the connection instead of reading on; a repeated Host or
 * Authorization header is refused; the Bearer scheme is matched case-insensitively.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ArticleCoder } from '../../src/http/article-coder.js';
import { serve, type RunningServer } from '../../src/http/server.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { hostileCase } from '../../bench/hostile-cases.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-hostile-http-'));
const TOKEN = 'test-token-0123456789abcdef';
let store: SqliteStore;
let srv: RunningServer;
let readOnly: RunningServer;

before(async () => {
  store = openSqliteStore(path.join(dir, 'w.sqlite'));
  srv = await serve(store, { port: 0, allowWrite: true, token: TOKEN, coder: () => new ArticleCoder() });
  readOnly = await serve(store, { port: 0 });
});
after(async () => {
  await srv.close();
  await readOnly.close();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Raw { status: number; head: string; body: string; closedMs: number }

/**
 * A request written on a raw socket: `head` lines, then `chunks` of the body one every `everyMs` (a slow upload).
 * Resolves when the server closes the connection (or after `waitMs`), with the answer and when the close came.
 */
function raw(base: string, head: string[], chunks: string[] = [], everyMs = 50, waitMs = 20_000, endHead = true): Promise<Raw> {
  const u = new URL(base);
  return new Promise((resolve) => {
    const t0 = Date.now();
    const s = net.connect(Number(u.port), u.hostname);
    let got = '';
    let i = 0;
    s.on('connect', () => {
      s.write(head.join('\r\n') + (endHead ? '\r\n\r\n' : '\r\n'));
      const iv = setInterval(() => {
        if (s.destroyed || i >= chunks.length) { clearInterval(iv); return; }
        s.write(chunks[i++]!);
      }, everyMs);
    });
    const done = (): void => {
      clearTimeout(timer);
      const [h = '', b = ''] = got.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(h)?.[1] ?? 0), head: h, body: b, closedMs: Date.now() - t0 });
    };
    s.on('data', (d) => { got += d.toString('utf8'); });
    s.on('close', done);
    s.on('error', () => undefined);
    const timer = setTimeout(() => { s.destroy(); }, waitMs);
  });
}

async function post(body: unknown, auth = `Bearer ${TOKEN}`): Promise<{ status: number; json: any }> {
  const r = await fetch(`${srv.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: auth }, body: JSON.stringify(body) });
  return { status: r.status, json: await r.json() };
}

test('GET /api/stats answers within 200 ms while a hostile article is being coded (9 in 10; all within 1 s)', async () => {
  // the coding thread loads its resources with the first article
  assert.equal((await post({ id: 'warm', text: 'China criticized Japan on Monday.' })).status, 200);
  const hostile = hostileCase('long-token').make(3).toString('utf8'); // a news article with a 60 kB base64 blob
  let coding = true;
  const posted = post({ id: 'hostile', text: hostile }).finally(() => { coding = false; });
  const lat: number[] = [];
  while (coding) {
    const t = performance.now();
    const r = await fetch(`${srv.url}/api/stats`);
    await r.json();
    if (coding) lat.push(performance.now() - t);
    await new Promise((res) => setTimeout(res, 20));
  }
  const answer = await posted;
  assert.equal(answer.status, 200);
  assert.equal(answer.json.results[0].status, 'inserted');
  assert.ok(lat.length >= 3, `the article was coded too fast to measure (${lat.length} requests)`);
  lat.sort((a, b) => a - b);
  // in-process coding made every one of them wait for the whole article (seconds); on a machine shared with other
  // jobs a scheduling pause can still delay one request, so 9 in 10 must answer within 200 ms and all within 1 s
  const p90 = lat[Math.floor(lat.length * 0.9)]!;
  const detail = `${lat.length} requests, median ${Math.round(lat[lat.length >> 1]!)} ms, 90th percentile ${Math.round(p90)} ms, slowest ${Math.round(lat.at(-1)!)} ms`;
  assert.ok(p90 < 200, detail);
  assert.ok(lat.at(-1)! < 1000, detail);
});

test('an article over its time budget is one E_BUDGET result; the server and the next articles go on', async () => {
  const tight = await serve(store, { port: 0, allowWrite: true, token: TOKEN, coder: () => new ArticleCoder({ budgetMs: 1 }) });
  try {
    const r = await fetch(`${tight.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify([{ id: 'b1', text: 'China criticized Japan on Monday. '.repeat(200) }, { id: 'b2', text: 'Russia warned Ukraine.' }]) });
    const json = await r.json() as { results: { id: string; status: string; error?: { code: string } }[] };
    assert.equal(r.status, 200);
    assert.deepEqual(json.results.map((x) => [x.id, x.status, x.error?.code]), [['b1', 'error', 'E_BUDGET'], ['b2', 'error', 'E_BUDGET']]);
    assert.equal((await fetch(`${tight.url}/api/stats`)).status, 200);
  } finally {
    await tight.close();
  }
});

test('a refused or oversized streamed upload is answered and the connection closed, not read on', async () => {
  const head = (auth: string): string[] => ['POST /api/articles HTTP/1.1', 'Host: localhost', 'Content-Type: application/json', 'Transfer-Encoding: chunked', auth];
  const chunk = `4000\r\n${'x'.repeat(0x4000)}\r\n`;
  const many = Array.from({ length: 400 }, () => chunk); // 6.4 MB over 20 s if the server kept reading
  const refused = await raw(readOnly.url, head(`Authorization: Bearer ${TOKEN}`), many);
  assert.equal(refused.status, 403);
  assert.ok(refused.closedMs < 5_000, `closed after ${refused.closedMs} ms`);
  const big = await raw(srv.url, head(`Authorization: Bearer ${TOKEN}`), many);
  assert.equal(big.status, 413);
  assert.match(big.body, /E_TOO_LARGE/);
  assert.ok(big.closedMs < 5_000, `closed after ${big.closedMs} ms`);
  // a good request on its own connection still works
  assert.equal((await fetch(`${srv.url}/api/stats`)).status, 200);
});

test('headers sent slowly are cut at 10 s', async () => {
  const r = await raw(srv.url, ['GET /api/stats HTTP/1.1', 'Host: localhost'], Array.from({ length: 400 }, (_, i) => `X-Slow-${i}: y\r\n`), 100, 30_000, false);
  assert.ok(r.closedMs >= 9_000 && r.closedMs < 13_000, `closed after ${r.closedMs} ms`);
});

test('a repeated Host or Authorization header is refused; the Bearer scheme is case-insensitive', async () => {
  const twice = await raw(srv.url, ['GET /api/stats HTTP/1.1', 'Host: localhost', 'Host: evil.example', 'Connection: close']);
  assert.equal(twice.status, 400);
  assert.match(twice.body, /E_HEADER.*Host/);
  const auth = await raw(srv.url, ['POST /api/articles HTTP/1.1', 'Host: localhost', 'Content-Type: application/json', 'Content-Length: 2',
    `Authorization: Bearer ${TOKEN}`, 'Authorization: Bearer nope', 'Connection: close'], ['{}']);
  assert.equal(auth.status, 400);
  for (const scheme of ['bearer', 'BEARER', 'Bearer ']) {
    const r = await post({ id: `case-${scheme.trim()}`, text: 'Germany praised France.' }, `${scheme} ${TOKEN}`);
    assert.equal(r.status, 200, scheme);
  }
  assert.equal((await post({ text: 'x' }, `Basic ${TOKEN}`)).status, 401);
  assert.equal((await post({ text: 'x' }, `Bearer ${TOKEN}x`)).status, 401);
});

test('offsets past 10,000 are refused with a hint; 10,000 itself is answered', async () => {
  const deep = await fetch(`${readOnly.url}/api/events?offset=10001`);
  assert.equal(deep.status, 400);
  const body = await deep.json() as { error: { code: string; message: string } };
  assert.equal(body.error.code, 'E_PARAM');
  assert.match(body.error.message, /offset: at most 10000; narrow the query/);
  assert.equal((await fetch(`${readOnly.url}/api/events?offset=10000`)).status, 200);
  assert.equal((await fetch(`${readOnly.url}/api/actors?offset=10000&limit=5`)).status, 200);
});
