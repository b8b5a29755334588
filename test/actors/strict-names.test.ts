import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorAt, code, res } from './text-helpers.js';

// Why (issue 15): "Europe" became Communist Revolutionaries in Europe, "Africa" Republic of New Africa, "South" Sons of
// the South: a single common word matched a group entry through a made-up surname.
test('a single common word never matches a group or person entry', () => {
  const doc = code('Europe will answer the tariffs, officials in Africa said. The South rejected the plan, and the Union objected.', '2024-03-01');
  for (const w of ['Europe', 'Africa', 'South', 'Union']) {
    const a = actorAt(doc, w);
    assert.ok(!a || !/petrarch:Phoenix\.MilNonState/.test(a.codeEvidence?.rule ?? ''), `${w} -> ${a?.name} ${a?.codeEvidence?.rule}`);
    assert.ok(!a || (a.kind !== 'person' && a.kind !== 'organization') || !a.code, `${w} -> ${a?.name} ${a?.code}`);
  }
  for (const w of ['europe', 'africa', 'south', 'union', 'house', 'international']) assert.equal(res.lexicon.surnames.get(w), undefined, w);
});

// Why: the first word of a train's name became a person; an airport, a road, a building named after someone is not them.
test('no person is matched inside a longer proper name', () => {
  const doc = code('Commuters boarded the Boris Johnson Express at the Angela Merkel Memorial Station on Tuesday.', '2021-03-01');
  for (const n of ['Boris Johnson', 'Angela Merkel']) assert.ok(!/office-holders|Phoenix/.test(actorAt(doc, n)?.codeEvidence?.rule ?? ''), n);
  // the same names standing alone are the people, and a weekday after a name does not make it longer
  const people = code('Boris Johnson Tuesday met Angela Merkel in Berlin.', '2021-03-01');
  assert.equal(actorAt(people, 'Boris Johnson')?.code, 'GBRGOV');
  assert.equal(actorAt(people, 'Angela Merkel')?.code, 'DEUGOV');
});

// Why: a multi-word name matches by the surname its entry lists, after its full form appeared; a former office-holder's
// surname alone, or a surname another person in the story carries, stays with the story's own person.
test('a multi-word dictionary name matches by its listed surname after the full form appeared', () => {
  const after = code('Former Prime Minister Jacinda Ardern spoke in Auckland. Ardern said the talks would go on.', '2024-06-01');
  const ardern = actorAt(after, 'Ardern', 1);
  assert.equal(ardern?.code, 'NZLELI');
  assert.equal(ardern, actorAt(after, 'Jacinda Ardern'));
  // alone, a former leader's surname is no one in particular
  const alone = code('Ardern said the talks would go on.', '2024-06-01');
  assert.notEqual(actorAt(alone, 'Ardern')?.code, 'NZLELI');
  // in office, the surname alone is the office-holder
  assert.equal(actorAt(code('Ardern said the talks would go on.', '2019-06-01'), 'Ardern')?.code, 'NZLGOV');
  // another person of that surname named in the story keeps it
  const other = code('The analyst Peter Ardern said the talks would go on. Ardern added nothing.', '2019-06-01');
  assert.notEqual(actorAt(other, 'Ardern', 1)?.code, 'NZLGOV');
});
