import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { formatError } from '../../src/core/errors.js';
import { collect, FIXTURES, stdinOf, summary, tempDir, writeTemp } from './helpers.js';

const tmp = tempDir();
const codes = (items: Awaited<ReturnType<typeof collect>>): string[] => items.map((i) => (i.ok ? 'ok' : i.error.code));

// Every error must print as exactly one line naming the input (and line), so users can find the bad spot.
function assertOneLine(item: Awaited<ReturnType<typeof collect>>[number], input: string, line?: number): void {
  assert.ok(!item.ok);
  const msg = formatError(item.error);
  assert.ok(!msg.includes('\n'), msg);
  assert.ok(msg.includes(line === undefined ? input : `${input}:${line}`), msg);
}

// An empty file is an error, not an empty article.
test('empty .txt and whitespace-only text are E_EMPTY', async () => {
  const a = writeTemp(tmp, 'empty.txt', '');
  const b = writeTemp(tmp, 'blank.txt', ' \n\n\t \n');
  const items = await collect([a, b]);
  assert.deepEqual(codes(items), ['E_EMPTY', 'E_EMPTY']);
  assertOneLine(items[0]!, a);
});

// Empty JSONL/CSV/feeds give one E_EMPTY each, so an input that yields nothing is never silent.
test('empty JSONL, header-only CSV and item-less feed are E_EMPTY', async () => {
  const items = await collect([
    writeTemp(tmp, 'e.jsonl', '\n\n'),
    writeTemp(tmp, 'h.csv', 'id,text\n'),
    writeTemp(tmp, 'n.rss', '<rss version="2.0"><channel><title>x</title></channel></rss>'),
  ]);
  assert.deepEqual(codes(items), ['E_EMPTY', 'E_EMPTY', 'E_EMPTY']);
});

// Binary data (NUL bytes, control bytes) must be refused, not coded as garbage text.
test('binary files are E_BINARY for every kind', async () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const items = await collect(['x.txt', 'x.jsonl', 'x.csv', 'x.html', 'x.rss'].map((n) => writeTemp(tmp, `bin-${n}`, png)));
  assert.deepEqual(codes(items), ['E_BINARY', 'E_BINARY', 'E_BINARY', 'E_BINARY', 'E_BINARY']);
  const noBom = await collect([writeTemp(tmp, 'nobom.txt', Buffer.from('Plain words saved as UTF-16.', 'utf16le'))]);
  assert.match(!noBom[0]!.ok ? noBom[0]!.error.message : '', /UTF-16 without a byte order mark/);
  const controls = Buffer.alloc(200, 0x01);
  assert.deepEqual(codes(await collect([writeTemp(tmp, 'ctl.txt', controls)])), ['E_BINARY']);
});

// Invalid UTF-8 (e.g. a Latin-1 file) is reported with the byte offset instead of being silently mangled.
test('invalid UTF-8 is E_UTF8 naming the file; in JSONL only the bad line is lost', async () => {
  const latin1 = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait, said the minister on Monday.')]);
  const f = writeTemp(tmp, 'latin1.txt', latin1);
  const [item] = await collect([f]);
  assert.equal(item!.ok ? 'ok' : item!.error.code, 'E_UTF8');
  assert.match(item!.ok ? '' : item!.error.message, /byte 3/);
  const jsonl = Buffer.concat([Buffer.from('{"text":"good one"}\n{"text":"bad '), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('"}\n{"text":"good two"}\n')]);
  const items = await collect([writeTemp(tmp, 'bad-utf8.jsonl', jsonl)]);
  assert.deepEqual(summary(items), ['ok good one', 'E_UTF8 2', 'ok good two']);
  const csv = Buffer.concat([Buffer.from('text\nfine\n'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]);
  assert.deepEqual(summary(await collect([writeTemp(tmp, 'bad-utf8.csv', csv)])), ['ok fine', 'E_UTF8 3']);
});

// UTF-16 files with a BOM (as saved by some Windows editors) decode correctly, for text and for JSONL/CSV.
test('UTF-16 LE and BE with BOM decode; a UTF-8 BOM is stripped', async () => {
  const text = 'Caf\u00e9 \u201cquoted\u201d \u{1F600}\n\nBody.';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.from(le);
  be.swap16();
  be[0] = 0xfe; be[1] = 0xff;
  const utf8bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
  const items = await collect([writeTemp(tmp, 'le.txt', le), writeTemp(tmp, 'be.txt', be), writeTemp(tmp, 'bom.txt', utf8bom)]);
  assert.deepEqual(summary(items), [`ok ${text}`, `ok ${text}`, `ok ${text}`]);
  const jsonl = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"text":"one \u00e9"}\r\n{"text":"two"}\r\n', 'utf16le')]);
  assert.deepEqual(summary(await collect([writeTemp(tmp, 'le.jsonl', jsonl)])), ['ok one \u00e9', 'ok two']);
  const csv = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('text\n"a\nb"\n', 'utf16le')]);
  assert.deepEqual(summary(await collect([writeTemp(tmp, 'le.csv', csv)])), ['ok a\nb']);
  const jsonlBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"text":"x"}\n')]);
  assert.deepEqual(summary(await collect([writeTemp(tmp, 'bom.jsonl', jsonlBom)])), ['ok x']);
});

// A 50 MB single-line article must be refused by the size limit quickly, without coding it; the limit can be raised.
test('size limit: a 50 MB single-line text is E_TOO_LARGE; the limit is configurable', async () => {
  const big = writeTemp(tmp, 'big.txt', Buffer.alloc(50 * 1024 * 1024, 0x61));
  const [item] = await collect([big]);
  assertOneLine(item!, big);
  assert.equal(item!.ok ? 'ok' : item!.error.code, 'E_TOO_LARGE');
  assert.match(item!.ok ? '' : item!.error.message, /--max-article-chars/);
  const small = writeTemp(tmp, 'small.txt', 'x'.repeat(1000));
  assert.deepEqual(codes(await collect([small], { maxArticleChars: 999 })), ['E_TOO_LARGE']);
  assert.deepEqual(codes(await collect([small], { maxArticleChars: 1000 })), ['ok']);
  fs.rmSync(big);
});

// A huge JSONL line is skipped without being buffered whole, and the lines after it are still read.
test('size limit: an over-long JSONL line is E_TOO_LARGE and the next lines still come', async () => {
  const f = writeTemp(tmp, 'long.jsonl', `{"text":"before"}\n{"text":"${'y'.repeat(2_000_000)}"}\n{"text":"after"}\n`);
  assert.deepEqual(summary(await collect([f], { maxArticleChars: 100_000 })), ['ok before', 'E_TOO_LARGE 2', 'ok after']);
  assert.deepEqual(summary(await collect([f], { maxArticleChars: 1_000_000 })), ['ok before', 'E_TOO_LARGE 2', 'ok after']);
});

// Broken JSON and wrong types name the line; good lines after a bad line are still yielded, in input order.
test('jsonl: broken JSON and wrong types are one-line errors; good lines keep their order', async () => {
  const lines = [
    '{"text":"first"}',
    '{"text": "unterminated',
    '{"text": 12}',
    '{"id": {"x": 1}, "text": "object id"}',
    '["an array"]',
    '"a string"',
    'null',
    '{"title": "no text"}',
    '{"text": "last", "date": "2019-02-30"}',
  ];
  const f = writeTemp(tmp, 'types.jsonl', lines.join('\n'));
  const items = await collect([f]);
  assert.deepEqual(summary(items), ['ok first', 'E_JSONL 2', 'E_JSONL 3', 'E_JSONL 4', 'E_JSONL 5', 'E_JSONL 6', 'E_JSONL 7', 'E_JSONL 8', 'ok last']);
  for (const [k, item] of items.entries()) if (!item.ok) assertOneLine(item, f, k + 1);
  assert.match(!items[2]!.ok ? items[2]!.error.message : '', /"text" is number/);
  assert.match(!items[7]!.ok ? items[7]!.error.message : '', /"text" is missing/);
  assert.equal(items[8]!.ok && items[8]!.value.article.date, undefined); // an impossible date is dropped, the article kept
});

// CSV without a text column cannot be read at all: one clear error on line 1.
test('csv: a header without "text" is E_CSV', async () => {
  const f = writeTemp(tmp, 'notext.csv', 'id,body\n1,hello\n');
  const items = await collect([f]);
  assert.deepEqual(summary(items), ['E_CSV 1']);
  assertOneLine(items[0]!, f, 1);
});

// A CSV record with too many fields is one error naming its line; records around it are still read in order.
test('csv: a bad record is E_CSV with its line, the others are kept in order', async () => {
  const f = writeTemp(tmp, 'cols.csv', 'id,text\n1,"multi\nline"\n2,too,many,fields\n3,fine\n');
  assert.deepEqual(summary(await collect([f])), ['ok multi\nline', 'E_CSV 4', 'ok fine']);
  const q = writeTemp(tmp, 'quote.csv', 'id,text\n1,ok\n2,"never closed\n');
  assert.deepEqual(codes(await collect([q])), ['ok', 'E_CSV']);
});

// A malformed feed is one E_FEED line with the XML line number, not a crash.
test('feed: malformed XML is E_FEED naming the line', async () => {
  const f = writeTemp(tmp, 'broken.rss', '<rss version="2.0">\n<channel>\n<item><title>x</title>\n</channel></rss>');
  const items = await collect([f]);
  assert.deepEqual(summary(items), ['E_FEED 4']);
  assertOneLine(items[0]!, f, 4);
  assert.deepEqual(codes(await collect([writeTemp(tmp, 'other.xml', '<?xml version="1.0"?><catalog><book/></catalog>')])), ['E_FEED']);
});

// Billion laughs: nested entity declarations must be refused before any expansion happens.
test('feed: an entity-expansion bomb is refused fast', async () => {
  const decls = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i++) decls.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  const bomb = `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${decls.join('\n')}\n]>\n<rss version="2.0"><channel><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>`;
  const started = Date.now();
  const items = await collect([writeTemp(tmp, 'bomb.rss', bomb)]);
  assert.deepEqual(codes(items), ['E_FEED']);
  assert.match(!items[0]!.ok ? items[0]!.error.message : '', /entit/);
  assert.ok(Date.now() - started < 5000);
});

// XXE: an external entity must never be resolved (it could read local files).
test('feed: external entities are refused', async () => {
  const xxe = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&xxe;</title><description>x</description></item></channel></rss>';
  const items = await collect([writeTemp(tmp, 'xxe.rss', xxe)]);
  assert.deepEqual(codes(items), ['E_FEED']);
});

// Deeply nested XML must not overflow the parser's stack; it is an E_FEED error.
test('feed: 10,000 nested elements are E_FEED', async () => {
  const deep = `<rss><channel><item><description>${'<x>'.repeat(10_000)}t${'</x>'.repeat(10_000)}</description></item></channel></rss>`;
  assert.deepEqual(codes(await collect([writeTemp(tmp, 'deep.rss', deep)])), ['E_FEED']);
});

// HTML with 10,000 nested tags must not overflow the stack (Readability is recursive); the text is still found.
test('html: 10,000 nested tags give the text, no stack overflow', async () => {
  const html = `<html><head><title>Deep page</title></head><body>${'<div>'.repeat(10_000)}<p>Deep text here.</p>${'</div>'.repeat(10_000)}</body></html>`;
  const items = await collect([writeTemp(tmp, 'deep.html', html)]);
  assert.deepEqual(summary(items), ['ok Deep page\n\nDeep text here.']);
  const spans = `<p>${'<span>'.repeat(10_000)}inline${'</span>'.repeat(10_000)}</p>`;
  assert.deepEqual(summary(await collect([writeTemp(tmp, 'deep2.html', spans)])), ['ok inline']);
});

// HTML that is only scripts and markup has no text: E_EMPTY, and the scripts never run.
test('html: a page of scripts only is E_EMPTY and runs nothing', async () => {
  const html = '<html><body><script>globalThis.__dyadIngestScriptRan = true</script><img src=x onerror="globalThis.__dyadIngestScriptRan = true"></body></html>';
  assert.deepEqual(codes(await collect([writeTemp(tmp, 'scripts.html', html)])), ['E_EMPTY']);
  assert.equal((globalThis as Record<string, unknown>).__dyadIngestScriptRan, undefined);
});

// Control characters become spaces one for one, CR LF and CR become LF; nothing else changes.
test('text normalisation: controls to spaces (same length), CR LF to LF, quotes untouched', async () => {
  const raw = 'A\u0001B\u0007C\u001bD\u007fE\u0085F\tG\r\nH\rI \u201cq\u201d \u2018s\u2019 \u00a0end';
  const [item] = await collect([writeTemp(tmp, 'ctl-ok.txt', raw)]);
  assert.ok(item?.ok);
  assert.equal(item.value.article.text, 'A B C D E F\tG\nH\nI \u201cq\u201d \u2018s\u2019 \u00a0end');
  const [j] = await collect([writeTemp(tmp, 'nul.jsonl', '{"text":"a\\u0000b\\ud800c"}\n')]);
  assert.equal(j!.ok && j!.value.article.text, 'a b\ufffdc');
});

// Emoji (surrogate pairs, ZWJ sequences, flags) and combining marks are kept exactly, so UTF-16 offsets stay exact.
test('emoji and combining marks are kept code unit for code unit', async () => {
  const text = 'Cafe\u0301 \u{1F44D}\u{1F3FD} \u{1F468}\u200D\u{1F469}\u200D\u{1F467} \u{1F1FA}\u{1F1E6} Zo\u00eb said \u201chi\u201d.';
  for (const [name, data] of [['emoji.txt', text], ['emoji.jsonl', JSON.stringify({ text }) + '\n'], ['emoji.csv', `text\n"${text}"\n`]] as const) {
    const [item] = await collect([writeTemp(tmp, name, data)]);
    assert.ok(item?.ok, name);
    assert.equal(item.value.article.text, text, name);
    assert.equal(item.value.article.text.length, text.length, name);
    const at = item.value.article.text.indexOf('Zo\u00eb');
    assert.equal(item.value.article.text.slice(at, at + 3), 'Zo\u00eb', name);
  }
});

// Non-English articles are reported as skipped, never miscoded as English.
test('non-English articles are E_LANGUAGE', async () => {
  const dir = path.join(FIXTURES, 'non-english');
  const files = fs.readdirSync(dir).sort();
  const items = await collect([dir]);
  assert.equal(items.length, files.length);
  for (const item of items) {
    assert.equal(item.ok ? 'ok' : item.error.code, 'E_LANGUAGE');
    assert.match(!item.ok ? formatError(item.error) : '', /not English \(skipped\)/);
  }
  assert.deepEqual(codes(await collect([path.join(dir, 'fr.txt')], { languageCheck: false })), ['ok']);
});

// Short texts (headlines, name lists) are too short to judge and must not be rejected as foreign.
test('short texts are not judged by the language check', async () => {
  assert.deepEqual(codes(await collect([], { stdin: stdinOf('Xi Jinping, Vladimir Putin, Olaf Scholz\n') })), ['ok']);
});

// A missing file or a directory without supported files is an error naming the input; later inputs still read.
test('missing input and empty directory are errors; the next input is still read', async () => {
  const empty = fs.mkdtempSync(path.join(tmp, 'emptydir-'));
  const ok = writeTemp(tmp, 'after.txt', 'still read');
  const items = await collect([path.join(tmp, 'nope.txt'), empty, ok]);
  assert.deepEqual(summary(items), ['E_READ -', 'E_EMPTY -', 'ok still read']);
  assertOneLine(items[0]!, path.join(tmp, 'nope.txt'));
});

// Binary data on standard input is refused like a binary file.
test('stdin: binary data is E_BINARY and empty stdin is E_EMPTY', async () => {
  assert.deepEqual(codes(await collect([], { stdin: stdinOf(Buffer.from([0, 1, 2, 3, 0, 0])) })), ['E_BINARY']);
  assert.deepEqual(codes(await collect([], { stdin: stdinOf(Buffer.alloc(0)) })), ['E_EMPTY']);
});

// A CSV record past the byte cap cannot be resynchronised by csv-parse: one E_TOO_LARGE, earlier records kept.
test('csv: an oversized record is one E_TOO_LARGE and ends the file; earlier records are kept', async () => {
  const f = writeTemp(tmp, 'bigrec.csv', `id,text\n1,before\n2,"${'z'.repeat(300_000)}"\n3,after\n`);
  assert.deepEqual(summary(await collect([f], { maxArticleChars: 10_000 })), ['ok before', 'E_TOO_LARGE 3']);
  // Within the byte cap but over the character limit: only that record is lost.
  assert.deepEqual(summary(await collect([f], { maxArticleChars: 100_000 })), ['ok before', 'E_TOO_LARGE 3', 'ok after']);
});

// Readability slows down steeply with depth (1 s at depth 290, minutes at 2,000): deep pages must stay fast.
test('html: 2,000 nested tags are read quickly, with title and text', async () => {
  const html = `<html><head><title>Deep</title><meta property="article:published_time" content="2024-05-01T10:00:00Z"></head><body>${'<div>'.repeat(2000)}<p>Deep text.</p>${'</div>'.repeat(2000)}</body></html>`;
  const started = Date.now();
  const items = await collect([writeTemp(tmp, 'deep2000.html', html)]);
  assert.deepEqual(summary(items), ['ok Deep\n\nDeep text.']);
  assert.equal(items[0]!.ok && items[0]!.value.article.date, '2024-05-01'); // metadata survives the plain fallback
  assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
});

// Old pages and feeds declare a legacy encoding (windows-1252, ISO-8859-1); it is honoured instead of failing as bad UTF-8.
test('html and feeds in a declared legacy encoding are decoded with it', async () => {
  const page = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"><title>Caf'), Buffer.from([0xe9]),
    Buffer.from('</title></head><body><p>'), Buffer.from([0x93]), Buffer.from('Quoted'), Buffer.from([0x94]), Buffer.from(' text.</p></body></html>')]);
  assert.deepEqual(summary(await collect([writeTemp(tmp, 'latin.html', page)])), ['ok Caf\u00e9\n\n\u201cQuoted\u201d text.']);
  const feed = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><item><title>Z'), Buffer.from([0xfc]),
    Buffer.from('rich</title><description>Body.</description></item></channel></rss>')]);
  assert.deepEqual(summary(await collect([writeTemp(tmp, 'latin.rss', feed)])), ['ok Z\u00fcrich\n\nBody.']);
  // Without a declaration the same bytes are invalid UTF-8.
  assert.deepEqual(codes(await collect([writeTemp(tmp, 'undeclared.html', Buffer.concat([Buffer.from('<p>Caf'), Buffer.from([0xe9]), Buffer.from('</p>')]))])), ['E_UTF8']);
});
