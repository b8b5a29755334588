import { codeInfo } from '../../resources/cameo/cameo-tables.js';
import type { Group } from './actor-groups.js';
import type { SentenceEvents } from './assemble-events.js';
import { quoteAt } from './quote-at.js';
import type { SentenceFrame } from './sentence-frame.js';

/** Verbs of saying that report a clause without "that" ("said the U.N. must maintain sanctions"). */
const SAYING = new Set(['say', 'tell', 'add', 'state', 'insist', 'argue', 'write', 'stress', 'declare', 'warn']);

/**
 * "X said that Y must ...": Y's act is not asserted (hypothetical; an intent when X agreed to it), and with dyad's
 * policy X demands it of Y (CAMEO 100). `subject` is Y, `leftStart` the first token of Y's clause.
 */
export function codeObligation(f: SentenceFrame, v: number, subject: Group | null, leftStart: number, out: SentenceEvents): void {
  const { toks, norms, parts, verbs, er, quotes } = f;
  const V = verbs[v]!;
  if (!V.obligation || !subject || leftStart <= 0) return;
  // ("said that the U.N. must ...", or with no "that": "said the U.N. must ...")
  const said = verbs.slice(0, v).reverse().find((u) => u.end === leftStart);
  // (without "that", only where the actor opens the reported clause: "said talks with China must continue" demands
  // nothing of China)
  const opens = subject.ts === leftStart || (subject.ts === leftStart + 1 && /^(the|a|an)$/.test(norms[leftStart] ?? ''));
  if (norms[leftStart - 1] === 'that' || (er.policy === 'dyad' && said && SAYING.has(said.entry.lemma) && opens)) {
    const P = norms[leftStart - 1] === 'that' ? verbs.slice(0, v).reverse().find((u) => u.end <= leftStart - 1) : said;
    const pCode = P ? (P.codeUsed ?? P.entry.code ?? '') : '';
    // "agreed that China and Russia must deepen their cooperation": an agreement on what must be done is an intent
    if (pCode.startsWith('03')) V.future = true; else V.modality = 'hypothetical';
    if (!pCode.startsWith('03') && er.policy === 'dyad' && P && P.subject && P.subject !== subject && !/^1[0-3]/.test(pCode)) {
      for (const ka of P.subject.members) for (const kb of subject.members) {
        const a = parts[ka]!, b = parts[kb]!;
        if (a.code === b.code || (a.actor && a.actor === b.actor)) continue;
        const info = codeInfo(er.cameo, '100');
        const key = `${a.actor ?? a.code}|${b.actor ?? b.code}|100|${a.code}|${b.code}`;
        if (out.seen.has(key)) continue;
        out.seen.add(key);
        const quote = quoteAt(quotes, toks[P.head]!.start);
        out.list.push({ id: '', source: a.actor, target: b.actor, sourceCode: a.code, targetCode: b.code, cameo: '100', root: info.root, quad: info.quad,
          goldstein: info.goldstein, plover: info.plover, modality: 'asserted', sentence: f.sentence,
          evidence: { start: Math.min(toks[P.subject.ts]!.start, toks[P.start]!.start), end: toks[V.end - 1]!.end }, ...(f.articleDate ? { date: f.articleDate } : {}),
          ...(quote ? { quote: quote.id } : {}), rule: `dyad:obligation:${P.entry.lemma.toUpperCase()} that ... ${norms.slice(V.auxStart, V.start).join(' ')} ${V.entry.lemma.toUpperCase()}`,
          sourceSpan: { start: a.mention.start, end: a.mention.end }, targetSpan: { start: b.mention.start, end: b.mention.end } });
      }
    }
  }
}
