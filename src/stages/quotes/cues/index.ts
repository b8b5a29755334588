import { isWord, isQuoteTok } from '../../syntax/tokens.js';
import { sentenceSubject } from '../../syntax/subjects.js';
import type { Cue } from '../cue-draft.js';
import { ruleHas } from '../rules.js';
import type { QuoteScan } from '../scan.js';
import { accordingTo } from './according-to.js';
import { actorObjectCue } from './actor-object.js';
import { askedBy } from './asked-by.js';
import { infinitiveComplementCue } from './infinitive-complement.js';
import { inPoll } from './in-poll.js';
import { nounCue } from './noun-cue.js';
import type { CueReader } from './reader.js';
import { verbCue } from './verb-cue.js';

/**
 * The cue readers, asked in this order at every token outside quotation marks: the first that answers decides (a
 * Cue, or `null`: no cue at this token). Transcript turns are read before, by paragraph (transcript-turn.ts).
 */
export const CUE_READERS: readonly CueReader[] = [inPoll, askedBy, accordingTo, nounCue, verbCue, infinitiveComplementCue, actorObjectCue];

/** Every cue of the article in text order: the transcript turns, then sentence by sentence the cues the readers find. */
export function readCues(scan: QuoteScan): Cue[] {
  const { tokens, sentences, inQuote, text } = scan;
  const cues: Cue[] = [...scan.turns];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const first = cues.length;
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (inQuote[i]! >= 0) continue;
      // a sentence cut after an abbreviation ("Rep. Jo Lee (D-Mass.) | said ..."): read the subject in the sentence before
      const lo = i === s.firstToken && si > 0 && /^\p{Ll}/u.test(text[tokens[i]!.start] ?? '') && sentences[si - 1]!.paragraph === s.paragraph
        ? sentences[si - 1]!.firstToken : s.firstToken;
      let c: Cue | null | undefined;
      for (const read of CUE_READERS) if ((c = read(scan, i, lo, s.endToken, si, cues)) !== undefined) break;
      if (c) { cues.push(c); i = Math.max(i, c.cue[1] - 1); }
    }
    settleSentence(scan, cues, first, s.firstToken);
  }
  return cues;
}

/**
 * The cues of one sentence (`cues[first..]`), settled once all are read: a cue that hangs on another clause takes the
 * speaker of the cue before it, else the sentence's subject; a clause followed by a later attribution in the same
 * sentence ends before it. Replaces those cues with new ones.
 */
function settleSentence(scan: QuoteScan, cues: Cue[], first: number, sentenceStart: number): void {
  const { tokens } = scan;
  for (let k = first; k < cues.length; k++) {
    const c = cues[k]!;
    if (c.speaker || !c.inherits) continue;
    const prev = k > first ? cues[k - 1]! : null;
    cues[k] = { ...c, speaker: prev?.speaker ?? sentenceSubject(scan, sentenceStart, c.cue[0]) };
  }
  for (let k = first; k < cues.length; k++) {
    const c = cues[k]!;
    if (!c.content) continue;
    let content = c.content;
    for (let m = k + 1; m < cues.length; m++) {
      const g = cues[m]!.group[0];
      const attribution = ruleHas(cues[m]!.rule, 'clauseBeforeCue') || tokens[g - 1]?.norm === ',' || tokens[g - 1]?.norm === ';';
      if (attribution && g > content[0] && g < content[1]) {
        let e = g;
        while (e > content[0] && !isWord(tokens[e - 1]!) && !isQuoteTok(tokens[e - 1]!)) e--;
        content = [content[0], e];
      }
    }
    if (content !== c.content) cues[k] = { ...c, content };
  }
}
