import type { Mention, Span, Token } from '../../core/types.js';
import { upperAt } from '../../core/span.js';
import { codeOn } from '../../resources/petrarch/actors.js';
import type { Hit } from './lexicon-hits.js';
import { DOMAIN_SECTORS, NAME_TITLES, ROLE_NOUNS } from './words.js';

/**
 * Roles read in the text win (issue 15, item 3). A person's title written before the name ("Kenya's foreign minister
 * Jane Doe", "the French President Emmanuel Macron", "former Defense Minister X") or an apposition after it ("X, a
 * former State Department official", "Y, Kenya's defence minister", "Z, a spokesman for President W") says who the
 * person is on that day: the country the phrase names (a country, a demonym, "X's", an organization of a country, a
 * person of a country), the sectors its office words give, `ELI` when the office is a past one ("former", "ex-",
 * "then-", "onetime", "late", "retired"), and the organization's own code for the staff of an IGO or NGO. These
 * replace what a dictionary's dated entry says of the person when the text says something.
 */
export interface TextRole {
  title: string;
  evidence: Span;
  /** Country root (or IGO/NGO root) read in the phrase. */
  country: string | null;
  /** Full code of an IGO or NGO the phrase names ("U.N." -> IGOUNO): its staff carry it, with no sectors. */
  orgCode: string | null;
  sectors: string[];
  former: boolean;
}

/** Words that make an office a past one: "former", "ex-", "then-", "onetime", "late", "retired", "erstwhile". */
export const PAST_OFFICE: ReadonlySet<string> = new Set(['former', 'ex', 'then', 'onetime', 'one-time', 'late', 'retired', 'erstwhile', 'ex-president', 'ex-minister']);

/**
 * Nouns for a person's occupation read in a title or an apposition only (not descriptions of their own): the sector
 * they give (empty: the organisation named with them decides).
 */
const OCCUPATIONS: ReadonlyMap<string, string[]> = new Map([
  ['lawyer', ['JUD']], ['attorney', ['JUD']], ['barrister', ['JUD']], ['prosecutor', ['JUD']], ['judge', ['JUD']], ['magistrate', ['JUD']],
  ['journalist', ['MED']], ['reporter', ['MED']], ['editor', ['MED']], ['publisher', ['MED']], ['correspondent', ['MED']], ['columnist', ['MED']], ['broadcaster', ['MED']],
  ['professor', ['EDU']], ['lecturer', ['EDU']], ['academic', ['EDU']],
  ['lawmaker', ['LEG']], ['legislator', ['LEG']], ['senator', ['LEG']], ['congressman', ['LEG']], ['congresswoman', ['LEG']], ['parliamentarian', ['LEG']], ['mp', ['LEG']],
  ['analyst', []], ['expert', []], ['fellow', []], ['researcher', []], ['director', []], ['coordinator', []], ['founder', []], ['adviser', []], ['advisor', []],
  ['representative', []], ['rapporteur', []], ['commissioner', []], ['negotiator', []], ['official', ['GOV']], ['spokesman', ['GOV']], ['spokeswoman', ['GOV']], ['spokesperson', ['GOV']],
]);

/** Abbreviated titles and the sectors they give ("Gen." MIL, "Sen." LEG); courtesy titles give none. */
const TITLE_SECTORS: ReadonlyMap<string, string[]> = new Map([
  ['gen', ['MIL']], ['gen.', ['MIL']], ['col', ['MIL']], ['col.', ['MIL']], ['lt', ['MIL']], ['lt.', ['MIL']], ['capt', ['MIL']], ['capt.', ['MIL']],
  ['sgt', ['MIL']], ['sgt.', ['MIL']], ['commander', ['MIL']], ['sen', ['LEG']], ['sen.', ['LEG']], ['rep', ['LEG']], ['rep.', ['LEG']], ['gov', ['GOV']], ['gov.', ['GOV']],
  ['prime', ['GOV']], ['vice', ['GOV']], ['deputy', ['GOV']],
]);

/**
 * The United States' two parties before a legislator's title ("Republican Representative X", "Democratic Sen. Y",
 * "Republican lawmakers"): the party names the country, which the story's most-named country must not replace, and
 * the title is a member of Congress (LEG). Only directly before such a title: "the Democratic Republic of Congo", "the
 * Syrian Democratic Forces" and "Liberal Democratic Party" are names of their own.
 */
const US_PARTY = new Set(['republican', 'democratic', 'democrat', 'gop']);
const LEGISLATOR_TITLES = new Set(['representative', 'representatives', 'rep', 'rep.', 'reps.', 'senator', 'senators', 'sen', 'sen.', 'congressman', 'congresswoman',
  'congressmen', 'congresswomen', 'lawmaker', 'lawmakers', 'legislator', 'legislators', 'members', 'member']);
/** "Republican Representative": the US party word at token k before a legislator's title (optionally after "U.S."). */
export function usPartyLegislator(text: string, tokens: readonly Token[], k: number, end: number): boolean {
  const t = tokens[k];
  if (!t || !US_PARTY.has(t.norm) || !upperAt(text, t.start)) return false;
  let n = k + 1;
  if (tokens[n]?.norm === 'u.s.' || tokens[n]?.norm === 'us') n++;
  return n < end && LEGISLATOR_TITLES.has(tokens[n]!.norm);
}

/** What reading a phrase needs: the article's tokens and text, the lexicon hits of the sentence by first token, the date. */
export interface RoleView {
  text: string;
  tokens: readonly Token[];
  hitAt: ReadonlyMap<number, Hit>;
  date: string | undefined;
  /** Person mentions by first token (their code gives the country in "a spokesman for President W"). */
  personAt: ReadonlyMap<number, Mention>;
}

const GOVERNMENT_ORG = /\b(ministry|ministries|department|office|secretar|minister|cabinet|presiden|government|administration|white house|embassy|council)\b/i;

/** A word that makes a phrase an office or occupation. */
export function isRoleWord(norm: string): boolean {
  return ROLE_NOUNS.has(norm) || OCCUPATIONS.has(norm) || TITLE_SECTORS.has(norm) || (NAME_TITLES.has(norm) && !COURTESY.has(norm));
}
const COURTESY: ReadonlySet<string> = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'father', 'prof', 'prof.',
  'foreign', 'defense', 'defence']);

/**
 * Reads the office phrase over tokens [first, end): its country, organization, sectors and whether the office is past.
 * `roleEnd` bounds the words whose sectors count (the head part before "of"/"for"/"at"); the rest only gives the
 * country or organization. Null when no office or occupation word is in the head part.
 */
export function readRole(v: RoleView, first: number, end: number, roleEnd = end): TextRole | null {
  const { text, tokens, hitAt, date } = v;
  // what the office part names (before "of"/"for") and what the part after it names, kept apart
  let country: string | null = null, ofCountry: string | null = null, orgCode: string | null = null, former = false, hasRole = false, ofOrg = false;
  let orgSectors: string[] = [];
  const sectors: string[] = [];
  const add = (xs: readonly string[]): void => { for (const x of xs) if (!sectors.includes(x)) sectors.push(x); };
  const headWord = tokens[roleEnd - 1]!.norm;
  for (let k = first; k < end; ) {
    const inHead = k < roleEnd;
    if (inHead && usPartyLegislator(text, tokens, k, roleEnd)) { country ??= 'USA'; add(['LEG']); hasRole = true; k++; continue; }
    const h = hitAt.get(k);
    if (h && h.range[1] <= end) {
      if (h.entry.type === 'agent') {
        // the office is the phrase's head: only an agent ending it gives sectors ("women's rights director" is a director);
        // a one-word office of dyad's own lists keeps dyad's sectors (a government's spokesman is GOV, Phoenix says MED)
        const own = h.range[1] - h.range[0] === 1 ? ROLE_NOUNS.get(tokens[k]!.norm) ?? OCCUPATIONS.get(tokens[k]!.norm) : undefined;
        if (inHead && h.range[1] === roleEnd && !h.entry.prefix) { add(own ?? h.entry.sectors); hasRole = true; }
      } else {
        const dc = codeOn(h.entry.codes, date);
        const code = dc?.code ?? '';
        if (h.entry.kind === 'country' && code) { if (inHead) country ??= code.slice(0, 3); else ofCountry ??= code.slice(0, 3); }
        else if (h.entry.kind === 'organization' && code) {
          if (!inHead) ofOrg = true;
          if (/^(IGO|NGO)/.test(code)) orgCode ??= code;
          else if (!country) {
            if (inHead) country = code.slice(0, 3); else ofCountry ??= code.slice(0, 3);
            if (code.length > 3 && GOVERNMENT_ORG.test(h.entry.name)) orgSectors = code.slice(3).match(/.{3}/g) ?? [];
          }
        } else if (h.entry.kind === 'person' && code && !inHead) ofCountry ??= code.slice(0, 3);
        else if (h.entry.kind === 'organization' && !inHead) ofOrg = true;
        // an office written as a name ("Secretary of State") or a name ending in an office word ("State Department official")
        if (inHead && h.range[1] === roleEnd) {
          if (h.entry.kind === 'organization' && /\b(secretary|minister|president|chancellor|premier)\b/i.test(h.entry.name)) { hasRole = true; if (code.length > 3) add(code.slice(3).match(/.{3}/g) ?? []); }
          const w = ROLE_NOUNS.get(headWord) ?? OCCUPATIONS.get(headWord);
          if (w) { add(w); hasRole = true; }
        }
      }
      k = h.range[1];
      continue;
    }
    const norm = tokens[k]!.norm;
    if (PAST_OFFICE.has(norm) || (norm.startsWith('ex-') && norm.length > 3)) former = true;
    const p = v.personAt.get(k);
    if (p && !inHead && p.country) ofCountry ??= p.country;
    if (!inHead && upperAt(text, tokens[k]!.start) && tokens[k]!.pos === 'PROPN') ofOrg = true;
    if (inHead) {
      const t = TITLE_SECTORS.get(norm);
      if (t) { add(t); hasRole = true; }
      if (k === roleEnd - 1) {
        const w = ROLE_NOUNS.get(norm) ?? OCCUPATIONS.get(norm);
        if (w) { add(w); hasRole = true; } else if (NAME_TITLES.has(norm) && !COURTESY.has(norm)) hasRole = true;
      } else if (NAME_TITLES.has(norm) && !COURTESY.has(norm)) hasRole = true;
      const d = DOMAIN_SECTORS.get(norm);
      if (d) add(d);
    }
    k++;
  }
  if (!hasRole) return null;
  // the head of an organization named after the office ("director of X", "head of the Y council") is what X is: its
  // sectors, not the head word's
  if (GENERIC_HEADS.has(headWord) && ofOrg) sectors.length = 0;
  // a ministry's or department's official: the office's sectors when the words gave none
  if (!sectors.length && orgSectors.length) add(orgSectors);
  // an IGO or NGO the office belongs to beats a place named with it ("director of the Latin America bureau of X")
  // an expert's or analyst's country word is the subject of their work ("a North Korea expert"), not their nationality
  // an envoy or ambassador "to"/"for" a country is sent there by another state: that country is not theirs
  const directed = ENVOYS.has(headWord) ? tokens[roleEnd]?.norm : ENVOYS.has(tokens[roleEnd - 2]?.norm ?? '') ? headWord : undefined;
  if (directed === 'to' || directed === 'for') ofCountry = null;
  const c = (TOPIC_HEADS.has(headWord) ? null : country) ?? (orgCode ? null : ofCountry);
  return { title: titleOf(text, tokens, first, roleEnd), evidence: { start: tokens[first]!.start, end: tokens[end - 1]!.end }, country: c, orgCode, sectors, former };
}

/** Offices sent to another state: "ambassador to X", "envoy for X". */
const ENVOYS: ReadonlySet<string> = new Set(['ambassador', 'ambassadors', 'envoy', 'envoys', 'emissary', 'emissaries', 'diplomat', 'diplomats']);

/** Occupations whose country word names their subject: "a China analyst", "North Korean expert". */
const TOPIC_HEADS: ReadonlySet<string> = new Set(['expert', 'analyst', 'specialist', 'scholar', 'researcher', 'observer', 'watcher', 'correspondent', 'reporter', 'historian']);

/** Office words that say only that the person heads or works for what follows ("head of", "director at"). */
const GENERIC_HEADS: ReadonlySet<string> = new Set(['head', 'chief', 'chairman', 'chairwoman', 'chair', 'director', 'leader', 'founder', 'coordinator', 'president', 'member', 'fellow', 'analyst', 'expert', 'researcher']);

/** The code a role read in the text gives a person whose code so far is `code` (empty when unknown). */
export function codeFromRole(role: TextRole, code: string, country: string | null): { code: string; country: string | null; sectors: string[] } {
  const c = role.country ?? (role.orgCode ? null : country);
  if (role.former) {
    // a former office-holder keeps their own country ("former NATO Secretary General X" of Denmark stays Danish)
    const root = role.country ?? country ?? (role.orgCode ? role.orgCode.slice(0, 3) : null);
    return { code: (root ?? '') + 'ELI', country: root, sectors: ['ELI'] };
  }
  // staff of an IGO or NGO carry its code and no sectors, unless a country is named too ("Kenya's U.N. envoy")
  if (role.orgCode && !role.country) return { code: role.orgCode, country: role.orgCode.slice(0, 3), sectors: [] };
  const sectors = role.sectors.length ? role.sectors : code.length > 3 ? (code.slice(3).match(/.{3}/g) ?? []) : [];
  if (!c && !role.sectors.length) return { code, country, sectors };
  return { code: (c ?? '') + sectors.join(''), country: c, sectors };
}

/** The office words of a title, as written ("Interior Ministry spokesman"), without a leading "the" or "a". */
function titleOf(text: string, tokens: readonly Token[], first: number, end: number): string {
  let f = first;
  while (f < end - 1 && (tokens[f]!.pos === 'DET' || tokens[f]!.norm === "'s")) f++;
  const s = text.slice(tokens[f]!.start, tokens[end - 1]!.end);
  return upperAt(text, tokens[f]!.start) ? s : s.charAt(0).toUpperCase() + s.slice(1);
}
