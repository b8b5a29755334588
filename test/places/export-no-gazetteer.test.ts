/**
 * Exports without the compiled gazetteer (dist/geo/gazetteer.bin missing or unreadable) degrade like `dyad code`: the
 * rows are written with their geo columns empty, and one warning line per run names the file — no E_GAZETTEER error.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { GDELT_EVENT_COLUMNS, gdeltEventRow } from '../../src/export/gdelt.js';
import { codeArticle } from '../../src/pipeline/code-article.js';
import { lazyGazetteerHeader } from '../../src/resources/geo/load.js';
import { loadResources } from '../../src/resources/resources.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';

const res = loadResources();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-export-nogaz-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('the export\'s gazetteer header, missing: null, one warning line naming the file, however often it is asked', () => {
  const missing = path.join(dir, 'absent', 'gazetteer.bin');
  const warnings: string[] = [];
  const header = lazyGazetteerHeader(missing, (l) => warnings.push(l));
  for (let i = 0; i < 3; i++) assert.equal(header(), null);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /^dyad warning W_GAZETTEER /);
  assert.ok(warnings[0]!.includes(missing), 'the warning names the file');
  assert.ok(!warnings[0]!.includes('\n'));
  // an unreadable file (not a gazetteer) the same way
  const bad = path.join(dir, 'bad.bin');
  fs.writeFileSync(bad, Buffer.from([4, 0, 0, 0, 0x7b, 0x7d, 0x7d, 0x20]));
  const w2: string[] = [];
  assert.equal(lazyGazetteerHeader(bad, (l) => w2.push(l))(), null);
  assert.equal(w2.length, 1);
  // the bundled one is read
  assert.ok((lazyGazetteerHeader()()?.countries.length ?? 0) > 200);
});

test('GDELT rows of stored articles with places, exported without a gazetteer: 61 cells, geo columns empty, the rest unchanged', async () => {
  const store = openSqliteStore(path.join(dir, 'a.sqlite'));
  try {
    const a = codeArticle({ id: 'n1', date: '2024-03-01', text: 'Russian troops attacked Ukrainian soldiers near Kharkiv on Tuesday.' }, res);
    assert.ok(a.events.some((e) => e.place), 'the article was coded with a place');
    await store.putArticle(a);
    const stored = (await store.article('n1'))!;
    const ev = stored.article.events.find((e) => e.place && stored.clusters[e.id])!;
    const cluster = stored.clusters[ev.id]!;
    const withGeo = gdeltEventRow(stored, ev, cluster);
    const without = gdeltEventRow(stored, ev, cluster, { countries: null });
    assert.equal(without.length, GDELT_EVENT_COLUMNS.length);
    GDELT_EVENT_COLUMNS.forEach((c, i) => {
      if (/Geo_/.test(c)) assert.equal(without[i], '', `${c} empty without a gazetteer`);
      else assert.equal(without[i], withGeo[i], `${c} unchanged`);
    });
    assert.notEqual(withGeo[GDELT_EVENT_COLUMNS.indexOf('ActionGeo_Lat')], '', 'with the gazetteer the place is exported');
  } finally { await store.close(); }
});
