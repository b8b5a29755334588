import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRoles, clauseComplementSense } from '../../src/stages/events/parse-roles.js';
import type { EventParties } from '../../src/stages/events/source-target.js';
import { handTree as tree } from '../helpers/parse-tree.js';

/**
 * The parse rules of parse-roles.ts on hand-written trees (test/helpers/parse-tree.ts), so that a rule is tested on
 * the construction it names and not on whatever one model makes of a sentence: each tree is "FORM HEAD REL UPOS" per
 * word (UD English).
 */
const parties = (src: [number, number], tgt: [number, number]): EventParties => ({
  src: { members: [0], ts: src[0], te: src[1] }, tgt: { members: [1], ts: tgt[0], te: tgt[1] }, compound: false,
});

// Why: "X said Y attacked Z": Y is the subject of the reported clause, no target of the saying (parse:target-in-clause).
test('target-in-clause: the subject of a reported clause is no target of the reporting verb', () => {
  const t = tree(`Chile 2 nsubj PROPN
    said 0 root VERB
    Peru 4 nsubj PROPN
    attacked 2 ccomp VERB
    Bolivia 4 obj PROPN
    . 2 punct PUNCT`);
  const v = checkRoles(t.syn, t.upos, t.at('said'), parties([0, 1], [2, 3]), '010', true);
  assert.deepEqual(v, { kind: 'drop', rule: 'parse:target-in-clause' });
});

// Why: an accusation over a clause accuses the clause's subject: "Chile alleges Peru violated ..." is 11x on Peru.
test('target-in-clause: an accusation (11x) keeps the clause subject as its target', () => {
  const t = tree(`Chile 2 nsubj PROPN
    alleges 0 root VERB
    Peru 4 nsubj PROPN
    violated 2 ccomp VERB
    treaties 4 obj NOUN
    . 2 punct PUNCT`);
  assert.equal(checkRoles(t.syn, t.upos, t.at('alleges'), parties([0, 1], [2, 3]), '112', true).kind, 'keep');
});

// Why: a misparse that makes the verb's object the subject of a trailing "..., a council said" (two subjects) or of a
// participle ("aid to refugees fleeing") is no reported clause: the act keeps its target.
test('target-in-clause: a clause with two subjects or a participle with a subject gives no verdict', () => {
  const t = tree(`Chileans 2 nsubj PROPN
    killed 0 root VERB
    Peruvians 6 nsubj PROPN
    , 5 punct PUNCT
    council 6 nsubj NOUN
    said 2 ccomp VERB
    . 2 punct PUNCT`);
  assert.equal(checkRoles(t.syn, t.upos, t.at('killed'), parties([0, 1], [2, 3]), '190', false).kind, 'keep');
  const u = tree(`Chile 2 nsubj PROPN
    sent 0 root VERB
    Peruvians 4 nsubj PROPN
    fleeing 2 advcl VERB
    war 4 obj NOUN
    . 2 punct PUNCT`);
  assert.equal(checkRoles(u.syn, u.upos, u.at('sent'), parties([0, 1], [2, 3]), '070', false).kind, 'keep');
  // (and the participle's words are the verb's own phrase: a bare verb's target there is its argument)
  assert.equal(checkRoles(u.syn, u.upos, u.at('sent'), parties([0, 1], [2, 3]), '070', true).kind, 'keep');
});

// Why: "expects Peru will sign": a noun phrase after the verb followed by a modal and a verb is the subject of a clause
// the verb governs, however the parse attached it; a clause after the verb's own object is a reduced relative.
test('clause-complement: V NP MODAL VERB governs a clause; a clause after the object does not', () => {
  const t = tree(`Chile 2 nsubj PROPN
    expects 0 root VERB
    Peru 2 obj PROPN
    will 5 aux AUX
    sign 2 ccomp VERB
    . 2 punct PUNCT`);
  assert.ok(clauseComplementSense(t.syn, t.at('expects'), '036', true, t.upos));
  const inverted = tree(`Chile 2 nsubj PROPN
    expects 5 advcl VERB
    Peru 2 obj PROPN
    will 5 aux AUX
    sign 0 root VERB
    . 5 punct PUNCT`);
  assert.ok(clauseComplementSense(inverted.syn, inverted.at('expects'), '036', true, inverted.upos));
  const rel = tree(`Chile 2 nsubj PROPN
    supplied 0 root VERB
    arms 2 obj NOUN
    Peru 5 nsubj PROPN
    bought 2 ccomp VERB
    . 2 punct PUNCT`);
  assert.ok(!clauseComplementSense(rel.syn, rel.at('supplied'), '070', true, rel.upos));
});
