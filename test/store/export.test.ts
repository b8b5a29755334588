import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS } from '../../src/export/gdelt.js';
import { articleRows } from '../../src/export/article-rows.js';
import { exportCorpus, type ExportFormat } from '../../src/export/export.js';
import { PLOVER_CITE_INFO_FIELDS, PLOVER_ENTITY_FIELDS, PLOVER_FIELDS, PLOVER_TEXT_INFO_FIELDS } from '../../src/export/plover.js';
import { loadResources } from '../../src/resources/resources.js';
import { readInputs } from '../../src/stages/ingest/read-inputs.js';
import { ingestArticles, threadCoder } from '../../src/pipeline/ingest.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { hostileArticle, sampleCorpus } from './fixtures.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-export-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function loaded(): Promise<SqliteStore> {
  const s = openSqliteStore(path.join(dir, `e${++n}.sqlite`));
  for (const a of [...sampleCorpus(), hostileArticle()]) await s.putArticle(a);
  return s;
}

async function lines(s: SqliteStore, format: ExportFormat, opts = {}): Promise<string[]> {
  const out: string[] = [];
  await exportCorpus(s, format, (l) => { out.push(l); }, opts);
  return out;
}

test('GDELT events: one 61-column row per asserted cluster, codes as strings with leading zeros', async () => {
  const s = await loaded();
  try {
    const rows = (await lines(s, 'gdelt-events')).map((l) => l.split('\t'));
    assert.equal(GDELT_EVENT_COLUMNS.length, 61);
    for (const r of rows) assert.equal(r.length, 61);
    const col = (r: string[], c: (typeof GDELT_EVENT_COLUMNS)[number]) => r[GDELT_EVENT_COLUMNS.indexOf(c)]!;
    // 10 asserted events; the CHN>RUS praise and the Dong>Shoigu meeting are each told twice within two days: 8 clusters.
    assert.equal(rows.length, 8);
    const meet = rows.find((r) => col(r, 'EventCode') === '040')!;
    assert.deepEqual([col(meet, 'EventBaseCode'), col(meet, 'EventRootCode'), col(meet, 'QuadClass'), col(meet, 'GoldsteinScale')], ['040', '04', '1', '1.0']);
    assert.deepEqual([col(meet, 'SQLDATE'), col(meet, 'MonthYear'), col(meet, 'Year'), col(meet, 'FractionDate')], ['20240131', '202401', '2024', '2024.1671']);
    assert.deepEqual([col(meet, 'Actor1Code'), col(meet, 'Actor1Name'), col(meet, 'Actor1CountryCode'), col(meet, 'Actor1Type1Code'), col(meet, 'Actor1Type2Code')],
      ['CHNGOVMIL', 'DONG JUN', 'CHN', 'GOV', 'MIL']);
    assert.deepEqual([col(meet, 'NumMentions'), col(meet, 'NumSources'), col(meet, 'NumArticles')], ['2', '2', '2']);
    assert.equal(col(meet, 'SOURCEURL'), 'https://wire.example/a1');
    assert.match(col(meet, 'DATEADDED'), /^\d{14}$/);
    assert.equal(col(meet, 'IsRootEvent'), '1');
    const threat = rows.find((r) => col(r, 'EventCode') === '138')!;
    assert.equal(col(threat, 'SOURCEURL'), '');
    assert.ok(!rows.some((r) => col(r, 'EventCode') === '074'), 'a negated event is not exported');
    const withHeader = await lines(s, 'gdelt-events', { header: true });
    assert.equal(withHeader[0], GDELT_EVENT_COLUMNS.join('\t'));
  } finally { await s.close(); }
});

test('GDELT mentions: one 16-column row per event, joined to its cluster, offsets pointing at the words', async () => {
  const s = await loaded();
  try {
    const rows = (await lines(s, 'gdelt-mentions')).map((l) => l.split('\t'));
    for (const r of rows) assert.equal(r.length, 16);
    assert.equal(rows.length, 10);
    const col = (r: string[], c: (typeof GDELT_MENTION_COLUMNS)[number]) => r[GDELT_MENTION_COLUMNS.indexOf(c)]!;
    const events = new Set((await lines(s, 'gdelt-events')).map((l) => l.split('\t')[0]));
    for (const r of rows) assert.ok(events.has(col(r, 'GLOBALEVENTID')));
    const paper = rows.filter((r) => col(r, 'MentionSourceName') === 'paper.example');
    assert.equal(paper.length, 3);
    const text = sampleCorpus()[1]!.text;
    const praise = paper.find((r) => col(r, 'MentionIdentifier') === 'https://www.paper.example/news/2' && text.slice(Number(col(r, 'ActionCharOffset'))).startsWith('praised'));
    assert.ok(praise);
    assert.ok(text.slice(Number(col(praise, 'Actor1CharOffset'))).startsWith('China'));
    assert.ok(text.slice(Number(col(praise, 'Actor2CharOffset'))).startsWith('Russia'));
  } finally { await s.close(); }
});

test('PLOVER JSONL uses only the fields of the PLOVER manual, with list-valued actor, recipient, event, mode, context', async () => {
  const s = await loaded();
  try {
    const recs = (await lines(s, 'plover', { modalities: ['asserted', 'negated', 'hypothetical'] })).map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(recs.length, 12);
    for (const r of recs) {
      for (const k of Object.keys(r)) assert.ok((PLOVER_FIELDS as readonly string[]).includes(k), `unknown PLOVER field ${k}`);
      for (const req of ['id', 'date', 'actor', 'event']) assert.ok(r[req] !== undefined, `missing ${req}`);
      for (const k of ['actor', 'recipient', 'event', 'mode', 'context']) assert.ok(Array.isArray(r[k]), `${k} is a list`);
      for (const e of [...(r.actor as object[]), ...(r.recipient as object[])]) {
        for (const k of Object.keys(e)) assert.ok((PLOVER_ENTITY_FIELDS as readonly string[]).includes(k), `entity field ${k}`);
      }
      for (const k of Object.keys(r.text_info as object)) assert.ok((PLOVER_TEXT_INFO_FIELDS as readonly string[]).includes(k));
      for (const k of Object.keys(r.cite_info as object)) assert.ok((PLOVER_CITE_INFO_FIELDS as readonly string[]).includes(k));
    }
    const shelling = recs.find((r) => r.event_text === 'shelled')!;
    assert.deepEqual(shelling.event, ['ASSAULT']);
    assert.deepEqual((shelling.actor as { code: string }[]).map((a) => a.code), ['RUS']);
    assert.deepEqual((shelling.recipient as { identifier_text: string }[]).map((a) => a.identifier_text), ['Ukraine']);
    assert.equal(recs.find((r) => r.event_text === 'send troops')!.comment, 'modality: negated');
  } finally { await s.close(); }
});

test('CSV has a header and one quoted row per event; GraphML is well-formed XML with the network', async () => {
  const s = await loaded();
  try {
    const csv = parse((await lines(s, 'csv')).join('\n'), { columns: true }) as Record<string, string>[];
    assert.equal(csv.length, 10);
    const threat = csv.find((r) => r.cameo === '138')!;
    assert.equal(threat.evidence_text, '<script>window.__pwned = 1</script> threatened');
    assert.equal(threat.root, '13');
    const xml = (await lines(s, 'graphml')).join('\n');
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml) as { graphml: { graph: { node: unknown[]; edge: unknown[] } } };
    assert.equal(doc.graphml.graph.edge.length, (await s.network({})).edges.length);
    assert.ok(doc.graphml.graph.node.length >= 6);
  } finally { await s.close(); }
});

test('the seed article coded by the real pipeline and exported to GDELT gives rows of exactly 61 tab-separated columns', async () => {
  const s = openSqliteStore(path.join(dir, 'seed.sqlite'));
  try {
    const seed = path.resolve(import.meta.dirname, '../../../samples/articles.jsonl');
    await ingestArticles(readInputs([seed]), s, threadCoder(loadResources()));
    const events = await lines(s, 'gdelt-events');
    const mentions = await lines(s, 'gdelt-mentions');
    for (const l of events) assert.equal(l.split('\t').length, 61);
    for (const l of mentions) assert.equal(l.split('\t').length, 16);
    const stored = await s.counts();
    assert.equal(mentions.length, (await s.events({ modality: 'asserted', limit: 10_000 })).length);
    assert.ok((stored.articles ?? 0) > 0);
  } finally { await s.close(); }
});

test('one coded article exports without a store: each asserted event its own GDELT row and PLOVER record', () => {
  const a = sampleCorpus()[2]!; // two asserted events, one negated, one hypothetical
  const events = articleRows(a, 'gdelt-events', 7).map((l) => l.split('\t'));
  assert.deepEqual(events.map((r) => [r.length, r[0], r[26], r[31], r[32], r[33]]), [[61, '7', '195', '1', '1', '1'], [61, '8', '112', '1', '1', '1']]);
  assert.deepEqual(articleRows(a, 'gdelt-mentions').map((l) => l.split('\t').length), [16, 16]);
  assert.deepEqual(articleRows(a, 'plover').map((l) => (JSON.parse(l) as { event: string[] }).event), [['ASSAULT'], ['ACCUSE']]);
});
