import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { COMPILED_LEXICON, dictionaryLexicon } from '../../src/resources/resources.js';
import { loadCountries } from '../../src/resources/gazetteer.js';
import { buildLexicon, type LexEntry } from '../../src/resources/lexicon.js';
import { encodeLexiconPlan, isLexiconPlan, lexiconFromPlan, planLexicon } from '../../src/resources/lexicon-plan.js';
import type { Lexicon } from '../../src/resources/lexicon.js';

/** A replayed lexicon with its lazy surnames map read whole into a plain Map (every list made), to compare with a built one. */
const plain = (l: Lexicon): Lexicon => ({ ...l, surnames: new Map(l.surnames) });
import { parsePhrase } from '../../src/resources/petrarch/phrase.js';

/** Every entry object reachable from the trie's values, in a walk order both lexicons share. */
function trieEntries(trie: unknown): LexEntry[] {
  const out: LexEntry[] = [];
  type N = { only: N | null; next: Map<string, N> | null; values: LexEntry[] | null; stems: Array<{ value: LexEntry }> | null };
  const walk = (n: N): void => {
    for (const v of n.values ?? []) out.push(v);
    for (const s of n.stems ?? []) out.push(s.value);
    if (n.only) walk(n.only);
    for (const c of n.next?.values() ?? []) walk(c);
  };
  walk((trie as { root: N }).root);
  for (const l of (trie as { rootStems: Map<number, Array<{ value: LexEntry }>> }).rootStems.values()) for (const s of l) out.push(s.value);
  return out;
}

// Why: start-up replays the build step's record of the bundled lexicon instead of building it; a replay that differs
// in one phrase, entry field, order or shared entry would change what dyad codes.
test('the bundled lexicon replayed from its plan equals the lexicon built from the dictionaries, shared entries included', () => {
  const built = dictionaryLexicon();
  const plan = encodeLexiconPlan(planLexicon({ countries: loadCountries(), actors: [], agents: [], gazetteer: true }));
  assert.ok(isLexiconPlan(plan));
  // the file the build wrote (npm run build) replays to the same lexicon
  const written = fs.readFileSync(COMPILED_LEXICON);
  assert.ok(isLexiconPlan(written), `${COMPILED_LEXICON} is not a lexicon plan: run npm run build`);
  const replayed = lexiconFromPlan(written, loadCountries());
  // the phrases under a first token are added when a walk first reaches it: the same matches before and after
  const words = 'the prime minister of the united kingdom met president xi jinping and the european union in new york'.split(' ');
  const matches = (l: typeof built): unknown => words.map((_, i) => l.trie.matchAt(words, i, words.length));
  assert.deepStrictEqual(matches(replayed), matches(built));
  assert.notDeepStrictEqual(replayed, built); // most phrases still wait
  // a surname's list is made when first asked for; the others when the map is read whole (\`plain\` below)
  assert.deepStrictEqual(replayed.surnames.get('mugabe'), built.surnames.get('mugabe'));
  assert.ok(built.surnames.get('mugabe')?.length);
  assert.equal(replayed.surnames.get('no such surname'), undefined);
  replayed.trie.fillAll();
  assert.deepStrictEqual([...replayed.surnames.keys()], [...built.surnames.keys()]); // the build's order
  assert.deepStrictEqual(plain(replayed), built);
  assert.equal(replayed.trie.size, built.trie.size);
  // sharing: a person's entry in `surnames` is the very object the trie holds for its name, in both
  const shared = (l: typeof built): number => { const inTrie = new Set(trieEntries(l.trie)); let n = 0; for (const es of l.surnames.values()) for (const e of es) if (inTrie.has(e)) n++; return n; };
  assert.ok(shared(built) > 1000);
  assert.equal(shared(replayed), shared(built));
  assert.equal(new Set(trieEntries(replayed.trie)).size, new Set(trieEntries(built.trie)).size);
  // and the countries alone (no dictionary) replay too
  const countriesOnly = lexiconFromPlan(plan, loadCountries());
  countriesOnly.trie.fillAll();
  assert.deepStrictEqual(plain(countriesOnly), buildLexicon({ countries: loadCountries(), actors: [], agents: [], gazetteer: true }));
});

// Why: a user's dictionaries can hold phrases written with spaces (`Lexicon.spaced`) and stems; the plan must keep them.
test('a plan keeps spaced phrases, stems, surnames and agents', () => {
  const key = (s: string) => parsePhrase(s)!;
  const src = {
    countries: loadCountries(),
    actors: [{ file: 'x.actors.txt', entries: [
      { name: 'ITHILEN TELEVISION', source: 'x', phrases: [key('ITHILEN TELEVISION'), key('ITHILEN_TV_')], codes: [{ code: 'ITHMED' }] },
      { name: 'ARAGORN ELESSAR', source: 'x', phrases: [key('ARAGORN_ELESSAR_')], codes: [{ code: 'GONGOV', from: '2001-01-01' }], person: true, surnames: ['elessar'] },
    ] }],
    agents: [{ file: 'x.agents.txt', entries: [{ name: 'RANGER', source: 'x', phrases: [key('RANGER'), key('RANGERS_')], sectors: ['MIL'], prefix: false }] }],
    gazetteer: false,
  };
  const built = buildLexicon(src);
  assert.equal(built.spaced?.get('ithilen')?.length, 1);
  const plan = encodeLexiconPlan(planLexicon(src));
  assert.deepStrictEqual(plain(lexiconFromPlan(plan, src.countries, false)), built);
  assert.deepStrictEqual(lexiconFromPlan(plan, src.countries, false).surnames.get('elessar')?.map((e) => e.name), ['Aragorn Elessar']);
  assert.deepStrictEqual(lexiconFromPlan(plan, src.countries, false).trie.matchAt(['rangers', 'of', 'the'], 0, 3).map((m) => m.end), [1]);
  // a plan of another format or version is not replayed (start-up then builds the lexicon from the dictionaries)
  assert.equal(isLexiconPlan(Buffer.from('{"version":3}')), false);
});
