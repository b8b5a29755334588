import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { codeMatch, normCode, rootOf } from '../../src/eval/codes.js';
import { prf } from '../../src/eval/format.js';
import { matchedCount, matchSpans, maxMatching, overlapLen } from '../../src/eval/match.js';
import { headSpan, locate, nameTokens, trimQuotes } from '../../src/eval/text.js';
import { buildView, makeAligner } from '../../src/eval/view.js';

test('matchSpans with heads: a prediction must overlap the head, not just the mention', () => {
  const gold: Array<[number, number]> = [[0, 20]]; // "the Chinese minister" with head "minister" at [12, 20]
  assert.deepEqual([...matchSpans(gold, [[4, 11]], [[[12, 20]]]).gToP], [-1]);
  assert.deepEqual([...matchSpans(gold, [[12, 20]], [[[12, 20]]]).gToP], [0]);
});

test('matchSpans without heads needs the overlap to cover half of the shorter span', () => {
  assert.deepEqual([...matchSpans([[0, 10]], [[6, 30]]).gToP], [-1]); // 4 of min(10, 24)
  assert.deepEqual([...matchSpans([[0, 10]], [[5, 30]]).gToP], [0]); // 5 of 10
});

test('matchSpans is one-to-one and gives each gold span its best-IoU prediction first', () => {
  // gold 0 overlaps both predictions; prediction 1 fits it exactly, prediction 0 is left for gold 1
  const m = matchSpans([[10, 20], [0, 12]], [[0, 12], [10, 20]]);
  assert.deepEqual([...m.gToP], [1, 0]);
  assert.deepEqual([...m.pToG], [1, 0]);
  // two predictions for one gold span: only one is matched
  assert.equal(matchedCount(matchSpans([[0, 10]], [[0, 10], [0, 9]]).pToG), 1);
});

test('maxMatching finds augmenting paths that a greedy matching misses', () => {
  const edges = [[0, 1], [0]]; // gold 0 -> p0 or p1, gold 1 -> p0 only
  const m = maxMatching(2, 2, (g, p) => edges[g]!.includes(p));
  assert.deepEqual([...m.gToP], [1, 0]);
});

test('maxMatching tries preferred predictions first', () => {
  const m = maxMatching(1, 3, () => true, (_, p) => (p === 2 ? 0 : 1));
  assert.deepEqual([...m.gToP], [2]);
});

test('maxMatching size equals the brute-force maximum on small random graphs', () => {
  const bruteForce = (nG: number, nP: number, adj: boolean[][]): number => {
    const best = (g: number, used: number): number => {
      if (g === nG) return 0;
      let b = best(g + 1, used);
      for (let p = 0; p < nP; p++) if (adj[g]![p] && !(used & (1 << p))) b = Math.max(b, 1 + best(g + 1, used | (1 << p)));
      return b;
    };
    return best(0, 0);
  };
  fc.assert(fc.property(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.array(fc.boolean(), { minLength: 25, maxLength: 25 }), (nG, nP, bits) => {
    const adj = Array.from({ length: nG }, (_, g) => Array.from({ length: nP }, (_, p) => bits[g * 5 + p]!));
    const m = maxMatching(nG, nP, (g, p) => adj[g]![p]!);
    for (let g = 0; g < nG; g++) if (m.gToP[g]! >= 0) assert.ok(adj[g]![m.gToP[g]!] && m.pToG[m.gToP[g]!] === g);
    assert.equal(matchedCount(m.gToP), bruteForce(nG, nP, adj));
  }));
});

test('headSpan: names are their own head, descriptions their noun, "X of Y" its X', () => {
  const head = (s: string): string => { const [a, b] = headSpan(s, 0, s.length); return s.slice(a, b); };
  assert.equal(head('Sergei Shoigu'), 'Sergei Shoigu');
  assert.equal(head('the North Atlantic Treaty Organization'), 'North Atlantic Treaty Organization');
  assert.equal(head('the Chinese minister'), 'minister');
  assert.equal(head("China's defense chief"), 'chief');
  assert.equal(head('the extension of the alliance'), 'extension');
});

test('codes: country-level gold matches longer codes, empty gold matches anything, GSR aliases are folded', () => {
  assert.ok(codeMatch('CHN', 'CHNGOVMIL'));
  assert.ok(!codeMatch('CHNGOV', 'CHN'));
  assert.ok(codeMatch('', 'RUS'));
  assert.ok(codeMatch(null, ''));
  assert.ok(codeMatch('JAP', 'JPNGOV'));
  assert.equal(normCode('igo-wst nat'), 'IGOWSTNAT');
  assert.equal(rootOf({ cameo: '0874' }), '08');
  assert.equal(rootOf({ root: '5', cameo: '051' }), '05');
});

test('locate falls back to quote-, dash- and space-normalised matching, mapped back to the text', () => {
  const text = 'He said \u201cno  deal\u201d \u2014 twice.';
  const loc = locate(text, '"no deal" - twice');
  assert.ok(loc);
  assert.equal(text.slice(loc[0], loc[1]), '\u201cno  deal\u201d \u2014 twice');
  assert.equal(locate(text, 'absent'), null);
  const [s, e] = trimQuotes(text, loc[0], loc[0] + 11);
  assert.equal(text.slice(s, e), 'no  deal');
});

test('makeAligner maps offsets of a re-spaced output text back to the sent text', () => {
  const sent = 'Title\n\nBody text here.';
  const printed = 'Title\n\n Body  text here.';
  const al = makeAligner(printed, sent);
  const i = printed.indexOf('Body');
  assert.equal(sent.slice(al(i), al(i + 4)), 'Body');
  const view = buildView({ text: printed, actors: [{ id: 'a1', mentions: [{ start: printed.indexOf('here'), end: printed.indexOf('here') + 4 }] }] }, sent);
  assert.ok(view.textDiffers);
  assert.equal(view.actors.get('a1')!.mentions[0]!.text, 'here');
});

test('prf: no items at all gives NaN F1, nothing right gives 0', () => {
  assert.ok(Number.isNaN(prf(0, 0, 0).F1));
  assert.equal(prf(0, 2, 1).F1, 0);
  assert.equal(prf(2, 2, 0).F1, 2 * 0.5 * 1 / 1.5);
  assert.equal(overlapLen([[0, 10]], [[5, 20], [8, 9]]), 6);
  assert.deepEqual(nameTokens('Defense Minister Dong Jun said'), ['dong', 'jun']);
});
