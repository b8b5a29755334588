import { Budget, defaultBudgetMs } from '../core/budget.js';
import type { Article, CodedArticle } from '../core/types.js';
import type { Resources } from '../resources/resources.js';
import { resolveCoreference } from '../stages/coref/resolve-coreference.js';
import { codeEvents } from '../stages/events/code-events.js';
import { findMentions } from '../stages/mentions/find-mentions.js';
import { segment } from '../stages/segment/segment.js';
import { attributeQuotes } from '../stages/quotes/attribute-quotes.js';
import { addSpeakerActors } from '../stages/quotes/speaker-actors.js';
import type { CodeOptions, DocContext } from './context.js';
import { timed } from './timed.js';

/** The stages before quotes and events (segmentation, mentions, coreference): what every later stage reads. */
export function documentContext(article: Article, res: Resources, opts: CodeOptions = {}, budget?: Budget): DocContext {
  const date = article.date ?? opts.defaultDate;
  const t = opts.timings;
  const seg = timed(t, 'segment', () => segment(article.text, res.tagger), budget);
  const proposed = timed(t, 'mentions', () => findMentions(article, seg, res.lexicon, { date }), budget);
  const coref = timed(t, 'coref', () => resolveCoreference(article, seg, proposed, res.lexicon), budget);
  return { article: { ...article, ...(date ? { date } : {}) }, seg, mentions: coref.mentions, actors: coref.actors, actorOfMention: coref.actorOfMention };
}

/** Runs every stage on one article and returns the contract JSON for it (E_BUDGET past its time budget, CodeOptions.budgetMs). */
export function codeArticle(article: Article, res: Resources, opts: CodeOptions = {}): CodedArticle {
  const date = article.date ?? opts.defaultDate;
  const t = opts.timings;
  const budget = new Budget(opts.budgetMs ?? defaultBudgetMs(article.text.length));
  const ctx = documentContext(article, res, opts, budget);
  const speech = timed(t, 'quotes', () => attributeQuotes(ctx), budget);
  // events read the statements only (a belief or a plan around a verb does not make it said), so they are the same
  // with every attribution asked for; their quote ids then point at the same statements in the longer list
  const quotes = opts.attributions === 'all' ? timed(t, 'quotes', () => attributeQuotes(ctx, { attributions: 'all' }), budget) : speech;
  const events = timed(t, 'events', () => codeEvents(ctx, speech, res, { date }), budget);
  if (quotes !== speech) {
    const idOf = new Map(quotes.map((q) => [`${q.content.start}:${q.content.end}`, q.id]));
    const newId = new Map(speech.map((q) => [q.id, idOf.get(`${q.content.start}:${q.content.end}`)]));
    for (const e of events) {
      if (e.quote === undefined) continue;
      const id = newId.get(e.quote);
      if (id) e.quote = id; else delete e.quote;
    }
  }
  // speakers named by a description or an unresolved pronoun get an actor of their own (after events: they read only resolved speakers)
  const spk = addSpeakerActors(article.text, ctx.actors, [quotes]);
  const out: CodedArticle = { id: article.id, ...(date ? { date } : {}), ...(article.title ? { title: article.title } : {}),
    ...(article.url ? { url: article.url } : {}), text: article.text,
    sentences: ctx.seg.sentences.map((s) => ({ start: s.start, end: s.end })), actors: spk.actors, quotes: spk.lists[0]!, events };
  return out;
}
