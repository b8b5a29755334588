import { nameKey } from './metonyms.js';
import type { CorefLayer, DocWith } from '../../core/doc.js';
import type { Actor, ActorKind, Mention, Role } from '../../core/types.js';
import { firstStartingAt } from '../../core/span.js';
import type { Lexicon } from '../../resources/lexicon.js';
import { candidateWindow, firstOf } from './candidate-window.js';
import { fillCountries } from './story-country.js';
import { CIVIL_SECTORS, initials, isArmedGroup, memo, NON_STATE } from './entity-words.js';
import { quotedOffsets, SUBJECT_PRONOUNS, speakerCandidate } from './antecedents.js';
import { compatibleSectors, countryAfter, countryServed, heldFor, mentionStarts } from './role-descriptions.js';

interface Entity {
  key: string;
  kind: ActorKind;
  name: string;
  named: boolean; // has a proper name (not only descriptions)
  code: string;
  country: string | null;
  sectors: string[];
  region?: string;
  role?: Role;
  mentions: Mention[];
  nameWords: Set<string>;
  lastSentence: number;
  lastPos: number;
  plural: boolean;
  codeRule?: { rule: string; span: { start: number; end: number } };
  /** The role was read from a dictionary office ("defense minister"), not a generic noun ("chief"). */
  roleFromDictionary?: boolean;
  /** Lower-case head words of its mentions ("team", "scientology"), for definite descriptions. */
  heads: Set<string>;
  /** Grammatical gender learnt from the pronouns already resolved to it. */
  gender?: 'f' | 'm';
  /** Its code was read from a role the text gives it (a title or an apposition), which a dictionary's code does not replace. */
  textRole?: boolean;
}

const FIRST_SECOND: ReadonlyMap<string, string> = new Map([['i', 'I'], ['me', 'I'], ['my', 'I'], ['myself', 'I'], ['we', 'we'], ['us', 'we'],
  ['our', 'we'], ['ourselves', 'we'], ['you', 'you'], ['your', 'you']]);

/** Category nouns whose definite use names the entity last named of that kind ("the company" after "Google"). */
const CATEGORY_NOUNS = {
  person: new Set(['man', 'woman', 'boy', 'girl', 'student', 'teenager', 'child', 'person']),
  organization: new Set(['organization', 'organisation', 'company', 'firm', 'group', 'agency', 'party', 'movement', 'church', 'alliance']),
  country: new Set(['country', 'nation']),
};
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
const MALE = new Set(['he', 'him', 'his', 'himself']);

const words = (s: string): string[] => s.toLowerCase().split(/[\s-]+/).filter((w) => w.length > 1);

/**
 * Groups mentions into one actor per real entity: names by country code or person name, surnames to the full name,
 * acronyms to the organization they abbreviate, role descriptions ("the Chinese minister") to the person of that
 * country, unnamed role descriptions to the next name introduced nearby ("China's defense chief ... Dong Jun"),
 * appositions ("his Russian counterpart, Sergei Shoigu"), and pronouns to the most recent compatible entity.
 * Mentions that resolve to nothing (an "it" with no antecedent) are dropped.
 */
export function resolveCoreference(doc: DocWith<'tokens' | 'sentences' | 'mentions'>, lex: Lexicon): CorefLayer {
  const { text, mentions, sentences } = doc;
  const sentOf = (pos: number): number => {
    let lo = 0, hi = sentences.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (sentences[mid]!.start <= pos) lo = mid; else hi = mid - 1; }
    return lo;
  };
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const entityOf = new Map<string, Entity>();
  const out: Mention[] = [];
  const acronyms = new Map<string, Entity>();
  // per-name facts the scans over every entity below ask for again and again, read once per distinct name
  const initialsOf = memo(initials);
  /** The last word of a name of more than one word ("scientology" of "Church of Scientology"); undefined otherwise. */
  const lastWordOf = memo((name: string): string | undefined => (name.split(/\s+/).length > 1 ? words(name).slice(-1)[0] : undefined));

  const attach = (e: Entity, m: Mention): void => {
    e.mentions.push(m);
    if (m.type === 'description' && m.generic) e.heads.add(m.name);
    e.lastSentence = sentOf(m.start);
    e.lastPos = m.start;
    entityOf.set(m.id, e);
    out.push(m);
  };
  const create = (key: string, m: Mention, over: Partial<Entity> = {}): Entity => {
    const e: Entity = { key, kind: m.kind, name: m.name, named: m.type === 'name' || m.type === 'metonym', code: m.code, country: m.country,
      sectors: [...m.sectors], mentions: [], heads: new Set<string>(), nameWords: new Set(m.type === 'name' ? words(m.name) : []), lastSentence: 0, lastPos: 0,
      plural: m.plural, ...(m.code ? { codeRule: { rule: m.rule, span: { start: m.start, end: m.end } } } : {}), ...over };
    if (m.role && !e.role) { e.role = m.role; e.roleFromDictionary = m.fromDictionary; }
    entities.push(e);
    byKey.set(key, e);
    attach(e, m);
    return e;
  };
  /** The most recent entity before `pos` passing `ok`, not further back than `maxBack` sentences. */
  // walks back over the mentions already resolved (in text order), so the cost is bounded by the window, not the document
  const recent = (pos: number, ok: (e: Entity) => boolean, maxBack = 99, okMention?: (m: Mention) => boolean): Entity | undefined => {
    const s = sentOf(pos);
    const stop = Math.max(0, out.length - candidateWindow(maxBack));
    for (let k = out.length - 1; k >= stop; k--) {
      const m = out[k]!;
      if (s - sentOf(m.start) > maxBack) break;
      if (m.start >= pos) continue;
      const e = entityOf.get(m.id);
      if (e && ok(e) && (!okMention || okMention(m))) return e;
    }
    return undefined;
  };

  const personsBySentence = new Map<number, Mention[]>();
  for (const p of mentions) {
    if (p.kind !== 'person' || p.type === 'pronoun') continue;
    const k = sentOf(p.start);
    const list = personsBySentence.get(k);
    if (list) list.push(p); else personsBySentence.set(k, [p]);
  }

  /** A role the text gives a person at this mention wins over the code the entity had from a dictionary. */
  const takeRole = (e: Entity, m: Mention): void => {
    if (!m.textRole || e.textRole) return;
    // (a title that names no country keeps the country known: "Gen. X" after "a top U.S. Air Force general")
    if (m.country && /^(IGO|NGO)/.test(m.code)) { e.country = m.country; e.sectors = [...m.sectors]; e.code = m.code; }
    else { e.country = m.country ?? e.country; e.sectors = m.sectors.length ? [...m.sectors] : e.sectors; e.code = (e.country ?? '') + e.sectors.join(''); }
    e.textRole = true;
    if (m.role) { e.role = m.role; e.roleFromDictionary = m.fromDictionary; }
  };

  const starts = mentionStarts(mentions), servedBy = (x: Entity, m: Mention): boolean => heldFor(text, starts, x.mentions[x.mentions.length - 1], m);
  const titles: Mention[] = [];
  const quoted = quotedOffsets(text);
  for (let idx = 0; idx < mentions.length; idx++) {
    const m = mentions[idx]!;
    // an apposition names the actor of the name it follows ("X, Kenya's defence minister")
    // (a title before the name is attached once the name has its actor, after this loop)
    if (m.sameAs) {
      const e = entityOf.get(m.sameAs);
      if (e) attach(e, m); else titles.push(m);
      continue;
    }
    if (m.type === 'pronoun' && m.relative) {
      // "Clinton, who said ...": the actor of the phrase right before; an unknown "who" an actor of its own
      const e = relativeAntecedent(m);
      if (e) attach(e, m);
      else if (m.kind === 'person') { const name = phraseBefore(m.start); if (name) create('REL:' + m.id, { ...m, name }, { named: false }); }
      continue;
    }
    if (m.type === 'pronoun') {
      const p = m.name.toLowerCase();
      let e: Entity | undefined;
      if (FIRST_SECOND.has(p)) {
        // I/me/my: the person named in the same sentence (a speaker); we/us/our and you/your: one entity each per article
        const key = FIRST_SECOND.get(p)!;
        if (key === 'I') e = nearestPersonInSentence(m, idx);
        if (!e) e = byKey.get('PRON:' + key);
        if (e) attach(e, m); else create('PRON:' + key, { ...m, name: key, kind: key === 'we' ? 'group' : key === 'I' ? 'person' : 'other' }, { named: false });
        continue;
      }
      const g = FEMALE.has(p) ? 'f' : MALE.has(p) ? 'm' : undefined;
      if (m.kind === 'person') {
        const personOk = (x: Entity): boolean => x.kind === 'person' && !x.plural && !x.key.startsWith('PRON:') && (!g || !x.gender || x.gender === g);
        // "he said": the person last named as a subject or a speaker, not one named in a possessive, after a preposition
        // or inside a quotation (issue 15, item 5); else the person last named
        if (SUBJECT_PRONOUNS.has(p)) {
          const pq = quoted(m.start);
          e = recent(m.start, personOk, 4, (c) => c.type !== 'pronoun' || !quoted(c.start) || pq ? speakerCandidate(text, doc.tokens, c, quoted, pq) : false);
        }
        if (!e) e = recent(m.start, personOk, 4);
        // he/she with no person in the last sentences: the person last named further back in the paragraph run
        if (!e && g) e = recent(m.start, (x) => x.kind === 'person' && x.named && !x.plural && !x.key.startsWith('PRON:') && (!x.gender || x.gender === g), 12);
      }
      else if (m.plural) e = recent(m.start, (x) => (x.kind === 'country' || x.kind === 'organization' || x.kind === 'group') && !x.key.startsWith('PRON:'), 3);
      else e = recent(m.start, (x) => (x.kind === 'country' || x.kind === 'organization') && !x.plural, p === 'its' ? 2 : 1);
      if (e) { if (g && !e.gender) e.gender = g; attach(e, m); }
      continue;
    }
    if (m.type === 'name' && m.kind === 'person' && (!m.code || (m.textRole && !m.fromDictionary))) {
      // an unknown person: the same name, a surname or first name of a known person, an apposition, or a pending role
      const ws = words(m.name);
      let e = byKey.get('P:' + ws.join(' '));
      const org = !e && m.guessed ? byKey.get('N:' + m.name.toLowerCase()) : undefined; // ("the group Public Agenda ... Public Agenda")
      if (org && org.kind === 'organization') { attach(org, m); continue; }
      if (!e) e = firstOf(entities, (x) => x.kind === 'person' && x.named && ws.every((w) => x.nameWords.has(w)));
      if (!e) e = appositive(m, idx);
      if (!e) e = recent(m.start, (x) => x.kind === 'person' && !x.named && !x.plural && x.key.startsWith('R:') && !servedBy(x, m), 3);
      if (e) { nameEntity(e, m); takeRole(e, m); attach(e, m); } else create('P:' + ws.join(' '), m, { named: true, textRole: !!m.textRole });
      continue;
    }
    if (m.type === 'name' && !m.code && m.kind !== 'person') {
      const ws = words(m.name);
      // a single capitalised word: the surname of a person, or an acronym defined earlier
      let e = ws.length === 1 ? firstOf(entities, (x) => x.kind === 'person' && x.named && x.nameWords.has(ws[0]!)) : undefined;
      if (!e) e = acronyms.get(m.name);
      // an initialism of an earlier name ("IE6" for "Internet Explorer 6", "LA" for "Los Angeles")
      if (!e && /^[\p{Lu}\d.]{2,8}$/u.test(m.name)) {
        const forms = [m.name.replace(/\./g, ''), m.name.replace(/[\d.]/g, '')];
        e = firstOf(entities, (x) => x.named && x.kind !== 'person' && forms.includes(initialsOf(x.name)));
      }
      // the last word of an earlier organization's name ("Scientology" after "Church of Scientology")
      if (!e && ws.length === 1) e = firstOf(entities, (x) => x.named && (x.kind === 'organization' || x.kind === 'other') && lastWordOf(x.name) === ws[0]);
      if (!e) e = byKey.get('N:' + m.name.toLowerCase());
      if (e) { attach(e, m); continue; }
      e = create('N:' + m.name.toLowerCase(), m, { named: true });
      definesAcronym(m, e);
      continue;
    }
    if (m.type === 'description' && m.generic) {
      const key = 'G:' + m.name + ':' + (m.country ?? '');
      let e = byKey.get(key);
      const definite = /^(the|this|that|these|those)\s/i.test(text.slice(m.start, m.end));
      // "the organization", "the country", "the boy": a definite description of the entity last named of that kind
      if (definite && !m.country && !m.plural) {
        const generic = m.generic;
        const want: ActorKind | null = generic === 'person' && CATEGORY_NOUNS.person.has(m.name) ? 'person'
          : generic === 'organization' && CATEGORY_NOUNS.organization.has(m.name) ? 'organization' : CATEGORY_NOUNS.country.has(m.name) ? 'country' : null;
        const named = want ? recent(m.start, (x) => (x.kind === want || (want === 'organization' && x.kind === 'other')) && x.named && !x.plural && !x.key.startsWith('PRON:'), want === 'person' ? 3 : 6) : undefined;
        if (named) e = named;
      }
      // "the team" after "the Afghan team": the entity last mentioned with that head word
      if (!e && definite && !m.country) {
        const byHead = recent(m.start, (x) => x.heads.has(m.name) && x.plural === m.plural && !x.key.startsWith('PRON:'), 10);
        if (byHead) e = byHead;
      }
      if (e) attach(e, m); else create(key, m, { named: false });
      continue;
    }
    if (m.type === 'description') {
      let e: Entity | undefined;
      if (m.kind === 'country') {
        if (m.country) e = byKey.get('C:' + m.country);
        else if (m.name.startsWith('region:')) { const reg = m.name.slice(7); e = recent(m.start, (x) => x.kind === 'country' && x.region === reg); }
        if (!e && m.country) { const c = lex.countries.get(m.country); e = create('C:' + m.country, m, { name: c?.name ?? m.country, code: m.country, named: false }); continue; }
        if (e) attach(e, m);
        continue;
      }
      if (m.kind === 'group') {
        // "Malian rebels", "Kenyan opposition", "France's former ministers" (ELI): a non-state group of that country (MLIREB);
        // so are its civilians and businesses ("Chinese tourists" CHNCVL, "Malaysian fishing firms" MYSBUS)
        if (m.country && m.sectors.some((x) => NON_STATE.has(x) || x === 'ELI' || CIVIL_SECTORS.has(x))) {
          const key = 'G:' + m.country + ':' + text.slice(m.head.start, m.head.end).toLowerCase();
          e = byKey.get(key);
          if (e) attach(e, m); else create(key, { ...m, name: text.slice(m.head.start, m.head.end) }, { country: m.country, code: m.country + m.sectors.join('') });
          continue;
        }
        // "The US authorities", "Russian troops": the country acting through its institutions
        if (m.country) { e = byKey.get('C:' + m.country); if (!e) { const c = lex.countries.get(m.country); e = create('C:' + m.country, m, { kind: 'country', name: c?.name ?? m.country, code: m.country, sectors: [], named: false }); continue; } attach(e, m); continue; }
        const key = 'G:' + text.slice(m.head.start, m.head.end).toLowerCase();
        // "the insurgent group": a definite singular group is the group or organisation last named
        e = byKey.get(key) ?? (!m.plural && /^the\s/i.test(text.slice(m.start, m.end)) ? recent(m.start, (x) => (x.kind === 'group' || x.kind === 'organization') && x.named, 6) : undefined);
        if (e) attach(e, m); else create(key, { ...m, name: text.slice(m.head.start, m.head.end) });
        continue;
      }
      // an institution ("the court", "the Kenyan parliament"): one per country and head word, coded with its sectors
      if (m.kind === 'organization') {
        const key = 'G:' + (m.country ?? '') + ':' + text.slice(m.head.start, m.head.end).toLowerCase();
        e = byKey.get(key);
        if (e) attach(e, m); else create(key, { ...m, name: text.slice(m.head.start, m.head.end) }, m.country ? { country: m.country, code: m.country + m.sectors.join('') } : {});
        continue;
      }
      // a role: the person of that country holding it
      const isCounterpart = /counterpart/i.test(text.slice(m.head.start, m.head.end));
      let sectors = m.sectors;
      let possessor: Entity | undefined;
      if (isCounterpart) {
        possessor = recent(m.start + 1, (x) => x.kind === 'person' && !x.plural, 2);
        if (possessor && !sectors.length) sectors = possessor.sectors;
      }
      // (an indefinite description is someone new, "A spokesman for X" not the person last named; "the judge said" is first the person titled judge)
      const fits = (x: Entity): boolean => x.kind === 'person' && !x.plural && x !== possessor && (!m.country || x.country === m.country)
        && (m.country !== null || x.country !== null || (!!x.textRole && sectors.length > 0 && x.sectors.length > 0)) && compatibleSectors(x.sectors, sectors);
      const indefinite = /^an?\s/i.test(text.slice(m.start, m.end)), word = text.slice(m.head.start, m.head.end).toLowerCase();
      e = indefinite ? undefined : (!m.plural && /^the\s/i.test(text.slice(m.start, m.end)) ? recent(m.start, (x) => fits(x) && !!x.role && x.role.title.toLowerCase().split(/\s+/).includes(word), 99) : undefined) ?? recent(m.start, fits, 99);
      if (isCounterpart && e && possessor && e === possessor) e = undefined;
      // a counterpart holds the possessor's office: the title is inherited, the evidence is this phrase
      const role = m.role && !isCounterpart ? m.role : possessor?.role ? { title: possessor.role.title, evidence: { start: m.start, end: m.end } } : undefined;
      if (e) { if (!e.country && m.country) { e.country = m.country; } if (!e.sectors.length && sectors.length && !e.textRole) e.sectors = [...sectors]; if (role && (!e.role || (m.fromDictionary && !e.roleFromDictionary))) { e.role = role; e.roleFromDictionary = m.fromDictionary; } attach(e, m); continue; }
      const country = m.country ?? (indefinite ? countryServed(text, mentions, idx) : null); // ("A spokesman for Afghan President X")
      create('R:' + m.id, { ...m, country, sectors: [...sectors], code: country ? country + sectors.join('') : '', kind: 'person' },
        { named: false, ...(role ? { role, roleFromDictionary: isCounterpart ? !!possessor?.roleFromDictionary : m.fromDictionary } : {}) });
      continue;
    }
    // dictionary and gazetteer names
    const key = nameKey(text, m);
    const e = byKey.get(key) ?? (m.fromDictionary ? undefined /* a group coded from the text ("3R rebels") may be a name used before */ : acronyms.get(m.name) ?? firstOf(entities, (x) => x.mentions.some((o) => o.type === 'name' && text.slice(o.start, o.end) === m.name)));
    if (e && !e.code && m.code) { e.code = m.code; e.kind = m.kind; e.sectors = [...m.sectors]; e.plural = m.plural; }
    if (e) {
      if (!e.named && (m.type === 'name' || m.type === 'metonym')) { e.named = true; e.name = m.name; }
      if (m.kind === 'person' && !e.code && m.code) { e.code = m.code; e.country = m.country; e.sectors = m.sectors; }
      if (m.kind === 'person') takeRole(e, m);
      attach(e, m);
    } else {
      const p = m.kind === 'person' ? recent(m.start, (x) => x.kind === 'person' && !x.named && !x.plural && x.key.startsWith('R:') && (!x.country || x.country === m.country) && !servedBy(x, m) && compatibleSectors(x.sectors, m.sectors), 3) : undefined;
      if (p) { nameEntity(p, m); p.code = m.code; p.country = m.country; p.sectors = m.sectors; if (m.textRole) { p.textRole = true; if (m.role) p.role = m.role; } byKey.set(key, p); attach(p, m); continue; }
      const ne = create(key, key.startsWith('C:') ? { ...m, kind: 'country', name: lex.countries.get(m.country ?? '')?.name ?? m.name } : m, { named: m.type === 'name' || m.type === 'metonym', textRole: !!m.textRole });
      if (ne.kind === 'country') ne.region = lex.countries.get(m.country ?? '')?.region;
      definesAcronym(m, ne);
    }
  }

  /**
   * The actor of the mention that ends right before a relative pronoun (a comma or a parenthesis between), of a kind
   * the pronoun can stand for; past a place after "of"/"from" ("Senator Ted Cruz of Texas, who") to the phrase it
   * qualifies.
   */
  function relativeAntecedent(m: Mention): Entity | undefined {
    const who = m.kind === 'person';
    const ok = (e: Entity): boolean => who ? e.kind === 'person' || e.kind === 'group' || e.kind === 'organization' || (e.kind === 'country' && e.plural)
      : m.name.toLowerCase() === 'that' ? e.kind !== 'country' || e.plural : true;
    for (let k = out.length - 1; k >= 0 && k >= out.length - 6; k--) {
      const c = out[k]!;
      if (c.end > m.start || c.id === m.id) continue;
      if (!/^\s*(\([^)]{0,40}\))?\s*,?\s*$/.test(text.slice(c.end, m.start))) return undefined;
      const e = entityOf.get(c.id);
      if (!e || e.key.startsWith('PRON:')) return undefined;
      if (ok(e)) return e;
      if (!who) return undefined;
      // "X of Texas, who": the phrase the place qualifies
      for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
        const o = out[j]!;
        if (o.end > c.start) continue;
        if (!/^\s+(of|from|in|at)\s+(the\s+)?$/i.test(text.slice(o.end, c.start))) return undefined;
        const oe = entityOf.get(o.id);
        return oe && ok(oe) && !oe.key.startsWith('PRON:') ? oe : undefined;
      }
      return undefined;
    }
    return undefined;
  }
  /** The noun phrase a relative pronoun at `pos` hangs on ("an Arkansas poultry magnate"), as written; '' when none. */
  function phraseBefore(pos: number): string {
    const toks = doc.tokens;
    let e = firstStartingAt(toks, pos) - 1;
    if (e >= 0 && toks[e]!.norm === ',') e--;
    if (e < 0 || !(toks[e]!.pos === 'NOUN' || toks[e]!.pos === 'PROPN')) return '';
    let b = e;
    while (b - 1 >= 0 && e - b < 6 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(toks[b - 1]!.pos) && toks[b - 1]!.sentence === toks[e]!.sentence) b--;
    return text.slice(toks[b]!.start, toks[e]!.end);
  }
  /** The person named nearest to `m` in its sentence, when that name has been resolved already (it precedes `m`). */
  function nearestPersonInSentence(m: Mention, _idx: number): Entity | undefined {
    let best: Mention | undefined;
    for (const p of personsBySentence.get(sentOf(m.start)) ?? []) if (!best || Math.abs(p.start - m.start) < Math.abs(best.start - m.start)) best = p;
    return best ? entityOf.get(best.id) : undefined;
  }
  function nameEntity(e: Entity, m: Mention): void {
    if (!e.named) { e.named = true; e.name = m.name; }
    for (const w of words(m.name)) e.nameWords.add(w);
    byKey.set('P:' + words(m.name).join(' '), e);
  }
  /** "X, NAME" where X is an unnamed role description ending right before ", ". */
  function appositive(m: Mention, idx: number): Entity | undefined {
    for (let k = idx - 1; k >= 0; k--) {
      const p = mentions[k]!;
      if (p.end > m.start) continue;
      const gap = text.slice(p.end, m.start);
      if (/^\s*,\s*$/.test(gap) && p.type === 'description' && p.kind === 'person') { const e = entityOf.get(p.id); return e && !e.named ? e : undefined; }
      return undefined;
    }
    return undefined;
  }
  /** "North Atlantic Treaty Organization (NATO)": the parenthesised capitals name the same entity. */
  function definesAcronym(m: Mention, e: Entity): void {
    const mm = text.slice(m.end, m.end + 16).match(/^\s*\((\p{Lu}[\p{Lu}\d&.-]{1,10})\)/u);
    if (mm) acronyms.set(mm[1]!, e);
  }

  for (const m of titles) { const e = entityOf.get(m.sameAs!); if (e) attach(e, m); }

  // roles and generic agents with no country: the one the sentence ("police in Kenya") or the story gives
  const dropped = fillCountries(text, entities, (c) => byKey.get('C:' + c), (m) => countryAfter(text, mentions, m));
  if (dropped.size) entities.splice(0, entities.length, ...entities.filter((e) => !dropped.has(e)));

  // actors in order of first mention
  entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  const actors: Actor[] = [];
  const actorOfMention = new Map<string, string>();
  entities.forEach((e, i) => {
    const id = `a${i + 1}`;
    const ms = [...e.mentions].sort((a, b) => a.start - b.start);
    for (const m of ms) actorOfMention.set(m.id, id);
    const sectors = e.kind === 'country' ? [] : e.sectors;
    // a person or group with no known country keeps only its sectors ("GOV"); `country` then stays null
    // (the staff of an IGO or NGO, read from the text, carry its whole code and no sectors: "director at Human Rights Watch")
    const staff = e.kind === 'person' && e.textRole && !sectors.length && /^(IGO|NGO)/.test(e.code);
    const code = staff ? e.code : e.kind === 'person' || e.kind === 'group' ? (e.country ?? '') + sectors.join('') : e.code || (e.country ?? '');
    // an entity known only by descriptions is named by its first one ("Chelyabinsk's governor")
    const name = e.name.startsWith('region:') || (!e.named && e.kind === 'person' && !e.key.startsWith('PRON:') && !e.key.startsWith('REL:')) ? text.slice(ms[0]!.start, ms[0]!.end) : e.name;
    const country = e.country ?? (code && e.kind !== 'person' && e.kind !== 'group' ? code.slice(0, 3) : null);
    // an armed or criminal group outside a state (REB, INS, UAF, CRM, an IMG code) is a group, not an organization
    const kind: ActorKind = e.kind === 'organization' && isArmedGroup(code) ? 'group' : e.kind;
    actors.push({ id, name, kind, code, country, sectors, ...(e.role ? { role: e.role } : {}),
      mentions: ms.map((m) => ({ start: m.start, end: m.end })), mentionIds: ms.map((m) => m.id), ...(e.codeRule ? { codeEvidence: e.codeRule } : {}) });
  });
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return { actors, actorOfMention, mentions: out };
}
