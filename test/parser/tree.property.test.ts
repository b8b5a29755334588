import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadParser, type ParsedSentence } from '../../src/parser/parser.js';
import { loadTagger } from '../../src/resources/tagger.js';
import { segment } from '../../src/stages/segment/segment.js';

const parser = loadParser();
const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/', import.meta.url));

/** One root, every head in range, no cycles, a known relation on every word, "root" exactly on the root's dependent. */
function assertTree(forms: readonly string[], r: ParsedSentence): void {
  const n = forms.length;
  assert.equal(r.heads.length, n);
  assert.equal(r.deprels.length, n);
  assert.equal(r.upos.length, n);
  let roots = 0;
  for (let i = 0; i < n; i++) {
    const h = r.heads[i]!;
    assert.ok(Number.isInteger(h) && h >= 0 && h <= n && h !== i + 1, `word ${i + 1}: head ${h} out of range 0..${n} or itself`);
    if (h === 0) roots++;
    assert.equal(r.deprels[i] === 'root', h === 0, `word ${i + 1}: relation ${r.deprels[i]} with head ${h}`);
    assert.ok(parser.model.labelNames.includes(r.deprels[i]!), `word ${i + 1}: unknown relation ${r.deprels[i]}`);
  }
  if (n > 0) assert.equal(roots, 1, 'exactly one root');
  // no cycles: from every word, following heads reaches the root within n steps
  for (let i = 1; i <= n; i++) {
    let x = i, steps = 0;
    while (x !== 0 && steps <= n) { x = r.heads[x - 1]!; steps++; }
    assert.equal(x, 0, `word ${i} is on a cycle`);
  }
}

// Why (issue 13): whatever the words, the parser returns a well-formed tree: the event coder walks heads without guards.
test('property: random word sequences of 1 to 1,000 words of any characters parse to a tree', () => {
  const word = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }), fc.constantFrom('the', 'said', ',', '.', 'and', 'of', 'by', 'was', 'killed', 'Iran', '"', '(', ')', '—', "n't", 'who'));
  fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 1000 }), (forms) => { assertTree(forms, parser.parse(forms, { lemmas: true })); }), { numRuns: 200, seed: 13 });
});

// Why: the empty sentence is not an error; it has no words and no root.
test('an empty word list gives empty arrays', () => {
  const r = parser.parse([]);
  assert.equal(r.heads.length, 0);
  assert.deepEqual(r.deprels, []);
});

/** Every text fixture of the suite (feeds, HTML, CSV, other languages) and the hostile strings of the ingest tests. */
function badInputCorpus(): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (!p.includes(`${path.sep}parser${path.sep}`)) out.push(fs.readFileSync(p, 'utf8'));
    }
  };
  walk(FIXTURES);
  out.push(
    'Caf\u0065\u0301 \u{1F44D}\u{1F3FD} \u{1F468}\u200D\u{1F469}\u200D\u{1F467} \u{1F1FA}\u{1F1E6}\u0007 Zoe\u0308 wrote.\n\nRussia threatened Ukraine on Monday, officials in Kyiv said.',
    '\ud800 lone \udfff surrogates \u0000 and \u202e bidi \u200b zero width',
    `${'<x>'.repeat(2000)} deep ${'</x>'.repeat(2000)}`,
    'a'.repeat(20000),
    '. . . , , , ; ; ; ! ! ?'.repeat(200),
    '"\u201c\u201d\u2018\u2019\u00ab\u00bb'.repeat(100),
  );
  return out;
}

// Why: the bad-input corpus, tokenised as dyad code does, parses sentence by sentence to trees without throwing.
test('the bad-input corpus tokenised as dyad code does parses to trees', () => {
  const tagger = loadTagger();
  let sentences = 0;
  for (const text of badInputCorpus()) {
    const seg = segment(text, tagger);
    for (const s of seg.sentences) {
      const forms = seg.tokens.slice(s.firstToken, s.endToken).map((t) => text.slice(t.start, t.end));
      assertTree(forms, parser.parse(forms, { lemmas: true }));
      sentences++;
    }
  }
  assert.ok(sentences > 50, `${sentences} sentences parsed`);
});
