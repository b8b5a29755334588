import assert from 'node:assert/strict';
import type { Actor, CodedArticle } from '../../src/core/types.js';
import { codeArticle } from '../../src/pipeline/code-article.js';
import { loadResources } from '../../src/resources/resources.js';

// Helpers of the made-up-sentence actor tests (text-roles, actors-round3/4/6, strict-names): code a text with the bundled resources and
// find an actor or a speaker by the words of the text.
/** The bundled resources, loaded once for the actor tests. */
export const res = loadResources();
export const code = (text: string, date = '2024-06-01'): CodedArticle => codeArticle({ id: 't', text, date }, res);
/** The actor with a mention covering the first occurrence of `surface` (with `nth`, the one after `nth` others). */
export const actorAt = (doc: CodedArticle, surface: string, nth = 0): Actor | undefined => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = doc.text.indexOf(surface, i + 1);
  assert.ok(i >= 0, `"${surface}" is in the text${nth ? ` ${nth + 1} times` : ''}`);
  return doc.actors.find((a) => a.mentions.some((m) => m.start <= i && i < m.end));
};
export const texts = (doc: CodedArticle, a: Actor | undefined): string[] => a?.mentions.map((m) => doc.text.slice(m.start, m.end)) ?? [];
/** The speaker of the quote whose content contains `content`. */
export const speakerOf = (doc: CodedArticle, content: string): Actor | undefined => {
  const q = doc.quotes.find((x) => doc.text.slice(x.content.start, x.content.end).includes(content));
  return doc.actors.find((a) => a.id === q?.speaker);
};
