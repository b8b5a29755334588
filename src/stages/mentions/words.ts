import { DAYS_FROM_TODAY, MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../../resources/english.js';

/** Word lists the mention finder relies on (English grammar, not a gazetteer). Closed classes shared with other stages: resources/english.ts. */

/** Singular nouns naming a person by office ("the Chinese minister", "his counterpart"); sectors they imply. */
export const ROLE_NOUNS: ReadonlyMap<string, string[]> = new Map([
  ['minister', ['GOV']], ['chief', ['GOV']], ['president', ['GOV']], ['premier', ['GOV']], ['leader', ['GOV']],
  ['counterpart', []], ['spokesman', ['GOV']], ['spokeswoman', ['GOV']], ['spokesperson', ['GOV']],
  ['official', ['GOV']], ['ambassador', ['GOV']], ['envoy', ['GOV']], ['secretary', ['GOV']], ['diplomat', ['GOV']],
  ['commander', ['MIL']], ['general', ['MIL']], ['chancellor', ['GOV']], ['king', ['GOV']], ['queen', ['GOV']],
  ['governor', ['GOV']], ['mayor', ['GOV']], ['senator', ['LEG']], ['lawmaker', ['LEG']], ['head', ['GOV']],
  ['chairman', ['GOV']], ['chairwoman', ['GOV']], ['prosecutor', ['JUD']], ['judge', ['JUD']], ['monarch', ['GOV']],
]);

/** Plural nouns naming a country's institutions or people as a group. */
export const GROUP_NOUNS: ReadonlyMap<string, string[]> = new Map([
  ['officials', ['GOV']], ['authorities', ['GOV']], ['leaders', ['GOV']], ['diplomats', ['GOV']], ['ministers', ['GOV']],
  ['troops', ['MIL']], ['officers', ['GOV']], ['negotiators', ['GOV']], ['delegates', ['GOV']], ['forces', ['MIL']], ['soldiers', ['MIL']], ['police', ['COP']], ['rebels', ['REB']],
  ['protesters', ['CVL']], ['protestors', ['CVL']], ['lawmakers', ['LEG']], ['people', ['CVL']], ['citizens', ['CVL']],
  ['residents', ['CVL']], ['militants', ['REB']], ['insurgents', ['REB']], ['opposition', ['OPP']], ['government', ['GOV']],
  ['military', ['MIL']], ['army', ['MIL']], ['navy', ['MIL']], ['administration', ['GOV']], ['regime', ['GOV']],
]);

/** Singular agent heads naming an institution, not a person: "the court", "the upper house", "the ministry". */
export const INSTITUTION_NOUNS: ReadonlySet<string> = new Set(['court', 'tribunal', 'house', 'parliament', 'senate', 'congress', 'assembly', 'ministry', 'party',
  'cabinet', 'council', 'committee', 'commission', 'embassy', 'legislature', 'judiciary', 'agency', 'directorate', 'presidency', 'base']);

/** Singular agent heads naming a group of people: "a crime group", "a drug gang", "the cartel". */
export const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set(['group', 'gang', 'network', 'syndicate', 'cartel', 'militia', 'family', 'faction', 'clan', 'mafia', 'team']);

/** Nouns that, with a nationality or region adjective, stand for the country itself ("the Chinese side", "the Asian country"). */
export const COUNTRY_NOUNS: ReadonlySet<string> = new Set(['side', 'country', 'nation', 'state', 'republic', 'kingdom', 'neighbour', 'neighbor', 'ally', 'power']);

/** Domain modifiers of an office and the sectors they add ("defense minister" -> MIL). */
export const DOMAIN_SECTORS: ReadonlyMap<string, string[]> = new Map([
  ['defense', ['GOV', 'MIL']], ['defence', ['GOV', 'MIL']], ['military', ['MIL']], ['army', ['MIL']], ['foreign', ['GOV']],
  ['interior', ['GOV']], ['justice', ['GOV', 'JUD']], ['finance', ['GOV']], ['police', ['COP']], ['security', ['GOV']],
]);

/** Titles that can stand before a name ("Gen. Smith", "Mr Jones"). */
export const NAME_TITLES: ReadonlySet<string> = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'gen', 'gen.', 'sen', 'sen.', 'rep', 'rep.',
  'gov', 'gov.', 'col', 'col.', 'lt', 'lt.', 'capt', 'capt.', 'sgt', 'sgt.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady', 'president', 'minister',
  'premier', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'general', 'governor', 'mayor', 'senator', 'judge', 'ambassador',
  'secretary', 'chairman', 'commander', 'sheikh', 'ayatollah', 'emir', 'sultan', 'rev', 'rev.', 'father', 'bishop', 'cardinal', 'chief', 'justice', 'deputy', 'vice', 'prime', 'foreign', 'defense', 'defence']);

/** Labels a newsroom writes capitalised above or inside a story: "Image", "Breaking", "Opinion", "Update". */
export const NEWSROOM_LABELS: ReadonlySet<string> = new Set(['image', 'photo', 'video', 'file', 'source', 'sources', 'update', 'updated', 'breaking',
  'exclusive', 'analysis', 'opinion']);

/** Capitalised words that are not names: days, months (and their abbreviations), yesterday/today/tomorrow/tonight, newsroom labels. */
export const CAPITALISED_NON_NAMES: ReadonlySet<string> = new Set([...DAYS_FROM_TODAY, ...NEWSROOM_LABELS, ...WEEKDAYS, ...MONTHS, ...MONTH_ABBREVIATIONS]);

/** Words that make an unknown capitalised name an organization. */
export const ORG_HEADS = /^(ministry|organi[sz]ation|council|committee|commission|agency|party|union|bank|company|corporation|corp\.?|inc\.?|ltd\.?|university|college|school|association|front|forces|army|navy|brigade|movement|congress|parliament|assembly|court|government|group|league|alliance|fund|institute|foundation|society|federation|office|department|authority|service|police|news|times|post|church|club|team|network|airlines?|agency|bureau|board|center|centre|hospital|museum|tribunal|senate|house|administration|command|coalition|unit|force|guard|cabinet|commission|secretariat|fc|press)$/i;

/** Words that make an unknown capitalised name a place. */
export const PLACE_HEADS = /^(city|province|state|county|district|region|island|islands|river|mountains?|sea|ocean|valley|street|square|bay|gulf|lake|peninsula|village|town|airport|port|strait|coast|desert|border)$/i;

/**
 * The last word of an office directed at the country after it: "ambassador to", "envoy for". Such a title does not
 * qualify the country's name as "Minister X" does: its holder is another state's agent (a description of their own).
 */
export const DIRECTED_AT: ReadonlySet<string> = new Set(['to', 'for']);
