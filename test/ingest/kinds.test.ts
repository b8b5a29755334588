import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { textId } from '../../src/core/hash.js';
import { collect, FIXTURES, SHARED, stdinOf, summary, tempDir, writeTemp } from './helpers.js';

const fx = (name: string): string => path.join(FIXTURES, name);
const tmp = tempDir();

// A .txt file is one article; its first line before a blank line is the headline: kept in text and set as title.
test('txt: the whole text is kept and the headline line becomes the title', async () => {
  const text = 'Talks resume in Geneva\n\nNegotiators returned on Monday.\nThey spoke for hours.\n';
  const [item] = await collect([writeTemp(tmp, 'a.txt', text)]);
  assert.ok(item?.ok);
  assert.equal(item.value.article.text, text);
  assert.equal(item.value.article.title, 'Talks resume in Geneva');
  assert.equal(item.value.article.id, textId(text));
});

// A text without a blank line after its first line has no headline, so no title is invented.
test('txt: no title without a blank line after the first line', async () => {
  const [item] = await collect([writeTemp(tmp, 'b.txt', 'One paragraph only.\nSecond line of it.')]);
  assert.ok(item?.ok);
  assert.equal(item.value.article.title, undefined);
});

// HTML: Readability keeps the article, drops navigation/sidebar/footer and scripts; paragraphs stay separated.
test('html: main text with headline and paragraphs, boilerplate and scripts dropped, nothing executed', async () => {
  const [item] = await collect([fx('article.html')]);
  assert.ok(item?.ok);
  const a = item.value.article;
  assert.equal(a.title, 'Ministers agree to expand military ties');
  assert.equal(a.date, '2024-04-16');
  assert.equal(a.url, 'https://news.example.org/2024/04/ministers-agree');
  const paragraphs = a.text.split('\n\n');
  assert.equal(paragraphs[0], 'Ministers agree to expand military ties');
  assert.equal(paragraphs.length, 4);
  assert.match(paragraphs[1]!, /^The defence ministers .* after the talks\.$/);
  assert.ok(a.text.includes('a new stage in relations'));
  for (const junk of ['Home', 'Subscribe', 'Copyright', 'injected', 'globalThis', 'font-family']) assert.ok(!a.text.includes(junk), junk);
  assert.equal((globalThis as Record<string, unknown>).__dyadIngestScriptRan, undefined);
});

// JSONL: one article per line with optional fields; numeric ids become strings, written dates are normalised.
test('jsonl: every line is an article with its fields, in order', async () => {
  const items = await collect([fx('articles.jsonl')]);
  assert.equal(items.length, 3);
  const [a, b, c] = items.map((i) => (i.ok ? i.value : assert.fail('not ok')));
  assert.deepEqual(a!.article, { id: 'a1', date: '2024-04-16', title: 'First', url: 'https://news.example.org/1', text: 'First\n\nThe first article.' });
  assert.deepEqual(a!.origin, { input: fx('articles.jsonl'), line: 1 });
  assert.equal(b!.article.id, '42');
  assert.equal(b!.article.date, '2024-04-17');
  assert.equal(c!.article.id, textId(c!.article.text));
  assert.equal(c!.article.date, undefined);
});

// CSV: header names the columns; quoted fields with doubled quotes, commas and line breaks; extra columns ignored.
test('csv: quoted multi-line fields, optional columns and start lines', async () => {
  const items = await collect([fx('articles.csv')]);
  assert.equal(items.length, 2);
  const [a, b] = items.map((i) => (i.ok ? i.value : assert.fail('not ok')));
  assert.deepEqual(a!.article, { id: 'c1', date: '2021-05-01', title: 'Quoted title', url: 'https://news.example.org/c1',
    text: 'Headline\n\nA body with "quotes", commas, and\na line break.' });
  assert.equal(a!.origin.line, 2);
  assert.deepEqual(b!.article, { id: 'c2', text: 'Plain text field' }); // "not a date" is dropped
  assert.equal(b!.origin.line, 6);
});

// The Wikinews corpus (CSV with long multi-line quoted fields) must read fully and pass the English check.
test('csv: all 295 Wikinews articles read, dated and English', { skip: !fs.existsSync(path.join(SHARED, 'data/wikinews/data')) && 'shared Wikinews data absent' }, async () => {
  const dir = path.join(SHARED, 'data/wikinews/data');
  const items = await collect([path.join(dir, 'wikinews_2019.csv'), path.join(dir, 'wikinews_2020.csv')]);
  const failed = items.filter((i) => !i.ok);
  assert.deepEqual(failed.map((i) => !i.ok && i.error.message), []);
  assert.equal(items.length, 295);
  const first2019 = items.filter((i) => i.ok && i.value.origin.input.endsWith('2019.csv')).length;
  assert.equal(first2019, 171);
  for (const i of items) if (i.ok) assert.match(i.value.article.date ?? '', /^20(19|20|21)-\d\d-\d\d$/);
});

// The seed article must pass the English check and read with its headline.
test('txt: the seed article reads as English with its headline', { skip: !fs.existsSync(path.join(SHARED, 'seed/article.txt')) && 'shared seed absent' }, async () => {
  const [item] = await collect([path.join(SHARED, 'seed/article.txt')]);
  assert.ok(item?.ok, item && !item.ok ? item.error.message : '');
  assert.match(item.value.article.title ?? '', /^Beijing blames NATO/);
});

// RSS 2.0: escaped HTML descriptions are stripped, content:encoded wins over description, dates and guids kept.
test('rss: items with title, link, guid, date and HTML-stripped text', async () => {
  const items = await collect([fx('feed.rss')]);
  assert.equal(items.length, 2);
  const [a, b] = items.map((i) => (i.ok ? i.value : assert.fail('not ok')));
  assert.deepEqual(a!.article, { id: 'item-1', date: '2019-03-05', title: 'Talks resume in Geneva', url: 'https://news.example.org/talks-resume',
    text: 'Talks resume in Geneva\n\nNegotiators returned to the table on Monday.\n\nBoth delegations called the atmosphere constructive & calm.' });
  assert.deepEqual(a!.origin, { input: fx('feed.rss'), item: 1 });
  assert.equal(b!.article.date, '2019-03-06'); // the day as written in its own time zone
  assert.equal(b!.article.text, 'Aid convoy reaches city\n\nA convoy of twenty trucks reached the city on Wednesday.\n\nResidents lined the streets.');
});

// Atom: html, xhtml and text constructs each read the right way; the alternate link is the URL.
test('atom: entries with html, xhtml and text content', async () => {
  const items = await collect([fx('feed.atom')]);
  assert.deepEqual(summary(items), [
    'ok Leaders meet in person\n\nThe leaders met for two hours.\n\nThey issued a joint statement.',
    'ok Parliament votes on budget\n\nLawmakers approved the budget & adjourned.',
    'ok Summary only\n\nPlain text summary & nothing else.',
  ]);
  const first = items[0]!;
  assert.ok(first.ok);
  assert.equal(first.value.article.url, 'https://news.example.org/leaders-meet');
  assert.equal(first.value.article.id, 'urn:example:1');
  assert.equal(first.value.article.date, '2020-02-02');
});

// RSS 1.0 (RDF) feeds put items beside the channel; they are read too.
test('rdf: RSS 1.0 items are read', async () => {
  assert.deepEqual(summary(await collect([fx('feed.rdf')])), ['ok Old format item\n\nStill read.']);
});

// A directory means every supported file below it, in sorted path order, skipping hidden and unsupported files.
test('directory: supported files recursively, in sorted path order', async () => {
  const items = await collect([fx('dir')]);
  assert.deepEqual(items.map((i) => (i.ok ? path.relative(fx('dir'), i.value.origin.input) : i.error.code)), ['b.txt', 'c.jsonl', path.join('sub', 'a.txt')]);
});

// Standard input holding JSONL is sniffed from its first "{" and read line by line.
test('stdin: JSONL sniffed and read line by line', async () => {
  const items = await collect([], { stdin: stdinOf(['  {"text":"one"}\n{"te', 'xt":"two"}\n']) });
  assert.deepEqual(summary(items), ['ok one', 'ok two']);
  assert.deepEqual(items[1]!.ok && items[1]!.value.origin, { input: '-', line: 2 });
});

// Standard input with plain text (and "-" as the input name) is one article.
test('stdin: plain text via "-"', async () => {
  const items = await collect(['-'], { stdin: stdinOf('Headline\n\nBody.\r\n') });
  assert.deepEqual(summary(items), ['ok Headline\n\nBody.\n']);
  assert.equal(items[0]!.ok && items[0]!.value.article.title, 'Headline');
});

// Standard input starting with "<" is HTML, or a feed when its root element is rss/feed.
test('stdin: HTML and feeds sniffed from the first element', async () => {
  const html = await collect(['-'], { stdin: stdinOf('<html><head><title>T</title></head><body><p>Para one.</p><p>Para two.</p></body></html>') });
  assert.deepEqual(summary(html), ['ok T\n\nPara one.\n\nPara two.']);
  const feed = await collect(['-'], { stdin: stdinOf(fs.readFileSync(fx('feed.rss'))) });
  assert.equal(feed.length, 2);
  assert.ok(feed.every((i) => i.ok));
});
