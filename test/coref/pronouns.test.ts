import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadResources } from '../../src/resources/resources.js';
import { codeArticle } from '../../src/pipeline/code-article.js';

// Coreference of relative and personal pronouns through the real pipeline (segment, mentions, coreference).
// Made-up sentences.

const res = loadResources();

/** The name of the actor that has a mention at the n-th occurrence (0-based) of `word`, or null. */
function actorAt(text: string, word: string, n = 0): string | null {
  const out = codeArticle({ id: 't', text }, res);
  let at = -1;
  for (let k = 0; k <= n; k++) at = text.indexOf(word, at + 1);
  const a = out.actors.find((x) => x.mentions.some((m) => m.start === at && m.end === at + word.length));
  return a ? a.name : null;
}

// PolNeAR's sources include the relative pronoun of "X, who said ...": it must belong to X's actor
test('"who" after a name is a mention of that name\'s actor', () => {
  assert.equal(actorAt('Fumio Kishida, who arrived on Monday, met reporters.', 'who'), 'Fumio Kishida');
});

test('"X of <place>, who": the relative pronoun goes to the person, not the place', () => {
  assert.equal(actorAt('The talks were led by Fumio Kishida of Japan, who spoke first.', 'who'), 'Fumio Kishida');
});

test('"which" after an organization is a mention of it; "that" after a verb is not a mention', () => {
  const text = 'The talks were hosted by NATO, which has 32 members. Kishida said that NATO matters.';
  assert.equal(actorAt(text, 'which'), 'NATO');
  assert.equal(actorAt(text, 'that'), null);
});

test('"who" in a name ("Doctor Who") is not a relative pronoun', () => {
  assert.equal(actorAt('Fans of Doctor Who met in Toronto.', 'Who'), null);
});

// A he/she whose person was named more than four sentences back is still that person, not dropped
test('"he" resolves to the person named further back when no person is nearer', () => {
  const text = 'Fumio Kishida arrived in Osaka. The weather was cold. The port was busy. Ships were waiting. Trade was slow. Prices rose. He said the port would reopen.';
  assert.equal(actorAt(text, 'He'), 'Fumio Kishida');
});
