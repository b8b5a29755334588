import type { Article, CodedArticle } from '../core/types.js';
import type { Resources } from '../resources/resources.js';
import { segment } from '../stages/segment/segment.js';
import type { CodeOptions } from './context.js';
import { attributeQuotes } from '../stages/quotes/attribute-quotes.js';

/** Runs every stage on one article and returns the contract JSON for it. */
export function codeArticle(article: Article, res: Resources, opts: CodeOptions = {}): CodedArticle {
  const date = article.date ?? opts.defaultDate;
  const seg = segment(article.text, res.tagger);
  const out: CodedArticle = { id: article.id, ...(date ? { date } : {}), ...(article.title ? { title: article.title } : {}),
    ...(article.url ? { url: article.url } : {}), text: article.text,
    sentences: seg.sentences.map((s) => ({ start: s.start, end: s.end })), actors: [], quotes: [], events: [] };
  out.quotes = attributeQuotes({ article, seg, mentions: [], actors: [], actorOfMention: {} });
  return out;
}
