import type { Diagnostic, Sentence, Token } from '../../core/types.js';
import { findAny, type DiscardList } from '../../resources/petrarch/discards.js';

/**
 * The PETRARCH discard list's story-level entries (`+GRAND PRIX`, `+FIFA`, ...) name the kind of story the coder
 * skips (sports, disasters). With dyad's policy a story is that kind by its headline (a title line; a text without one is
 * judged by its sentences alone) or by most of its sentences, never by one phrase somewhere in it ("Bahraini police fired
 * tear gas at protesters ... two days before the Bahrain Grand Prix" is coded). Every entry found is a visible
 * diagnostic with the phrase and its span, whether or not it discards the story. With the petrarch policy the list
 * applies as written: one entry anywhere discards the story (still reported).
 */
export function storyDiscard(text: string, tokens: readonly Token[], sentences: readonly Sentence[], discards: DiscardList, policy: 'dyad' | 'petrarch'):
  { discard: boolean; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let hits = 0, headlineHit = false;
  sentences.forEach((s, si) => {
    const norms: string[] = [];
    for (let t = s.firstToken; t < s.endToken; t++) norms.push(tokens[t]!.norm);
    const f = findAny(norms, discards.storyIndex);
    if (!f) return;
    hits++;
    if (s.headline) headlineHit = true;
    const a = tokens[s.firstToken + f.at]!, b = tokens[s.firstToken + f.at + f.phrase.length - 1]!;
    diagnostics.push({ rule: 'events:story-discard-phrase', severity: 'info', span: { start: a.start, end: b.end },
      message: `story-level discard entry +${f.phrase.join(' ').toUpperCase()} (${discards.name}) at "${text.slice(a.start, b.end)}" in sentence ${si + 1}` });
  });
  if (!hits) return { discard: false, diagnostics };
  const discard = policy === 'petrarch' || headlineHit || hits * 2 > sentences.length;
  diagnostics.push({ rule: discard ? 'events:story-discarded' : 'events:story-kept', severity: discard ? 'warning' : 'info',
    message: discard
      ? `no events coded: ${policy === 'petrarch' ? 'a story-level discard entry occurs (petrarch policy)' : headlineHit ? 'the headline names a story-level discard entry' : `${hits} of ${sentences.length} sentences name story-level discard entries`}`
      : `coded: ${hits} of ${sentences.length} sentences name a story-level discard entry, not the headline` });
  return { discard, diagnostics };
}

/** A sentence a sentence-level discard entry stops, as a diagnostic. */
export function sentenceDiscard(text: string, toks: readonly Token[], norms: readonly string[], si: number, discards: DiscardList): Diagnostic | null {
  const f = findAny(norms, discards.sentenceIndex);
  if (!f) return null;
  const a = toks[f.at]!, b = toks[f.at + f.phrase.length - 1]!;
  return { rule: 'events:sentence-discarded', severity: 'info', span: { start: a.start, end: b.end },
    message: `sentence ${si + 1} not coded: discard entry ${f.phrase.join(' ').toUpperCase()} (${discards.name}) at "${text.slice(a.start, b.end)}"` };
}
