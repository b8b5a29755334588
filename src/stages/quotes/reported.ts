import { isQuoteTok, isWord } from '../syntax/tokens.js';
import type { Cue, Draft } from './cue-draft.js';
import { ruleHas } from './rules.js';
import { paragraphOf, tokSpan, type QuoteScan } from './scan.js';
import { trimSpan } from './trim-span.js';

/**
 * Reported speech: the clause of every cue that has one (and no quotation took it), when it is not one quotation
 * already, not mostly made of quoted words, and not a courtesy ("he looked forward to ...").
 */
export function reportedDrafts(scan: QuoteScan, cues: readonly Cue[], clauseTaken: ReadonlySet<number>): Draft[] {
  const { text, tokens, inQuote, minReportedWords } = scan;
  const drafts: Draft[] = [];
  cues.forEach((c, ci) => {
    if (!c.content || !c.rule || clauseTaken.has(ci)) return;
    let [a, b] = c.content;
    while (a < b && !isWord(tokens[a]!) && !isQuoteTok(tokens[a]!)) a++;
    while (b > a && !isWord(tokens[b - 1]!) && !isQuoteTok(tokens[b - 1]!)) b--;
    let words = 0;
    let wordsBeforeQuote = -1;
    let quoted = 0;
    for (let t = a; t < b; t++) {
      if (inQuote[t]! >= 0) { if (wordsBeforeQuote < 0) wordsBeforeQuote = words; if (isWord(tokens[t]!)) quoted++; continue; }
      if (isWord(tokens[t]!)) words++;
    }
    if (words + quoted < (ruleHas(c.rule, 'shortContentOk') ? 1 : minReportedWords)) return;
    // a finite cue's clause is the statement even when most of it is quoted ("X said Carson is \"losing strength ...\"");
    // a participle's clause made mostly of quoted words is the quotation ("promising that Beijing \"will not ...\"")
    const naming = ruleHas(c.rule, 'naming') || (!c.inherits && wordsBeforeQuote >= 2 && words >= 3);
    if (wordsBeforeQuote >= 0 && !(naming && wordsBeforeQuote >= 1) && (words < 2 || (wordsBeforeQuote < 5 && quoted * 2 > words + quoted))) return;
    if (isCourtesy(scan, a, b)) return;
    const span = trimSpan(text, tokSpan(scan, a, b));
    if (span.end <= span.start) return;
    drafts.push({ content: span, kind: c.kind, cue: tokSpan(scan, c.cue[0], c.cue[1]), direct: false, from: ci, rule: c.rule, paragraph: paragraphOf(scan, a) });
  });
  return drafts;
}

/** A clause that is a courtesy of the speaker's own ("he looked forward to ..."), not a claim. */
function isCourtesy(scan: QuoteScan, a: number, b: number): boolean {
  const { tokens } = scan;
  for (let t = a; t < Math.min(b, a + 4); t++) {
    const tk = tokens[t]!;
    if (tk.pos === 'VERB' || tk.pos === 'AUX') return (tk.lemma ?? '').toLowerCase() === 'look' && tokens[t + 1]?.norm === 'forward';
  }
  return false;
}
