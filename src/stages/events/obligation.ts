import { codeInfo } from '../../resources/cameo/cameo-tables.js';
import type { Group } from './actor-groups.js';
import type { SentenceEvents } from './assemble-events.js';
import { quoteAt } from './quote-at.js';
import { clauseReporter } from './reported-acts.js';
import type { SentenceFrame } from './sentence-frame.js';

/**
 * "X said that Y must ...": Y's act is not asserted (hypothetical; an intent when X agreed to it), and with dyad's
 * policy X demands it of Y (CAMEO 100). `subject` is Y, `leftStart` the first token of Y's clause.
 * With dyad's policy also without "that": "X says Y must ..." (the parse's reported clause of a verb of saying) and
 * "'Y must ...,' X said" (a quotation whose speaker is named in the sentence); and an act someone must or should do
 * is never asserted, whoever says so (reported-acts.ts).
 */
export function codeObligation(f: SentenceFrame, v: number, subject: Group | null, leftStart: number, out: SentenceEvents): void {
  const { toks, norms, parts, verbs, er, quotes } = f;
  const V = verbs[v]!;
  if (!V.obligation || !subject) return;
  const that = leftStart > 0 && norms[leftStart - 1] === 'that';
  // "must have given the orders": a perfect after the modal is an inference about the past, not a demand (dyad's policy)
  if (er.policy === 'dyad' && norms.slice(V.auxStart, V.start).some((w) => w === 'have' || w === "'ve")) { V.modality = 'hypothetical'; return; }
  const rep = that || er.policy !== 'dyad' ? null : clauseReporter(f, V);
  // dyad's policy: "Israel must end the raids" states what should be done, not what was done
  if (!that && !rep) { if (er.policy === 'dyad') V.modality = 'hypothetical'; return; }
  const P = that ? verbs.slice(0, v).reverse().find((u) => u.end <= leftStart - 1) : rep!.verb;
  const pCode = P ? (P.codeUsed ?? P.entry.code ?? '') : '';
  // "agreed that China and Russia must deepen their cooperation": an agreement on what must be done is an intent
  if (pCode.startsWith('03')) V.future = true; else V.modality = 'hypothetical';
  const src = that ? P?.subject : rep!.src;
  // (without "that", the parse's subject of the verb must be the actor: "talks with China must continue" asks nothing
  // of China; where the parse gives the verb no subject, the actor right before the modal is it)
  const subj = that ? [] : f.parse()?.syn.subjects(V.head) ?? [];
  if (!that && !(subj.length ? subj.some((w) => w >= subject.ts && w < subject.te) : subject.te === V.auxStart)) return;
  // ("'We must leave by October,' the prime minister said": what the speaker's own side must do is no demand of another)
  if (!that && subject.members.some((k) => /^(we|i)$/.test(norms[parts[k]!.ts] ?? ''))) return;
  if (!pCode.startsWith('03') && er.policy === 'dyad' && src && (P || rep) && src !== subject && !/^1[0-3]/.test(pCode)) {
    const quote = P ? quoteAt(quotes, toks[P.head]!.start) : rep!.quote;
    const lemma = P ? P.entry.lemma.toUpperCase() : rep!.lemma;
    const evStart = Math.min(toks[src.ts]!.start, toks[P ? P.start : V.auxStart]!.start);
    for (const ka of src.members) for (const kb of subject.members) {
      const a = parts[ka]!, b = parts[kb]!;
      if (a.code === b.code || (a.actor && a.actor === b.actor)) continue;
      // (dyad's own-country policy, assemble-events.ts: "the UK must come out," the British prime minister said)
      if (!that && b.code.length === 3 && a.code.startsWith(b.code)) continue;
      const info = codeInfo(er.cameo, '100');
      const key = `${a.actor ?? a.code}|${b.actor ?? b.code}|100|${a.code}|${b.code}`;
      if (out.seen.has(key)) continue;
      out.seen.add(key);
      out.list.push({ id: '', source: a.actor, target: b.actor, sourceCode: a.code, targetCode: b.code, cameo: '100', root: info.root, quad: info.quad,
        goldstein: info.goldstein, plover: info.plover, modality: 'asserted', sentence: f.sentence,
        evidence: { start: evStart, end: Math.max(toks[V.end - 1]!.end, toks[src.te - 1]!.end) }, ...(f.articleDate ? { date: f.articleDate } : {}),
        ...(quote ? { quote: quote.id } : {}), rule: `dyad:obligation:${lemma}${that ? ' that' : ''} ... ${norms.slice(V.auxStart, V.start).join(' ')} ${V.entry.lemma.toUpperCase()}`,
        sourceSpan: { start: a.mention.start, end: a.mention.end }, targetSpan: { start: b.mention.start, end: b.mention.end } });
    }
  }
}
