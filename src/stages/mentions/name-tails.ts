import type { Mention, Token } from '../../core/types.js';
import { CAPITALISED_NON_NAMES, NAME_TITLES, ORG_HEADS, ROLE_NOUNS } from './words.js';

const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * A capitalised word the tagger read as a verb or adjective right after a name word, mid-sentence: the rest of a
 * person's name ("Evans Revere"): English writes verbs and adjectives in lower case there.
 */
export function splitNameWord(text: string, tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (!(t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'ADV') || !TITLE_WORD.test(text.slice(t.start, t.end)) || CAPITALISED_NON_NAMES.has(t.norm)) return false;
  const prev = tokens[j - 1]!;
  return prev.pos === 'PROPN' && TITLE_WORD.test(text.slice(prev.start, prev.end)) && !NAME_TITLES.has(prev.norm) && !ROLE_NOUNS.has(prev.norm);
}

/** Words joining the parts of an organisation's name ("Working Group on Arbitrary Detention"). */
const NAME_JOINERS: ReadonlySet<string> = new Set(['on', 'of', 'for', 'and', 'against']);

/**
 * The end of a body named after an organisation: capitalised words right after its name, one of them an
 * organisation's head word ("United Nations | Working Group on Arbitrary Detention", "African Union | Peace and
 * Security Council"), with the words "on/of/for/and" between capitalised ones. `end` itself when there is none.
 */
export function organizationTail(text: string, tokens: readonly Token[], end: number, to: number, startsName: (k: number) => boolean): number {
  let j = end, head = false;
  const cap = (k: number): boolean => k < to && !startsName(k) && /^\p{Lu}/u.test(text.slice(tokens[k]!.start, tokens[k]!.end)) && tokens[k]!.pos !== 'PUNCT' && !CAPITALISED_NON_NAMES.has(tokens[k]!.norm);
  while (cap(j) || (j > end && j < to && NAME_JOINERS.has(tokens[j]!.norm) && cap(j + 1))) {
    // (the head word must come before any joiner: "Working Group on X", not "Monday on X")
    if (ORG_HEADS.test(tokens[j]!.norm) && !tokens.slice(end, j).some((t) => NAME_JOINERS.has(t.norm))) head = true;
    j++;
  }
  return head ? j : end;
}

/** Sectors of non-state armed groups a name before their noun belongs to ("Seleka rebels"). */
const ARMED_SECTORS: ReadonlySet<string> = new Set(['REB', 'INS', 'UAF', 'SEP']);

/**
 * "Seleka rebels", "3R militants": an unknown name right before a non-state armed group's noun (the description
 * starting at `after`) names that group: it becomes a group mention with the group's sectors (and country, when the
 * phrase gives one), and the description names the same actor.
 */
export function groupNamedBefore(m: Mention, sentenceMentions: readonly Mention[], after: number): void {
  if (m.code || m.kind === 'person' && m.role) return;
  const d = sentenceMentions.find((o) => o.start === after && o.type === 'description' && o.kind === 'group' && o.plural && o.sectors.some((x) => ARMED_SECTORS.has(x)));
  if (!d) return;
  m.kind = 'group'; m.plural = true; m.sectors = [...d.sectors]; m.country = d.country; m.code = (d.country ?? '') + d.sectors.join('');
  d.sameAs = m.id;
}

/** Common nouns that, right before an unknown name, say it names an organisation: "the group X", "the think tank X". */
const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set(['group', 'organization', 'organisation', 'tank', 'ngo', 'charity', 'newspaper', 'daily', 'weekly',
  'magazine', 'outlet', 'broadcaster', 'company', 'firm', 'movement', 'coalition', 'alliance', 'network', 'institute', 'foundation', 'publication', 'website']);

/**
 * "the Mogadishu-based group Somali Public Agenda", "the think tank X": an unknown name right after a common noun of
 * organisations is an organisation, of the country a demonym or country opening it names ("Somali ...") or else the
 * place it is "based" in. `first` is the name run's first token; `countryEndingAt(k)` the country of a country name,
 * capital or demonym ending right before token k.
 */
export function organizationNamedAfter(text: string, tokens: readonly Token[], m: Mention, first: number, from: number, countryEndingAt: (k: number) => { country: string; start: number } | null): void {
  if (m.code || m.role || m.kind === 'organization' && m.country) return;
  const own = countryEndingAt(first);
  let k = own ? own.start - 1 : first - 1;
  if (k < from || !ORGANIZATION_NOUNS.has(tokens[k]!.norm) || /^\p{Lu}/u.test(text.slice(tokens[k]!.start, tokens[k]!.end))) return;
  const based = k - 2 >= from && tokens[k - 1]!.norm === 'based' && tokens[k - 2]!.norm === '-' ? countryEndingAt(k - 2) : null;
  const c = own?.country ?? based?.country ?? null;
  m.kind = 'organization'; m.guessed = false;
  if (c) { m.country = c; m.code = c; }
}

/** Last words of a news outlet's name ("Tehran Times", "Kyiv Independent", "Iran International"; not "Today", which the names below leave out). */
const MEDIA_LAST = /^(times|post|daily|herald|tribune|international|independent|journal|gazette|telegraph|observer|monitor|express|chronicle|network|channel|tv|television|radio|broadcasting|broadcaster|media|press|news)$/;
/** Words that make any name a news outlet's ("China Central Television", "Kenya Broadcasting Corporation"). */
const MEDIA_WORDS: ReadonlySet<string> = new Set(['television', 'tv', 'radio', 'broadcasting', 'news', 'channel']);
/** Last words of a firm's name ("Ukraine International Airlines", "Kenya Airways", "China Development Bank"). */
const FIRM_LAST = /^(airlines?|airways|bank|company|corporation|corp\.?|inc\.?|ltd\.?|holdings|motors|petroleum|telecom|railways?|shipping)$/;

/**
 * "China Global Television Network", "the Tehran Times", "Ukraine International Airlines" (actors6): a country's name or
 * capital opening a run of capitalised words that say it is a news outlet or a firm names that outlet or firm, not the
 * state. Its end and sector (MED, BUS: CAMEO codes a country's press and business so), or null when the run names
 * neither; the name becomes one organisation coded COUNTRY+sector.
 */
export function outletNamedAfterCountry(tokens: readonly Token[], end: number, to: number, isName: (k: number) => boolean): { end: number; sector: string } | null {
  let j = end;
  while (j < to && isName(j)) j++;
  if (j === end) return null;
  const last = tokens[j - 1]!.norm;
  if (MEDIA_LAST.test(last) || tokens.slice(end, j).some((t) => MEDIA_WORDS.has(t.norm))) return { end: j, sector: 'MED' };
  return FIRM_LAST.test(last) ? { end: j, sector: 'BUS' } : null;
}

/** Makes the name `m` the outlet or firm of `home`'s country (outletNamedAfterCountry). */
export function countryOutlet(m: Mention, home: { country: string } | null, sector: string): void {
  if (!home) return;
  m.kind = 'organization'; m.country = home.country; m.code = home.country + sector; m.sectors = [sector]; m.guessed = false; m.rule = `name:country-${sector === 'MED' ? 'media' : 'firm'}`;
}

/**
 * "Aden Barre Duale" (actors6): a one-word place of the dictionaries written right before a person's name the
 * dictionaries do not know (two or more capitalised words, no title) opens that name: a given name that is also a
 * place's ("Aden", "Paris", "Florence"). The person's mention takes the place's word; the place's mention goes.
 */
export function placeOpeningName(text: string, out: Mention[], from: number): void {
  for (let k = from; k < out.length; k++) {
    const q = out[k]!;
    if (q.type !== 'name' || q.kind !== 'person' || q.rule !== 'name:propn-run' || q.role || !q.name.includes(' ')) continue;
    const pi = out.findIndex((p, i) => i >= from && p.end + 1 === q.start && text[p.end] === ' ' && p.type === 'name' && p.kind === 'other' && p.fromDictionary && !/\s/.test(text.slice(p.start, p.end)));
    if (pi < 0) continue;
    q.start = out[pi]!.start; q.head = { start: q.start, end: q.head.end }; q.name = text.slice(q.start, q.end);
    out.splice(pi, 1);
    if (pi < k) k--;
  }
}
