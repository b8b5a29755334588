import type { Actor, CodedEvent, Mention, Quote, Token } from '../../core/types.js';
import type { Lexicon } from '../../resources/lexicon.js';
import type { EventResources } from '../../resources/petrarch/verbs-load.js';
import { groupParticipants } from './actor-groups.js';
import { assembleEvents, eventRule, type SentenceEvents } from './assemble-events.js';
import { bestPattern, blockBareRule } from './best-pattern.js';
import type { VerbPattern } from '../../resources/petrarch/verb-patterns.js';
import { CALENDAR_WORDS } from '../../resources/english.js';
import { hyphenated } from '../syntax/tokens.js';
import { verbClauseEnd } from './clause.js';
import type { DateMention } from './event-date.js';
import { recodeIntentOrRefusal } from './intent-refusal.js';
import type { MatchView } from './match.js';
import { dateEvent, hypotheticalVerb, verbModality } from './modality.js';
import { codeObligation } from './obligation.js';
import { sentenceParticipants } from './participants.js';
import { quoteAt } from './quote-at.js';
import { thirdPartyPrediction } from './reported-acts.js';
import { boilerplateSentence } from './boilerplate.js';
import { codeNominalEvents, EVENT_NOUNS, hyphenNoun, participleModifier } from './nominal-events.js';
import { rebindParties } from './parse-arguments.js';
import { parseModality } from './parse-modality.js';
import { BARE_TARGET_ROOTS, bareTargetNotArgument, checkRoles, clauseComplementSense, locationTarget, notAVerb, objectPlace, patternVenue, VENUE_ROOTS, type RoleVerdict } from './parse-roles.js';
import type { SentenceFrame, SentenceParse } from './sentence-frame.js';
import { sourceAndTarget } from './source-target.js';
import { bareStatement, hopeNotAppeal } from './speech.js';
import { chooseSubject } from './subject.js';
import { EMBEDDING_GOVERNORS, findVerbGroups } from './verb-groups.js';
import { verbSenseGate } from './verb-sense.js';

/**
 * The events of one sentence: its participants and actor groups, its verb groups, and for each verb (in text order)
 * its subject, the pattern that matches, source and target, modality and date. `toks` are the sentence's tokens, from
 * document token `offset` on: every token index of the event coder is sentence-local (index into `toks`).
 */
export function codeSentence(actorOfMention: ReadonlyMap<string, string>, actorById: ReadonlyMap<string, Actor>, si: number, offset: number, toks: Token[], norms: string[], sentMentions: Mention[],
  quotes: readonly Quote[], er: EventResources, articleDate: string | undefined, text: string, lexicon?: Lexicon, parse: () => SentenceParse | null = () => null): CodedEvent[] {
  const n = toks.length;
  // a credit line ("X contributed to this report") is about the report, not the story (boilerplate.ts)
  if (er.policy === 'dyad' && n && boilerplateSentence(text.slice(toks[0]!.start, toks[n - 1]!.end))) return [];
  const parts = sentenceParticipants(actorOfMention, actorById, toks, norms, sentMentions, quotes, er, text, lexicon);
  const groups = groupParticipants(toks, parts);
  // an event needs two parties: a sentence with fewer actors holds none
  if (groups.length === 0 || (groups.length === 1 && groups[0]!.members.length < 2)) return [];
  const groupAt = new Array<number>(n + 2).fill(-1);
  const groupOf = new Array<number>(n + 2).fill(-1);
  groups.forEach((g, gi) => { groupAt[g.ts] = gi; for (let t = g.ts; t < g.te; t++) groupOf[t] = gi; });
  const lemmas = toks.map((t) => (t.lemma ?? t.norm).toLowerCase());
  const npWord = toks.map((t) => (t.pos === 'ADP' ? 2 : ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos) || t.norm === "'s" ? 1 : 0));
  const wordSet = new Set(norms);
  // a time phrase ("defended Iraq on Friday against criticism") does not end the verb's phrase
  // (bundled dictionaries: a participle inside a noun phrase, "a data sharing agreement", "the limited trade deal", is a
  // modifier, not a verb: no barrier)
  const barrier = toks.map((t, i) => er.verbs.structured && ((t.pos === 'ADP' && !CALENDAR_WORDS.has(norms[i + 1] ?? '')) || (t.pos === 'VERB' && !hyphenated(toks, i) && !(er.policy === 'dyad' && participleModifier(toks, i))) || t.norm === ',' || t.norm === ';' || t.norm === ':'));
  const view: MatchView = { norms, lemmas, groupAt, groupEnd: groups.map((g) => g.te), npWord, barrier, structured: er.verbs.structured, synsetFirst: er.verbs.synsetFirst, synsetLast: er.verbs.synsetLast, synsetNested: er.verbs.synsetNested };
  const verbs = findVerbGroups(toks, norms, groupOf, groups, er.verbs.forms);
  // a pattern the rule table dropped gives way to the next reading of the verb (best-pattern.ts); audit keeps it, marked
  const drops = er.dropRules;
  const skipDropped = drops?.size && !er.audit ? (p: VerbPattern): boolean => drops.has(`${er.verbs.name}:${p.block}:${p.text}`) : undefined;
  const f: SentenceFrame = { sentence: si, offset, text, quotes, articleDate, toks, norms, parts, groups, groupAt, groupOf, verbs, er, parse };

  const dates = new Map<string, DateMention[]>(); // clause "start:end" -> its date expressions
  const out: SentenceEvents = { list: [], seen: new Set<string>() };
  const report = { unknownReportEnd: -1 };
  for (let v = 0; v < verbs.length; v++) {
    const V = verbs[v]!;
    const G = V.governor >= 0 ? verbs[V.governor]! : null;
    if (G && G.coded && !EMBEDDING_GOVERNORS.has(G.entry.block.toLowerCase())) { V.coded = true; continue; }
    // ---- subject
    const chosen = chooseSubject(f, v, G, report);
    if (!chosen) continue;
    const { subject, leftStart } = chosen;
    V.subject = subject;
    codeObligation(f, v, subject, leftStart, out);
    if (hypotheticalVerb(f, v, G, leftStart)) V.modality = 'hypothetical';
    // ---- pattern
    const postLimit = verbClauseEnd(norms, toks, verbs, v, leftStart);
    const match = bestPattern(view, V, er.verbs, wordSet, postLimit, skipDropped);
    let code = match ? match.pattern.code : V.entry.code;
    V.codeUsed = code;
    const reverse = match ? match.pattern.reverse : V.entry.reverse;
    if (!code && !reverse) continue;
    // ---- source and target groups
    let parties = sourceAndTarget(f, V, match, subject, code, postLimit);
    if (!parties) continue;
    // ---- the parse's reading of the same verb: passive direction, subject and the verb's own phrase
    let roleRule = '';
    const sp = f.parse();
    // the verb's own dependents name its partner (parse-arguments.ts; bundled dictionaries)
    const rebound = sp && er.policy === 'dyad' ? rebindParties(f, sp, V.head, parties, code, !match) : null;
    if (rebound) { parties = rebound.parties; roleRule = rebound.rule; }
    if (sp) {
      const sense = er.policy === 'dyad' ? verbSenseGate(sp.syn, sp.upos, lemmas, f.parts, V.head, code, !match, V.end - V.start === 1) : null;
      let verdict: RoleVerdict = notAVerb(sp.syn, sp.upos, V.start, V.end) ? { kind: 'drop', rule: 'parse:not-a-verb' }
        : sense ? { kind: 'drop', rule: sense }
        : clauseComplementSense(sp.syn, V.head, code, !match, sp.upos) ? { kind: 'drop', rule: 'parse:clause-complement' }
        : !parties.compound && !/^(1[4-9]|20)/.test(code ?? '') && !match?.pattern.post.length && locationTarget(sp.syn, V.head, parties.tgt, lemmas[V.head]!) ? { kind: 'drop', rule: 'parse:location-target' }
        : !match && !parties.compound && VENUE_ROOTS.test(code ?? '') && objectPlace(sp.syn, V.head, parties.tgt) ? { kind: 'drop', rule: 'parse:object-place' }
        : patternVenue(parties, match, code) && (locationTarget(sp.syn, V.head, parties.tgt, lemmas[V.head]!) || (VENUE_ROOTS.test(code ?? '') && objectPlace(sp.syn, V.head, parties.tgt))) ? { kind: 'drop', rule: 'parse:location-target-pattern' }
        : checkRoles(sp.syn, sp.upos, V.head, parties, code, !match);
      // (a partner the verb's own *with* phrase names is its argument, whatever clause the parser hung it in)
      if (rebound?.rule === 'parse:with-partner' && verdict.kind === 'drop' && /^parse:target-(in-clause|is-subject)$/.test(verdict.rule)) verdict = { kind: 'keep' };
      if (verdict.kind === 'keep' && !match && !parties.compound && parties.tgt && BARE_TARGET_ROOTS.test(code ?? '') && bareTargetNotArgument(sp.syn, V.head, parties.src, parties.tgt)) verdict = { kind: 'drop', rule: 'parse:bare-target' };

      if (verdict.kind === 'drop') {
        // (a wish or plan that is no event leaves its complement to be coded: "decided to lift sanctions")
        if (!er.audit) { V.coded = verdict.rule !== 'parse:mental-intent'; continue; }
        roleRule = `audit-drop:${verdict.rule}`;
      }
      if (verdict.kind === 'swap' && parties.tgt) { parties = { src: parties.tgt, tgt: parties.src, compound: false }; roleRule = verdict.rule; }
    }
    V.coded = true;
    V.object = parties.tgt;
    // ---- modality and date
    const negated = V.negated && !(match?.consumedNegation);
    const quote = quoteAt(quotes, toks[V.head]!.start);
    const modality = verbModality(V, G, negated, er.policy);
    V.modality = modality;
    const dated = dateEvent(f, V, leftStart, postLimit, modality, dates);
    // the parse's scope of negation, condition, question, dispute, modal and intention (parse-modality.ts)
    if (sp && (dated.modality === 'asserted' || dated.modality === 'future')) {
      const pm = parseModality(sp.syn, lemmas, V.head, code);
      if (pm && !(pm.modality === 'future' && dated.modality === 'future') && er.audit && pm.modality !== 'future') {
        roleRule = (roleRule ? roleRule + ' ' : '') + 'audit-drop:' + pm.rule;
      } else if (pm && !(pm.modality === 'future' && dated.modality === 'future')) {
        dated.modality = pm.modality;
        V.modality = pm.modality;
        // (an attempt to kill: CAMEO 185, parse-modality.ts)
        if (pm.code) code = pm.code;
        roleRule = (roleRule ? roleRule + ' ' : '') + pm.rule;
      }
    }
    // a future act a statement attributes to a third party is the speaker's prediction (reported-acts.ts)
    if (dated.modality === 'future' && er.policy === 'dyad' && thirdPartyPrediction(quote, quote?.speaker ? actorById.get(quote.speaker)?.country : undefined, parties.src.members.map((k) => f.parts[k]!.code))) {
      if (er.audit) roleRule = (roleRule ? roleRule + ' ' : '') + 'audit-drop:gate:third-party-prediction';
      else { dated.modality = 'hypothetical'; V.modality = 'hypothetical'; roleRule = (roleRule ? roleRule + ' ' : '') + 'gate:third-party-prediction'; }
    }
    const recoded = recodeIntentOrRefusal(code, reverse, dated.modality, !!G, er.policy);
    const written = eventRule(f, V, match, recoded.intent, recoded.refusal);
    // "X said ...", "X told Y ...": speech is a quotation, not an event; the bare statement (010) is not coded, what
    // the statement does (appeal, accuse, deny, threaten, ...) is (speech.ts)
    if (bareStatement(recoded.fwd, recoded.rev, er.policy) || hopeNotAppeal(V.entry.block, !!match, er.policy)) {
      if (!er.audit) { V.coded = true; continue; }
      roleRule = (roleRule ? roleRule + ' ' : '') + 'audit-drop:dyad:speech-not-event';
    }
    // a rule measured below 0.5 precision on training news writes no event (dictionaries/events/rule-precision.tsv)
    if (er.dropRules?.has(written) || (!match && V.entry.code === er.verbs.blocks.get(V.entry.block)?.code && er.dropRules?.has(blockBareRule(er.verbs.name, V.entry.block)))) {
      if (!er.audit) { V.coded = true; continue; }
      roleRule = (roleRule ? roleRule + ' ' : '') + 'audit-drop:table:low-precision';
    }
    const rule = written + (roleRule ? ` ${roleRule}` : '');
    assembleEvents(f, V, match, parties, { code, fwd: recoded.fwd, rev: recoded.rev, intent: recoded.intent, modality: recoded.modality,
      date: dated.date, dateEvidence: dated.dateEvidence, quote, rule }, out);
  }
  // ---- events written as nouns ("the army's shelling of Kharkiv")
  const spn = er.policy === 'dyad' && norms.some((w, i) => EVENT_NOUNS.has(w) || hyphenNoun(norms, i) !== null) ? f.parse() : null;
  if (spn) codeNominalEvents(f, spn, lemmas, out, dates);
  return out.list;
}
