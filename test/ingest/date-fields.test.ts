import fs from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { runCode } from '../../src/cli/code-command.js';
import { collect, tempDir, writeTemp } from './helpers.js';

const tmp = tempDir();

// Why: feeds and scrapers name the publication date `published`, `pubDate`, `published_at` or `datetime`; an article
// read as undated is coded with the wrong office-holders (issue 15).
test('JSONL and CSV date fields date, published, pubDate, published_at, datetime are read (ISO and RFC 2822)', async () => {
  const jsonl = writeTemp(tmp, 'dates.jsonl', [
    '{"id":"a","date":"2021-05-09","text":"One."}',
    '{"id":"b","published":"2025-03-14 20:28:39Z","text":"Two."}',
    '{"id":"c","pubDate":"Fri, 04 Jan 2019 10:00:00 GMT","text":"Three."}',
    '{"id":"d","published_at":"2020-02-29T23:00:00-05:00","text":"Four."}',
    '{"id":"e","datetime":"Tue, 3 Mar 2020 08:00:00 +0100","text":"Five."}',
    '{"id":"f","published":"not a date","text":"Six."}',
    '{"id":"g","date":"2022-01-01","published":"2023-01-01","text":"Seven."}',
  ].join('\n') + '\n');
  const csv = writeTemp(tmp, 'dates.csv', 'id,PubDate,text\nx,"Sat, 05 Jan 2019 10:00:00 GMT",Hello.\ny,,World.\n');
  const dates = (await collect([jsonl, csv])).map((i) => (i.ok ? `${i.value.article.id}=${i.value.article.date ?? '-'}` : 'error'));
  assert.deepEqual(dates, ['a=2021-05-09', 'b=2025-03-14', 'c=2019-01-04', 'd=2020-02-29', 'e=2020-03-03', 'f=-', 'g=2022-01-01', 'x=2019-01-05', 'y=-']);
});

async function code(files: string[], date?: string): Promise<string[]> {
  const out = new PassThrough();
  const err = new PassThrough();
  let text = '';
  err.on('data', (c) => (text += c));
  out.resume();
  await runCode(files, { format: 'jsonl', ...(date ? { date } : {}) }, out, err);
  return text.split('\n').filter((l) => l.startsWith('dyad warning '));
}

// Why: an undated corpus would otherwise print one warning per article; one per input says it once.
test('articles without a date get one warning per input, none with --date or a date field', async () => {
  const undated = writeTemp(tmp, 'undated.jsonl', '{"id":"1","text":"Xi Jinping met reporters."}\n{"id":"2","text":"Macron spoke."}\n{"id":"3","text":"Again."}\n');
  const dated = writeTemp(tmp, 'dated.jsonl', '{"id":"4","published":"2024-01-02","text":"Dated."}\n');
  const folder = tmp + '/folder';
  fs.mkdirSync(folder, { recursive: true });
  writeTemp(folder, 'a.txt', 'First undated text.');
  writeTemp(folder, 'b.txt', 'Second undated text.');
  const warnings = await code([undated, dated, folder]);
  assert.equal(warnings.length, 2, warnings.join('\n'));
  assert.match(warnings[0]!, /undated\.jsonl:1: article without a date .*latest role/);
  assert.match(warnings[1]!, /folder/);
  assert.deepEqual(await code([undated], '2024-01-01'), []);
});
