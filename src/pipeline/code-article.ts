import type { Article, CodedArticle } from '../core/types.js';
import type { Resources } from '../resources/resources.js';
import { resolveCoreference } from '../stages/coref/resolve-coreference.js';
import { codeEvents } from '../stages/events/code-events.js';
import { findMentions } from '../stages/mentions/find-mentions.js';
import { segment } from '../stages/segment/segment.js';
import { attributeQuotes } from '../stages/quotes/attribute-quotes.js';
import type { CodeOptions, DocContext } from './context.js';
import { timed } from './timed.js';

/** Runs every stage on one article and returns the contract JSON for it. */
export function codeArticle(article: Article, res: Resources, opts: CodeOptions = {}): CodedArticle {
  const date = article.date ?? opts.defaultDate;
  const t = opts.timings;
  const seg = timed(t, 'segment', () => segment(article.text, res.tagger));
  const proposed = timed(t, 'mentions', () => findMentions(article, seg, res.lexicon, { date }));
  const coref = timed(t, 'coref', () => resolveCoreference(article, seg, proposed, res.lexicon));
  const ctx: DocContext = { article: { ...article, ...(date ? { date } : {}) }, seg, mentions: coref.mentions, actors: coref.actors, actorOfMention: coref.actorOfMention };
  const quotes = timed(t, 'quotes', () => attributeQuotes(ctx, { attributions: opts.attributions ?? 'speech' }));
  // events read statements only: a belief or a plan around a verb does not make it said
  const speech = opts.attributions === 'all' ? quotes.filter((q) => q.kind === 'speech') : quotes;
  const events = timed(t, 'events', () => codeEvents(ctx, speech, res, { date }));
  const out: CodedArticle = { id: article.id, ...(date ? { date } : {}), ...(article.title ? { title: article.title } : {}),
    ...(article.url ? { url: article.url } : {}), text: article.text,
    sentences: seg.sentences.map((s) => ({ start: s.start, end: s.end })), actors: ctx.actors, quotes, events };
  return out;
}
