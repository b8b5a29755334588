import type { Actor, CodedEvent, Mention, Modality, Quote, Span, Token } from '../../core/types.js';
import type { DocContext } from '../../pipeline/context.js';
import { agentOfActor, coordinatedNounPhrases, insideReport, pairAfterBetween, PAIR_PREPOSITIONS, uncodedPronounSubject } from './actor-phrases.js';
import { codeInfo } from '../../resources/cameo/cameo-tables.js';
import { containsAny } from '../../resources/petrarch/discards.js';
import type { EventResources } from '../../resources/petrarch/verbs-load.js';
import type { VerbPattern } from '../../resources/petrarch/verb-patterns.js';
import type { VerbBlock, VerbEntry } from '../../resources/petrarch/verbs.js';
import { assignDomesticAgents, stateAndItsGroup } from './domestic.js';
import { recodeEthnicGroups } from './ethnic.js';
import { demonymMention, demonymModifiers } from './demonym-modifiers.js';
import type { Lexicon } from '../../resources/lexicon.js';
import { findDates, pastWeekday, type DateMention } from './event-date.js';
import { CALENDAR, matchPattern, type MatchView, type PatternMatch } from './match.js';

export type { EventResources };

export interface EventOptions {
  /** Article date (YYYY-MM-DD): resolves relative dates and decides what is historical. */
  date?: string;
}

/** One actor mention usable as an event participant, in sentence-local token indices. */
interface Participant {
  mention: Mention;
  actor: string | null;
  code: string;
  ts: number;
  te: number;
  /** The code is an agent's only ("MIL"): no country yet. */
  agentOnly?: boolean;
  /** An ethnic group coded by the country it lives in (ethnic.ts). */
  ethnic?: boolean;
}

interface Group { members: number[]; ts: number; te: number }

interface VerbGroup {
  /** Token range of the verb words (front + verb + back particles). */
  start: number;
  end: number;
  head: number;
  entry: VerbEntry;
  /** Every dictionary entry of these words (a verb may sit in several blocks). */
  entries: VerbEntry[];
  /** First token of the auxiliary chain before the verb. */
  auxStart: number;
  negated: boolean;
  future: boolean;
  hypothetical: boolean;
  passive: boolean;
  /** The verb is an infinitive ("to restore") or a gerund after a preposition ("of supporting"). */
  infinitive: boolean;
  gerundAfterPrep: string | null;
  /** The code the verb's pattern (or its own entry) gave, once matched. */
  codeUsed?: string | null;
  /** "must" / "should" / "ought to" in the verb group. */
  obligation: boolean;
  /** An -ing form modifying the noun before it ("refugees fleeing the war"). */
  modifier: boolean;
  /** Result, filled while coding. */
  subject: Group | null;
  object: Group | null;
  /** Modality the verb was coded with (or would have been), for the verbs it governs. */
  modality: Modality | null;
  coded: boolean;
  /** Index of the verb group governing this one ("agreed to restore": restore -> agreed). */
  governor: number;
}

const NEGATORS = new Set(['not', "n't", 'never', 'no']);
const FUTURE_AUX = new Set(['will', 'shall', "'ll", 'wo']);
const HYPO_AUX = new Set(['would', 'could', 'might', 'may', 'should', "'d"]);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", 'am']);
const AUX_WORDS = new Set([...NEGATORS, ...FUTURE_AUX, ...HYPO_AUX, ...BE, 'to', 'about', 'have', 'has', 'had', "'ve", 'do', 'does', 'did',
  'can', 'ca', 'must', 'also', 'again', 'already', 'still', 'even', 'ever', 'now', 'just', 'then', 'reportedly', 'recently', 'really',
  'further', 'repeatedly', 'jointly', 'formally', 'officially', 'publicly', 'strongly', 'sharply', 'firmly', 'once', 'going', 'set']);
const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose']);
const LEFT_BOUNDARY = new Set(['that', 'which', 'who', 'whom', 'whether', 'because', 'although', 'though', 'while', 'when', 'whereas', 'if',
  'unless', 'since', 'after', 'before', 'until', ';', ':', 'but', 'where']);
const RIGHT_BOUNDARY = new Set(['after', 'before', 'when', 'while', 'because', 'although', 'though', 'since', 'until', 'unless', 'whereas',
  'if', ';', 'where', 'which', 'who']);
const REPORTING = new Set(['said', 'says', 'say', 'reported', 'reports', 'told', 'added', 'announced', 'stated', 'noted', 'according', 'quoted', 'claimed']);
const RELATIVE = new Set(['who', 'which', 'that']);
const COORD = new Set([',', 'and', 'or', 'nor', '&', 'both', 'neither', 'either']);
const WILLING = new Set(['willing', 'ready', 'prepared']);
const FUTURE_GOVERNORS = new Set(['pledge', 'promise', 'vow', 'plan', 'intend', 'threaten', 'offer', 'agree', 'prepare', 'aim', 'expect', 'hope', 'want', 'seek']);
const EMBEDDING_GOVERNORS = new Set(['accuse', 'blame', 'charge', 'allege', 'deny', 'suspect', 'criticize', 'condemn', 'denounce']);
const SECTOR_CODES = new Set(['GOV', 'MIL', 'REB', 'OPP', 'PTY', 'COP', 'JUD', 'SPY', 'MED', 'EDU', 'BUS', 'CRM', 'CVL', 'ELI', 'HLH', 'LAB',
  'LEG', 'REF', 'AGR', 'ENV', 'HRI', 'REL', 'MOD', 'RAD', 'UAF', 'SET', 'DEV', 'INS', 'PRO', 'SEP', 'MUS', 'CHR', 'JEW', 'BUD', 'HIN']);
const SUBORDINATORS = new Set(['if', 'unless', 'when', 'while', 'because', 'although', 'though', 'since', 'after', 'before', 'until', 'whereas']);
const REPORTED = new Set(['said', 'says', 'say', 'announced', 'announces', 'confirmed', 'confirms', 'declared', 'declares', 'stated', 'told',
  'warned', 'warns', 'indicated', 'promised', 'pledged', 'vowed', 'insisted', 'added']);
const PREP_LIKE = new Set(['for', 'of', 'by', 'in', 'on', 'after', 'before', 'without', 'since', 'despite']);
const FIRST_PLURAL = new Set(['we', 'us', 'our', 'ours']);

/**
 * Codes CAMEO events: for each verb of the verb dictionary found in a sentence, the most specific
 * pattern of its block that matches (else the verb's own code) gives the code; the subject actor is
 * the source and the first actor after the verb (or the one the pattern marks with `+`) the target.
 */
export function codeEvents(ctx: DocContext, quotes: Quote[], res: { events: EventResources; lexicon?: Lexicon }, opts: EventOptions = {}): CodedEvent[] {
  const er = res.events;
  const { seg, article } = ctx;
  const tokens = seg.tokens;
  const text = article.text;
  const allNorms = tokens.map((t) => t.norm);
  if (er.discards && containsAny(allNorms, er.discards.storyIndex)) return [];
  const out: CodedEvent[] = [];
  let mi = 0;
  const mentions = ctx.mentions;
  const actorById = new Map(ctx.actors.map((a) => [a.id, a]));
  for (let si = 0; si < seg.sentences.length; si++) {
    const s = seg.sentences[si]!;
    const toks = tokens.slice(s.firstToken, s.lastToken);
    while (mi < mentions.length && mentions[mi]!.start < s.start) mi++;
    const sentMentions: Mention[] = [];
    for (let k = mi; k < mentions.length && mentions[k]!.start < s.end; k++) sentMentions.push(mentions[k]!);
    // quick exits: no actor mention (and no quotation that could lend one), or no verb of the dictionary
    if (!sentMentions.length && !quotes.length) continue;
    let hasVerb = false;
    for (const t of toks) if (er.verbs.forms.has(t.norm)) { hasVerb = true; break; }
    if (!hasVerb) continue;
    const norms = toks.map((t) => t.norm);
    if (er.discards && containsAny(norms, er.discards.sentenceIndex)) continue;
    out.push(...codeSentence(ctx, actorById, si, toks, norms, sentMentions, quotes, er, opts, text, res.lexicon));
  }
  out.forEach((e, i) => { e.id = `e${i + 1}`; });
  return out;
}

function codeSentence(ctx: DocContext, actorById: ReadonlyMap<string, Actor>, si: number, toks: Token[], norms: string[], sentMentions: Mention[],
  quotes: Quote[], er: EventResources, opts: EventOptions, text: string, lexicon?: Lexicon): CodedEvent[] {
  const n = toks.length;
  // ---- participants: mentions with a code, as token ranges
  const parts: Participant[] = [];
  let tk = 0;
  for (const m of sentMentions) {
    if (m.type === 'pronoun' && POSSESSIVE.has(text.slice(m.start, m.end).toLowerCase())) continue;
    while (tk < n && toks[tk]!.end <= m.start) tk++;
    let te = tk;
    while (te < n && toks[te]!.start < m.end) te++;
    if (te <= tk) continue;
    const actor = ctx.actorOfMention[m.id] ?? null;
    const actorObj = actor ? actorById.get(actor) : undefined;
    let code = m.code || actorObj?.code || (m.sectors.length ? m.sectors.join('') : '');
    // with a user's dictionaries only their agents give sectors: dyad's built-in role words ("leaders", "mayor") do not
    if (er.policy === 'petrarch' && m.type === 'description' && m.sectors.length && !/agents/i.test(m.rule)) code = m.country ?? '';
    // dyad's policy: "the president of Armenia" is Armenia's, whoever coreference linked the description to
    const ofCountry = er.policy === 'dyad' && ofCountryFollows(m, toks, te, sentMentions);
    if (ofCountry) code = m.sectors.join('');
    // an agent without a country ("soldiers", "the officials"): composed below with a following "of/from/in COUNTRY"
    const agentOnly = !!code && SECTOR_CODES.has(code.slice(0, 3));
    // "people", "residents": no actor anyone could hold responsible or address (dyad's policy)
    if (er.policy === 'dyad' && code.startsWith('PPL')) continue;
    let actorId = ofCountry ? null : actor;
    if (!code && FIRST_PLURAL.has(text.slice(m.start, m.end).toLowerCase())) {
      const q = quoteAt(quotes, m.start);
      const sp = q?.speaker ? actorById.get(q.speaker) : undefined;
      if (sp) { code = sp.code; actorId = sp.id; }
    }
    if (!code) continue;
    // nested mentions: keep the outer one
    const prev = parts[parts.length - 1];
    if (prev && tk < prev.te) {
      // (of two as long, one with a country beats an agent without one: "an embassy in" / "embassy in Tehran")
      if (te - tk > prev.te - prev.ts || (te - tk === prev.te - prev.ts && !!prev.agentOnly && !agentOnly && er.policy === 'dyad')) { while (parts.length && parts[parts.length - 1]!.ts === prev.ts) parts.pop(); } else continue;
    }
    // an actor entry with several codes ("ELR/GAL") stands for several actors
    for (const c of code.split('/')) if (c) parts.push({ mention: m, actor: actorId, code: c, ts: tk, te, agentOnly });
  }
  // dyad's policy: "ethnic Albanians in Serbia", "Bosnian Serbs" live in Serbia, Bosnia (ethnic.ts)
  if (er.policy === 'dyad') recodeEthnicGroups(toks, norms, parts, lexicon);
  // dyad's policy: "an Indian proposal", "German goods" name a country too (demonym-modifiers.ts)
  if (er.policy === 'dyad' && lexicon) {
    const covered = new Uint8Array(n);
    let t0 = 0;
    for (const m of sentMentions) {
      while (t0 < n && toks[t0]!.end <= m.start) t0++;
      for (let t = t0; t < n && toks[t]!.start < m.end; t++) covered[t] = Math.max(covered[t]!, m.code || ctx.actorOfMention[m.id] && actorById.get(ctx.actorOfMention[m.id]!)?.code ? 1 : 2);
    }
    const dms = demonymModifiers(text, toks, norms, lexicon, (t) => covered[t]!);
    if (dms.length) {
      for (const d of dms) parts.push({ mention: demonymMention(toks, d), actor: null, code: d.code, ts: d.ts, te: d.te, ...(d.people ? { ethnic: true } : {}) });
      parts.sort((a, b) => a.ts - b.ts);
    }
  }
  composeAgents(toks, parts);
  // "Libyan leader Muammar Gaddafi": a title and a name next to each other, one actor, are one participant
  for (let k = parts.length - 1; k > 0; k--) {
    const p = parts[k]!, q = parts[k - 1]!;
    if (p.actor && p.actor === q.actor && p.code === q.code && q.te === p.ts && !p.agentOnly && !q.agentOnly) {
      parts.splice(k - 1, 2, { ...q, te: p.te });
    }
  }
  // dyad's policy: "rebels", "demonstrators" in a sentence that names one country are that country's (domestic.ts)
  if (er.policy === 'dyad') assignDomesticAgents(parts);
  for (let k = parts.length - 1; k >= 0; k--) {
    const p = parts[k]!;
    if (!p.agentOnly) continue;
    // dyad's policy: an actor without a country is too vague to be a party to an event; PETRARCH writes "---GOV"
    if (er.policy === 'dyad') parts.splice(k, 1);
    else { p.code = '---' + p.code; p.agentOnly = false; }
  }
  // "we" / "us" inside a quotation is the speaker's side, when the mention stage left it without an actor
  if (quotes.length) {
    for (let t = 0; t < n; t++) {
      const w = toks[t]!.norm;
      if (w !== 'we' && w !== 'us') continue;
      if (parts.some((p) => p.ts <= t && t < p.te)) continue;
      const q = quoteAt(quotes, toks[t]!.start);
      const sp = q?.speaker ? actorById.get(q.speaker) : undefined;
      if (!sp || !sp.code || (er.policy === 'dyad' && !sp.country)) continue;
      const m: Mention = { id: `we${toks[t]!.start}`, start: toks[t]!.start, end: toks[t]!.end, type: 'pronoun', head: { start: toks[t]!.start, end: toks[t]!.end },
        kind: sp.kind, name: sp.name, code: sp.code, country: sp.country, sectors: sp.sectors, plural: true, rule: 'events:quote-speaker' };
      parts.push({ mention: m, actor: sp.id, code: sp.code, ts: t, te: t + 1 });
    }
    parts.sort((a, b) => a.ts - b.ts);
  }
  // ---- coordinated groups ("Mordor, Rohan, Fornost and Bree")
  // a list joined by commas only counts when a conjunction closes it ("Mordor, Rohan and Bree", not "Gondor, Rohan will")
  const groups: Group[] = [];
  let pendingCommas: number[] = []; // members joined by a comma since the last conjunction
  const splitOpenList = (): void => {
    const last = groups[groups.length - 1];
    if (!last || !pendingCommas.length) { pendingCommas = []; return; }
    const cut = last.members.indexOf(pendingCommas[0]!);
    const tail = last.members.splice(cut);
    last.te = parts[last.members[last.members.length - 1]!]!.te;
    for (const k of tail) {
      const g = groups[groups.length - 1]!;
      if (parts[k]!.ts === parts[g.members[g.members.length - 1]!]!.ts) { g.members.push(k); continue; }
      groups.push({ members: [k], ts: parts[k]!.ts, te: parts[k]!.te });
    }
    pendingCommas = [];
  };
  for (let p = 0; p < parts.length; p++) {
    const last = groups[groups.length - 1];
    if (last) {
      const prev = parts[last.members[last.members.length - 1]!]!;
      const how = prev.ts === parts[p]!.ts ? 'same' : coordinated(toks, prev.te, parts[p]!.ts) ?? (coordinatedNounPhrases(toks, prev.te, parts[p]!.ts) ? 'conj' : null);
      if (how && (how === 'same' || !pairAfterBetween(toks, parts, last.members))) {
        if (how === 'comma') pendingCommas.push(p);
        else if (how === 'conj') pendingCommas = [];
        last.members.push(p); last.te = parts[p]!.te;
        continue;
      }
    }
    splitOpenList();
    groups.push({ members: [p], ts: parts[p]!.ts, te: parts[p]!.te });
  }
  splitOpenList();
  // an event needs two parties: a sentence with fewer actors holds none
  if (groups.length === 0 || (groups.length === 1 && groups[0]!.members.length < 2)) return [];
  const groupAt = new Array<number>(n + 2).fill(-1);
  const groupOf = new Array<number>(n + 2).fill(-1);
  groups.forEach((g, gi) => { groupAt[g.ts] = gi; for (let t = g.ts; t < g.te; t++) groupOf[t] = gi; });
  const lemmas = toks.map((t) => (t.lemma ?? t.norm).toLowerCase());
  const npWord = toks.map((t) => (t.pos === 'ADP' ? 2 : ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos) || t.norm === "'s" ? 1 : 0));
  const wordSet = new Set(norms);
  // a time phrase ("defended Iraq on Friday against criticism") does not end the verb's phrase
  const barrier = toks.map((t, i) => er.verbs.structured && ((t.pos === 'ADP' && !CALENDAR.has(norms[i + 1] ?? '')) || (t.pos === 'VERB' && !hyphenated(toks, i)) || t.norm === ',' || t.norm === ';' || t.norm === ':'));
  const view: MatchView = { norms, lemmas, groupAt, groupEnd: groups.map((g) => g.te), npWord, barrier, structured: er.verbs.structured, synsetFirst: er.verbs.synsetFirst, synsetLast: er.verbs.synsetLast };

  // ---- verb groups
  const verbs: VerbGroup[] = [];
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    if (groupOf[i] >= 0) continue;
    const entries = er.verbs.forms.get(t.norm);
    if (!entries) continue;
    if (!verbal(toks, i)) continue;
    let best: { e: VerbEntry; start: number; end: number } | null = null;
    let alts: VerbEntry[] = [];
    for (const e of entries) {
      let ok = true;
      for (let k = 0; k < e.front.length && ok; k++) if (norms[i - e.front.length + k] !== e.front[k]) ok = false;
      for (let k = 0; k < e.back.length && ok; k++) if (norms[i + 1 + k] !== e.back[k]) ok = false;
      if (!ok) continue;
      const span = { e, start: i - e.front.length, end: i + 1 + e.back.length };
      if (!best || span.end - span.start > best.end - best.start) { best = span; alts = [e]; }
      else if (span.end - span.start === best.end - best.start) alts.push(e);
    }
    if (!best) continue;
    // the verb's own code: the first of its entries (dictionary order) that has one
    const coded = alts.find((e) => e.code || e.reverse);
    if (coded) best.e = coded;
    let a = best.start - 1;
    let negated = false, future = false, hypothetical = false, be = false, infinitive = false, obligation = false;
    while (a >= 0 && !(norms[a] === "'s" && ['PROPN', 'NOUN'].includes(toks[a - 1]?.pos ?? '')) && (AUX_WORDS.has(norms[a]!) || (norms[a] === '"' && AUX_WORDS.has(norms[a - 1] ?? '')) || (toks[a]!.pos === 'ADV' && /ly$/.test(norms[a]!)) || toks[a]!.pos === 'AUX')) {
      const w = norms[a]!;
      if (NEGATORS.has(w)) negated = true;
      if (FUTURE_AUX.has(w) || w === 'going' || w === 'about') future = true;
      if (HYPO_AUX.has(w)) {
        // "said they would boycott": a reported future, not a hypothetical
        if ((w === 'would' || w === "'d") && reportedBefore(norms, a)) future = true; else hypothetical = true;
      }
      if (w === 'must' || w === 'should' || w === 'ought') obligation = true;
      if (BE.has(w) || (w === 'get' || w === 'got')) be = true;
      if (w === 'to' && a === best.start - 1 - countAdverbs(norms, toks, a + 1, best.start)) infinitive = true;
      if (w === 'to' && a >= 1 && BE.has(norms[a - 1]!)) future = true; // "is to visit"
      a--;
    }
    if (norms[a] === 'to' || (a >= 0 && norms[a] === 'to')) infinitive = true;
    // "is willing to withdraw", "is not ready to accept": readiness is a stated intent, its negation a refusal
    if (a >= 1 && norms[a + 1] === 'to' && WILLING.has(norms[a]!) && (BE.has(norms[a - 1]!) || NEGATORS.has(norms[a - 1]!))) {
      future = true;
      a--;
      while (a >= 0 && (BE.has(norms[a]!) || NEGATORS.has(norms[a]!) || HYPO_AUX.has(norms[a]!) || FUTURE_AUX.has(norms[a]!) || norms[a] === 'must'
        || (toks[a]!.pos === 'ADV' && /ly$/.test(norms[a]!)))) {
        const w = norms[a]!;
        if (NEGATORS.has(w)) negated = true;
        if (w === 'must' || w === 'should') obligation = true;
        else if (HYPO_AUX.has(w) && !((w === 'would' || w === "'d") && reportedBefore(norms, a))) hypothetical = true;
        a--;
      }
    }
    const participle = /(ed|en|wn|ne|t)$/.test(t.norm) && t.norm !== (t.lemma ?? t.norm).toLowerCase();
    const passive = be && participle && !/ing$/.test(t.norm);
    const prevWord = norms[best.start - 1] ?? '';
    // "refugees fleeing", "its gunboats intercepting", "Jordan's visiting King": an -ing form right after a noun
    // phrase, with no auxiliary, modifies that noun
    const prevTok = toks[best.start - 1];
    const modifier = /ing$/.test(t.norm) && a + 1 === best.start && !!prevTok && prevTok.pos !== 'ADP' && prevTok.pos !== 'PUNCT'
      && ['NOUN', 'PROPN', 'NUM', 'DET', 'ADJ', 'PART'].includes(prevTok.pos) && prevTok.norm !== 'to';
    const gerundAfterPrep = /ing$/.test(t.norm) && (toks[best.start - 1]?.pos === 'ADP' || (toks[best.start - 1]?.pos === 'SCONJ' && PREP_LIKE.has(prevWord))) ? prevWord : null;
    verbs.push({ start: best.start, end: best.end, head: i, entry: best.e, entries: alts, auxStart: a + 1, negated, future, hypothetical, passive,
      infinitive: infinitive || norms[a + 1] === 'to', gerundAfterPrep, modifier, obligation, subject: null, object: null, modality: null, coded: false, governor: -1 });
    i = best.end - 1;
  }
  // governors: an infinitive or prepositional gerund hangs on the nearest verb before it in the clause
  for (let v = 1; v < verbs.length; v++) {
    const V = verbs[v]!;
    if (!V.infinitive && !V.gerundAfterPrep) continue;
    // "says it is willing to withdraw": a finite auxiliary in the chain starts a clause of its own
    let finite = false;
    for (let t = V.auxStart; t < V.start && !finite; t++) {
      const w = norms[t]!;
      if ((BE.has(w) && !['be', 'been', 'being'].includes(w)) || HYPO_AUX.has(w) || FUTURE_AUX.has(w) || w === 'must') finite = true;
    }
    if (finite) continue;
    const U = verbs[v - 1]!;
    let clean = true;
    for (let t = U.end; t < V.auxStart; t++) if (LEFT_BOUNDARY.has(norms[t]!) && norms[t] !== 'that') { clean = false; break; }
    const nounComplement = !!V.gerundAfterPrep && toks[V.start - 2]?.pos === 'NOUN';
    if (clean && V.auxStart - U.end <= 12 && !nounComplement && !(V.infinitive && possessorBefore(toks, groupOf, groups, V.auxStart))) V.governor = v - 1;
  }

  const dates = new Map<string, DateMention[]>(); // clause "start:end" -> its date expressions
  const events: CodedEvent[] = [];
  const seen = new Set<string>();
  let unknownReportEnd = -1;
  for (let v = 0; v < verbs.length; v++) {
    const V = verbs[v]!;
    const G = V.governor >= 0 ? verbs[V.governor]! : null;
    if (G && G.coded && !EMBEDDING_GOVERNORS.has(G.entry.block.toLowerCase())) { V.coded = true; continue; }
    // ---- subject
    let subject: Group | null = null;
    let leftStart = clauseStart(norms, V.auxStart);
    let b0 = V.auxStart - 1;
    while (b0 >= 0 && toks[b0]!.pos === 'ADV') b0--;
    const prevFinite = previousFinite(verbs, v);
    const vpCoordinated = b0 >= 0 && (norms[b0] === 'and' || norms[b0] === 'but' || (norms[b0] === ',' && !quoteBefore(norms, b0))) && prevFinite >= 0
      && verbs[prevFinite]!.end <= b0;
    // "...," said Dong: a reporting verb right after a closing quotation has its subject after it
    const q0 = V.start - 1;
    if (!subject && q0 >= 1 && ((norms[q0] === '"' && norms[q0 - 1] === ',') || (norms[q0] === ',' && norms[q0 - 1] === '"'))) {
      const gi = groupAt[V.end] ?? -1;
      if (gi >= 0) subject = groups[gi]!;
      leftStart = V.auxStart;
    }
    if (!V.modifier && a0(V) && /(ed|en)$/.test(norms[V.head]!) && norms[V.end] === 'by' && ['NOUN', 'PROPN'].includes(toks[V.start - 1]?.pos ?? '')) {
      // "crimes committed by Croat forces": a past participle after a noun, with "by", is a reduced passive
      const gi = groupOf[V.start - 1] ?? -1;
      if (gi < 0 || groups[gi]!.te !== V.start) continue;
      subject = groups[gi]!;
      V.passive = true;
    }
    // dyad's policy: ", disputed by Argentina and Chile", ", expected to be joined": a participle opening a phrase
    // after a comma modifies the noun before the comma; it is an event only when that noun is an actor
    else if (er.policy === 'dyad' && !V.modifier && a0(V) && norms[V.start - 1] === ',' && /(ed|en)$/.test(norms[V.head]!)
      && (norms[V.end] === 'by' || (norms[V.end] === 'to' && BE.has(norms[V.end + 1] ?? '')))) {
      const gi = groupOf[V.start - 2] ?? -1;
      // (the verbs it governs, "expected to be joined by", go with it)
      if (gi < 0 || groups[gi]!.te !== V.start - 1 || norms[V.end] !== 'by') { V.coded = true; continue; }
      subject = groups[gi]!;
      V.passive = true;
    }
    if (V.modifier) {
      // the modified noun is the subject when it is an actor; otherwise the verb has none
      const gi = groupOf[V.start - 1] ?? -1;
      if (gi < 0 || groups[gi]!.te !== V.start) continue;
      subject = groups[gi]!;
    }
    if (subject) { /* inverted reporting verb or modified noun */ }
    else if (G && V.gerundAfterPrep === 'of' && EMBEDDING_GOVERNORS.has(G.entry.block.toLowerCase())) subject = G.object;
    else if (G && (!V.gerundAfterPrep || V.gerundAfterPrep === 'by')) subject = G.subject;
    if (!subject && V.infinitive && !G) subject = possessorBefore(toks, groupOf, groups, V.auxStart);
    if (!subject && vpCoordinated) subject = verbs[prevFinite]!.subject;
    if (!subject && V.auxStart > 0 && RELATIVE.has(norms[V.auxStart - 1]!)) {
      // dyad's policy: the antecedent is the phrase right before the pronoun ("Macedonia, which is preparing"), not an
      // actor inside it ("a U.N. Security Council resolution that aims to")
      const gi = er.policy === 'dyad' ? relativeAntecedent(norms, groupOf, V.auxStart - 1) : nearestGroupBefore(groupOf, V.auxStart - 1, Math.max(0, V.auxStart - 12));
      if (gi >= 0) subject = groups[gi]!;
    }
    if (!subject && !G && !vpCoordinated && uncodedPronounSubject(toks, groupOf, V.auxStart)) {
      // PETRARCH: what an unknown speaker reports is the target of the report, not an event of its own
      if (er.policy === 'petrarch' && REPORTED.has(norms[V.head]!)) unknownReportEnd = V.end;
      continue;
    }
    if (unknownReportEnd >= 0 && insideReport(norms, unknownReportEnd, V.auxStart)) continue;
    if (!subject) {
      // the subject is after the previous verb of the sentence (its clause is over)
      if (prevFinite >= 0 && !G) leftStart = Math.max(leftStart, verbs[prevFinite]!.end);
      // the first actor of the clause that is not inside a prepositional phrase, else the nearest one;
      // after an earlier verb the nearest ("NATO's advance ... and China's defense chief pledges")
      const afterVerb = prevFinite >= 0 && verbs[prevFinite]!.end > leftStart - 1 && leftStart === verbs[prevFinite]!.end;
      for (let gi = 0; gi < groups.length && !subject && !afterVerb; gi++) {
        const g = groups[gi]!;
        if (g.ts < leftStart || g.te > V.auxStart) continue;
        let b = g.ts - 1;
        while (b >= leftStart && (toks[b]!.pos === 'DET' || toks[b]!.pos === 'ADJ')) b--;
        if (b >= leftStart && toks[b]!.pos === 'ADP') continue;
        subject = g;
      }
      if (!subject) {
        const gi = nearestGroupBefore(groupOf, V.auxStart, leftStart);
        if (gi >= 0) subject = groups[gi]!;
      }
    }
    // "the conflict in Ukraine and China's defense chief pledges": a group opened inside a prepositional
    // phrase only lends its last conjunct to the subject
    if (subject && subject.members.length > 1 && subject.te <= V.auxStart) {
      let b = subject.ts - 1;
      while (b >= 0 && (toks[b]!.pos === 'DET' || toks[b]!.pos === 'ADJ')) b--;
      if (b >= 0 && toks[b]!.pos === 'ADP' && !PAIR_PREPOSITIONS.has(toks[b]!.norm)) {
        const last = subject.members[subject.members.length - 1]!;
        subject = { members: subject.members.filter((k) => parts[k]!.ts === parts[last]!.ts), ts: parts[last]!.ts, te: subject.te };
      }
    }
    V.subject = subject;
    // dyad's policy: "X said that Y must ..." is X demanding of Y (CAMEO 100); Y's act itself is not asserted
    if (V.obligation && subject && leftStart > 0 && norms[leftStart - 1] === 'that') {
      const P = verbs.slice(0, v).reverse().find((u) => u.end <= leftStart - 1);
      const pCode = P ? (P.codeUsed ?? P.entry.code ?? '') : '';
      // "agreed that China and Russia must deepen their cooperation": an agreement on what must be done is an intent
      if (pCode.startsWith('03')) V.future = true; else V.modality = 'hypothetical';
      if (!pCode.startsWith('03') && er.policy === 'dyad' && P && P.subject && P.subject !== subject && !/^1[0-3]/.test(pCode)) {
        for (const ka of P.subject.members) for (const kb of subject.members) {
          const a = parts[ka]!, b = parts[kb]!;
          if (a.code === b.code || (a.actor && a.actor === b.actor)) continue;
          const info = codeInfo(er.cameo, '100');
          const key = `${a.actor ?? a.code}|${b.actor ?? b.code}|100|${a.code}|${b.code}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const quote = quoteAt(quotes, toks[P.head]!.start);
          events.push({ id: '', source: a.actor, target: b.actor, sourceCode: a.code, targetCode: b.code, cameo: '100', root: info.root, quad: info.quad,
            goldstein: info.goldstein, plover: info.plover, modality: 'asserted', sentence: si,
            evidence: { start: Math.min(toks[P.subject.ts]!.start, toks[P.start]!.start), end: toks[V.end - 1]!.end }, ...(opts.date ? { date: opts.date } : {}),
            ...(quote ? { quote: quote.id } : {}), rule: `dyad:obligation:${P.entry.lemma.toUpperCase()} that ... ${norms.slice(V.auxStart, V.start).join(' ')} ${V.entry.lemma.toUpperCase()}`,
            sourceSpan: { start: a.mention.start, end: a.mention.end }, targetSpan: { start: b.mention.start, end: b.mention.end } });
        }
      }
    }
    // hypothetical for every verb, coded or not, so that the verbs it governs inherit it
    if (V.hypothetical || conditional(norms, V.auxStart) || (V.infinitive && !G && toks[V.auxStart - 1]?.pos === 'NOUN')
      || (V.gerundAfterPrep && !G && toks[V.start - 2]?.pos === 'NOUN')
      || (G && EMBEDDING_GOVERNORS.has(G.entry.block.toLowerCase())) || G?.modality === 'hypothetical'
      || directiveThat(norms, toks, verbs, v, leftStart)) V.modality = 'hypothetical';
    // ---- pattern
    let postLimit = clauseEnd(norms, toks, V.end);
    // "aircraft using missiles killed four": a modifier's object ends before the next verb
    if (V.modifier && v + 1 < verbs.length) postLimit = Math.min(postLimit, Math.max(V.end, verbs[v + 1]!.auxStart));
    if (leftStart > 0 && SUBORDINATORS.has(norms[leftStart - 1]!)) {
      for (let t = V.end; t < postLimit; t++) if (norms[t] === ',') { postLimit = t; break; }
    }
    let match = null as PatternMatch | null;
    const tried = new Set<string>();
    for (const e of V.entries) {
      if (tried.has(e.block)) continue;
      tried.add(e.block);
      const block = er.verbs.blocks.get(e.block);
      if (!block) continue;
      const tryPattern = (p: VerbPattern): void => {
        if (match && p.weight < match.pattern.weight) return;
        for (let k = 1; k < p.required.length; k++) if (!wordSet.has(p.required[k]!)) return;
        const m = matchPattern(view, p, V.start, V.end, 0, postLimit);
        if (m && (!match || m.pattern.weight > match.pattern.weight || (m.pattern.weight === match.pattern.weight && m.pattern.block === match.pattern.block && order(block, m.pattern) < order(block, match.pattern)))) match = m;
      };
      for (const p of block.byWord.get('') ?? []) tryPattern(p);
      for (const w of wordSet) { const ps = block.byWord.get(w); if (ps) for (const p of ps) tryPattern(p); }
    }
    const code = match ? match.pattern.code : V.entry.code;
    V.codeUsed = code;
    const reverse = match ? match.pattern.reverse : V.entry.reverse;
    if (!code && !reverse) continue;
    // ---- source and target groups
    let src: Group | null = match?.source != null ? groups[match.source]! : subject;
    // "X noted that Y regretted ..." with "- NOTED + * [115]": the pattern made the clause subject its target, so the
    // source is the actor before the pattern
    if (match?.target != null && match.source == null && subject && groups[match.target] === subject) {
      src = null;
      for (let t = match.start - 1; t >= 0 && !src; t--) { const gi = groupOf[t]!; if (gi >= 0 && groups[gi] !== subject) src = groups[gi]!; }
      if (src) { let first = src; for (const g of groups) if (g.te <= match.start && g !== subject) { first = g; break; } src = first; }
    }
    let tgt: Group | null = match?.target != null ? groups[match.target]! : null;
    let compound = false;
    if (match && match.pattern.pre.some((a) => a.kind === 'compound')) {
      if (!src || src.members.length < 2) continue;
      compound = true;
    }
    let byAgent = false;
    if (V.passive && match?.source == null) {
      let b = V.end;
      while (b < postLimit && toks[b]!.pos === 'ADV') b++;
      if (norms[b] === 'by' && groupAt[b + 1] !== undefined) {
        const gb = groupAt[b + 1]! >= 0 ? groupAt[b + 1]! : norms[b + 1] === 'the' ? groupAt[b + 2]! : -1;
        if (gb >= 0) { tgt = match?.target != null ? tgt : src; src = groups[gb]!; byAgent = true; }
      }
    }
    if (!tgt && !compound) {
      for (let t = V.end; t < postLimit; t++) {
        const gi = groupAt[t]!;
        if (gi >= 0 && groups[gi] !== src) { tgt = groups[gi]!; break; }
      }
    }
    // a threat names its target in its condition: "threatened to stop talks if the United States goes ahead"
    if (!tgt && !compound && (code ?? '').startsWith('13') && (norms[postLimit] === 'if' || norms[postLimit] === 'unless')) {
      for (let t = postLimit + 1; t < n && norms[t] !== ','; t++) {
        const gi = groupAt[t]!;
        if (gi >= 0 && groups[gi] !== src) { tgt = groups[gi]!; break; }
      }
    }
    // a compound subject and no object: the members act on each other ("Gondor and Osgiliath renewed ties")
    // (dyad's policy: only for acts that are mutual by nature, roots 03-08; "Russia and China attacked" is not mutual)
    // (not the agent of a passive whose subject is no actor: "a coalition which was joined by Australia and Bahrain")
    if (!tgt && !compound && src && !(byAgent && er.policy === 'dyad') && distinctActors(parts, src) >= 2 && (er.policy === 'petrarch' || /^0[3-8]/.test(code ?? ''))) compound = true;
    // "Israel and Lebanon renewed negotiations on a pullback from Lebanon": an object that only names members of the
    // compound subject again is no third party; the members act on each other (dyad's policy, mutual acts only)
    if (tgt && !compound && src && er.policy === 'dyad' && /^0[3-8]|^12/.test(code ?? '') && distinctActors(parts, src) >= 2
      && tgt.members.every((k) => src!.members.some((j) => sameParty(parts[j]!, parts[k]!)))) { compound = true; tgt = null; }
    if (!src || (!tgt && !compound)) continue;
    V.coded = true;
    V.object = tgt;
    // ---- modality and date
    let modality: Modality = 'asserted';
    const negated = V.negated && !(match?.consumedNegation);
    const quote = quoteAt(quotes, toks[V.head]!.start);
    if (negated) modality = 'negated';
    else if (G?.modality === 'negated') modality = 'hypothetical';
    else if (V.modality === 'hypothetical' && !(V.obligation && er.policy === 'petrarch')) modality = 'hypothetical';
    else if (V.future || (G && FUTURE_GOVERNORS.has(G.entry.lemma))) modality = 'future';
    const cs = toks[leftStart]!.start, ce = toks[postLimit - 1]!.end;
    const dkey = `${cs}:${ce}`;
    let clauseDates = dates.get(dkey);
    if (!clauseDates) { clauseDates = findDates(text.slice(cs, ce), cs, opts.date); dates.set(dkey, clauseDates); }
    V.modality = modality;
    const dm = nearestDate(text, clauseDates, toks, V.head);
    let date = opts.date;
    let dateEvidence: Span | undefined;
    if (dm) {
      date = dm.weekdayOnly && modality !== 'future' && opts.date ? pastWeekday(dm.date, opts.date) : dm.date;
      dateEvidence = { start: dm.start, end: dm.end };
      if (modality === 'asserted' && opts.date && daysBetween(date, opts.date) > 31) modality = 'historical';
    }
    // dyad's policy: a promised, planned or announced-for-later act is coded as the intent (CAMEO 03x / 13x)
    let fwd = code;
    let rev = reverse;
    let intent = false;
    if (er.policy === 'dyad' && modality === 'future' && fwd) {
      const ic = intentCode(fwd);
      if (ic) { fwd = ic; rev = null; intent = true; modality = 'asserted'; }
    }
    // dyad's policy: a concession or agreement the actor will not make is a refusal ("will not accept any more
    // refugees", "would not meet their demands"): CAMEO 12x, asserted
    let refusal = false;
    if (er.policy === 'dyad' && modality === 'negated' && fwd && /^0[38]/.test(fwd) && !G) {
      fwd = REFUSAL_OF[fwd.slice(0, 3)] ?? (fwd.startsWith('08') ? '124' : '120'); rev = null; refusal = true; modality = 'asserted';
    }
    const rule = (refusal ? 'dyad:refusal<' : '') + (intent ? 'dyad:intent<' : '') + (match ? `${er.verbs.name}:${match.pattern.block}:${match.pattern.text}` : `${er.verbs.name}:${V.entry.block}:${V.entry.lemma.toUpperCase()}`) + (intent ? '>' : '') + (refusal ? '>' : '');
    const pairs: Array<[Participant, Participant, string]> = [];
    const srcParts = src.members.map((k) => parts[k]!);
    if (compound) {
      for (const a of srcParts) for (const b of srcParts) if (a !== b) { if (fwd) pairs.push([a, b, fwd]); }
    } else {
      const tgtParts = tgt!.members.map((k) => parts[k]!);
      for (const a of srcParts) for (const b of tgtParts) {
        if (fwd) pairs.push([a, b, fwd]);
        if (rev) pairs.push([b, a, rev]);
      }
    }
    const evStart = Math.min(toks[Math.min(V.start, match?.start ?? V.start)]!.start, src.ts < V.start ? toks[src.ts]!.start : Infinity);
    const lastTok = Math.max(V.end, match?.end ?? V.end, tgt ? tgt.te : 0) - 1;
    const evidence: Span = { start: evStart, end: toks[lastTok]!.end };
    for (const [a, b, c] of pairs) {
      if (a.code === b.code && (a.actor === b.actor || (er.policy === 'dyad' && !a.ethnic && !b.ethnic))) continue;
      // an actor does not act on itself ("Palestinian leaders said they would boycott ...": they = the leaders)
      if (er.policy === 'dyad' && a.actor && a.actor === b.actor && !stateAndItsGroup(a.mention, b.mention)) continue;
      // a government acting on its own country ("the Russian minister said ... Russia") is not an event (dyad's policy; PETRARCH codes it: "Cirith Ungol [MORMIL] ... Mordor")
      // (except emergency rule, which a government imposes on its own country: curfews, martial law, 1721/1722, and
      // their threats 1372, and its easing 0813/0814)
      if (er.policy === 'dyad' && b.code.length === 3 && a.code.length > 3 && a.code.startsWith(b.code) && b.mention.kind === 'country' && b.mention.type !== 'description' && !b.ethnic
        && !/^172|^1372|^081[34]/.test(c) && !(intent && /^172/.test(code ?? ''))) continue;
      if (!a.actor && !b.actor && a.code === b.code && a.mention.start === b.mention.start) continue;
      const key = `${a.actor ?? a.code}|${b.actor ?? b.code}|${c}|${a.code}|${b.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const info = codeInfo(er.cameo, c);
      const ev: CodedEvent = {
        id: '', source: a.actor, target: b.actor, sourceCode: a.code, targetCode: b.code,
        cameo: c, root: info.root, quad: info.quad, goldstein: info.goldstein, plover: info.plover, modality, sentence: si, evidence,
        ...(date ? { date } : {}), ...(dateEvidence ? { dateEvidence } : {}), ...(quote ? { quote: quote.id } : {}),
        rule, sourceSpan: { start: a.mention.start, end: a.mention.end }, targetSpan: { start: b.mention.start, end: b.mention.end },
      };
      events.push(ev);
    }
  }
  return events;
}

/** The refusal (CAMEO 12x) of a concession (08x): easing sanctions, releasing, allowing involvement, de-escalating. */
const REFUSAL_OF: Record<string, string> = { '081': '1241', '082': '1242', '084': '1243', '085': '1244', '086': '1245', '087': '1246' };

const INTENT_OF: Record<string, string> = {
  '061': '0311', '062': '0312', '063': '0313', '064': '0314', '071': '0331', '072': '0332', '073': '0333', '074': '0334',
  '081': '0351', '083': '034', '0831': '0341', '0832': '0342', '0833': '0343', '0834': '0344', '084': '0353', '085': '0354', '086': '0355',
  '087': '0356', '161': '1313', '162': '1311', '163': '1312', '164': '1313',
};
const INTENT_OF_ROOT: Record<string, string> = { '04': '036', '05': '032', '06': '031', '07': '033', '08': '035', '16': '131', '17': '137', '18': '138', '19': '138', '20': '138' };

/** The CAMEO code for the intent (or threat) to do what `code` does, or null when intent does not change it. */
export function intentCode(code: string): string | null {
  return INTENT_OF[code] ?? INTENT_OF[code.slice(0, 3)] ?? INTENT_OF_ROOT[code.slice(0, 2)] ?? null;
}

/**
 * "Soldiers from Gondor", "the ambassadors of Arnor, Osgiliath and Gondor", "lawmakers in Fornost and Gondor": an agent
 * without a country followed by of/from/in and a list of countries stands for that agent of each country.
 */
function composeAgents(toks: Token[], parts: Participant[]): void {
  // "Darfur rebels", "Gondor's police": an agent right after a place or country (or its "'s") belongs to it
  for (let k = 1; k < parts.length; k++) {
    const p = parts[k]!, q = parts[k - 1]!;
    if (!p.agentOnly || q.agentOnly || q.code.length !== 3) continue;
    let t = q.te;
    if (toks[t]?.norm === "'s" || toks[t]?.norm === "'") t++;
    if (t !== p.ts) continue;
    parts.splice(k - 1, 2, { ...p, code: q.code + p.code, ts: q.ts, agentOnly: false });
    k--;
  }
  // "Danish media and government": an agent conjoined after a country's agent belongs to that country too
  for (let k = 1; k < parts.length; k++) {
    const p = parts[k]!, q = parts[k - 1]!;
    if (!p.agentOnly || q.agentOnly || q.code.length <= 3 || q.code.startsWith('IGO')) continue;
    if (coordinated(toks, q.te, p.ts) !== 'conj' || (q.mention.country ?? '') !== q.code.slice(0, 3)) continue;
    parts[k] = { ...p, code: q.code.slice(0, 3) + p.code, agentOnly: false };
  }
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    if (!p.agentOnly) continue;
    // agents coordinated before the preposition share it: "lawmakers and officials in Fornost"
    let last = k;
    while (last + 1 < parts.length && parts[last + 1]!.agentOnly && coordinated(toks, parts[last]!.te, parts[last + 1]!.ts) === 'conj') last++;
    let t = parts[last]!.te;
    const prep = toks[t]?.norm;
    if (prep !== 'of' && prep !== 'from' && prep !== 'in') continue;
    t++;
    if (toks[t]?.pos === 'DET') t++;
    let j = last + 1;
    if (j >= parts.length || parts[j]!.ts !== t || parts[j]!.agentOnly) continue;
    const countries: Participant[] = [parts[j]!];
    while (j + 1 < parts.length && !parts[j + 1]!.agentOnly && (parts[j + 1]!.ts === parts[j]!.ts || coordinated(toks, parts[j]!.te, parts[j + 1]!.ts))) countries.push(parts[++j]!);
    const agents = parts.slice(k, last + 1);
    const te = countries[countries.length - 1]!.te;
    const composed: Participant[] = [];
    for (const a of agents) for (const c of countries) {
      composed.push({ mention: a.mention, actor: a.actor, code: agentOfActor(c.code, a.code), ts: p.ts, te, agentOnly: false });
    }
    parts.splice(k, j - k + 1, ...composed);
    k += composed.length - 1;
  }
}

/** A reporting or announcing verb earlier in the sentence ("said", "announced", "confirmed"). */
function reportedBefore(norms: string[], i: number): boolean {
  for (let t = i - 1; t >= 0 && t >= i - 8; t--) if (REPORTED.has(norms[t]!)) return true;
  return false;
}

/** The verb has no auxiliary before it. */
function a0(V: VerbGroup): boolean {
  return V.auxStart === V.start;
}

/** Position of a pattern in its block (earlier patterns win ties, as in the dictionary file). */
function order(block: VerbBlock, p: VerbPattern): number {
  return block.patterns.indexOf(p);
}

/** The previous verb group that heads a clause (not an infinitive or a gerund after a preposition). */
function previousFinite(verbs: VerbGroup[], v: number): number {
  // an -ing modifier ("aircraft using missiles killed") is inside the subject's noun phrase, not a finite verb
  for (let u = v - 1; u >= 0; u--) if (!verbs[u]!.infinitive && !verbs[u]!.gerundAfterPrep && !verbs[u]!.modifier) return u;
  return -1;
}

function quoteBefore(norms: string[], i: number): boolean {
  return norms[i - 1] === '"';
}

/** "the United States' attempt to maintain": the possessor of the noun before "to" is the subject. */
function possessorBefore(toks: Token[], groupOf: number[], groups: Group[], auxStart: number): Group | null {
  let t = auxStart - 1;
  if (toks[t]?.norm === 'to') t--;
  if (toks[t]?.pos !== 'NOUN') return null;
  while (t > 0 && (toks[t]!.pos === 'NOUN' || toks[t]!.pos === 'ADJ')) t--;
  if (toks[t]?.norm === "'s" || toks[t]?.norm === "'") t--;
  const gi = groupOf[t] ?? -1;
  return gi >= 0 ? groups[gi]! : null;
}

/** Nouns whose "that" clause states what someone wants done, not what was done ("its demand that Israel ease"). */
const DIRECTIVE_NOUNS = new Set(['demand', 'demands', 'call', 'calls', 'appeal', 'appeals', 'request', 'requests', 'insistence', 'proposal', 'proposals',
  'suggestion', 'condition', 'conditions', 'ultimatum', 'hope', 'hopes', 'wish']);
/** Verbs whose "that" clause is a demand ("demanded that the US cancel"): CAMEO 10 and 02 (appeal) roots. */
function directiveThat(norms: string[], toks: Token[], verbs: VerbGroup[], v: number, leftStart: number): boolean {
  if (leftStart < 1 || norms[leftStart - 1] !== 'that') return false;
  let b = leftStart - 2;
  while (b >= 0 && (toks[b]!.pos === 'ADV' || ['today', 'yesterday', 'tonight'].includes(norms[b]!))) b--;
  if (b >= 0 && DIRECTIVE_NOUNS.has(norms[b]!)) return true;
  for (let u = v - 1; u >= 0; u--) {
    const U = verbs[u]!;
    if (U.end > leftStart - 1) continue;
    const c = U.codeUsed ?? U.entry.code ?? '';
    // the governing verb ends right before "that" or only a time phrase or object separates them
    return leftStart - 1 - U.end <= 3 && /^(10|02)/.test(c);
  }
  return false;
}

/** Two participants are one party: the same actor, or the same code. */
function sameParty(a: Participant, b: Participant): boolean {
  return (!!a.actor && a.actor === b.actor) || a.code === b.code;
}

function distinctActors(parts: Participant[], g: Group): number {
  return new Set(g.members.map((k) => `${parts[k]!.actor}|${parts[k]!.code}`)).size;
}

/** Tokens between two mentions only join them into one group when they are separators: ", and the". */
/** How two mentions are joined: 'conj' (", and", "or", "nor", "(...)"), 'comma' (a comma only), or null (not joined). */
function coordinated(toks: Token[], from: number, to: number): 'conj' | 'comma' | 'paren' | null {
  if (to <= from) return null;
  let sep: 'conj' | 'comma' | 'paren' | null = null;
  let mods = 0;
  for (let t = from; t < to; t++) {
    const w = toks[t]!.norm;
    if (w === ',') { sep ??= 'comma'; continue; }
    if (w === '(' || w === ')') { sep ??= 'paren'; continue; }
    if (COORD.has(w)) { sep = 'conj'; continue; }
    if (w === 'as' || w === 'well') continue;
    if (sep && (toks[t]!.pos === 'DET' || toks[t]!.pos === 'ADJ') && mods < 3) { mods++; continue; }
    return null;
  }
  return sep;
}

/** A dictionary verb form that wink did not tag as a verb still counts in "X pledges support" (headline style). */
const POSSESSIVE_DET = new Set(['their', 'its', 'his', 'our', 'my', 'your']);

function verbal(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  // "US-led", "Iranian-backed": a participle inside a hyphenated modifier
  if (toks[i - 1]?.norm === '-' && toks[i - 1]!.end === t.start) return false;
  // "according to Pentagon sources" attributes; it does not accord anything
  if (t.norm === 'according' && toks[i + 1]?.norm === 'to') return false;
  // "their arms industries", "its plans": a word after a possessive determiner is a noun
  if (POSSESSIVE_DET.has(toks[i - 1]?.norm ?? '')) return false;
  // "of suspected terrorist Osama", "the alleged crimes": a participle between a preposition or article and a noun
  // is an adjective
  const before = toks[i - 1], after = toks[i + 1];
  if (/ed$/.test(t.norm) && before && after && (before.pos === 'ADP' || ['the', 'a', 'an'].includes(before.norm)) && before.norm !== 'that'
    && before.norm !== 'by' && ['NOUN', 'PROPN', 'ADJ'].includes(after.pos)) return false;
  if (t.pos === 'VERB') return true;
  if (t.pos === 'AUX') return false;
  if (!(t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ')) return false;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (!prev || !next) return false;
  // "Fornost and Gondor welcome a resumption": a base form between a name and a determiner
  if (!/(s|ed)$/.test(t.norm)) return (prev.pos === 'PROPN' || prev.norm === 'they' || prev.norm === 'we') && (next.pos === 'DET' || next.pos === 'PROPN');
  if (!(prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'ADJ' || prev.pos === 'PRON')) return false;
  if (prev.norm === "'s") return false;
  return ['DET', 'NOUN', 'PROPN', 'ADJ', 'PRON', 'NUM', 'ADP'].includes(next.pos);
}

function countAdverbs(norms: string[], toks: Token[], from: number, to: number): number {
  let c = 0;
  for (let t = from; t < to; t++) if (toks[t]!.pos === 'ADV' || norms[t] === 'not') c++;
  return c;
}

function clauseStart(norms: string[], from: number): number {
  for (let t = from - 1; t >= 0; t--) if (LEFT_BOUNDARY.has(norms[t]!)) return t + 1;
  return 0;
}

/** End of the words a verb's pattern and target may use: a subordinate clause or a reporting tail ends it. */
function clauseEnd(norms: string[], toks: Token[], from: number): number {
  const n = norms.length;
  for (let t = from; t < n; t++) {
    const w = norms[t]!;
    if (RIGHT_BOUNDARY.has(w) && t > from) return t;
    // a coordinated verb phrase starts its own clause: "met Sunday and decided to approve ..."
    if ((w === 'and' || w === 'but') && t > from) {
      let k = t + 1;
      while (k < n && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'AUX' || norms[k] === 'not')) k++;
      if (toks[k]?.pos === 'VERB') return t;
    }
    if (w === ',' ) {
      // ", a senior official said" / ", officials said" / ", according to"
      for (let k = t + 1; k < Math.min(n, t + 9); k++) {
        if (REPORTING.has(norms[k]!)) return t;
        if (norms[k] === ',' || (toks[k]!.pos === 'VERB' && !hyphenated(toks, k))) break;
      }
    }
  }
  return n;
}

/** A word inside a hyphenated compound ("long-threatened", "US-led"): a modifier, not a verb of the clause. */
function hyphenated(toks: Token[], i: number): boolean {
  const p = toks[i - 1];
  return !!p && p.norm === '-' && p.end === toks[i]!.start;
}

/** A description without its own code ("the president") followed by of/from/in and a country's name. */
function ofCountryFollows(m: Mention, toks: Token[], te: number, sentMentions: Mention[]): boolean {
  if (m.type !== 'description' || m.code || !m.sectors.length || m.sectors.some((x) => !SECTOR_CODES.has(x))) return false;
  const prep = toks[te]?.norm;
  if (prep !== 'of' && prep !== 'from' && prep !== 'in') return false;
  let t = te + 1;
  if (toks[t]?.norm === 'the') t++;
  const at = toks[t]?.start;
  return at !== undefined && sentMentions.some((x) => x.start === at && !!x.code && x.code.length === 3 && x.country === x.code);
}

/** The actor group that ends right before a relative pronoun at `rel` (past a comma or a parenthesised acronym), or -1. */
function relativeAntecedent(norms: string[], groupOf: number[], rel: number): number {
  let b = rel - 1;
  if (norms[b] === ',') b--;
  if (norms[b] === ')') { while (b >= 0 && norms[b] !== '(') b--; b--; }
  return b >= 0 ? groupOf[b]! : -1;
}

function nearestGroupBefore(groupOf: number[], before: number, limit: number): number {
  for (let t = before - 1; t >= limit; t--) if (groupOf[t]! >= 0) return groupOf[t]!;
  return -1;
}

function conditional(norms: string[], auxStart: number): boolean {
  for (let t = auxStart - 1; t >= 0 && t >= auxStart - 12; t--) {
    const w = norms[t]!;
    if (w === 'if' || w === 'unless') return true;
    if (w === ',' || w === ';' || w === 'that') return false;
  }
  return false;
}

/** The date expression nearest the verb; one before the verb counts only when no comma separates them. */
function nearestDate(text: string, dates: DateMention[], toks: Token[], head: number): DateMention | null {
  let best: DateMention | null = null;
  let bestD = Infinity;
  const at = toks[head]!.start;
  for (const d of dates) {
    if (d.end <= at && text.slice(d.end, at).includes(',')) continue;
    const dist = d.start >= at ? d.start - at : (at - d.end) * 1.5;
    if (dist < bestD) { bestD = dist; best = d; }
  }
  return best;
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 864e5;
}

function quoteAt(quotes: Quote[], offset: number): Quote | null {
  for (const q of quotes) if (offset >= q.content.start && offset < q.content.end) return q;
  return null;
}
