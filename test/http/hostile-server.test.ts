/**
 * Issue 20, the server: a posted article is coded and stored in the coder's thread, so the event loop keeps answering
 * (GET /api/stats while a hostile article is coded; how fast is measured by `npm run bench:hostile`, case
 * server-post, not asserted here); an article over its budget is one E_BUDGET result;
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

test('GET /api/stats is answered throughout while a hostile article is coded and stored (in the coding thread)', async () => {
  // the coding thread loads its resources with the first article
  assert.equal((await post({ id: 'warm', text: 'China criticized Japan on Monday.' })).status, 200);
  const before = (await (await fetch(`${srv.url}/api/stats`)).json() as { articles: number }).articles;
  const hostile = hostileCase('long-token').make(3).toString('utf8'); // a news article with a 60 kB base64 blob
  let coding = true;
  const posted = post({ id: 'hostile', text: hostile }).finally(() => { coding = false; });
  // every request started while the article was being coded or stored is answered (one after another)
  const answers: number[] = [];
  while (coding) {
    const r = await fetch(`${srv.url}/api/stats`, { signal: AbortSignal.timeout(60_000) });
    assert.equal(r.status, 200);
    answers.push((await r.json() as { articles: number }).articles);
    await new Promise((res) => setTimeout(res, 20));
  }
  const answer = await posted;
  assert.equal(answer.status, 200);
  assert.deepEqual(answer.json.results, [{ id: 'hostile', status: 'inserted', events: answer.json.results[0].events }]);
  assert.ok(answers.length >= 3, `the article was coded too fast to watch (${answers.length} requests)`);
  // every one answered with the counts as they were then: before the article, or with it once it was committed
  for (const n of answers) assert.ok(n === before || n === before + 1, `articles ${n}`);
  // stored by the coding thread's own connection, read back through the server's: whole, at the same offsets
  const stored = (await (await fetch(`${srv.url}/api/articles/hostile`)).json() as { article: { text: string; events: unknown[] } }).article;
  assert.equal(stored.text.length, hostile.length);
  assert.ok(stored.text === hostile, 'the stored text differs from the posted one');
  assert.equal(stored.events.length, answer.json.results[0].events);
  assert.equal((await (await fetch(`${srv.url}/api/stats`)).json() as { articles: number }).articles, before + 1);
  // posted again: a duplicate, nothing stored twice
  assert.deepEqual((await post({ id: 'hostile', text: hostile })).json.results, [{ id: 'hostile', status: 'duplicate' }]);
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
