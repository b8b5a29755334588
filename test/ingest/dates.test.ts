import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeDate } from '../../src/stages/ingest/dates.js';

// Dates arrive in many shapes (ISO, RSS pubDate, written); all must become YYYY-MM-DD, the day as written.
test('dates from ISO, RFC 822, compact and written forms', () => {
  const cases: [unknown, string | undefined][] = [
    ['2019-01-04', '2019-01-04'],
    ['2019-01-04T23:30:00-05:00', '2019-01-04'],
    ['2019-1-4', '2019-01-04'],
    ['Fri, 04 Jan 2019 10:00:00 GMT', '2019-01-04'],
    ['4 January 2019', '2019-01-04'],
    ['Tue, 5 Mar 19 08:00 +0000', '2019-03-05'],
    ['20190104', '2019-01-04'],
    ['January 4, 2019', '2019-01-04'],
    ['Friday, January 4, 2019', '2019-01-04'],
  ];
  for (const [input, want] of cases) assert.equal(normalizeDate(input), want, String(input));
});

// A bad date must not cost the article: it is dropped (undefined), never guessed.
test('impossible or unreadable dates are dropped', () => {
  for (const bad of ['2019-02-30', '2019-13-01', 'yesterday', 'not a date', '', '   ', 'March 2019', null, undefined, {}, []]) {
    assert.equal(normalizeDate(bad), undefined, JSON.stringify(bad));
  }
});
