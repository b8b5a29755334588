import type { DocWith, Layers } from '../../core/doc.js';
import type { CodedEvent, Mention } from '../../core/types.js';
import type { Lexicon } from '../../resources/lexicon.js';
import { syntaxOf } from '../../resources/parser.js';
import type { SentenceParse } from './sentence-frame.js';
import type { EventResources } from '../../resources/petrarch/verbs-load.js';
import { codeSentence } from './code-sentence.js';
import { sentenceDiscard, storyDiscard } from './story-discard.js';
import { EVENT_NOUNS } from './nominal-events.js';
import type { Diagnostic } from '../../core/types.js';

export type { EventResources };
export { intentCode } from './intent-refusal.js';

/** What the event coder reads: tokens, sentences, coreference and the statements (speech quotes). */
export type EventDoc = DocWith<'tokens' | 'sentences' | 'coref' | 'statements'> & { readonly syntax?: Layers['syntax'] };

/**
 * Codes CAMEO events: for each verb of the verb dictionary found in a sentence, the most specific
 * pattern of its block that matches (else the verb's own code) gives the code; the subject actor is
 * the source and the first actor after the verb (or the one the pattern marks with `+`) the target. The article date
 * (YYYY-MM-DD) resolves relative dates and decides what is historical; the statements lend quoted we/us a speaker.
 */
export function codeEvents(doc: EventDoc, res: { events: EventResources; lexicon?: Lexicon }): { events: CodedEvent[]; diagnostics: Diagnostic[] } {
  const er = res.events;
  const { text, tokens, sentences } = doc;
  const quotes = doc.statements;
  const diagnostics: Diagnostic[] = [];
  if (er.discards) {
    const sd = storyDiscard(text, tokens, sentences, er.discards, er.policy);
    diagnostics.push(...sd.diagnostics);
    if (sd.discard) return { events: [], diagnostics };
  }
  const out: CodedEvent[] = [];
  let mi = 0;
  const mentions = doc.coref.mentions;
  const actorById = new Map(doc.coref.actors.map((a) => [a.id, a]));
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const toks = tokens.slice(s.firstToken, s.endToken);
    while (mi < mentions.length && mentions[mi]!.start < s.start) mi++;
    const sentMentions: Mention[] = [];
    // (a dateline, "LIMA, Peru (AP) —", holds no mention: the mentions stage skips the dateline layer's span)
    for (let k = mi; k < mentions.length && mentions[k]!.start < s.end; k++) sentMentions.push(mentions[k]!);
    // quick exits: no actor mention (and no quotation that could lend one), or no verb of the dictionary
    if (!sentMentions.length && !quotes.length) continue;
    let hasVerb = false;
    for (const t of toks) if (er.verbs.forms.has(t.norm) || (er.policy === 'dyad' && EVENT_NOUNS.has(t.norm))) { hasVerb = true; break; }
    if (!hasVerb) continue;
    const norms = toks.map((t) => t.norm);
    if (er.discards) { const d = sentenceDiscard(text, toks, norms, si, er.discards); if (d) { diagnostics.push(d); continue; } }
    let sp: SentenceParse | null | undefined;
    const syntax = doc.syntax;
    const parse = (): SentenceParse | null => {
      if (sp === undefined) {
        if (!syntax || s.headline || er.policy !== 'dyad') sp = null;
        else { const p = syntax.sentence(si); sp = { syn: syntaxOf(p, toks.map((t) => text.slice(t.start, t.end))), upos: p.upos }; }
      }
      return sp;
    };
    out.push(...codeSentence(doc.coref.actorOfMention, actorById, si, s.firstToken, toks, norms, sentMentions, quotes, er, doc.article.date, text, res.lexicon, parse));
  }
  const events = withoutRepeats(out);
  events.forEach((e, i) => { e.id = `e${i + 1}`; });
  return { events, diagnostics };
}

/**
 * One event per act: two readings of the same words with the same codes, CAMEO code and modality ("He and other
 * senior U.S. officials held talks with Russian officials": two participants of one code) are one row, the first.
 * Data users count rows; a repeated row would double the act.
 */
function withoutRepeats(events: CodedEvent[]): CodedEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = `${e.sentence}|${e.evidence.start}|${e.evidence.end}|${e.sourceCode}|${e.targetCode}|${e.cameo}|${e.modality}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
