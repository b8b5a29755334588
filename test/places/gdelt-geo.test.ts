import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodedArticle } from '../../src/core/types.js';
import { exportCorpus } from '../../src/export/export.js';
import { gdeltName, globalEventId } from '../../src/export/gdelt-values.js';
import { codeArticle } from '../../src/pipeline/code-article.js';
import { loadResources } from '../../src/resources/resources.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';

/** The GDELT 2.0 Event table's 61 columns, in file order, as the GDELT 2.0 Event Codebook lists them. */
const OFFICIAL = `GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode
Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code Actor2Code Actor2Name
Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code
Actor2Type3Code IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone
Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long
Actor1Geo_FeatureID Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat
Actor2Geo_Long Actor2Geo_FeatureID ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code
ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL`.split(/\s+/);

const res = loadResources();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-gdelt-geo-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const STORIES = [
  { id: 'g1', date: '2024-03-01', url: 'https://wire.example/g1', text: 'Russian troops attacked Ukrainian soldiers near Kharkiv on Tuesday. Ukraine accused Russia of war crimes.' },
  { id: 'g2', date: '2024-03-02', url: 'https://paper.example/g2', text: 'A tornado hit Paris, Texas, on Monday.\n\nMexican police arrested American protesters in Austin, Texas.' },
  { id: 'g3', date: '2024-03-03', text: 'KYIV, Ukraine (AP) \u2014 Officials reported new attacks. Russian troops attacked Ukrainian soldiers overnight.' },
];
const coded = (): CodedArticle[] => STORIES.map((s) => codeArticle(s, res));

async function exportRows(file: string, articles: CodedArticle[]): Promise<Array<Record<string, string>>> {
  const store = openSqliteStore(file);
  try {
    for (const a of articles) await store.putArticle(a);
    const lines: string[] = [];
    await exportCorpus(store, 'gdelt-events', (l) => { lines.push(l); });
    // load the file the way a GDELT user does: tab-separated, no header, by the official column list
    return lines.map((l) => {
      const cells = l.split('\t');
      assert.equal(cells.length, OFFICIAL.length, 'a row has the 61 official columns');
      return Object.fromEntries(OFFICIAL.map((c, i) => [c, cells[i]!]));
    });
  } finally { await store.close(); }
}

// Why: issue 16 — the GDELT export of a coded corpus loads by the official column list, with the geography filled
// wherever dyad knows the event's place, and empty where it does not.
test('GDELT export: geo columns filled where the event has a place, loadable by the official 61 columns', async () => {
  const articles = coded();
  const rows = await exportRows(path.join(dir, 'a.sqlite'), articles);
  assert.ok(rows.length >= 4, `rows: ${rows.length}`);
  let placed = 0;
  for (const r of rows) {
    assert.match(r.GLOBALEVENTID!, /^\d+$/);
    assert.ok(Number(r.GLOBALEVENTID) > 0 && Number(r.GLOBALEVENTID) <= Number.MAX_SAFE_INTEGER);
    assert.match(r.AvgTone!, /^-?\d+(\.\d+)?$/, 'AvgTone is a number');
    for (const n of ['Actor1Name', 'Actor2Name'] as const) assert.match(r[n]!, /^[\x20-\x7e]*$/, `${n} is ASCII`);
    const a = articles.find((x) => x.url ? x.url === r.SOURCEURL : r.SOURCEURL === '')!;
    const ev = a.events.find((e) => String(globalEventId(a.id, e.id)) === r.GLOBALEVENTID);
    assert.ok(ev, 'the row is one of the article\'s events');
    const place = ev.place ? a.places!.find((p) => p.id === ev.place) : undefined;
    if (!place) {
      for (const c of OFFICIAL.filter((x) => x.startsWith('ActionGeo_'))) assert.equal(r[c], '', `${c} empty without a place`);
      continue;
    }
    placed++;
    assert.match(r.ActionGeo_Type!, /^[1-5]$/);
    assert.match(r.ActionGeo_CountryCode!, /^[A-Z]{2}$/, 'FIPS 10-4 country code');
    assert.equal(Number(r.ActionGeo_Lat), place.lat);
    assert.equal(Number(r.ActionGeo_Long), place.lon);
    assert.equal(r.ActionGeo_FeatureID, String(place.geonameid));
    assert.ok(r.ActionGeo_FullName!.startsWith(place.name));
  }
  assert.ok(placed >= 3, `events with a place: ${placed}`);
  const kharkiv = rows.find((r) => r.ActionGeo_FullName!.startsWith('Kharkiv'))!;
  // Kharkiv is a world city (4) in Ukraine (FIPS UP, ADM1 UP07); Austin a US city (3) in Texas (USTX)
  assert.deepEqual([kharkiv.ActionGeo_Type, kharkiv.ActionGeo_CountryCode, kharkiv.ActionGeo_ADM1Code], ['4', 'UP', 'UP07']);
  const austin = rows.find((r) => r.ActionGeo_FullName!.startsWith('Austin'))!;
  assert.deepEqual([austin.ActionGeo_Type, austin.ActionGeo_CountryCode, austin.ActionGeo_ADM1Code], ['3', 'US', 'USTX']);
});

// Why: issue 18 — GLOBALEVENTID is unique and the same in every run and every database that stores the article.
test('GDELT export: GLOBALEVENTID unique and stable across databases and storage orders', async () => {
  const one = await exportRows(path.join(dir, 'b.sqlite'), coded());
  const two = await exportRows(path.join(dir, 'c.sqlite'), coded().reverse());
  const ids = one.map((r) => r.GLOBALEVENTID);
  assert.equal(new Set(ids).size, ids.length, 'unique');
  const key = (r: Record<string, string>): string => `${r.SQLDATE} ${r.EventCode} ${r.Actor1Code} ${r.Actor2Code}`;
  assert.deepEqual(new Map(two.map((r) => [key(r), r.GLOBALEVENTID])), new Map(one.map((r) => [key(r), r.GLOBALEVENTID])));
});

// Why: issue 18 — GDELT writes actor names in upper-case ASCII; dyad's own output keeps the original.
test('GDELT actor names are upper-case ASCII, transliterated', () => {
  assert.equal(gdeltName('Recep Tayyip Erdo\u011fan'), 'RECEP TAYYIP ERDOGAN');
  assert.equal(gdeltName('Stra\u00dfe \u0141\u00f3d\u017a  S\u00e3o Tom\u00e9'), 'STRASSE LODZ SAO TOME');
  assert.equal(gdeltName('Dong Jun'), 'DONG JUN');
});
