import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { collect, stdinOf, tempDir, writeTemp } from './helpers.js';

const tmp = tempDir();

/** The only changes ingest may make to a text, spelled out independently of the implementation. */
function expected(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x0d) { out += '\n'; if (s.charCodeAt(i + 1) === 0x0a) i++; continue; }
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f)) { out += ' '; continue; }
    const hi = c >= 0xd800 && c <= 0xdbff;
    const lo = c >= 0xdc00 && c <= 0xdfff;
    if (hi && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) { out += s[i]! + s[i + 1]!; i++; continue; }
    out += hi || lo ? '\ufffd' : s[i]!;
  }
  return out;
}

/** Any code unit at all, lone surrogates and controls included, weighted towards the awkward ones. */
const anyUnit = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom('\r\n', '\r', '\n', '\t', '\u0000', '\u001b', '\u0085', '\ud800', '\udc00', '\u0301', '\u{1F600}', '\u200d', '"', '\\'),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const anyText = fc.array(anyUnit, { maxLength: 40 }).map((parts) => parts.join(''));

// For any text, a JSONL line yields either exactly the normalised text (offsets exact) or E_EMPTY, never a crash.
test('property: JSONL text comes back exactly as normalised, or E_EMPTY', async () => {
  await fc.assert(fc.asyncProperty(anyText, async (s) => {
    const items = await collect([], { stdin: stdinOf(JSON.stringify({ text: s }) + '\n'), languageCheck: false });
    assert.equal(items.length, 1);
    const item = items[0]!;
    const want = expected(s);
    if (!want.trim()) assert.equal(item.ok ? 'ok' : item.error.code, 'E_EMPTY');
    else assert.equal(item.ok ? item.value.article.text : item.error.code, want);
  }), { numRuns: 300 });
});

// For any well-formed text saved as a .txt file (UTF-8 and UTF-16), the article text is the same normalised text.
test('property: .txt files in UTF-8 and UTF-16 give the normalised text', async () => {
  let n = 0;
  await fc.assert(fc.asyncProperty(anyText.filter((s) => !LONE_SURROGATE.test(s) && !s.includes('\u0000')), async (s) => {
    const want = expected(s);
    const utf8 = writeTemp(tmp, `p${n}.txt`, s);
    const utf16 = writeTemp(tmp, `p${n++}-16.txt`, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]));
    for (const [f, mayLookBinary] of [[utf8, true], [utf16, false]] as const) {
      const [item] = await collect([f], { languageCheck: false });
      // Many control bytes in a short UTF-8 text look binary; that is the one other allowed outcome.
      if (item!.ok) assert.equal(item!.value.article.text, want);
      else assert.ok((mayLookBinary && item!.error.code === 'E_BINARY') || (item!.error.code === 'E_EMPTY' && !want.trim()), item!.error.code);
    }
  }), { numRuns: 150 });
});
