import type { CodedEvent, Mention, Quote } from '../../core/types.js';
import type { DocContext } from '../../pipeline/context.js';
import type { Lexicon } from '../../resources/lexicon.js';
import { containsAny } from '../../resources/petrarch/discards.js';
import type { EventResources } from '../../resources/petrarch/verbs-load.js';
import { codeSentence } from './code-sentence.js';

export type { EventResources };
export { intentCode } from './intent-refusal.js';

export interface EventOptions {
  /** Article date (YYYY-MM-DD): resolves relative dates and decides what is historical. */
  date?: string;
}

/**
 * Codes CAMEO events: for each verb of the verb dictionary found in a sentence, the most specific
 * pattern of its block that matches (else the verb's own code) gives the code; the subject actor is
 * the source and the first actor after the verb (or the one the pattern marks with `+`) the target.
 */
export function codeEvents(ctx: DocContext, quotes: Quote[], res: { events: EventResources; lexicon?: Lexicon }, opts: EventOptions = {}): CodedEvent[] {
  const er = res.events;
  const { seg, article } = ctx;
  const tokens = seg.tokens;
  const text = article.text;
  const allNorms = tokens.map((t) => t.norm);
  if (er.discards && containsAny(allNorms, er.discards.storyIndex)) return [];
  const out: CodedEvent[] = [];
  let mi = 0;
  const mentions = ctx.mentions;
  const actorById = new Map(ctx.actors.map((a) => [a.id, a]));
  for (let si = 0; si < seg.sentences.length; si++) {
    const s = seg.sentences[si]!;
    const toks = tokens.slice(s.firstToken, s.lastToken);
    while (mi < mentions.length && mentions[mi]!.start < s.start) mi++;
    const sentMentions: Mention[] = [];
    for (let k = mi; k < mentions.length && mentions[k]!.start < s.end; k++) sentMentions.push(mentions[k]!);
    // quick exits: no actor mention (and no quotation that could lend one), or no verb of the dictionary
    if (!sentMentions.length && !quotes.length) continue;
    let hasVerb = false;
    for (const t of toks) if (er.verbs.forms.has(t.norm)) { hasVerb = true; break; }
    if (!hasVerb) continue;
    const norms = toks.map((t) => t.norm);
    if (er.discards && containsAny(norms, er.discards.sentenceIndex)) continue;
    out.push(...codeSentence(ctx, actorById, si, toks, norms, sentMentions, quotes, er, opts.date, text, res.lexicon));
  }
  out.forEach((e, i) => { e.id = `e${i + 1}`; });
  return out;
}
