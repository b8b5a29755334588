import type { TokenRange } from '../../../core/doc.js';
import { isQuoteTok, isWord } from '../../syntax/tokens.js';
import { CUE_FORMS } from '../cue-lexicon.js';
import { ruleHas, type QuoteRule } from '../rules.js';
import { beforeMarks } from '../scan.js';
import { takesClause, type ClauseReader } from './head.js';

/**
 * No clause after the cue: "CLAUSE, X said." / "CLAUSE, said X on Tuesday." reports the clause before the
 * attribution, and "Acts of protest, Mr. Obama said, are acts of patriotism" the sentence around it. The last reader
 * for a cue that takes a clause: it always answers (with no clause when neither fits).
 */
export const clauseThenCue: ClauseReader = (scan, h) => {
  if (!takesClause(h)) return undefined;
  const { text, tokens, inQuote, sentences } = scan;
  const { k, lo, hi, si, earlier } = h;
  const group: TokenRange = [h.group[0], Math.max(h.group[1], k)];
  let content: TokenRange | null = null;
  let rule: QuoteRule | null = null;
  let rest = k;
  while (rest < hi && !isWord(tokens[rest]!) && !isQuoteTok(tokens[rest]!)) rest++;
  const g0 = group[0];
  // ", X said" / ",\" X said" / ", as X pointed out,"
  const asBefore = g0 - 2 > lo && tokens[g0 - 1]!.norm === 'as' && tokens[g0 - 2]!.norm === ',';
  const commaBefore = asBefore || (g0 - 1 > lo && (tokens[g0 - 1]!.norm === ',' || (isQuoteTok(tokens[g0 - 1]!) && tokens[beforeMarks(scan, g0 - 1)]?.norm === ',')));
  const nextTok = tokens[k + 1];
  if (rest < hi && commaBefore && !isQuoteTok(tokens[g0 - 1]!) && tokens[k]?.norm === ',' && !h.participle && nextTok && !isQuoteTok(nextTok) && inQuote[k + 1]! < 0 &&
    !CUE_FORMS.has(nextTok.norm) && isWord(nextTok)) {
    // "Acts of protest, Mr. Obama said, are acts of patriotism": the clause is the sentence around the cue
    content = [lo, hi]; rule = 'reported:cue-inside';
  } else if (rest >= hi && commaBefore && !h.participle) {
    let a = lo;
    // a sentence cut after an abbreviation ("Rep. Jo Lee (R-Conn.) | was pro Kasich, he said"): the clause starts before
    if (si > 0 && /^\p{Ll}/u.test(text[tokens[lo]!.start] ?? '') && sentences[si - 1]!.paragraph === sentences[si]!.paragraph &&
      !earlier.some((c) => c.sentence === si - 1)) a = sentences[si - 1]!.firstToken;
    // a clause right after an earlier attribution in this sentence starts after it
    // (a stance read off any verb's object, "the Secret Service whisked her away", is part of the clause)
    for (let m = earlier.length - 1; m >= 0 && earlier[m]!.sentence === si; m--) {
      if (!ruleHas(earlier[m]!.rule, 'readOffObject') && earlier[m]!.group[1] <= g0 - 1) { a = Math.max(a, earlier[m]!.group[1]); break; }
    }
    while (a < g0 - 1 && !isWord(tokens[a]!) && !isQuoteTok(tokens[a]!)) a++;
    // a clause that is one quotation is a direct quote already
    const whole = inQuote[a]! >= 0 && inQuote[a] === inQuote[g0 - 2];
    const end = asBefore ? g0 - 2 : tokens[g0 - 1]!.norm === ',' ? g0 - 1 : g0;
    if (!whole && end > a) { content = [a, end]; rule = 'reported:clause-then-cue'; }
  }
  return { content, rule, group };
};
