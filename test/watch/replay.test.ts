/**
 * The replay: a month of Wikinews and VOA stories served as dated feed items, plus one scripted dyad. A steady month
 * raises no alert; a month whose fourth week turns the dyad to armed conflict raises the expected alerts, each naming
 * the scripted events behind it. Skipped (with the reason) where ../shared is absent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { actorKey } from '../../src/watch/alerts/observations.js';
import { res, tempDir } from './helpers.js';
import { corpusStories, replayMonth, replaySkip, type ReplayResult } from './replay.js';

const dir = tempDir('dyad-watch-replay-');
after(() => fs.rmSync(dir, { recursive: true, force: true }));
const skip = replaySkip();
let month: Promise<Record<'steady' | 'shift', ReplayResult>> | null = null;
/** Both months, replayed once for the two tests (they share their first three weeks). */
const months = (): Promise<Record<'steady' | 'shift', ReplayResult>> => (month ??= (async () => { res(); return replayMonth(dir, await corpusStories()); })());

test('replay: a steady month of 372 corpus stories and a cooperative dyad raises no alert', { skip }, async () => {
  const r = (await months()).steady;
  assert.ok(r.articles >= 390, `${r.articles} articles stored`);
  assert.deepEqual(r.alerts.map((a) => `${a.rule} ${a.scope} ${a.source}>${a.target} ${a.window.from}`), []);
  assert.deepEqual(r.lines, []);
});

test('replay: the dyad turning to armed conflict in week four raises shift, first-conflict, surge and drift alerts naming its events', { skip }, async () => {
  const r = (await months()).shift;
  const store = openSqliteStore(path.join(dir, 'replay-shift.sqlite'));
  try {
    const got = new Set(r.alerts.map((a) => `${a.rule} ${a.scope} ${a.source}${a.target ? '>' + a.target : ''}`));
    for (const want of ['shift dyad IDN>MYS', 'shift actor IDN', 'shift actor MYS', 'first-conflict dyad IDN>MYS', 'surge dyad IDN>MYS', 'drift dyad IDN>MYS']) {
      assert.ok(got.has(want), `missing ${want}; got ${[...got].join(', ')}`);
    }
    for (const a of r.alerts) {
      // nothing about the corpus stories: every alert is about the scripted dyad, in the week it turned, and names its events
      assert.ok(['IDN', 'MYS'].includes(a.source) && (a.target === null || ['IDN', 'MYS'].includes(a.target)), JSON.stringify(a));
      assert.ok(a.window.to >= '2024-03-25', `${a.rule}: window ${JSON.stringify(a.window)} before the shift`);
      assert.ok(a.eventIds.length > 0);
      let scripted = 0;
      for (const id of a.eventIds) {
        const article = id.slice(0, id.lastIndexOf(':'));
        if (r.scripted.has(article) && article.startsWith('scripted:shift:')) scripted++;
        // a dyad alert names only the scripted reports; an actor alert also names that week's corpus events of the actor
        else assert.equal(a.scope, 'actor', `${a.rule} ${a.scope} names ${id}`);
        const stored = await store.events({ article, limit: 100 });
        const ev = stored.find((e) => `${e.article}:${e.id}` === id);
        assert.ok(ev, `${id} is a stored event`);
        assert.equal(ev.modality, 'asserted');
        const sides = [actorKey(ev.sourceCode, 'country'), actorKey(ev.targetCode, 'country')];
        assert.ok(sides.includes(a.source) && (a.target === null || sides.includes(a.target)), `${id} (${sides.join('>')}) is an event of ${a.source}>${a.target}`);
      }
      assert.ok(scripted > a.eventIds.length / 2, `${a.rule} ${a.scope} ${a.source}: mostly the scripted reports`);
    }
    const shift = r.alerts.find((a) => a.rule === 'shift' && a.scope === 'dyad')!;
    assert.deepEqual(shift.window, { from: '2024-03-25', to: '2024-03-31' });
    assert.ok((shift.numbers.z as number) <= -3 && (shift.numbers.delta as number) <= -2);
    const first = r.alerts.find((a) => a.rule === 'first-conflict')!;
    assert.equal(first.window.from, '2024-03-25');
    assert.equal(first.numbers.sources, 2);
    // every alert went to the JSON lines sink, once
    assert.deepEqual(r.lines.map((l) => (JSON.parse(l) as { id: string }).id).sort(), r.alerts.map((a) => a.id).sort());
  } finally { await store.close(); }
});
