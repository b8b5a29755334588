import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { COMPILED_WINK_CORE, compiledWinkCore, decodeWinkCore, encodeWinkCore, type WinkCore } from '../../src/resources/wink-core-cache.js';

const winkCore = (): WinkCore => (createRequire(import.meta.url)('wink-eng-lite-web-model') as { core(): WinkCore }).core();

// Why: the tagger reads wink's core model (lexicon, 87,593 lexemes, the features' lists, hashes and clusters) from the
// build's binary copy instead of wink's JSON; a copy that differed in one lexeme, one index of a hash or one word of
// the lexicon would change tokens, tags and lemmas, hence everything dyad codes.
test('the compiled wink core model equals the one wink reads, hashes and clusters included', () => {
  assert.ok(fs.existsSync(COMPILED_WINK_CORE), `${COMPILED_WINK_CORE} is missing: run npm run build`);
  const compiled = compiledWinkCore();
  assert.ok(compiled, 'the compiled core is not current (made from other model files): run npm run build');
  const own = winkCore();
  assert.notEqual(compiled.features.lexeme!.hash, own.features.lexeme!.hash); // really two objects
  assert.deepStrictEqual(compiled, own);
  const lexemes = own.features.lexeme!.list as string[];
  assert.ok(lexemes.length > 80000, String(lexemes.length));
  assert.equal(compiled.features.lexeme!.hash!.get(lexemes[1000]!), 1000);
  assert.ok((compiled.features.posClusters!.list as unknown[]).every((s) => s instanceof Set));
});

// Why: a compiled copy made from other model files (wink updated or re-patched without a build) must not be used.
test('a compiled wink core made from other model files is not used', () => {
  const bytes = encodeWinkCore(winkCore());
  assert.deepStrictEqual(decodeWinkCore(bytes), winkCore());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-wink-'));
  try {
    const file = path.join(dir, 'wink-core.bin');
    fs.writeFileSync(file, bytes);
    assert.ok(compiledWinkCore(file));
    // the same file, but its record of the model JSON's size changed by one byte (same length: the layout holds)
    const text = bytes.toString('latin1');
    const m = /"eng-core-web-model\.json",(\d+)/.exec(text);
    assert.ok(m);
    const other = String(Number(m[1]) + 1).padStart(m[1]!.length, '0').slice(-m[1]!.length);
    fs.writeFileSync(file, Buffer.from(text.replace(m[0], `"eng-core-web-model.json",${other}`), 'latin1'));
    assert.equal(compiledWinkCore(file), null);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
