import type { Mention, Sentence, Token } from '../../core/types.js';
import { firstStartingAt, upperAt } from '../../core/span.js';
import type { Hit } from './lexicon-hits.js';
import { codeFromRole, isRoleWord, PAST_OFFICE, readRole, type RoleView, type TextRole } from './text-roles.js';
import { DOMAIN_SECTORS } from './words.js';

/** Words that end an apposition's noun phrase. */
const STOP_NORMS: ReadonlySet<string> = new Set([',', ';', '.', ':', '(', ')', '"', '\u201c', '\u201d', '\u2018', '\u2019', "'", 'who', 'whom', 'which', 'that', 'and', 'but', '--', '\u2014', '\u2013']);
/** Prepositions after which an apposition names the office's country or organisation ("spokesman for President W"). */
const OF_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'with', 'in', 'from', 'on', 'to']);
/** Organisations folded into a title ("Interior Ministry spokesman X"): offices of a government, not actors of their own here. */
const OFFICE_NAME = /\b(ministry|department|secretary|minister|president|cabinet|office|chancellor|premier)\b/i;

/**
 * A title before a person's name and an apposition after it are ONE actor with the name (issue 15, item 3): the
 * description or office mention of the title or the apposition names the same actor (`sameAs`), and the role read
 * there sets the person's code (`codeFromRole`: the text wins over a dictionary's dated role). Changes the mentions
 * of one sentence in place (they are this stage's own, not yet returned).
 */
export function foldRoles(v: RoleView, s: Sentence, ms: Mention[]): void {
  const { tokens, hitAt } = v;
  const hitEndingAt = new Map<number, Hit>();
  for (const h of hitAt.values()) hitEndingAt.set(h.range[1], h);
  const tokAt = (off: number): number => firstStartingAt(tokens, off);
  const personTokens = new Set<number>();
  for (const m of ms) if (m.kind === 'person' && m.type === 'name') for (let k = tokAt(m.head.start); k < s.endToken && tokens[k]!.start < m.head.end; k++) personTokens.add(k);
  /** The apposition's description, or a matched name ending in its office word ("State Department official"), is the person. */
  const sameAs = (m: Mention, ap: Apposition, from: number): void => {
    const headEnd = tokens[ap.roleEnd - 1]!.end;
    for (const o of ms) {
      if (o === m || o.start < tokens[from]!.start || o.end > tokens[ap.end - 1]!.end) continue;
      if ((o.type === 'description' && o.kind === 'person' && !o.plural) || (o.type === 'name' && o.kind === 'organization' && o.end === headEnd)) o.sameAs = m.id;
    }
  };
  /** The office phrase set off by a comma before a name that a comma closes: from the clause's start to the comma. */
  const commaTitle = (nameFirst: number, after: number): { ap: Apposition; p0: number } | null => {
    if (!(nameFirst - 1 > s.firstToken && tokens[nameFirst - 1]!.norm === ',' && after < s.endToken && tokens[after]!.norm === ',')) return null;
    let p0 = nameFirst - 2;
    while (p0 > s.firstToken && !(tokens[p0 - 1]!.norm === ',' || tokens[p0 - 1]!.pos === 'SCONJ' || tokens[p0 - 1]!.pos === 'CCONJ' || tokens[p0 - 1]!.pos === 'VERB') && nameFirst - p0 < 14) p0--;
    const ap = apposition(v, s, p0, personTokens);
    return ap && ap.end === nameFirst - 1 ? { ap, p0 } : null;
  };
  for (const m of ms) {
    // a one-word name the tagger split from the rest ("Evans" of "Evans Revere") is a person when an apposition says so
    const single = m.type === 'name' && m.kind === 'other' && !m.code && !m.plural && !/^\p{Lu}+$/u.test(m.name);
    if (m.type !== 'name' || (m.kind !== 'person' && !single) || m.plural) continue;
    const nameFirst = tokAt(m.head.start);
    const after = tokAt(m.end);
    if (single) {
      placeAfterName(v, s, ms, m, after);
      const ap = after < s.endToken && tokens[after]!.norm === ',' ? apposition(v, s, after + 1, personTokens) : null;
      if (ap) { m.kind = 'person'; apply(m, ap.role); sameAs(m, ap, after + 1); continue; }
      // "Former French ambassador to X, Jean-Marc Y, told": a name set off after an office
      const pre = commaTitle(nameFirst, after);
      if (pre) { m.kind = 'person'; apply(m, pre.ap.role); sameAs(m, pre.ap, pre.p0); }
      continue;
    }
    // 1. the title before the name
    const t0 = titleStart(tokens, hitEndingAt, personTokens, s.firstToken, nameFirst);
    if (t0 < nameFirst) {
      const role = readRole(v, t0, nameFirst);
      if (role) {
        apply(m, role);
        // description and office mentions inside the title name the person (mentions of the same actor); countries and
        // named organisations stay actors of their own
        for (const o of ms) {
          // (a description may open with a determiner before the title words: "the French President")
          if (o === m || o.end <= tokens[t0]!.start || o.end > tokens[nameFirst]!.start) continue;
          if ((o.type === 'description' && !o.generic && o.kind !== 'country') || (o.type === 'name' && o.kind === 'organization' && (!o.code || OFFICE_NAME.test(o.name)))) o.sameAs = m.id;
        }
      }
    }
    // 1b. a title set off by commas before a parenthetical name: "Former French ambassador to X, NAME, told", "Y's lawyer, NAME, said"
    if (t0 === nameFirst) {
      const pre = commaTitle(nameFirst, after);
      if (pre) { apply(m, pre.ap.role); sameAs(m, pre.ap, pre.p0); }
    }
    // 2. an apposition after it: "X, a former State Department official,"; or a copula: "X is the executive director of Y"
    const copula = after + 1 < s.endToken && (tokens[after]!.norm === 'is' || tokens[after]!.norm === 'was') && tokens[after + 1]!.pos === 'DET';
    // a titled person "of" or "from" a country ("Defense Minister X of Kenya") is that country's
    const of = after + 1 < s.endToken && (tokens[after]!.norm === 'of' || tokens[after]!.norm === 'from') ? hitAt.get(after + 1) : undefined;
    if (m.textRole && !m.country && of && of.entry.kind === 'country' && of.entry.codes.length) {
      const root = of.entry.codes[0]!.code.slice(0, 3);
      m.country = root; m.code = root + m.sectors.join('');
    }
    if (after < s.endToken && (tokens[after]!.norm === ',' || copula)) {
      const ap = apposition(v, s, after + 1, personTokens);
      if (ap) { apply(m, ap.role); sameAs(m, ap, after + 1); }
      // 3. a relative clause that gives the office: "X, who is a lawyer,", "X, who is leading Y's legal team,"
      const rel = ap ? -1 : relativeOfficeStart(tokens, s, after);
      const rap = rel >= 0 ? apposition(v, s, rel, personTokens) : null;
      if (rap) { apply(m, rap.role); sameAs(m, rap, rel); }
    }
    // 4. a verb of teaching at a place of learning: "X lectures on politics at the University of Y", "X teaches at Z"
    const taught = teachingRole(v, s, after);
    if (taught && !m.textRole) apply(m, taught);
    placeAfterName(v, s, ms, m, after);
  }
}

/** Auxiliaries of a relative clause that describes its subject: "who is", "who was", "who has been". */
const REL_AUX: ReadonlySet<string> = new Set(['is', 'was', 'has', 'had', 'been', 'now', 'also', 'currently']);
/** Verbs of heading something: "who is leading the team" says the person heads it (its sectors are the person's). */
const LEAD_VERBS: ReadonlySet<string> = new Set(['leading', 'heading', 'leads', 'heads', 'led', 'headed', 'chairs', 'chairing', 'chaired', 'runs', 'running']);

/**
 * Where an office phrase opens in a relative clause on a name: "X, who is a lawyer" (at "a"), "X, who is leading Y's
 * legal team" (at "Y's"), "X, who heads the ministry" (at "the"); -1 when the clause says something else ("who said").
 */
function relativeOfficeStart(tokens: readonly Token[], s: Sentence, after: number): number {
  if (tokens[after]?.norm !== ',' || tokens[after + 1]?.norm !== 'who') return -1;
  let k = after + 2, aux = false;
  while (k < s.endToken && REL_AUX.has(tokens[k]!.norm)) { aux = aux || tokens[k]!.norm !== 'now' && tokens[k]!.norm !== 'also' && tokens[k]!.norm !== 'currently'; k++; }
  if (k < s.endToken && LEAD_VERBS.has(tokens[k]!.norm)) return k + 1;
  return aux && k < s.endToken && tokens[k]!.pos === 'DET' ? k : -1;
}

/** Verbs of teaching: the person is an academic of the place named after "at" ("lectures at the University of Y"). */
const TEACHING_VERBS: ReadonlySet<string> = new Set(['lectures', 'lectured', 'teaches', 'taught']);

/** "X lectures on African politics at the University of Y": EDU, with the country the place of learning names. */
function teachingRole(v: RoleView, s: Sentence, after: number): TextRole | null {
  const { tokens } = v;
  if (after >= s.endToken || !TEACHING_VERBS.has(tokens[after]!.norm)) return null;
  for (let k = after + 1; k < s.endToken && k < after + 12; k++) {
    const w = tokens[k]!.norm;
    if (w === ',' || w === '.' || w === ';' || tokens[k]!.pos === 'VERB') return null;
    if (w !== 'at') continue;
    // the place of learning: up to the clause's end, a country it names (its own name or "of Y"/"in Y")
    let country: string | null = null, school = false, end = k + 1;
    for (; end < s.endToken && !STOP_NORMS.has(tokens[end]!.norm) && end < k + 12; end++) {
      if (/^(university|college|school|academy|institute|polytechnic)$/.test(tokens[end]!.norm)) school = true;
      country ??= countryAt(v, s, end);
    }
    if (!school) return null;
    return { title: 'Lecturer', evidence: { start: tokens[after]!.start, end: tokens[end - 1]!.end }, country, orgCode: null, sectors: ['EDU'], former: false };
  }
  return null;
}

/** The country named at token k, over a determiner ("from the Philippines"), or null. */
function countryAt(v: RoleView, s: Sentence, k: number): string | null {
  if (k < s.endToken && v.tokens[k]!.pos === 'DET') k++;
  const h = k < s.endToken ? v.hitAt.get(k) : undefined;
  return h && h.entry.kind === 'country' && h.entry.type === 'name' && h.entry.codes.length ? h.entry.codes[0]!.code.slice(0, 3) : null;
}

/**
 * Where a person is from, written right after the name: "Maria Lopez from the Philippines", "A and B, both from
 * Azerbaijan," (both names), and, for a person the text gave an office but no country, "publisher X in Hong Kong":
 * the person's country when nothing else gave one.
 */
function placeAfterName(v: RoleView, s: Sentence, ms: Mention[], m: Mention, after: number): void {
  const { tokens } = v;
  const set = (x: Mention, c: string): void => {
    if (x.country) return;
    x.country = c; x.code = c + x.sectors.join(''); x.kind = 'person'; x.textRole = true;
  };
  if (after >= s.endToken) return;
  const w = tokens[after]!.norm;
  if (w === 'from') { const c = countryAt(v, s, after + 1); if (c) set(m, c); return; }
  if (w === 'in' && m.textRole) { const c = countryAt(v, s, after + 1); if (c) set(m, c); return; }
  // "journalist X, who was killed in Malta", "analyst Y, who lives in Kenya": where the clause places an officed person
  if (w === ',' && tokens[after + 1]?.norm === 'who' && m.textRole) {
    for (let k = after + 2; k < s.endToken - 1 && k < after + 8 && !STOP_NORMS.has(tokens[k]!.norm); k++) {
      if (tokens[k]!.norm === 'in' && PLACED_VERBS.has(tokens[k - 1]!.norm)) { const c = countryAt(v, s, k + 1); if (c) set(m, c); return; }
    }
  }
  if (w === ',' && (tokens[after + 1]?.norm === 'both' || tokens[after + 1]?.norm === 'all') && tokens[after + 2]?.norm === 'from') {
    const c = countryAt(v, s, after + 3);
    if (!c) return;
    set(m, c);
    // the names coordinated before it: "A and B, both from X", "A, B and C, all from X"
    let k = firstStartingAt(tokens, m.start) - 1;
    for (let i = ms.indexOf(m) - 1; i >= 0 && k >= s.firstToken && (tokens[k]!.norm === 'and' || tokens[k]!.norm === ','); i--) {
      const o = ms[i]!;
      if (o.type !== 'name' || o.end !== tokens[k - 1]?.end || !(o.kind === 'person' || (o.kind === 'other' && !o.code))) break;
      set(o, c);
      k = firstStartingAt(tokens, o.start) - 1;
    }
  }
}

/** Verbs whose "in PLACE" says where a person lives, works or was killed ("who was born in", "who is based in"); not
 * where they were held or went ("arrested in", "arrived in"). */
const PLACED_VERBS: ReadonlySet<string> = new Set(['born', 'based', 'lives', 'lived', 'living', 'works', 'worked', 'working', 'killed', 'murdered', 'assassinated']);

function apply(m: Mention, role: TextRole): void {
  const c = codeFromRole(role, m.code, m.country);
  m.code = c.code; m.country = c.country; m.sectors = c.sectors;
  m.role = { title: role.title, evidence: role.evidence };
  m.textRole = true;
}

/** The first token of the title words right before a name: offices, countries, demonyms, "X's", adjectives, nouns. */
function titleStart(tokens: readonly Token[], hitEndingAt: ReadonlyMap<number, Hit>, personTokens: ReadonlySet<number>, from: number, nameFirst: number): number {
  let k = nameFirst - 1, t0 = nameFirst;
  while (k >= from && nameFirst - k <= 9) {
    if (personTokens.has(k)) break;
    const h = hitEndingAt.get(k + 1);
    if (h && h.entry.kind !== 'person') { t0 = h.range[0]; k = h.range[0] - 1; continue; }
    const t = tokens[k]!;
    if (t.norm === "'s" || t.norm === "'") {
      // "Kenya's foreign minister": only after a country or organisation
      const o = hitEndingAt.get(k);
      if (o && o.entry.kind !== 'person') { t0 = o.range[0]; k = o.range[0] - 1; continue; }
      break;
    }
    // ("United Nations-appointed special rapporteur": a participle joined by a hyphen belongs to the title)
    if ((t.pos === 'VERB' && tokens[k - 1]?.norm === '-') || t.norm === '-' || isRoleWord(t.norm) || PAST_OFFICE.has(t.norm) || DOMAIN_SECTORS.has(t.norm) || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN') { t0 = k; k--; continue; }
    break;
  }
  return t0;
}

/** An apposition's office phrase from token `from`: up to the next comma, verb or clause word; null when it names no office. */
interface Apposition { role: TextRole; first: number; end: number; roleEnd: number }

function apposition(v: RoleView, s: Sentence, from: number, personTokens: ReadonlySet<number>): Apposition | null {
  const { tokens } = v;
  let k = from;
  // "Y's lawyer": the office is held for someone else, whose name opens the phrase
  if (personTokens.has(k)) { while (personTokens.has(k)) k++; if (tokens[k]?.norm !== "'s" && tokens[k]?.norm !== "'") return null; k++; }
  // "a", "the", "an": the phrase opens after them; a possessive pronoun ("his lawyer") ties it to someone else
  while (k < s.endToken && tokens[k]!.pos === 'DET') k++;
  const first = k;
  let end = k, roleEnd = -1;
  while (end < s.endToken && end - first < 14) {
    const t = tokens[end]!;
    // a matched name is read whole ("Human Rights Watch", whose last word the tagger may call a verb)
    const h = v.hitAt.get(end);
    // (so is an office written with "of": "secretary of state for European affairs" has its head before "for")
    if (h && h.range[1] <= s.endToken) {
      if (roleEnd < 0 && personTokens.has(end)) return null;
      end = h.range[1];
      // an office that takes its preposition with it ("ambassador to"): the office part ends there
      if (roleEnd < 0 && h.entry.type === 'agent' && OF_WORDS.has(tokens[end - 1]!.norm)) roleEnd = end;
      continue;
    }
    const capital = upperAt(v.text, t.start) && end > first;
    if (STOP_NORMS.has(t.norm) || (!capital && (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'SCONJ'))) break;
    if (roleEnd < 0 && OF_WORDS.has(t.norm) && t.pos === 'ADP') roleEnd = end;
    if (roleEnd < 0 && personTokens.has(end)) return null; // a list of names, not an apposition
    end++;
  }
  if (roleEnd < 0) roleEnd = end;
  if (roleEnd <= first) return null;
  // the head of the office phrase is its last word before "of"/"for": an office or occupation
  const head = tokens[roleEnd - 1]!;
  const hit = [...v.hitAt.values()].some((h) => h.range[1] === roleEnd && h.range[0] >= first && (h.entry.type === 'agent' || /\b(secretary|minister)\b/i.test(h.entry.name)));
  // (an office word ending a matched name, "State Department official", is checked by readRole)
  if (!isRoleWord(head.norm) && !hit) return null;
  const role = readRole(v, first, end, roleEnd);
  return role ? { role, first, end, roleEnd } : null;
}
