import assert from 'node:assert/strict';
import type { Actor, CodedArticle } from '../../src/core/types.js';
import { codeArticle } from '../../src/pipeline/code-article.js';
import { loadResources } from '../../src/resources/resources.js';

// Helpers of the made-up-sentence actor tests (text-roles, actors-round3): code a text with the bundled resources and
// find an actor or a speaker by the words of the text.
const res = loadResources();
export const code = (text: string, date = '2024-06-01'): CodedArticle => codeArticle({ id: 't', text, date }, res);
/** The actor with a mention covering the first occurrence of `surface`. */
export const actorAt = (doc: CodedArticle, surface: string): Actor | undefined => {
  const i = doc.text.indexOf(surface);
  assert.ok(i >= 0, `"${surface}" is in the text`);
  return doc.actors.find((a) => a.mentions.some((m) => m.start <= i && i < m.end));
};
export const texts = (doc: CodedArticle, a: Actor | undefined): string[] => a?.mentions.map((m) => doc.text.slice(m.start, m.end)) ?? [];
/** The speaker of the quote whose content contains `content`. */
export const speakerOf = (doc: CodedArticle, content: string): Actor | undefined => {
  const q = doc.quotes.find((x) => doc.text.slice(x.content.start, x.content.end).includes(content));
  return doc.actors.find((a) => a.id === q?.speaker);
};
