/**
 * Without the compiled gazetteer (dist/geo/gazetteer.bin not built, or removed) articles are still coded: no places,
 * every event's place null with the reason, and one warning line per run naming the missing file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { codeArticle } from '../../src/pipeline/code-article.js';
import { loadResources } from '../../src/resources/resources.js';
import { lazyGazetteer } from '../../src/resources/geo/load.js';

const base = loadResources();

test('a missing compiled gazetteer: articles coded without places, one warning naming the file', () => {
  const missing = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-nogaz-')), 'gazetteer.bin');
  const warnings: string[] = [];
  const res = { ...base, gazetteer: lazyGazetteer(missing, (line) => warnings.push(line)) };
  const texts = ['Russian troops attacked Ukrainian soldiers near Kharkiv on Tuesday.', 'Russian forces shelled Kharkiv on Wednesday.'];
  const docs = texts.map((text, i) => codeArticle({ id: `a${i}`, text, date: '2024-03-01' }, res));
  for (const doc of docs) {
    assert.ok(doc.events.length > 0, `the events are coded: ${doc.text}`);
    assert.deepEqual(doc.places, []);
    for (const e of doc.events) assert.deepEqual([e.place, e.placeRule], [null, 'none:no-gazetteer']);
  }
  assert.equal(warnings.length, 1, `one warning for the run, not one per article: ${JSON.stringify(warnings)}`);
  assert.match(warnings[0]!, /^dyad warning W_GAZETTEER /);
  assert.ok(warnings[0]!.includes(missing), 'the warning names the missing file');
  assert.ok(!warnings[0]!.includes('\n'), 'one line');
  // the same articles with the gazetteer have their places (the test above is about the file, not the texts)
  assert.ok((codeArticle({ id: 'b', text: texts[0]!, date: '2024-03-01' }, base).places ?? []).length > 0);
});

test('an unreadable compiled gazetteer (not a gazetteer file) degrades the same way', () => {
  const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-badgaz-')), 'gazetteer.bin');
  fs.writeFileSync(bad, Buffer.from([4, 0, 0, 0, 0x7b, 0x7d, 0x20, 0x20]));
  const warnings: string[] = [];
  const res = { ...base, gazetteer: lazyGazetteer(bad, (line) => warnings.push(line)) };
  const doc = codeArticle({ id: 'c', text: 'Russian forces shelled Kharkiv on Wednesday.', date: '2024-03-01' }, res);
  assert.deepEqual(doc.places, []);
  assert.equal(warnings.length, 1);
  assert.ok(warnings[0]!.includes(bad));
});
