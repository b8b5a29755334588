import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePattern } from '../../src/resources/petrarch/verb-patterns.js';
import { parseVerbDictionary, regularVerbForms } from '../../src/resources/petrarch/verbs.js';
import { containsAny, parseDiscards } from '../../src/resources/petrarch/discards.js';

const DICT = `<!-- a PETRARCH-1 style test dictionary -->
&CURRENCY
+DOLLAR
+KRONER_
+SWISS FRANCS

&NOPLURAL_
+NEW

--- ABANDON  [345]  ---
ABANDON    # comment
- * DIPLOMATIC TIES [901]
- * NEW_&CURRENCY [903]

--- VISIT [042:043] ---
VISIT
GO {WENT GONE GOING GOES} [036]
KLM_NOP_+RST [002]
+CLEAR_UP
- $ * + (OF &CRIME) [1121]
- SUGGESTED_+ * DEMAND [111]
- % * [030:030]
`;

test('synsets get regular plurals unless the phrase or the label ends with _', () => {
  const { dict } = parseVerbDictionary(DICT, 'T');
  const cur = dict.synsets.get('&CURRENCY')!.map((p) => p.join(' '));
  assert.ok(cur.includes('dollar') && cur.includes('dollars'));
  assert.ok(cur.includes('kroner') && !cur.includes('kroners'));
  assert.ok(cur.includes('swiss francs'));
  assert.deepEqual(dict.synsets.get('&NOPLURAL')!.map((p) => p.join(' ')), ['new']);
});

test('block headers give the default code and the reverse code of [fwd:rev]', () => {
  const { dict } = parseVerbDictionary(DICT, 'T');
  assert.equal(dict.blocks.get('ABANDON')!.code, '345');
  const visit = dict.forms.get('visited')![0]!;
  assert.equal(visit.block, 'VISIT');
  assert.equal(visit.code, '042');
  assert.equal(visit.reverse, '043');
});

test('irregular forms in {...} are indexed, and a verb line [code] overrides the block code', () => {
  const { dict } = parseVerbDictionary(DICT, 'T');
  for (const f of ['go', 'went', 'gone', 'going', 'goes']) assert.equal(dict.forms.get(f)?.[0]?.code, '036', f);
  assert.equal(dict.forms.get('goed'), undefined);
});

test('multi-word verbs keep the words before and after the verb word', () => {
  const { dict } = parseVerbDictionary(DICT, 'T');
  const rst = dict.forms.get('rst')![0]!;
  assert.deepEqual([rst.front, rst.back, rst.code], [['klm', 'nop'], [], '002']);
  const clear = dict.forms.get('cleared')![0]!;
  assert.deepEqual([clear.front, clear.back], [[], ['up']]);
});

test('regular verb forms: -s/-es/-ies, -ed/-d/-ied, -ing with e-drop', () => {
  assert.deepEqual(regularVerbForms('RESTORE').sort(), ['restore', 'restored', 'restores', 'restoring']);
  assert.ok(regularVerbForms('accompany').includes('accompanied'));
  assert.ok(regularVerbForms('push').includes('pushes'));
  assert.ok(!regularVerbForms('depart').includes('departes'));
});

test('pattern atoms: source, target, groups, tight words and synsets', () => {
  const p = parsePattern(' $ * + (OF &CRIME) [1121]', 'X', '- $ * + (OF &CRIME) [1121]');
  assert.ok(typeof p !== 'string');
  assert.deepEqual(p.pre.map((a) => a.kind), ['source']);
  assert.deepEqual(p.post.map((a) => [a.kind, a.value, a.group > 0]), [['target', '+', false], ['word', 'of', true], ['syn', '&CRIME', true]]);
  assert.equal(p.code, '1121');
  const q = parsePattern(' SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS [111]', 'X', '');
  assert.ok(typeof q !== 'string');
  // pre atoms are nearest-first: the target, then SUGGESTED right before it
  assert.deepEqual(q.pre.map((a) => [a.kind, a.tight]), [['target', false], ['word', true]]);
  assert.deepEqual(q.post.map((a) => a.tight), [false, true, true]);
  assert.deepEqual(q.required, ['suggested', 'demand', 'conventions']);
});

test('codes: [---] is null, [:173] only reverse, [030:030] both', () => {
  const n = parsePattern(' * PLAN [---]', 'X', '');
  const r = parsePattern(' * (BEFORE COURT) [:173]', 'X', '');
  const b = parsePattern(' % * [030:030]', 'X', '');
  assert.ok(typeof n !== 'string' && typeof r !== 'string' && typeof b !== 'string');
  assert.deepEqual([n.code, n.reverse], [null, null]);
  assert.deepEqual([r.code, r.reverse], [null, '173']);
  assert.deepEqual([b.code, b.reverse], ['030', '030']);
});

test('a pattern without [code] or without * is reported, not thrown', () => {
  assert.equal(typeof parsePattern(' * FOO', 'X', ''), 'string');
  assert.equal(typeof parsePattern(' FOO [010]', 'X', ''), 'string');
  const { problems } = parseVerbDictionary('--- A [010] ---\nA\n- * FOO\n', 'T');
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.line, 3);
});

test('discards: + marks a story discard; phrases match whole words in order', () => {
  const d = parseDiscards('Story-level discards are indicated with a +.\nBASEBALL\n+TYPHOON # storms\nAFRICAN NATIONS CUP\n', 'D');
  assert.deepEqual(d.story, [['typhoon']]);
  assert.ok(containsAny(['the', 'african', 'nations', 'cup', 'final'], d.sentenceIndex));
  assert.ok(!containsAny(['african', 'nations', 'league'], d.sentenceIndex));
});
