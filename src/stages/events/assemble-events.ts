import type { CodedEvent, Modality, Quote, Span } from '../../core/types.js';
import { codeInfo } from '../../resources/cameo/cameo-tables.js';
import { domesticActOnCountry, stateAndItsGroup } from './domestic.js';
import type { RecodedEvent } from './intent-refusal.js';
import type { PatternMatch } from './match.js';
import type { Participant } from './participants.js';
import type { SentenceFrame } from './sentence-frame.js';
import type { EventParties } from './source-target.js';
import type { VerbGroup } from './verb-groups.js';

/** The events of a sentence so far, and the keys of those written (one event per source, target and code). */
export interface SentenceEvents {
  list: CodedEvent[];
  seen: Set<string>;
}

/** How the verb's event is coded: its codes after the intent and refusal rules, its modality, date and quotation. */
export interface EventCoding extends Pick<RecodedEvent, 'fwd' | 'rev' | 'intent'> {
  /** The code the pattern or the verb gave, before the intent and refusal rules. */
  code: string | null;
  modality: Modality;
  date: string | undefined;
  dateEvidence: Span | undefined;
  quote: Quote | null;
  rule: string;
}

/** The rule id of the verb's event: the dictionary, block and pattern (or verb), wrapped by the dyad rule that recoded it. */
export function eventRule(f: SentenceFrame, V: VerbGroup, match: PatternMatch | null, intent: boolean, refusal: boolean): string {
  const { er } = f;
  return (refusal ? 'dyad:refusal<' : '') + (intent ? 'dyad:intent<' : '') + (match ? `${er.verbs.name}:${match.pattern.block}:${match.pattern.text}` : `${er.verbs.name}:${V.entry.block}:${V.entry.lemma.toUpperCase()}`) + (intent ? '>' : '') + (refusal ? '>' : '');
}

/**
 * The events of one coded verb, one per source and target participant (and per reverse code), with their evidence,
 * less those that are no event: an actor acting on itself, and with dyad's policy a government acting on its own
 * country. Each source, target and code is written once per sentence.
 */
export function assembleEvents(f: SentenceFrame, V: VerbGroup, match: PatternMatch | null, parties: EventParties, coding: EventCoding, out: SentenceEvents): void {
  const { toks, parts, er } = f;
  const { src, tgt, compound } = parties;
  const { code, fwd, intent, modality, date, dateEvidence, quote, rule } = coding;
  let { rev } = coding;
  const pairs: Array<[Participant, Participant, string, boolean]> = [];
  // dyad's policy: only a mutual act gives its reverse (`[046:046]` talks, `[057:057]` a treaty signed); a one-way
  // act's complementary copy (`[042:043]`: a visit and its hosting, `[073:0863]`) is not written (gate:one-way-copy)
  const oneWay = !!rev && !!fwd && er.policy === 'dyad' && !mutualCopy(fwd, rev, match?.pattern.text ?? '');
  if (oneWay && !er.audit) rev = null;
  const srcParts = src.members.map((k) => parts[k]!);
  if (compound) {
    for (const a of srcParts) for (const b of srcParts) if (a !== b) { if (fwd) pairs.push([a, b, fwd, false]); }
  } else {
    const tgtParts = tgt!.members.map((k) => parts[k]!);
    for (const a of srcParts) for (const b of tgtParts) {
      if (fwd) pairs.push([a, b, fwd, false]);
      if (rev) pairs.push([b, a, rev, oneWay]);
    }
  }
  const evStart = Math.min(toks[Math.min(V.start, match?.start ?? V.start)]!.start, src.ts < V.start ? toks[src.ts]!.start : Infinity);
  const lastTok = Math.max(V.end, match?.end ?? V.end, tgt ? tgt.te : 0) - 1;
  const evidence: Span = { start: evStart, end: toks[lastTok]!.end };
  for (const [a, b, c, copy] of pairs) {
    if (a.code === b.code && (a.actor === b.actor || (er.policy === 'dyad' && !a.ethnic && !b.ethnic))) continue;
    // an actor does not act on itself ("Palestinian leaders said they would boycott ...": they = the leaders)
    if (er.policy === 'dyad' && a.actor && a.actor === b.actor && !stateAndItsGroup(a.mention, b.mention)) continue;
    // a government acting on its own country ("the Russian minister said ... Russia") is not an event (dyad's policy; PETRARCH codes it: "Cirith Ungol [MORMIL] ... Mordor")
    // (except emergency rule, which a government imposes on its own country: curfews, martial law, 1721/1722, and
    // their threats 1372, and its easing 0813/0814)
    // (a country's non-state group or police acting on it is a domestic event: domestic.ts, dyad:domestic:own-country)
    const ownCountry = er.policy === 'dyad' && b.code.length === 3 && a.code.length > 3 && a.code.startsWith(b.code) && b.mention.kind === 'country' && b.mention.type !== 'description' && !b.ethnic
      && !/^172|^1372|^081[34]/.test(c) && !(intent && /^172/.test(code ?? ''));
    if (ownCountry && !domesticActOnCountry(a.code, b.code, c)) continue;
    if (!a.actor && !b.actor && a.code === b.code && a.mention.start === b.mention.start) continue;
    const key = `${a.actor ?? a.code}|${b.actor ?? b.code}|${c}|${a.code}|${b.code}`;
    if (out.seen.has(key)) continue;
    out.seen.add(key);
    const info = codeInfo(er.cameo, c);
    const ev: CodedEvent = {
      id: '', source: a.actor, target: b.actor, sourceCode: a.code, targetCode: b.code,
      cameo: c, root: info.root, quad: info.quad, goldstein: info.goldstein, plover: info.plover, modality, sentence: f.sentence, evidence,
      ...(date ? { date } : {}), ...(dateEvidence ? { dateEvidence } : {}), ...(quote ? { quote: quote.id } : {}),
      rule: rule + (parties.audit ? ` audit-drop:${parties.audit}` : '') + (copy ? ' audit-drop:gate:one-way-copy' : '') + (ownCountry ? ' dyad:domestic:own-country' : ''), sourceSpan: { start: a.mention.start, end: a.mention.end }, targetSpan: { start: b.mention.start, end: b.mention.end },
    };
    out.list.push(ev);
  }
}

/**
 * A reverse code that states the same act of the other party: the dictionary's `[fwd:rev]` with one code for both
 * sides (talks, meetings, treaties, cooperation, fights, a row). A complementary code (`[042:043]` visit and host,
 * `[043:042]`, `[073:0863]`, `[175:140]`) describes a one-way act from the other side and is no second event; nor is
 * the copy of a pattern that names a visit or a trip (`- * VISIT [036:036]`: an expected visit is the visitor's).
 */
export function mutualCopy(fwd: string | null, rev: string, patternText: string): boolean {
  // (a pattern naming a visit, a trip or an invitation, `- * VISIT [036:036]`, is one party's act however it is coded)
  return fwd === rev && !/\b(VISIT|VISITS|TRIP|TOUR|STOP|INVITATION|TRAVEL)\b/.test(patternText);
}
