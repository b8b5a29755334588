/**
 * The alert rules over a real SQLite store filled with hand-built coded articles (one event each, dated): each rule
 * fires on the pattern it describes, names the events behind it, stays quiet on a steady stream, counts asserted
 * events only, and never stores an alert twice.
 */
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { DyadError } from '../../src/core/errors.js';
import type { Modality } from '../../src/core/types.js';
import type { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { evaluateAlerts } from '../../src/watch/alerts/evaluate.js';
import { actorKey, poissonTail } from '../../src/watch/alerts/observations.js';
import { defaultRules, loadRules, parseRules, type AlertRules } from '../../src/watch/alerts/rules.js';
import { buildArticle } from '../store/fixtures.js';
import { freshStore, seeded, tempDir } from './helpers.js';

const dir = tempDir('dyad-watch-alerts-');
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const ACTORS: Record<string, { name: string; mention: string }> = {
  CHN: { name: 'China', mention: 'China' }, PHL: { name: 'Philippines', mention: 'the Philippines' },
  JPN: { name: 'Japan', mention: 'Japan' }, KOR: { name: 'South Korea', mention: 'South Korea' }, USA: { name: 'United States', mention: 'the United States' },
};
/** A verb per CAMEO code: quads 1-2 cooperative, 3 verbal conflict, 4 material conflict. */
const VERB: Record<string, string> = {
  '010': 'addressed', '020': 'appealed to', '030': 'pledged support to', '040': 'consulted', '051': 'praised', '060': 'cooperated with',
  '070': 'aided', '080': 'yielded to', '111': 'criticised', '120': 'rebuffed', '130': 'threatened', '140': 'protested against',
  '150': 'mobilised against', '160': 'sanctioned', '170': 'coerced', '180': 'assaulted', '190': 'attacked', '200': 'bombarded',
};
const COOP = ['010', '020', '030', '040', '051', '060', '070', '080'];
const CONFLICT = ['140', '150', '160', '170', '180', '190', '200'];

let seq = 0;
function report(date: string, s: string, t: string, cameo: string, opts: { host?: string; modality?: Modality; text?: string } = {}) {
  const a = ACTORS[s]!;
  const b = ACTORS[t]!;
  const verb = VERB[cameo]!;
  const text = opts.text ?? `${a.mention} ${verb} ${b.mention} on ${date}, officials said (report ${++seq}).`;
  return buildArticle({
    id: `r${++seq}`, date, url: `https://${opts.host ?? 'wire.example'}/${seq}`, text,
    actors: [{ name: a.name, code: s, kind: 'country', mentions: [a.mention] }, { name: b.name, code: t, kind: 'country', mentions: [b.mention] }],
    events: [{ source: a.name, target: b.name, cameo, evidence: verb, ...(opts.modality ? { modality: opts.modality } : {}) }],
  });
}

const day = (start: string, n: number): string => new Date(Date.parse(start + 'T00:00:00Z') + n * 86_400_000).toISOString().slice(0, 10);

async function put(store: SqliteStore, articles: ReturnType<typeof report>[]): Promise<void> {
  for (const a of articles) await store.putArticle(a);
}

async function evaluate(store: SqliteStore, rules: AlertRules, at = '2024-06-01T00:00:00.000Z') {
  const out = [];
  for (;;) {
    const ev = await evaluateAlerts(store, rules, ['stdout'], at);
    out.push(...ev.inserted);
    if (!ev.more) break;
  }
  return out;
}

/** A steady cooperative relation: one report every day, the CAMEO code cycling, so each day is its own cluster. */
function steady(s: string, t: string, from: string, days: number, rnd = seeded(3)) {
  return Array.from({ length: days }, (_, i) => report(day(from, i), s, t, COOP[Math.floor(rnd() * COOP.length)]!));
}

const only = (kind: string): AlertRules => {
  const all = defaultRules();
  return { ...all, rules: all.rules.filter((r) => r.kind === kind) };
};

test('rules: defaults, YAML and JSON files, and clear errors naming the file and the field', () => {
  const d = defaultRules();
  assert.deepEqual(d.rules.map((r) => r.kind), ['shift', 'first-conflict', 'surge', 'drift']);
  assert.equal(d.actorLevel, 'country');
  const yml = path.join(dir, 'rules.yaml');
  fs.writeFileSync(yml, 'actorLevel: code\nrules:\n  - id: big-shift\n    kind: shift\n    z: 4\n    scopes: [dyad]\n  - id: surge\n    kind: surge\n');
  const r = loadRules(yml);
  assert.equal(r.actorLevel, 'code');
  assert.deepEqual(r.rules.map((x) => [x.id, x.kind]), [['big-shift', 'shift'], ['surge', 'surge']]);
  const shift = r.rules[0]!;
  assert.ok(shift.kind === 'shift' && shift.z === 4 && shift.minDelta === 2 && shift.baselineWeeks === 12);
  const json = path.join(dir, 'rules.json');
  fs.writeFileSync(json, JSON.stringify({ rules: [{ id: 'fc', kind: 'first-conflict', lookbackDays: 30 }] }));
  assert.deepEqual(loadRules(json).rules.map((x) => x.id), ['fc']);
  const bad = path.join(dir, 'bad.yaml');
  fs.writeFileSync(bad, 'rules:\n  - id: s\n    kind: shift\n    z: -1\n');
  assert.throws(() => loadRules(bad), (e: unknown) => e instanceof DyadError && e.code === 'E_RULES' && e.origin?.input === bad && /rules\.0\.z/.test(e.message));
  fs.writeFileSync(bad, 'rules: [\n  {id: s, kind: nope}\n');
  assert.throws(() => loadRules(bad), (e: unknown) => e instanceof DyadError && e.code === 'E_RULES' && /not valid YAML/.test(e.message));
  assert.throws(() => parseRules({ rules: [{ id: 'a', kind: 'surge' }, { id: 'a', kind: 'drift' }] }), /used twice/);
  assert.throws(() => parseRules({ rules: [{ id: 'a', kind: 'surge', unknown: 1 }] }), /Unrecognized key|unknown/i);
});

test('actor keys group codes by country; the Poisson tail is exact on known values', () => {
  assert.equal(actorKey('CHNGOVMIL', 'country'), 'CHN');
  assert.equal(actorKey('IGOWSTNAT', 'country'), 'IGOWSTNAT');
  assert.equal(actorKey('CHNGOVMIL', 'code'), 'CHNGOVMIL');
  assert.ok(Math.abs(poissonTail(1, 2) - (1 - Math.exp(-2))) < 1e-12);
  assert.ok(Math.abs(poissonTail(3, 1) - (1 - Math.exp(-1) * (1 + 1 + 0.5))) < 1e-12);
  assert.ok(poissonTail(30, 1) > 0 && poissonTail(30, 1) < 1e-30, 'a tiny tail keeps its size');
});

test('shift: a dyad turning hostile in one week fires once, naming that week\'s events; the steady weeks before do not', async () => {
  const store = freshStore(dir);
  try {
    await put(store, steady('CHN', 'PHL', '2024-03-04', 28)); // four weeks, Monday 4 March to Sunday 31 March
    assert.deepEqual(await evaluate(store, only('shift')), [], 'a steady relation raises nothing');
    const hostile = CONFLICT.map((c, i) => report(day('2024-04-01', i), 'CHN', 'PHL', c));
    await put(store, hostile);
    const alerts = await evaluate(store, only('shift'));
    const dyad = alerts.filter((a) => a.scope === 'dyad');
    assert.equal(dyad.length, 1, JSON.stringify(alerts.map((a) => [a.scope, a.source, a.target])));
    const a = dyad[0]!;
    assert.deepEqual([a.rule, a.source, a.target, a.window], ['shift', 'CHN', 'PHL', { from: '2024-04-01', to: '2024-04-07' }]);
    assert.deepEqual(a.eventIds, hostile.map((h) => `${h.id}:e1`).sort());
    assert.ok((a.numbers.z as number) <= -3 && (a.numbers.delta as number) <= -2, JSON.stringify(a.numbers));
    assert.equal(a.numbers.n, 7);
    assert.match(a.message, /CHN → PHL: week of 2024-04-01 .* towards conflict/);
    // per actor too: both sides of the dyad moved
    assert.deepEqual(alerts.filter((x) => x.scope === 'actor').map((x) => [x.source, x.target]).sort(), [['CHN', null], ['PHL', null]]);
    // the same week judged again (more reports of it arrive) is the same alert, not a second one
    await put(store, [report('2024-04-06', 'CHN', 'PHL', '130')]);
    assert.deepEqual(await evaluate(store, only('shift')), []);
    assert.equal((await store.alerts({})).length, 3);
  } finally { await store.close(); }
});

test('first conflict: fires when two independent outlets report it, not on one outlet, wire copies, or a pair already fighting', async () => {
  const store = freshStore(dir);
  const rules = only('first-conflict');
  try {
    // 100 days of calm cooperation between two pairs: the corpus reaches back over the 90-day lookback
    await put(store, [...steady('JPN', 'KOR', '2024-01-01', 100, seeded(5)), ...steady('USA', 'CHN', '2024-01-01', 100, seeded(6))]);
    await put(store, [report('2024-04-12', 'JPN', 'KOR', '190', { host: 'one.example' })]);
    assert.deepEqual(await evaluate(store, rules), [], 'one outlet: provisional, no alert');
    // a wire copy in another outlet: the same words (one changed), not independent
    const wire = 'Japan attacked South Korea on 2024-04-12, officials said, according to the agency report seen by reporters today.';
    await put(store, [report('2024-04-12', 'JPN', 'KOR', '190', { host: 'two.example', text: wire }),
      report('2024-04-13', 'JPN', 'KOR', '190', { host: 'three.example', text: wire.replace('today', 'on Friday') })]);
    const a1 = await evaluate(store, rules);
    assert.equal(a1.length, 1, 'one.example and the first copy are two outlets');
    assert.deepEqual([a1[0]!.rule, a1[0]!.source, a1[0]!.target, a1[0]!.window], ['first-conflict', 'JPN', 'KOR', { from: '2024-04-12', to: '2024-04-14' }]);
    assert.equal(a1[0]!.numbers.sources, 2, 'the near-copy in three.example adds no outlet');
    assert.equal(a1[0]!.eventIds.length, 3);
    // a second clash ten days later is not a first one
    await put(store, [report('2024-04-22', 'KOR', 'JPN', '190', { host: 'one.example' }), report('2024-04-22', 'KOR', 'JPN', '190', { host: 'four.example' })]);
    assert.deepEqual(await evaluate(store, rules), []);
    // negated and hypothetical reports are not events that happened
    await put(store, [report('2024-04-20', 'USA', 'CHN', '190', { host: 'one.example', modality: 'negated' }), report('2024-04-20', 'USA', 'CHN', '190', { host: 'two.example', modality: 'hypothetical' })]);
    assert.deepEqual(await evaluate(store, rules), []);
  } finally { await store.close(); }
});

test('first conflict is not judged before the corpus reaches back over the lookback', async () => {
  const store = freshStore(dir);
  try {
    await put(store, steady('JPN', 'KOR', '2024-03-01', 20));
    await put(store, [report('2024-03-25', 'JPN', 'KOR', '190', { host: 'one.example' }), report('2024-03-25', 'JPN', 'KOR', '190', { host: 'two.example' })]);
    assert.deepEqual(await evaluate(store, only('first-conflict')), []);
  } finally { await store.close(); }
});

test('surge: a day with many more events than the trailing rate fires, naming them', async () => {
  const store = freshStore(dir);
  try {
    await put(store, steady('USA', 'CHN', '2024-02-01', 40, seeded(9)));
    assert.deepEqual(await evaluate(store, only('surge')), []);
    // two days after the last steady report, so no burst event joins an earlier cluster (same dyad and code within 2 days)
    const burst = ['010', '020', '030', '040', '051', '060', '070'].map((c, i) => report('2024-03-14', 'USA', 'CHN', c, { host: `o${i % 3}.example` }));
    await put(store, burst);
    const alerts = await evaluate(store, only('surge'));
    const dyad = alerts.find((a) => a.scope === 'dyad');
    assert.ok(dyad, JSON.stringify(alerts));
    assert.deepEqual([dyad.source, dyad.target, dyad.window.from, dyad.window.to], ['USA', 'CHN', '2024-03-14', '2024-03-14']);
    assert.ok((dyad.numbers.articles as number) === 7 && (dyad.numbers.p as number) < 0.001, JSON.stringify(dyad.numbers));
    for (const b of burst) assert.ok(dyad.eventIds.includes(`${b.id}:e1`));
  } finally { await store.close(); }
});

test('drift: a slow slide towards conflict over weeks fires once, where the CUSUM passes h', async () => {
  const store = freshStore(dir);
  try {
    const rnd = seeded(11);
    const calm = steady('CHN', 'PHL', '2024-01-01', 60, rnd);
    // then 30 days where a growing share of the daily reports are verbal conflict (quad 3, Goldstein -2 to -6)
    const verbal = ['111', '120', '130'];
    const slide = Array.from({ length: 30 }, (_, i) => report(day('2024-03-01', i), 'CHN', 'PHL', rnd() < 0.2 + i / 40 ? verbal[i % 3]! : COOP[i % 8]!));
    await put(store, [...calm, ...slide]);
    const alerts = await evaluate(store, only('drift'));
    assert.equal(alerts.length, 1, JSON.stringify(alerts.map((a) => [a.window, a.numbers])));
    const a = alerts[0]!;
    assert.deepEqual([a.rule, a.scope, a.source, a.target, a.numbers.direction], ['drift', 'dyad', 'CHN', 'PHL', 'towards conflict']);
    assert.ok(a.window.from >= '2024-02-15' && a.window.to >= '2024-03-01' && a.window.to <= '2024-03-30', JSON.stringify(a.window));
    assert.ok((a.numbers.cusum as number) > 5);
    assert.ok(a.eventIds.length > 0 && a.eventIds.every((id) => /^r\d+:e1$/.test(id)));
  } finally { await store.close(); }
});

test('every rule together on a steady stream of several dyads over three months raises nothing', async () => {
  const store = freshStore(dir);
  try {
    await put(store, [...steady('CHN', 'PHL', '2024-01-01', 90, seeded(21)), ...steady('JPN', 'KOR', '2024-01-01', 90, seeded(22)),
      ...steady('USA', 'CHN', '2024-01-01', 90, seeded(23))]);
    assert.deepEqual(await evaluate(store, defaultRules()), []);
    assert.equal(await store.alertWatermark(), (await store.eventsSince(0, 1e6)).at(-1)!.seq);
  } finally { await store.close(); }
});
