import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { countLetters, detectEnglish } from '../../src/stages/ingest/language.js';

// Why: the letter counts feed the "mostly not Latin script" verdict; counted by code point they must equal what the
// Unicode property regexes count (the definition), on any text, astral characters and lone surrogates included. Latin
// letters are letters of the Latin script: a Latin-script number such as U+2160 (Roman numeral one, Nl) is no letter.
test('countLetters counts what /\\p{L}/gu and /(?=\\p{L})\\p{Script=Latin}/gu match, on any text', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ maxLength: 20 }), (a, b) => {
    const text = a + b + '\ud800x';
    const got = countLetters(text);
    assert.equal(got.letters, text.match(/\p{L}/gu)?.length ?? 0);
    assert.equal(got.latin, text.match(/(?=\p{L})\p{Script=Latin}/gu)?.length ?? 0);
  }), { numRuns: 500 });
  for (const c of ['\u2160', '\u216b', '\u2170']) assert.deepEqual(countLetters('ab' + c), { letters: 2, latin: 2 });
});

// Why: the verdicts the ingest stage relies on (a Cyrillic article is not English, a short headline is never judged).
test('detectEnglish: English prose yes, Cyrillic prose no, a short line always yes', () => {
  const en = 'The minister said on Tuesday that the talks with the delegation would go on for another week, and that he was hopeful about the result of the meeting in the capital.';
  const ru = 'Министр заявил во вторник, что переговоры с делегацией продлятся еще неделю и что он надеется на результат встречи в столице, где соберутся все стороны.';
  assert.equal(detectEnglish(en).english, true);
  assert.equal(detectEnglish(ru).english, false);
  assert.equal(detectEnglish('Обзор').english, true);
});
