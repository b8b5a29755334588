/**
 * The bounds of issue 20 one by one, on the real components: what wink is handed (long space-free runs cut), what a
 * sentence hands to the later stages (cut at MAX_SENTENCE_TOKENS), how far coreference looks back, the HTML shape
 * measured before parsing (and the patched parser it relies on), the CSV error queue. The timings of the whole
 * commands are in test/faults/hostile-input.test.ts (generous bounds) and `npm run bench:hostile` (measured).
 */
import fs from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Parser } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { candidateWindow } from '../../src/stages/coref/candidate-window.js';
import { loadResources } from '../../src/resources/resources.js';
import { MAX_RUN_CHARS, spacesInText, splitLongRuns } from '../../src/resources/long-runs.js';
import { segment } from '../../src/stages/segment/segment.js';
import { capSentences, MAX_SENTENCE_TOKENS } from '../../src/stages/segment/sentence-cap.js';
import { blockText } from '../../src/stages/ingest/html.js';
import { checkHtmlShape, htmlShape, MAX_HTML_ELEMENTS } from '../../src/stages/ingest/html-shape.js';
import { ErrorQueue, smallPieces } from '../../src/stages/ingest/csv-errors.js';
import { fail } from '../../src/stages/ingest/article.js';
import { codeArticle } from '../../src/pipeline/code-article.js';
import { collect, summary, tempDir, writeTemp } from '../ingest/helpers.js';

const res = loadResources();

test('long runs: cut every MAX_RUN_CHARS characters for wink, never inside a surrogate pair; short runs untouched', () => {
  const news = 'China criticized Japan on Monday. https://example.org/a/b?c=d';
  assert.equal(splitLongRuns(news), news); // the same string, not a copy
  const blob = 'A'.repeat(MAX_RUN_CHARS * 3 + 5);
  const cut = splitLongRuns(`x ${blob} y`);
  assert.deepEqual(cut.split(' ').map((p) => p.length), [1, MAX_RUN_CHARS, MAX_RUN_CHARS, MAX_RUN_CHARS, 5, 1]);
  const emoji = '\u{1F600}'.repeat(MAX_RUN_CHARS); // 2 code units each: a cut at an odd offset would split one
  for (const piece of splitLongRuns(emoji).split(' ')) assert.ok(!/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(piece), 'a surrogate pair was split');
});

test('long runs: the tokens cover the text exactly, offsets included (a 300 kB base64 blob, 70,000 spaces)', () => {
  const blob = Buffer.from(Array.from({ length: 30_000 }, (_, i) => (i * 7919) % 256)).toString('base64');
  for (const text of [`Russia warned Ukraine.\n\nAttachment: ${blob}\n\nChina criticized Japan.`, `China${' '.repeat(70_000)}criticized Japan.`]) {
    const tagged = res.tagger.tag(text);
    assert.equal(tagged.values.map((v, i) => tagged.spaces[i]! + v).join(''), text.trimEnd());
    assert.ok(Math.max(...tagged.values.map((v) => v.length)) <= MAX_RUN_CHARS);
    const seg = segment(text, res.tagger);
    const japan = seg.tokens.find((t) => text.slice(t.start, t.end) === 'Japan');
    assert.equal(japan && text.slice(japan.start, japan.end), 'Japan');
    for (const t of seg.tokens) assert.equal(t.norm.length, t.end - t.start);
  }
  // wink's own count stops at 65,534 spaces: the spaces are read off the text instead
  assert.deepEqual(spacesInText('a' + ' '.repeat(70_000) + 'b', ['a', 'b'], ['', ' '.repeat(65_534)]).map((s) => s.length), [0, 70_000]);
});

test('sentences: one over MAX_SENTENCE_TOKENS tokens is cut into pieces of that many; shorter ones untouched', () => {
  const text = 'China criticized Japan and '.repeat(900) + 'Russia.';
  const seg = segment(text, res.tagger);
  assert.ok(seg.tokens.length > 2 * MAX_SENTENCE_TOKENS);
  for (const s of seg.sentences) {
    assert.ok(s.endToken - s.firstToken <= MAX_SENTENCE_TOKENS);
    assert.equal(text.slice(s.start, s.end), text.slice(seg.tokens[s.firstToken]!.start, seg.tokens[s.endToken - 1]!.end));
  }
  seg.sentences.forEach((s, i) => { for (let t = s.firstToken; t < s.endToken; t++) assert.equal(seg.tokens[t]!.sentence, i); });
  assert.equal(seg.sentences.at(-1)!.endToken, seg.tokens.length);
  const short = segment('China criticized Japan. Russia warned Ukraine.', res.tagger);
  assert.equal(capSentences(short), short);
  // coded as a whole: every span inside the text, events found in the pieces
  const coded = codeArticle({ id: 'list', text }, res);
  assert.ok(coded.events.length > 0);
  for (const e of coded.events) assert.ok(e.evidence.end <= text.length);
});

test('coreference: the look-back window grows with the sentences it may span, up to 1,000 mentions', () => {
  assert.equal(candidateWindow(0), 50);
  assert.equal(candidateWindow(4), 250);
  assert.equal(candidateWindow(99), 1000);
  // a pronoun still finds a person named within the window
  const coded = codeArticle({ id: 'p', text: `Angela Merkel met officials. ${'China criticized Japan. '.repeat(2)}She said Russia threatened Ukraine.` }, res);
  const merkel = coded.actors.find((a) => a.name === 'Angela Merkel');
  assert.ok(merkel && merkel.mentions.length === 2, JSON.stringify(coded.actors.map((a) => [a.name, a.mentions.length])));
});

test('html parser: the open-element stack is innermost-last (patches/htmlparser2 applied), so depth costs linear time', () => {
  const p = new Parser({});
  p.write('<html><body><div><p>');
  assert.deepEqual((p as unknown as { stack: string[] }).stack, ['html', 'body', 'div', 'p']);
  // 200,000 nested elements and 200,000 stray close tags: quadratic before the patch (minutes), here well under a second
  const shape = htmlShape(`<html><body>${'<div>'.repeat(200_000)}x${'</i>'.repeat(200_000)}</body></html>`);
  assert.equal(shape.depth, 200_002);
  assert.equal(shape.elements, 200_002);
});

test('html shape: elements, depth and a lower bound of the plain text, measured without a DOM', () => {
  const html = '<html><head><title>T</title><script>var x = "hidden text";</script></head><body><nav>Home About</nav>'
    + '<p>China  criticized <b>Japan</b>.</p><div hidden>secret</div><footer>(c) 2024</footer><p>Second &amp; last.</p></body></html>';
  const shape = htmlShape(html);
  assert.equal(shape.elements, 11);
  assert.equal(shape.depth, 4);
  assert.equal(shape.visibleChars, 'Chinacriticized'.length + 'Japan.'.length + 'Second&last.'.length);
  const plain = blockText(parseHTML(html).document.body, true);
  assert.ok(plain.length >= shape.visibleChars);
  // random pages: the count never exceeds what plain extraction gives (so a refusal before parsing is always right)
  let seed = 5;
  const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const bits = ['<p>', '</p>', '<div>', '</div>', '<nav>', '</nav>', '<b>', '</b>', 'word ', ' ', '&amp;', '<br>', '<script>s</script>', '<span hidden>', '</span>', '<li>', '<body>', '</body>', 'x\n'];
  for (let k = 0; k < 300; k++) {
    let body = '';
    for (let i = 0; i < 30; i++) body += bits[rnd(bits.length)];
    const page = `<html><head></head><body>${body}</body></html>`;
    const doc = parseHTML(page).document;
    assert.ok(blockText(doc.body ?? doc.documentElement, true).length >= htmlShape(page).visibleChars, page);
  }
});

test('html shape: over the element cap, or over the article limit without Readability, is E_TOO_LARGE before parsing', () => {
  assert.throws(() => checkHtmlShape({ depth: 3, elements: MAX_HTML_ELEMENTS + 1, visibleChars: 0 }, 5_000_000, 30_000), /E_TOO_LARGE|elements/);
  assert.throws(() => checkHtmlShape({ depth: 3, elements: 40_000, visibleChars: 6_000_000 }, 5_000_000, 30_000), (e: Error & { code?: string }) => e.code === 'E_TOO_LARGE');
  // Readability may pick less than the visible text: no refusal before parsing then
  assert.deepEqual(checkHtmlShape({ depth: 3, elements: 100, visibleChars: 60_000 }, 50_000, 30_000), { readability: true });
  assert.deepEqual(checkHtmlShape({ depth: 3, elements: 40_000, visibleChars: 40_000 }, 50_000, 30_000), { readability: false });
});

test('csv errors: each line once, in order, a queue that never shifts; small pieces for the parser', async () => {
  const q = new ErrorQueue(3);
  const err = (line: number, m = 'bad'): ReturnType<typeof fail> => fail('E_CSV', m, { input: 'x.csv', line });
  q.add(err(2)); q.add(err(2, 'again')); q.add(err(3)); q.add(err(5));
  assert.equal(q.count, 3);
  assert.ok(q.full);
  assert.deepEqual([...q.before(4)].map((i) => (i.ok ? 0 : i.error.origin?.line)), [2, 3]);
  assert.deepEqual([...q.rest()].map((i) => (i.ok ? 0 : i.error.origin?.line)), [5]);
  const pieces: string[] = [];
  for await (const p of smallPieces((async function* () { yield 'a'.repeat(5000) + '\u{1F600}' + 'b'.repeat(5000); })(), 4096)) pieces.push(p);
  assert.equal(pieces.join(''), 'a'.repeat(5000) + '\u{1F600}' + 'b'.repeat(5000));
  assert.ok(pieces.every((p) => p.length <= 4096 && !/^[\uDC00-\uDFFF]/.test(p)));
});

test('csv: bad records listed once each up to the cap, then one line ends the file; an unbalanced quote ends it too', async () => {
  const dir = tempDir();
  const many = writeTemp(dir, 'many.csv', 'id,text\n0,China criticized Japan.\n' + Array.from({ length: 50_000 }, (_, i) => `${i + 1},"hel"lo\n${i + 1},too,many\n`).slice(0, 1).join('') +
    Array.from({ length: 50_000 }, (_, i) => `${i + 1},too,many\n`).join('') + 'last,Russia warned Ukraine.\n');
  const items = await collect([many], { languageCheck: false });
  const errors = items.filter((i) => !i.ok);
  assert.equal(items.filter((i) => i.ok).length, 1, 'the record before the bad ones; none after the end');
  // the first bad record is the unbalanced quote: it ends the file at once
  assert.equal(errors.length, 1);
  assert.match(!errors[0]!.ok ? errors[0]!.error.message : '', /unbalanced quote: the rest of the file is skipped/);
  const cols = writeTemp(dir, 'cols.csv', 'id,text\n' + Array.from({ length: 50_000 }, (_, i) => `${i},too,many\n`).join('') + 'last,Russia warned Ukraine.\n');
  const got = await collect([cols], { languageCheck: false });
  assert.equal(got.length, 1001);
  const lines = got.map((i) => (i.ok ? -1 : i.error.origin?.line));
  assert.deepEqual(lines.slice(0, 1000), Array.from({ length: 1000 }, (_, i) => i + 2), 'each bad line once, in order');
  assert.match(!got[1000]!.ok ? got[1000]!.error.message : '', /more than 1000 bad records: the rest of the file is skipped/);
  // a quote error in the middle: records before it are kept, in order
  const mid = writeTemp(dir, 'mid.csv', 'id,text\n1,one\n2,two\n3,too,many\n4,"bad"x\n5,five\n');
  assert.deepEqual(summary(await collect([mid], { languageCheck: false })), ['ok one', 'ok two', 'E_CSV 4', 'E_CSV 5']);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('NUL: one rule wherever it is: the .txt/.html holding it, or the CSV record, is E_BINARY', async () => {
  const dir = tempDir();
  const late = 'China criticized Japan on Monday. '.repeat(100);
  const txt = writeTemp(dir, 'late-nul.txt', Buffer.concat([Buffer.from(late), Buffer.from([0]), Buffer.from(' Russia warned Ukraine.')]));
  const early = writeTemp(dir, 'early-nul.txt', Buffer.concat([Buffer.from('China'), Buffer.from([0]), Buffer.from(late)]));
  const html = writeTemp(dir, 'late-nul.html', `<html><body><p>${late}</p><p>a\u0000b</p></body></html>`);
  const csv = writeTemp(dir, 'nul.csv', `id,text\n1,${late}\n2,"t\u0000wo"\n3,three\n`); // past the first kilobyte
  assert.deepEqual(summary(await collect([txt, early, html], { languageCheck: false })), ['E_BINARY -', 'E_BINARY -', 'E_BINARY -']);
  assert.deepEqual(summary(await collect([csv], { languageCheck: false })), [`ok ${late}`, 'E_BINARY 3', 'ok three']);
  fs.rmSync(dir, { recursive: true, force: true });
});
