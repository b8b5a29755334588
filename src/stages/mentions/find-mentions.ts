import type { DocWith } from '../../core/doc.js';
import type { ActorKind, GenericNounClass, Mention, MentionType, Sentence, Span, Token } from '../../core/types.js';
import { firstStartingAt, upperAt } from '../../core/span.js';
import { foldRoles } from './fold-roles.js';
import { isRoleWord, PAST_OFFICE } from './text-roles.js';
import { codeOn } from '../../resources/petrarch/actors.js';
import { addSectors } from '../../resources/petrarch/codes.js';
import { agentsAfterName, type PhraseAgent } from '../syntax/agent-phrases.js';
import { lexiconHits, type Hit } from './lexicon-hits.js';
import type { LexEntry, Lexicon } from '../../resources/lexicon.js';
import { articleNames, dropPersonsInsideNames, isTitleCase, personBySurname } from './strict-names.js';
import { GENERIC_NOUNS } from '../../resources/common-nouns.js';
import { countryOutlet, groupNamedBefore, outletNamedAfterCountry, organizationNamedAfter, organizationTail, placeOpeningName, splitNameWord } from './name-tails.js';
import { PERSONAL_PRONOUNS, RELATIVE_PRONOUNS } from '../../resources/english.js';
import { CAPITALISED_NON_NAMES, COUNTRY_NOUNS, DOMAIN_SECTORS, COLLECTIVE_NOUNS, DIRECTED_AT, GROUP_NOUNS, INSTITUTION_NOUNS, NAME_TITLES, ORG_HEADS, PLACE_HEADS, ROLE_NOUNS } from './words.js';

/** What a mention is made of, besides its place (the flags default to false / null). */
type MentionFields = Omit<Mention, 'id' | 'start' | 'end' | 'head' | 'relative' | 'generic' | 'agentHead' | 'role' | 'guessed'> &
  { relative?: boolean; generic?: GenericNounClass; agentHead?: boolean; guessed?: boolean };

/**
 * Finds every actor mention of an article: names from the gazetteer and dictionaries (with the code in force on the
 * article date), agents combined with their country ("The US authorities" -> USAGOV), role descriptions
 * ("China's defense chief", "his Russian counterpart"), unknown proper names, acronyms defined in the text and
 * personal pronouns. Coreference comes later; this stage only proposes mentions, sorted by start. The article date
 * (YYYY-MM-DD) decides which date-restricted code an entry has. No mention lies inside `dateline` ("KYIV, Ukraine
 * (AP) —", read by the dateline stage): it says where the story was filed, a place and an agency, never an actor.
 */
export function findMentions(doc: DocWith<'tokens' | 'sentences'>, lex: Lexicon, dateline: Span | null = null): Mention[] {
  const { text, tokens, sentences } = doc;
  // the dateline's tokens (a headline may come before it): no hit starts there, every later step finds them used
  const [skipFirst, skipEnd] = dateline ? [firstStartingAt(tokens, dateline.start), firstStartingAt(tokens, dateline.end)] : [0, 0];
  const inDateline = (k: number): boolean => k >= skipFirst && k < skipEnd;
  const date = doc.article.date;
  const norms = tokens.map((t) => t.norm);
  const midCaps = capitalisedMidSentence(text, tokens, sentences);
  const out: Mention[] = [];
  let n = 0;
  // every mention is built with the same fields in the same order (one object shape for the stages that read them)
  const make = (first: number, end: number, headFirst: number, headEnd: number, f: MentionFields): Mention => {
    const m: Mention = { id: `m${++n}`, start: tokens[first]!.start, end: tokens[end - 1]!.end, head: { start: tokens[headFirst]!.start, end: tokens[headEnd - 1]!.end },
      type: f.type, kind: f.kind, name: f.name, code: f.code, country: f.country, sectors: f.sectors, plural: f.plural, rule: f.rule,
      fromDictionary: f.fromDictionary, relative: f.relative ?? false, generic: f.generic ?? null, agentHead: f.agentHead ?? false, guessed: f.guessed ?? false, role: undefined,
      sameAs: undefined, textRole: false };
    out.push(m);
    return m;
  };

  // every sentence's matches first: a surname alone is read against the full names of the whole article
  const sentenceHits = sentences.map((s) => dropPersonsInsideNames(text, tokens, lexiconHits(text, tokens, norms, s.firstToken, s.endToken, lex)
    .filter((h) => !inDateline(h.range[0])), s.endToken, isTitleCase(text, tokens, s.firstToken, s.endToken)));
  const names = articleNames(text, tokens, sentences, sentenceHits);
  for (const [si, s] of sentences.entries()) {
    const hits = sentenceHits[si]!;
    const titleCase = isTitleCase(text, tokens, s.firstToken, s.endToken);
    const sentenceFrom = out.length;
    const used = new Uint8Array(s.endToken - s.firstToken);
    const mark = (a: number, b: number): void => { for (let k = a; k < b; k++) used[k - s.firstToken] = 1; };
    const isUsed = (k: number): boolean => used[k - s.firstToken] === 1;
    mark(Math.max(skipFirst, s.firstToken), Math.min(skipEnd, s.endToken));
    const hitAt = new Map<number, Hit>(hits.map((h) => [h.range[0], h]));
    /** Name (non-agent) hits by the index one past their last token. */
    const nameEndingAt = new Map<number, Hit>(hits.filter((h) => h.entry.type !== 'agent').map((h) => [h.range[1], h]));

    // 1. names, capitals and demonyms standing for a country or organization
    const nameHits = hits.filter((h) => h.entry.type !== 'agent');
    const agentEndingAt = new Map<number, Hit>();
    for (const h of hits) if (h.entry.type === 'agent') agentEndingAt.set(h.range[1], h);
    const agentInPhrase = (k: number): PhraseAgent | undefined => {
      const x = hitAt.get(k);
      return x && x.entry.type === 'agent' ? { range: x.range, sectors: x.entry.sectors, prefix: !!x.entry.prefix } : undefined;
    };
    for (const h of nameHits) {
      const e = h.entry;
      const dc = codeOn(e.codes, date) ?? (e.codes.length ? { code: e.codes[0]!.code.slice(0, 3) } : undefined);
      const code = dc?.code ?? '';
      const next = tokens[h.range[1]];
      // a demonym used as an adjective ("Chinese defense minister") is read inside descriptions below
      if (h.demonym && e.kind !== 'group' && next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.norm === '-')) { mark(h.range[0], h.range[1]); continue; }
      // a news outlet or firm named after its country ("China Global Television Network"): one name, read with the names below
      if (e.kind === 'country' && !h.demonym && outletNamedAfterCountry(tokens, h.range[1], s.endToken, (k) => isNameToken(text, tokens[k]!) || splitNameWord(text, tokens, k))) continue;
      const type: MentionType = e.type === 'metonym' ? 'metonym' : h.demonym ? 'demonym' : 'name';
      // an agent written right before a name qualifies it: "Deputy Prime Minister Telemar" (DAG -> DAGGOV), "MSF Arnor" (NGO~ -> NGOARN)
      const title = agentEndingAt.get(h.range[0]);
      let first = h.range[0], full = code, rule = e.rule, fromDictionary = e.source === 'dictionary';
      if (title && code.length === 3 && !h.demonym && !(e.kind === 'country' && DIRECTED_AT.has(norms[title.range[1] - 1]!))) {
        const sectors = title.entry.sectors.join('');
        first = title.range[0];
        // the phrase reaches back over the title's modifiers ("first Deputy", "awful and evil") to a possessive owner,
        // whose country it is: "Ithilen's minister Calimehtar" speaks for Ithilen
        let k = first - 1, country = code;
        // (the tagger may read the second of two coordinated adjectives as a verb: "awful and cool minister")
        const adjLike = (j: number): boolean => tokens[j]!.pos === 'ADJ' || (tokens[j]!.pos === 'VERB' && tokens[j - 1]?.pos === 'CCONJ' && tokens[j - 2]?.pos === 'ADJ');
        while (k >= s.firstToken && (adjLike(k) || (tokens[k]!.pos === 'CCONJ' && tokens[k - 1]?.pos === 'ADJ') || ((tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'NOUN') && !nameEndingAt.has(k + 1)))) k--;
        if (k >= s.firstToken && tokens[k]!.norm === "'s" && nameEndingAt.has(k)) {
          const owner = nameEndingAt.get(k)!;
          const oc = codeOn(owner.entry.codes, date);
          if (oc && owner.entry.kind === 'country') { country = oc.code.slice(0, 3); first = owner.range[0]; }
        }
        full = title.entry.prefix ? sectors + country : country + sectors;
        rule = `${e.rule}+agent:${title.entry.rule}`;
        fromDictionary = true; // agents are read from the dictionaries only
      }
      // agents among the nouns after the name belong to it too ("Calenardhon government issue", "MSF Arnor diplomat");
      // a run headed by the agent itself ("Osgiliath soldiers") is a description, read below, unless a title came first
      let end = h.range[1];
      const phraseSectors = title && full !== code ? [...title.entry.sectors] : [];
      if (code && !h.demonym) {
        const run = agentsAfterName(tokens, h.range[1], s.endToken, agentInPhrase, (k) => { const x = hitAt.get(k); return !!x && x.entry.type !== 'agent'; });
        // an IGO's or NGO's staff are the organisation ("EU officials", "U.N. investigators"): its code, no sectors added
        if (run && run.headIsAgent && full === code && e.kind === 'organization' && /^(IGO|NGO)/.test(code) && (GROUP_NOUNS.has(norms[run.end - 1]!) || norms[run.end - 1]!.endsWith('s'))) { end = run.end; rule = `${rule}+staff`; }
        else if (run && (!run.headIsAgent || full !== code)) {
          for (const a of run.agents) { full = addSectors(full, a.sectors, a.prefix); phraseSectors.push(...a.sectors); }
          end = run.end;
          rule = `${rule}+agents-after`;
        }
      }
      // a body of an organisation named after it: "the United Nations Working Group on Arbitrary Detention" (IGOUNO)
      let name = e.name;
      const tail = e.kind === 'organization' && !h.demonym && end === h.range[1] && !titleCase ? organizationTail(text, tokens, end, s.endToken, (k) => hitAt.has(k)) : end;
      if (tail > end) { end = tail; name = text.slice(tokens[h.range[0]]!.start, tokens[end - 1]!.end); rule = `${rule}+body`; }
      make(first, end, h.range[0], h.range[1], { type, kind: e.kind === 'group' ? 'country' : e.kind, name, code: full,
        country: code ? code.slice(0, 3) : null, sectors: full === code ? sectorsOf(code) : [...new Set(phraseSectors)], plural: e.kind === 'group', rule, fromDictionary });
      mark(first, end);
    }

    // 2. descriptions headed by an agent, office or country noun, with their country modifier (a past verb before a count ends it)
    for (let i = s.firstToken; i < s.endToken; i++) {
      const agent = hitAt.get(i);
      const t = tokens[i]!;
      let headFirst = i, headEnd = i + 1, sectors: string[] | null = null, headKind: 'role' | 'group' | 'country' | 'generic' | null = null, title = '';
      let generic: 'person' | 'organization' | 'place' | null = null, institution = false, collective = false;
      if (agent && agent.entry.type === 'agent') {
        headEnd = agent.range[1];
        const last = norms[agent.range[1] - 1]!;
        // (a spokesperson speaks for a government here, as in the text roles; Phoenix's SPOKESMAN is MED)
        sectors = agent.range[1] - agent.range[0] === 1 && SPOKESPEOPLE.has(norms[i]!) ? ['GOV'] : agent.entry.sectors;
        // (the head of "ministers of defense" is the word before "of": a group)
        let ofAt = agent.range[0] + 1;
        while (ofAt < agent.range[1] && norms[ofAt] !== 'of') ofAt++;
        const head = ofAt < agent.range[1] ? norms[ofAt - 1]! : last;
        headKind = GROUP_NOUNS.has(last) || last.endsWith('s') || head.endsWith('s') || agent.entry.name.endsWith('s') ? 'group' : 'role';
        // an institution is no person: "the court", "the upper house" (Phoenix agents COURT, HOUSE)
        if (INSTITUTION_NOUNS.has(head) || (INSTITUTION_NOUNS.has(norms[agent.range[0]]!) && norms[agent.range[0] + 1] === 'of')) { headKind = 'group'; institution = true; }
        // ("a crime group", "a drug gang": one group, not a person)
        else if (COLLECTIVE_NOUNS.has(last)) { headKind = 'group'; collective = true; }
        title = text.slice(tokens[agent.range[0]]!.start, tokens[agent.range[1] - 1]!.end);
      } else if (t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'ADJ' && ROLE_NOUNS.has(t.norm) && precededByOwner(tokens, i, nameEndingAt))) {
        if (ROLE_NOUNS.has(t.norm)) { headKind = 'role'; sectors = ROLE_NOUNS.get(t.norm)!; title = text.slice(t.start, t.end); }
        else if (GROUP_NOUNS.has(t.norm)) { headKind = 'group'; sectors = GROUP_NOUNS.get(t.norm)!; title = text.slice(t.start, t.end); }
        else if (COUNTRY_NOUNS.has(t.norm) && (nearCountryModifier(tokens, i, nameEndingAt) || lex.regionAdjectives.has(tokens[i - 1]?.norm ?? ''))) { headKind = 'country'; sectors = []; }
        else if (t.pos === 'NOUN' && (generic = GENERIC_NOUNS.get(t.norm) ?? GENERIC_NOUNS.get(t.lemma) ?? null)) { headKind = 'generic'; sectors = []; }
      }
      if (!headKind || !sectors) continue;
      // a head already inside a name's phrase ("Arnor government spokesman", read above with its agents) is not a description of its own
      if (isUsed(i) && !hitAt.has(i)) continue;
      // a capitalised head after a capitalised word is part of a proper name ("Regional Fisheries Authority", "Defense Minister Dong")
      if (headKind !== 'generic' && i > s.firstToken && isCapName(text, tokens[headFirst]!) && isCapName(text, tokens[headFirst - 1]!) && tokens[headFirst - 1]!.pos !== 'DET'
        && !hitAt.has(headFirst - 1) && !nameEndingAt.has(headFirst)) continue;
      // a noun followed by another noun is a modifier ("police chief"): let the last noun head the phrase
      const after = tokens[headEnd];
      if (after && headEnd < s.endToken && after.pos === 'NOUN' && (ROLE_NOUNS.has(after.norm) || GROUP_NOUNS.has(after.norm) || headKind === 'group' || (agent && !ROLE_NOUNS.has(t.norm)))) continue;
      // walk left over the modifiers of the head: adjectives, nouns, demonyms, "X's", determiners
      let first = headFirst;
      let country: string | null = null, countryName = '', region: string | null = null, possessivePronoun = false, staffOf: Mention | undefined, former = false;
      const extra = new Set<string>();
      let k = headFirst - 1;
      while (k >= s.firstToken) {
        const tk = tokens[k]!;
        const h = nameEndingAt.get(k + 1);
        // a place that is not a country ("Texas student") is an entity of its own, not a modifier
        if (h && h.entry.kind !== 'country' && (headKind === 'generic' || h.entry.kind !== 'organization')) break;
        if (h) {
          const dc = codeOn(h.entry.codes, date);
          // an IGO's or NGO's group ("EU officials") is the organisation, read with its name above
          if (headKind === 'group' && h.entry.kind === 'organization' && /^(IGO|NGO)/.test(dc?.code ?? '')) { staffOf = out.find((o) => o.type === 'name' && o.start === tokens[h.range[0]]!.start); break; }
          if (!country && dc) { country = ownerRoot(dc.code); countryName = h.entry.name; }
          first = h.range[0]; k = h.range[0] - 1; continue;
        }
        if (tk.norm === "'s" || tk.norm === "'") {
          const ph = nameEndingAt.get(k);
          if (ph) { const dc = codeOn(ph.entry.codes, date); if (!country && dc) { country = ownerRoot(dc.code); countryName = ph.entry.name; } first = ph.range[0]; k = ph.range[0] - 1; continue; }
          break;
        }
        if (((tk.pos === 'ADJ' || tk.pos === 'NOUN') && (!isCapName(text, tk) || k === s.firstToken || lex.regionAdjectives.has(tk.norm) || headKind === 'role'))
          || (tk.pos === 'PROPN' && (!isCapName(text, tk) || lex.regionAdjectives.has(tk.norm))) || tk.pos === 'NUM') {
          if ((isUsed(k) && !hitAt.has(k)) || (tk.norm.endsWith('ed') && tokens[k + 1]?.pos === 'NUM' && k + 1 < headFirst && tokens[k - 1]?.pos !== 'DET')) break;
          if (PAST_OFFICE.has(tk.norm)) former = true;
          const ds = DOMAIN_SECTORS.get(tk.norm);
          if (ds) ds.forEach((x) => extra.add(x));
          const reg = lex.regionAdjectives.get(tk.norm);
          if (reg) region = reg;
          if (tk.pos === 'NOUN' && !ds && headKind !== 'group') { if (!DOMAIN_SECTORS.has(tk.norm)) { /* compound noun modifier */ } }
          first = k; k--; continue;
        }
        if (tk.pos === 'DET' || (tk.pos === 'PRON' && PERSONAL_PRONOUNS.get(tk.norm)?.possessive)) {
          if (tk.pos === 'PRON') possessivePronoun = true;
          first = k; k--;
        }
        break;
      }
      // phrases that name nothing in particular ("a pillar", "people") stay out unless they carry a country or a determiner
      const det = tokens[first]!;
      const hasDet = det.pos === 'DET' || possessivePronoun;
      if (headKind === 'country' && !country && !region) continue;
      if (headKind === 'generic') {
        const plural = t.norm !== t.lemma && t.norm.endsWith('s') || ['people', 'men', 'women', 'children', 'crowd', 'public', 'population'].includes(t.norm);
        if (!hasDet && !plural && !country) continue;
        const kind: ActorKind = generic === 'person' ? (plural ? 'group' : 'person') : generic === 'organization' ? 'organization' : 'other';
        make(first, headEnd, headFirst, headEnd, { type: 'description', kind, name: t.lemma, code: country ?? '', country, sectors: [], plural,
          rule: `description:generic-${generic}:${t.lemma}`, fromDictionary: false, generic: generic! });
        mark(first, headEnd);
        i = headEnd - 1;
        continue;
      }
      if (!country && !hasDet && headKind !== 'group') continue;
      if (headKind === 'group' && !country && !hasDet && !(agent && agent.entry.type === 'agent')) continue;
      // (an IGO's or NGO's staff carry its code and no sectors: "an EU official" IGOEUREEC)
      // (a past office is ELI alone: "France's former ministers of defense" FRAELI)
      const allSectors = country && country.length > 3 ? [] : former && headKind !== 'country' ? ['ELI'] : [...new Set([...sectors, ...extra])];
      const plural = headKind === 'group' && !institution && !collective;
      const kind: ActorKind = headKind === 'role' ? 'person' : headKind === 'country' ? 'country' : institution ? 'organization' : 'group';
      // the possessive pronoun of "his Russian counterpart" is a mention of its own
      const code = country ? country + (headKind === 'country' ? '' : allSectors.join('')) : '';
      const m = make(first, headEnd, headFirst, headEnd, { type: 'description', kind, name: countryName, code, country,
        sectors: headKind === 'country' ? [] : allSectors, plural, rule: `description:${headKind}${agent ? ':' + agent.entry.rule : ''}`,
        fromDictionary: !!agent && agent.entry.source === 'dictionary', agentHead: !!agent && agent.entry.type === 'agent' });
      if (region && !country) m.name = `region:${region}`;
      if (staffOf) { out.pop(); if (staffOf.end < m.end) staffOf.end = m.end; }
      if (headKind === 'role' && title) m.role = { title: roleTitle(text, tokens, first, headEnd, headFirst), evidence: { start: tokens[first]!.start, end: tokens[headEnd - 1]!.end } };
      mark(first, headEnd);
      i = headEnd - 1;
    }

    // 3. unknown proper names: runs of capitalised PROPN tokens the dictionaries did not cover
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (isUsed(i) || !isNameToken(text, tokens[i]!)) continue;
      if (tokens[i]!.pos === 'NOUN' && isSentenceInitial(tokens, i, s.firstToken)) continue;
      let j = i;
      let split = false;
      // a number written onto the name is part of it ("3R", which the tokenizer splits)
      if (i > s.firstToken && tokens[i - 1]!.pos === 'NUM' && tokens[i - 1]!.end === tokens[i]!.start && !isUsed(i - 1)) i--;
      while (j < s.endToken && !isUsed(j) && (isNameToken(text, tokens[j]!) || (j > i && !titleCase && !lex.regionAdjectives.has(norms[j]!) && splitNameWord(text, tokens, j) && (split = true))
        || (j > i && isConnector(tokens[j]!) && j + 1 < s.endToken && !isUsed(j + 1) && isNameToken(text, tokens[j + 1]!)))) j++;
      // strip leading titles ("President", "Gen.", "Emergencies Minister") into the role: cut after the last title word
      let f = i;
      for (let k = i; k < j - 1; k++) if (NAME_TITLES.has(norms[k]!) || ROLE_NOUNS.has(norms[k]!) || isRoleWord(norms[k]!)) f = k + 1;
      if (f > i && tokens[f]!.norm === 'of') f = i;
      const words = norms.slice(f, j);
      if (words.every((w) => CAPITALISED_NON_NAMES.has(w) || NAME_TITLES.has(w) || ROLE_NOUNS.has(w) || isRoleWord(w) || PAST_OFFICE.has(w) || lex.regionAdjectives.has(w))) { i = j - 1; continue; }
      // a lone capitalised word opening a sentence is a name only if the article also writes it capitalised mid-sentence
      if (j - i === 1 && isSentenceInitial(tokens, i, s.firstToken) && !midCaps.has(norms[i]!) && !personBySurname(lex, norms[i]!, date, names)) { i = j - 1; continue; }
      const kind: ActorKind = words.some((w) => ORG_HEADS.test(w)) ? 'organization' : words.some((w) => PLACE_HEADS.test(w)) ? 'other'
        : f > i || (j - f >= 2 && j - f <= 4 && !split && words.every((w) => /^\p{L}/u.test(w))) ? 'person' : 'other';
      // a lone surname of a dictionary person ("President Mugabe", "Barak"): that person, when every person of that
      // surname in force on the article date belongs to one country
      const known = j - f === 1 ? personBySurname(lex, norms[f]!, date, names) : null;
      if (known) {
        const m = make(f, j, f, j, { type: 'name', kind: 'person', name: known.entry.name, code: known.code, country: known.code.slice(0, 3),
          sectors: sectorsOf(known.code), plural: false, rule: `${known.entry.rule}:surname`, fromDictionary: known.entry.source === 'dictionary' });
        // the title: inside the run ("President Mugabe") or an office right before it ("Prime Minister Barak")
        const before = agentEndingAt.get(i);
        const ts = f > i ? i : before ? before.range[0] : -1;
        if (ts >= 0) m.role = { title: text.slice(tokens[ts]!.start, tokens[f - 1]!.end), evidence: { start: tokens[ts]!.start, end: tokens[f - 1]!.end } };
        mark(i, j);
        i = j - 1;
        continue;
      }
      const m = make(f, j, f, j, { type: 'name', kind, name: text.slice(tokens[f]!.start, tokens[j - 1]!.end), code: '', country: null, sectors: [], plural: false,
        rule: kind === 'person' ? (f > i ? 'name:title+propn' : 'name:propn-run') : kind === 'organization' ? 'name:org-head' : 'name:propn', fromDictionary: false,
        guessed: kind === 'person' ? f <= i : kind !== 'organization' });
      if (f > i) m.role = { title: text.slice(tokens[i]!.start, tokens[f - 1]!.end), evidence: { start: tokens[i]!.start, end: tokens[f - 1]!.end } };
      // "Seleka rebels", "3R militants": a name right before a non-state group noun is that group's
      groupNamedBefore(m, out.slice(sentenceFrom), tokens[j]?.start ?? -1);
      // "the Nairobi-based group Kenya Policy Forum": an organisation, of the country its name or its base gives
      organizationNamedAfter(text, tokens, m, i, s.firstToken, (k) => countryEndingAt(nameEndingAt.get(k), date));
      const home = hitAt.get(i), outlet = home && home.entry.kind === 'country' && !home.demonym ? outletNamedAfterCountry(tokens, home.range[1], j, () => true) : null;
      if (outlet && outlet.end === j) countryOutlet(m, countryEndingAt(home, date), outlet.sector);
      mark(i, j);
      i = j - 1;
    }

    placeOpeningName(text, out, sentenceFrom);
    // titles and appositions fold into the names they qualify; the role read there codes the person
    const own = out.slice(sentenceFrom);
    const personAt = new Map<number, Mention>();
    for (const m of own) if (m.kind === 'person' && m.type === 'name') personAt.set(firstStartingAt(tokens, m.head.start), m);
    foldRoles({ text, tokens, hitAt, date, personAt }, s, own);

    // 4. personal pronouns
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = tokens[i]!;
      const p = PERSONAL_PRONOUNS.get(t.norm);
      if (!p || isUsed(i)) continue;
      make(i, i + 1, i, i + 1, { type: 'pronoun', kind: p.person ? 'person' : 'other', name: text.slice(t.start, t.end), code: '', country: null, sectors: [], plural: p.plural, rule: 'pronoun', fromDictionary: false });
    }

    // 5. relative pronouns opening a clause about the phrase before them ("Clinton, who said ...", "the group that
    // organised ..."): coreference links them to that phrase's actor
    for (let i = s.firstToken + 1; i < s.endToken; i++) {
      const t = tokens[i]!;
      // (lower case only: "Doctor Who", "WHO" are names)
      if (!RELATIVE_PRONOUNS.has(t.norm) || isUsed(i) || !/^\p{Ll}/u.test(text.slice(t.start, t.start + 1))) continue;
      const comma = tokens[i - 1]!.norm === ',';
      const before = tokens[comma ? i - 2 : i - 1];
      if (!before || (comma && i - 2 < s.firstToken)) continue;
      // after a name or a noun; "that" only without a comma, "which" only with one, and both only as subjects
      if (!(before.pos === 'NOUN' || before.pos === 'PROPN' || (t.norm.startsWith('who') && before.norm === ')'))) continue;
      const next = tokens[i + 1];
      if (t.norm === 'that' && (comma || !next || !(next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV'))) continue;
      if (t.norm === 'which' && (!comma || !next || !(next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV'))) continue;
      make(i, i + 1, i, i + 1, { type: 'pronoun', kind: t.norm.startsWith('who') ? 'person' : 'other', name: text.slice(t.start, t.end), code: '', country: null, sectors: [],
        plural: false, rule: 'pronoun:relative', fromDictionary: false, relative: true });
    }
  }
  // acronyms defined in the text: "North Atlantic Treaty Organization (NATO)"
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

const SPOKESPEOPLE: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen', 'spokespeople']);

/** The country of a country name, capital or demonym hit, and where it starts; null for other hits. */
function countryEndingAt(h: Hit | undefined, date: string | undefined): { country: string; start: number } | null {
  const c = h && h.entry.kind === 'country' ? codeOn(h.entry.codes, date)?.code.slice(0, 3) : undefined;
  return c && h ? { country: c, start: h.range[0] } : null;
}

/** A country name, demonym or "X's" stands right before the noun at i (after adjectives). */
function nearCountryModifier(tokens: readonly Token[], i: number, nameEndingAt: Map<number, Hit>): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (nameEndingAt.get(k + 1)?.entry.kind === 'country') return true;
    if (tokens[k]!.norm === "'s") continue;
    if (tokens[k]!.pos !== 'ADJ') return false;
  }
  return false;
}

/** "China's defense chief": a role word tagged as an adjective still heads a description after a possessive owner. */
function precededByOwner(tokens: readonly Token[], i: number, nameEndingAt: Map<number, Hit>): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (tokens[k]!.norm === "'s") return nameEndingAt.has(k);
    if (tokens[k]!.pos !== 'NOUN' && tokens[k]!.pos !== 'ADJ') return false;
  }
  return false;
}

/** The country root of a modifier's code; an IGO's or NGO's whole code ("EU migrant" is EU staff or matter, not "IGO"). */
function ownerRoot(code: string): string {
  return /^(IGO|NGO)/.test(code) ? code : code.slice(0, 3);
}

function sectorsOf(code: string): string[] {
  return code.length > 3 ? (code.slice(3).match(/.{3}/g) ?? []) : [];
}

function isCapName(text: string, t: Token): boolean {
  return upperAt(text, t.start);
}

/** Words the article writes with a capital somewhere other than at the start of a sentence. */
function capitalisedMidSentence(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    let initial = true;
    for (let k = s.firstToken; k < s.endToken; k++) {
      const t = tokens[k]!;
      if (t.pos === 'PUNCT') continue;
      if (!initial && upperAt(text, t.start)) out.add(t.norm);
      initial = false;
    }
  }
  return out;
}

function isSentenceInitial(tokens: readonly Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first; k--) if (tokens[k]!.pos !== 'PUNCT') return false;
  return true;
}

function isNameToken(text: string, t: Token): boolean {
  if (!(t.pos === 'PROPN' || (t.pos === 'NOUN' && /^\p{Lu}\p{Ll}/u.test(text.slice(t.start, t.end))))) return false;
  return upperAt(text, t.start) && !CAPITALISED_NON_NAMES.has(t.norm);
}

function isConnector(t: Token): boolean {
  return t.norm === 'of' || t.norm === 'al' || t.norm === 'bin' || t.norm === 'de' || t.norm === 'van' || t.norm === 'von' || t.norm === 'la' || t.norm === '-';
}

/** "The Chinese defense minister" -> "Defense Minister": the office words of a role description, title-cased. */
function roleTitle(text: string, tokens: readonly Token[], first: number, end: number, headFirst: number): string {
  const words: string[] = [];
  for (let k = first; k < end; k++) {
    const t = tokens[k]!;
    if (k < headFirst && !DOMAIN_SECTORS.has(t.norm) && t.pos !== 'NOUN') continue;
    words.push(text.slice(t.start, t.end));
  }
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}
