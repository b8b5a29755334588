/** GET /api/alerts and the server-sent-events stream, in-process against a real SQLite store and a real server. */
import fs from 'node:fs';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../../src/http/server.js';
import type { Alert } from '../../src/store/watch-store.js';
import { freshStore, tempDir } from './helpers.js';

const dir = tempDir('dyad-watch-api-');
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const alert = (id: string, createdAt: string): Alert => ({
  id, rule: 'first-conflict', scope: 'dyad', source: 'IDN', target: 'MYS', window: { from: '2024-03-25', to: '2024-03-27' },
  numbers: { sources: 2, events: 3 }, eventIds: ['a:e1', 'b:e1', 'c:e2'], createdAt, message: `alert ${id}`,
});

/** Reads server-sent events until `n` arrived (or the time is up). */
async function events(url: string, n: number, headers: Record<string, string> = {}): Promise<{ id: string; event: string; data: string }[]> {
  const ac = new AbortController();
  const out: { id: string; event: string; data: string }[] = [];
  const timer = setTimeout(() => ac.abort(), 8000);
  try {
    const res = await fetch(url, { headers, signal: ac.signal });
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buf = '';
    while (out.length < n) {
      const { done, value } = await reader.read();
      if (done) break;
      buf += value;
      let i: number;
      while ((i = buf.indexOf('\n\n')) >= 0) {
        const lines = buf.slice(0, i).split('\n').filter((l) => !l.startsWith(':') && l.includes(':'));
        buf = buf.slice(i + 2);
        const f = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
        if (f.event) out.push(f as { id: string; event: string; data: string });
      }
    }
  } catch { /* aborted: return what came */ } finally {
    clearTimeout(timer);
    ac.abort();
  }
  return out;
}

test('GET /api/alerts lists alerts in the documented shape, filtered by since, limited, and refuses bad parameters with 400', async () => {
  const store = freshStore(dir);
  await store.putAlerts([alert('a1', '2024-03-25T10:00:00.000Z'), alert('a2', '2024-03-26T10:00:00.000Z'), alert('a3', '2024-03-27T10:00:00.000Z')], [], { from: 0, to: 3 });
  const srv = await serve(store);
  try {
    const get = async (q: string) => { const r = await fetch(`${srv.url}/api/alerts${q}`); return { status: r.status, body: await r.json() as Record<string, unknown> }; };
    let r = await get('');
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, { alerts: [alert('a1', '2024-03-25T10:00:00.000Z'), alert('a2', '2024-03-26T10:00:00.000Z'), alert('a3', '2024-03-27T10:00:00.000Z')] });
    r = await get('?since=2024-03-26T00:00:00Z&limit=1');
    assert.deepEqual((r.body.alerts as Alert[]).map((a) => a.id), ['a2']);
    r = await get('?since=2024-03-26');
    assert.deepEqual((r.body.alerts as Alert[]).map((a) => a.id), ['a2', 'a3']);
    r = await get('?since=2024-03-26T12:00:00%2B02:00');
    assert.deepEqual((r.body.alerts as Alert[]).map((a) => a.id), ['a2', 'a3'], 'an offset is honoured (10:00Z is after 12:00+02:00)');
    for (const bad of ['?since=yesterday', '?since=2024-13-45', '?limit=0', '?limit=1001', '?limit=x', '?rule=shift', "?since=' OR 1=1 --", '?since=2024-03-26&since=2024-03-27']) {
      r = await get(bad);
      assert.equal(r.status, 400, bad);
      assert.equal((r.body.error as { code: string }).code, 'E_PARAM', bad);
    }
    const doc = await (await fetch(`${srv.url}/api`)).json() as { endpoints: { path: string; params: string[] }[] };
    assert.deepEqual(doc.endpoints.find((e) => e.path === 'GET /api/alerts')?.params.map((p) => p.split(' ')[0]), ['since', 'limit']);
    assert.deepEqual(doc.endpoints.find((e) => e.path === 'GET /api/alerts/stream')?.params.map((p) => p.split(' ')[0]), ['since']);
  } finally { await srv.close(); await store.close(); }
});

test('GET /api/alerts/stream sends each new alert as `event: alert`; since catches up, Last-Event-ID resumes', async () => {
  const store = freshStore(dir);
  await store.putAlerts([alert('old', '2024-03-25T10:00:00.000Z')], [], { from: 0, to: 1 });
  const srv = await serve(store);
  try {
    // a new alert stored a moment after the stream opened (as a dyad watch in another process would)
    const live = events(`${srv.url}/api/alerts/stream`, 1);
    setTimeout(() => void store.putAlerts([alert('new', '2024-03-26T10:00:00.000Z')], [], { from: 1, to: 2 }), 300);
    const got = await live;
    assert.deepEqual(got.map((e) => [e.event, JSON.parse(e.data)]), [['alert', alert('new', '2024-03-26T10:00:00.000Z')]]);
    // since: what was created since then, then the stream goes on
    const caught = await events(`${srv.url}/api/alerts/stream?since=2024-03-01`, 2);
    assert.deepEqual(caught.map((e) => (JSON.parse(e.data) as Alert).id), ['old', 'new']);
    // Last-Event-ID: what came after that position
    const resumed = await events(`${srv.url}/api/alerts/stream`, 1, { 'last-event-id': caught[0]!.id });
    assert.deepEqual(resumed.map((e) => (JSON.parse(e.data) as Alert).id), ['new']);
    const bad = await fetch(`${srv.url}/api/alerts/stream?limit=5`);
    assert.equal(bad.status, 400);
  } finally { await srv.close(); await store.close(); }
});
