import type { ActorKind, Mention, Role } from '../../core/types.js';

/** What the story-country pass reads and sets of coreference's entities. */
export interface CountryEntity {
  key: string;
  name: string;
  kind: ActorKind;
  code: string;
  country: string | null;
  sectors: string[];
  named: boolean;
  role?: Role | undefined;
  textRole?: boolean | undefined;
  mentions: Mention[];
}

/** Sectors of a state acting through its institutions: a group of them is the country itself ("officials", "the army"). */
const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP']);
/** Sectors of the generic agents that take the story's country: state, political and armed groups. */
const AGENT_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'LEG', 'JUD', 'REB', 'INS', 'UAF', 'OPP', 'PTY', 'SEP', 'CRM']);

/** Head words of a state's institutions and the sector each gives. */
const STATE_INSTITUTIONS: ReadonlyArray<[RegExp, string]> = [
  [/\b(ministry|ministries|embassy|cabinet|presidency)$/i, 'GOV'], [/\b(court|tribunal|prosecutor'?s? office)$/i, 'JUD'],
  [/\b(parliament|senate|assembly|upper house|lower house)$/i, 'LEG'], [/\bpolice$/i, 'COP'],
  // an organisation the dictionaries lack is coded by its name's head word: "X Liberation Front/Army" REB (before
  // "Army" MIL), "X Party" PTY, "Ministry of X" GOV
  [/\bliberation\b.*\b(front|army|movement)$|\b(rebel|insurgent)s?\b.*\b(front|army|movement|group)$/i, 'REB'],
  [/\b(army|armed forces|navy|air force)$/i, 'MIL'], [/\bpart(y|ies)$/i, 'PTY'], [/^ministry of\b/i, 'GOV'],
];

/**
 * The country a story is about when that is unambiguous: the country named most often (its names, capitals, demonyms,
 * the descriptions resolved to it and its places), at least three times and at least twice as often as any other. Null
 * otherwise. A dateline ("KABUL, Afghanistan —") counts for nothing: it is where the story was filed, and the mentions
 * stage proposes no mention inside it (the dateline stage's layer, src/stages/places/dateline.ts).
 */
export function storyCountry(entities: readonly CountryEntity[]): string | null {
  const counts: Array<[string, number]> = [];
  for (const e of entities) {
    // countries, and the places of a country the story names ("New York", "Brooklyn")
    if ((e.kind !== 'country' && e.kind !== 'other') || !e.country || e.country.length !== 3 || /^(IGO|NGO)/.test(e.country)) continue;
    if (e.mentions.length) counts.push([e.country, e.mentions.length]);
  }
  counts.sort((a, b) => b[1] - a[1]);
  const [top, second] = counts;
  if (!top || top[1] < 3 || (second && top[1] < 2 * second[1])) return null;
  return top[0];
}

/**
 * A US party word right before a group of legislators ("Republican lawmakers", "Democratic senators"): the party names
 * the country (the mention stage's `usPartyLegislator` reads the same words before a person's title).
 */
const US_PARTY_BEFORE = /(?:^|[^\p{L}])(?:Republican|Democratic|Democrat|GOP)\s+(?:U\.S\.\s+)?$/u;
const partyCountry = (text: string, e: CountryEntity): string | null =>
  e.sectors.includes('LEG') && e.mentions.some((m) => US_PARTY_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) ? 'USA' : null;

/** Words before a place that put a court or a trial there: "a trial in Paris", "told a court in New York". */
const COURT_BEFORE = /\b(courts?|courtroom|trial|tribunal|tried|hearing)(?:\s+[a-z]+){0,2}\s+(?:in|at)\s+(?:the\s+)?$/i;
/** Words after a place that make it a court's: "a New York court", "the Paris criminal court". */
const COURT_AFTER = /^\s+(?:(?:federal|district|criminal|high|supreme|appeals?|special|military)\s+)*(?:courts?|courtroom|tribunal)\b/i;

/**
 * The country where the story's court sits: the first court or trial the text places ("a trial opened in Paris",
 * "told a New York court"): judges, prosecutors and lawyers named with no country of their own
 * belong to it, whatever country the story is about.
 */
export function courtCountry(text: string, entities: readonly CountryEntity[]): string | null {
  let found: string | null = null, at = Infinity;
  for (const e of entities) {
    if ((e.kind !== 'country' && e.kind !== 'other') || !e.country || e.country.length !== 3 || /^(IGO|NGO)/.test(e.country)) continue;
    const m = e.mentions.find((x) => COURT_BEFORE.test(text.slice(Math.max(0, x.start - 40), x.start)) || COURT_AFTER.test(text.slice(x.end, x.end + 40)));
    // (the court the story names first: the trial it reports, not one mentioned in passing later)
    if (m && m.start < at) { found = e.country; at = m.start; }
  }
  return found;
}

/**
 * Roles and generic agents read with no country get one (issue 15, item 3): a group followed by "in/from COUNTRY"
 * ("police in Kenya") takes that country; otherwise a titled person ("Treasury Secretary X", "Judge Y") or a generic
 * agent ("police", "rebels", "lawmakers") takes the story's country when it is unambiguous (`storyCountry`), never the
 * dateline's. A group of a state's institutions ("officials", "the army", "police") given the story's country then is
 * that country, whose entity takes its mentions: the returned entities are those to drop. IGO and NGO staff, persons known by no role and
 * entities that have a country are left as they are.
 */
export function fillCountries(text: string, entities: CountryEntity[], countryEntity: (code: string) => CountryEntity | undefined,
  countryAfter: (m: Mention) => string | null): Set<CountryEntity> {
  const main = storyCountry(entities);
  const court = courtCountry(text, entities);
  /** The country of an entity of these sectors: a court's people take the court's (judges, prosecutors, lawyers). */
  const countryFor = (sectors: readonly string[]): string | null => (court && sectors.includes('JUD') ? court : main);
  const drop = new Set<CountryEntity>();
  for (const e of entities) {
    // an uncoded state institution named without its country ("the Public Ministry", "the Supreme Court"): the story's
    if (e.kind === 'organization' && !e.country && (main || court)) {
      const sector = e.code ? (!e.named && e.sectors.length === 1 ? e.sectors[0] : undefined) : STATE_INSTITUTIONS.find(([re]) => re.test(e.name))?.[1];
      const c = sector ? countryFor([sector]) : null;
      if (sector && c) { e.country = c; e.code = c + sector; e.sectors = [sector]; }
      continue;
    }
    if (e.country || !e.sectors.length || e.sectors.includes('ELI') && e.kind !== 'person') continue;
    // rights and press-freedom groups with no country named are non-governmental organisations (NGOHRI), not the story's
    if (e.kind === 'group' && e.sectors.includes('HRI')) { e.country = 'NGO'; e.code = 'NGO' + e.sectors.join(''); continue; }
    if (e.kind === 'person' && (e.textRole || e.role) && !e.key.startsWith('PRON:')) {
      const c = countryFor(e.sectors);
      if (c) { e.country = c; e.code = c + e.sectors.join(''); }
      continue;
    }
    // (the agents of the list: state, political and armed groups; not "reporters", "people", "villagers")
    // (a named group coded by its sector only, "Seleka rebels" REB, is such a group too)
    if (e.kind !== 'group' || (e.named && e.code !== e.sectors.join('')) || !e.sectors.some((x) => AGENT_SECTORS.has(x))) continue;
    const named = e.mentions.map(countryAfter).find((x) => x) ?? partyCountry(text, e);
    const c = named ?? countryFor(e.sectors);
    if (!c) continue;
    // (only the story's own country absorbs its state's groups, as a domestic story's state side; a phrase that names
    // the country keeps the agent's sectors, as CAMEO codes it: "soldiers from Gondor" GONMIL)
    const into = !named && e.sectors.every((s) => STATE_SECTORS.has(s)) ? countryEntity(c) : undefined;
    if (into) { into.mentions.push(...e.mentions); drop.add(e); continue; }
    e.country = c; e.code = c + e.sectors.join('');
  }
  return drop;
}
