import { test } from 'node:test';
import assert from 'node:assert/strict';
import { handTree as tree } from '../helpers/parse-tree.js';

// Why: "were killed by gunmen": the agent is the by-oblique of a passive verb, the subject is the patient.
test('syntax: passive subject and agent, by obl:agent or by a by-oblique on a passive verb', () => {
  const t = tree(`Officers 3 nsubj:pass
    were 3 aux:pass
    killed 0 root
    by 5 case
    gunmen 3 obl:agent
    . 3 punct`);
  assert.equal(t.names(t.syn.subjects(t.at('killed'))), 'Officers');
  assert.equal(t.names(t.syn.agents(t.at('killed'))), 'gunmen');
  assert.ok(t.syn.isPassive(t.at('killed')));
  const u = tree(`Officers 3 nsubj:pass
    were 3 aux:pass
    killed 0 root
    by 5 case
    gunmen 3 obl
    and 7 cc
    rebels 5 conj`);
  assert.equal(u.names(u.syn.agents(u.at('killed'))), 'gunmen rebels');
  assert.deepEqual(u.syn.obliques(u.at('killed')).map((o) => o.caseForm), ['by']);
});

// Why: "the army's shelling of Kharkiv": the nominal event's arguments with their case words.
test('syntax: nominal arguments with case words and possessors', () => {
  const t = tree(`the 2 det
    army 4 nmod:poss
    's 2 case
    shelling 0 root
    of 6 case
    Kharkiv 4 nmod`);
  const args = t.syn.nominalArgs(t.at('shelling'));
  assert.deepEqual(args.map((a) => [t.names([a.word]), a.caseForm, a.rel]), [['army', "'s", 'nmod:poss'], ['Kharkiv', 'of', 'nmod']]);
  assert.deepEqual(t.syn.phrase(t.at('shelling')), [0, 5]);
  assert.deepEqual(t.syn.phrase(t.at('army')), [0, 2]);
});

// Why: conjoined subjects are both subjects (never paired with each other); a second verb shares the first's subject.
test('syntax: coordination groups, shared subjects, control', () => {
  const t = tree(`Chile 4 nsubj
    and 3 cc
    Peru 1 conj
    signed 0 root
    and 6 cc
    ratified 4 conj
    it 4 obj
    to 9 mark
    end 4 advcl`);
  assert.equal(t.names(t.syn.subjects(t.at('signed'))), 'Chile Peru');
  assert.equal(t.names(t.syn.subjects(t.at('ratified'))), 'Chile Peru');
  assert.deepEqual(t.syn.conjuncts(t.at('Peru')), [0, 2]);
  assert.deepEqual(t.syn.conjuncts(t.at('it')), [t.at('it')]);
  const c = tree(`Iran 2 nsubj
    refused 0 root
    to 4 mark
    release 2 xcomp
    prisoners 4 obj`);
  assert.equal(c.names(c.syn.subjects(c.at('release'))), 'Iran');
});

// Why: "militants, who attacked a checkpoint": the relative pronoun stands for the antecedent.
test('syntax: relative clauses give their antecedent as subject or object', () => {
  const t = tree(`militants 6 nsubj
    who 3 nsubj
    attacked 1 acl:relcl
    a 5 det
    checkpoint 3 obj
    fled 0 root`);
  assert.equal(t.syn.relativeAntecedent(t.at('attacked')), t.at('militants'));
  assert.equal(t.names(t.syn.subjects(t.at('attacked'))), 'militants');
  const o = tree(`report 5 nsubj
    that 4 obj
    committee 4 nsubj
    released 1 acl:relcl
    blamed 0 root`);
  assert.equal(o.names(o.syn.objects(o.at('released'))), 'report');
  assert.equal(o.syn.relativeAntecedent(o.at('blamed')), -1);
});

// Why: "X said Y attacked Z" and "Y attacked Z, X said": the reported act and the verb reporting it.
test('syntax: reported clauses, negation', () => {
  const t = tree(`Officials 2 nsubj
    said 0 root
    Israel 4 nsubj
    struck 2 ccomp
    targets 4 obj`);
  assert.equal(t.syn.reportingVerb(t.at('struck')), t.at('said'));
  assert.deepEqual(t.syn.clauses(t.at('said')), [t.at('struck')]);
  const p = tree(`Rebels 2 nsubj
    attacked 0 root
    convoy 2 obj
    , 6 punct
    army 6 nsubj
    said 2 parataxis`);
  assert.equal(p.syn.reportingVerb(p.at('attacked')), p.at('said'));
  const n = tree(`president 4 nsubj
    did 4 aux
    not 4 advmod
    sign 0 root
    bill 4 obj`);
  assert.ok(n.syn.negated(n.at('sign')));
  assert.ok(!n.syn.negated(n.at('bill')));
});
