import type { Span } from '../../core/types.js';
import type { Cue, Draft } from './cue-draft.js';
import { continues } from './quotation-joiner.js';
import type { RuledQuote } from './rules.js';
import { tokSpan, type QuoteScan } from './scan.js';
import { actorFor } from './speaker-lookup.js';

/**
 * The quotes, in text order, from the drafts (direct first, then reported, for equal spans): each takes its cue's
 * speaker span and the actor it names; a floating quote takes the speaker of the statement before it, within
 * `floatingParagraphs`; a quotation interrupted only by its attribution is joined to the one before. Ids q1, q2, ...
 */
export function assignSpeakers(scan: QuoteScan, cues: readonly Cue[], unsorted: readonly Draft[]): RuledQuote[] {
  const drafts = [...unsorted].sort((x, y) => x.content.start - y.content.start || y.content.end - x.content.end);
  const quotes: RuledQuote[] = [];
  const seen = new Set<string>();
  interface Prior { speaker: string | null; span: Span | null; paragraph: number }
  let last = null as Prior | null;
  for (const d of drafts) {
    const key = `${d.content.start}:${d.content.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let speakerSpan: Span | null = null;
    let speaker: string | null = null;
    if (d.from >= 0) {
      const sp = cues[d.from]!.speaker;
      if (sp) { speakerSpan = tokSpan(scan, sp[0], sp[1]); speaker = actorFor(scan, sp); }
    } else if (last && d.paragraph - last.paragraph <= scan.floatingParagraphs) {
      speakerSpan = last.span; speaker = last.speaker;
    }
    if (d.from >= 0 && (speakerSpan || speaker)) last = { speaker, span: speakerSpan, paragraph: d.paragraph };
    else if (d.from < 0 && last) last = { speaker: last.speaker, span: last.span, paragraph: d.paragraph };
    const q: RuledQuote = { id: '', speaker, content: d.content, cue: d.cue, direct: d.direct, speakerSpan, rule: d.rule, kind: d.kind };
    const prev = quotes[quotes.length - 1];
    if (prev && continues(scan, prev, q)) { quotes[quotes.length - 1] = { ...prev, content: { start: prev.content.start, end: q.content.end } }; continue; }
    quotes.push(q);
  }
  return quotes.map((q, n) => ({ ...q, id: `q${n + 1}` }));
}
