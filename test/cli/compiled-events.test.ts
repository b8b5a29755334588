import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { COMPILED_EVENTS, eventResourcesFromText, loadEventResources } from '../../src/resources/petrarch/verbs-load.js';

// Why: start-up reads the bundled verb dictionary and discards from the build's V8-serialised copy
// (dist/dictionaries/events.v8) instead of parsing them; a copy that differed in one pattern, or lost the sharing of a
// pattern between a block's list and its index by word, would change what dyad codes.
test('the compiled verb dictionary equals the parsed one, patterns shared as parsed', () => {
  assert.ok(fs.existsSync(COMPILED_EVENTS), `${COMPILED_EVENTS} is missing: run npm run build`);
  const loaded = loadEventResources();
  const parsed = eventResourcesFromText();
  assert.notEqual(loaded.verbs, parsed.verbs); // really two objects: one deserialised, one parsed
  assert.deepStrictEqual(loaded, parsed);
  let shared = 0;
  for (const b of loaded.verbs.blocks.values()) {
    const own = new Set(b.patterns);
    for (const ps of b.byWord.values()) for (const p of ps) { assert.ok(own.has(p), `${b.name}: a pattern of byWord is not one of the block's patterns`); shared++; }
  }
  assert.ok(shared > 1000, String(shared));
});
