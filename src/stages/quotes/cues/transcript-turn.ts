import { isQuoteTok, isSpaceAt, isWord } from '../../syntax/tokens.js';
import { NOT_SPEAKER_LABELS } from '../clause-words.js';
import type { Cue, QuoteDoc } from '../cue-draft.js';

/**
 * Transcripts: a paragraph opening with a speaker's name in capitals and a colon ("SMITH: We will ..."), a headline
 * giving a speaker's words after a colon ("Graham: Trump's 'Hateful Rhetoric' Destroying GOP's Chance"), or a
 * paragraph opening with a name and a colon ("Matthews: Well, speculation is bad."). The turn runs to the end of its
 * paragraph. Returns the turns and the offsets of their colons (quotation marks running over one are the transcript's).
 */
export function transcriptTurns(doc: QuoteDoc): { turns: Cue[]; colonOffsets: number[] } {
  const { text, tokens, sentences } = doc;
  const colonOffsets: number[] = [];
  const turns: Cue[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    if (si > 0 && sentences[si - 1]!.paragraph === s.paragraph) continue;
    let t0 = s.firstToken;
    if (isQuoteTok(tokens[t0]!)) t0++;
    let colon = t0;
    while (colon < s.endToken && colon < t0 + 4 && tokens[colon]!.norm !== ':' && (tokens[colon]!.pos === 'PROPN' || tokens[colon]!.pos === 'NOUN' || tokens[colon]!.norm === '.')) colon++;
    if (colon === t0 || colon >= s.endToken - 1 || tokens[colon]!.norm !== ':') continue;
    const name = text.slice(tokens[t0]!.start, tokens[colon - 1]!.end);
    const capitals = /\p{Lu}{2}/u.test(name) && name === name.toUpperCase();
    // "Graham: Trump's 'Hateful Rhetoric' Destroying GOP's Chance": a headline giving a speaker's words after a colon
    const headlineName = isHeadline(doc, si) && colon - t0 <= 5 && /^\p{Lu}/u.test(name) &&
      tokens.slice(t0, colon).every((t) => t.pos === 'PROPN' || t.pos === 'NOUN' || (t.norm === '-' && !isSpaceAt(text, t.start - 1)));
    // "Matthews: Well, speculation is bad." / "Pew Research: \"All the samples ...\"": a paragraph opening with a name and a colon
    const nameToks = tokens.slice(t0, colon);
    const bodyName = !capitals && colon - t0 <= 4 && nameToks.every((t) => t.pos === 'PROPN' || t.norm === '.') && /^\p{Lu}/u.test(name) &&
      !NOT_SPEAKER_LABELS.has(nameToks[0]!.norm) && s.endToken - colon > 4;
    if (!capitals && !headlineName && !bodyName) continue;
    let last = si;
    while (last + 1 < sentences.length && sentences[last + 1]!.paragraph === s.paragraph) last++;
    let end = sentences[last]!.endToken;
    if (isQuoteTok(tokens[end - 1]!)) end--;
    colonOffsets.push(tokens[colon]!.start);
    turns.push({ lemma: ':', kind: 'speech', sentence: si, cue: [colon, colon + 1], speaker: [t0, colon], inherits: false, group: [t0, colon + 1],
      content: [colon + 1, end], rule: 'transcript:NAME-colon' });
  }
  return { turns, colonOffsets };
}

/** A headline: marked so by the segmenter, or a first line standing alone with its words capitalised. */
function isHeadline(doc: QuoteDoc, si: number): boolean {
  const { text, tokens, sentences } = doc;
  const s = sentences[si]!;
  if (s.headline) return true;
  if (si !== 0 || (sentences[1] && sentences[1].paragraph === s.paragraph)) return false;
  let words = 0, caps = 0;
  for (let t = s.firstToken; t < s.endToken; t++) {
    const tk = tokens[t]!;
    if (!isWord(tk) || tk.end - tk.start < 4) continue;
    words++;
    if (/^\p{Lu}/u.test(text[tk.start]!)) caps++;
  }
  return words > 0 && caps >= words * 0.6;
}
