import type { Actor, Mention, Quote, Token } from '../../core/types.js';
import { POSSESSIVE_DETERMINERS_AND_WHOSE } from '../../resources/english.js';
import type { Lexicon } from '../../resources/lexicon.js';
import type { EventResources } from '../../resources/petrarch/verbs-load.js';
import { composeAgents } from './compose-agents.js';
import { demonymMention, demonymModifiers } from './demonym-modifiers.js';
import { assignDomesticAgents } from './domestic.js';
import { recodeEthnicGroups } from './ethnic.js';
import { quoteAt } from './quote-at.js';

/** One actor mention usable as an event participant; `ts`/`te` are sentence-local token indices (SentenceFrame). */
export interface Participant {
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

const SECTOR_CODES = new Set(['GOV', 'MIL', 'REB', 'OPP', 'PTY', 'COP', 'JUD', 'SPY', 'MED', 'EDU', 'BUS', 'CRM', 'CVL', 'ELI', 'HLH', 'LAB',
  'LEG', 'REF', 'AGR', 'ENV', 'HRI', 'REL', 'MOD', 'RAD', 'UAF', 'SET', 'DEV', 'INS', 'PRO', 'SEP', 'MUS', 'CHR', 'JEW', 'BUD', 'HIN']);
const FIRST_PLURAL = new Set(['we', 'us', 'our', 'ours']);

/**
 * The sentence's event participants, as token ranges in text order: its mentions with a code, agents composed with the
 * country that names them, dyad's policies applied (ethnic groups, demonyms, domestic agents), quoted `we`/`us`.
 */
export function sentenceParticipants(actorOfMention: ReadonlyMap<string, string>, actorById: ReadonlyMap<string, Actor>, toks: Token[], norms: string[],
  sentMentions: Mention[], quotes: readonly Quote[], er: EventResources, text: string, lexicon?: Lexicon): Participant[] {
  const n = toks.length;
  const parts: Participant[] = [];
  let tk = 0;
  for (const m of sentMentions) {
    if (m.type === 'pronoun' && POSSESSIVE_DETERMINERS_AND_WHOSE.has(text.slice(m.start, m.end).toLowerCase())) continue;
    while (tk < n && toks[tk]!.end <= m.start) tk++;
    let te = tk;
    while (te < n && toks[te]!.start < m.end) te++;
    if (te <= tk) continue;
    const actor = actorOfMention.get(m.id) ?? null;
    const actorObj = actor ? actorById.get(actor) : undefined;
    let code = m.code || actorObj?.code || (m.sectors.length ? m.sectors.join('') : '');
    // with a user's dictionaries only their agents give sectors: dyad's built-in role words ("leaders", "mayor") do not
    if (er.policy === 'petrarch' && m.type === 'description' && m.sectors.length && !m.agentHead) code = m.country ?? '';
    // dyad's policy: "the president of Armenia" is Armenia's, whoever coreference linked the description to
    const ofCountry = er.policy === 'dyad' && ofCountryFollows(m, toks, te, sentMentions);
    if (ofCountry) code = m.sectors.join('');
    // an agent without a country ("soldiers", "the officials"): composed below with a following "of/from/in COUNTRY"
    // (a country whose code is also a sector's, Mauritius MUS and the Muslim sector MUS, is a country: actors6)
    const agentOnly = !!code && SECTOR_CODES.has(code.slice(0, 3)) && !isCountryCoded(m, actorObj, code.slice(0, 3), lexicon);
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
    if (!code.includes('/')) parts.push({ mention: m, actor: actorId, code, ts: tk, te, agentOnly });
    else for (const c of code.split('/')) if (c) parts.push({ mention: m, actor: actorId, code: c, ts: tk, te, agentOnly });
  }
  // dyad's policy: "ethnic Albanians in Serbia", "Bosnian Serbs" live in Serbia, Bosnia (ethnic.ts)
  if (er.policy === 'dyad') recodeEthnicGroups(toks, norms, parts, lexicon);
  // dyad's policy: "an Indian proposal", "German goods" name a country too (demonym-modifiers.ts)
  if (er.policy === 'dyad' && lexicon) {
    const covered = new Uint8Array(n);
    let t0 = 0;
    for (const m of sentMentions) {
      while (t0 < n && toks[t0]!.end <= m.start) t0++;
      for (let t = t0; t < n && toks[t]!.start < m.end; t++) covered[t] = Math.max(covered[t]!, m.code || actorOfMention.get(m.id) && actorById.get(actorOfMention.get(m.id)!)?.code ? 1 : 2);
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
      const m: Mention = { id: `we${toks[t]!.start}`, start: toks[t]!.start, end: toks[t]!.end, head: { start: toks[t]!.start, end: toks[t]!.end }, type: 'pronoun',
        kind: sp.kind, name: sp.name, code: sp.code, country: sp.country, sectors: sp.sectors, plural: true, rule: 'events:quote-speaker', fromDictionary: false, relative: false, generic: null, agentHead: false, guessed: false, role: undefined };
      parts.push({ mention: m, actor: sp.id, code: sp.code, ts: t, te: t + 1 });
    }
    parts.sort((a, b) => a.ts - b.ts);
  }
  return parts;
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

/** The mention (or its actor) is a country of the gazetteer coded `c3`, or a description of its agents ("Mauritius's government"). */
function isCountryCoded(m: Mention, actor: Actor | undefined, c3: string, lexicon: Lexicon | undefined): boolean {
  if (!lexicon?.countries.has(c3)) return false;
  return (m.country === c3 && (m.kind === 'country' || m.type === 'description' && m.code.length > 3)) || (actor?.kind === 'country' && actor.code === c3);
}
