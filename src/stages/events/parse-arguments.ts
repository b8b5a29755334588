import type { Syntax } from '../../resources/parser.js';
import { distinctActors, type Group } from './actor-groups.js';
import { argCase } from './nominal-events.js';
import { ownPhrase } from './parse-roles.js';
import type { SentenceFrame, SentenceParse } from './sentence-frame.js';
import type { EventParties } from './source-target.js';

/**
 * The target read from the verb's own dependents (issue 14, recall): the shallow coder takes the first actor after
 * the verb; the parse says which of the verb's dependents is its partner. Each rule is a construction of English:
 *
 * - `parse:with-partner`: a consultation, meeting or cooperation (roots 04-06) is with the party of its *with*
 *   phrase, on the verb or on its object: "discussed Libya with Trump", "held talks in Jerusalem with Netanyahu"
 *   (not Libya, not Jerusalem).
 * - `parse:mutual-subjects`: coordinated subjects of two countries in a mutual act (roots 03-08, dyad's compound policy) whose
 *   shallow target is not an argument of the verb (a topic: "agreed to share information on North Korea", "met ...
 *   following clashes in Syria") act on each other: "Trump and Putin agreed", "Russia and Turkey's ministers met".
 *   A bare verb code beyond agreeing and meeting ("Singapore and Hong Kong intensified screening": 060) is no mutual
 *   act: each does it on its own.
 *
 * - `parse:from-party` (round 7): a military withdrawal (087x) is from the party of its *from* phrase: "withdrew its
 *   troops from Syria" (not from "its troops").
 *
 * Bundled dictionaries only (the PETRARCH policy keeps its word-position reading).
 */
/** Words that end the verb's own clause for a word-level scan. */
const CLAUSE_BREAK = new Set([',', ';', ':', 'where', 'who', 'which', 'that', 'when', 'while', 'whose', 'whom']);

/** Prepositions of a place or time phrase on the verb. */
const VENUE_CASES = new Set(['in', 'at', 'on', 'during', 'near']);
const TOPIC_CASES = new Set(['on', 'about', 'over', 'regarding', 'concerning', 'following', 'after', 'before', 'during', 'amid', 'despite']);

/** The actor group a parse word stands for: its own, else one a direct dependent of it heads. */
function groupOfWord(syn: Syntax, groupOf: readonly number[], w: number): number {
  const gi = groupOf[w] ?? -1;
  if (gi >= 0) return gi;
  for (const c of syn.children(w)) if ((syn.urel(c) === 'nmod' || syn.urel(c) === 'compound' || syn.urel(c) === 'amod') && (groupOf[c] ?? -1) >= 0) return groupOf[c]!;
  return -1;
}

/** The head word of a group's span in the parse (the word whose head lies outside the span). */
function headWord(syn: Syntax, g: Group): number {
  for (let t = g.ts; t < g.te; t++) { const h = syn.head[t]!; if (h < g.ts || h >= g.te) return t; }
  return g.ts;
}

/** Whether word `w` is an argument of verb `v`: in its own phrase, reached through no topic, place or time phrase. */
function isArgument(syn: Syntax, v: number, w: number, own: ReadonlySet<number>): boolean {
  if (!own.has(w)) return false;
  for (let x = w, guard = 0; x >= 0 && x !== v && guard < 40; x = syn.head[x]!, guard++) {
    const u = syn.urel(x);
    if ((u === 'obl' || u === 'nmod') && TOPIC_CASES.has(syn.withCase(x).caseForm)) return false;
  }
  return true;
}

/** The first word of an actor group right after a "with" (or "with the") in the verb's phrase, after the verb and
 * before any comma, other verb or relative word (a "with" of another clause is not the verb's). */
function wordWiths(f: SentenceFrame, syn: Syntax, upos: readonly string[], v: number): number[] {
  const [, last] = syn.phrase(v);
  for (let t = v + 1; t < last; t++) {
    if (CLAUSE_BREAK.has(f.norms[t]!) || upos[t] === 'VERB' || upos[t] === 'AUX') return [];
    if (f.norms[t] !== 'with') continue;
    const w = f.norms[t + 1] === 'the' ? t + 2 : t + 1;
    return (f.groupOf[w] ?? -1) >= 0 && f.groups[f.groupOf[w]!]!.ts === w ? [w] : [];
  }
  return [];
}

export interface Rebound { parties: EventParties; rule: string }

/** The parties the verb's own dependents give, when they differ from the shallow reading; else null. */
export function rebindParties(f: SentenceFrame, sp: SentenceParse, v: number, parties: EventParties, code: string | null, bare: boolean): Rebound | null {
  const { syn } = sp;
  const { src, tgt, compound } = parties;
  if (compound || !tgt || !code) return null;
  // (only where the shallow pair was a pair: a shallow reading that found no second party is no reading to correct)
  const country = (k: number): string => f.parts[k]!.code.slice(0, 3);
  const shallowPair = tgt.members.some((k) => src.members.every((j) => country(j) !== country(k)));
  if (/^0[4-6]/.test(code) && shallowPair) {
    // (round 7: also a *with* the parser hung on the verb's place or time phrase, "held talks in Lima with Y")
    const venues = syn.obliques(v).filter((o) => VENUE_CASES.has(o.caseForm)).flatMap((o) => syn.nominalArgs(o.word));
    const withs = [...syn.obliques(v), ...syn.objects(v).flatMap((o) => syn.nominalArgs(o)), ...venues].map((a) => argCase(syn, a)).filter((a) => a.caseForm === 'with');
    // (a *with* the parser did not read as a case marker, "discussed Libya with X in a phone call" read as an absolute
    // clause: the actor right after a "with" inside the verb's phrase)
    const words = withs.length ? withs.map((a) => a.word) : wordWiths(f, syn, sp.upos, v);
    for (const w of words) {
      const gi = groupOfWord(syn, f.groupOf, w);
      if (gi < 0) continue;
      const G = f.groups[gi]!;
      if (G === src || G === tgt) return null;
      return { parties: { src, tgt: G, compound: false }, rule: 'parse:with-partner' };
    }
  }
  // round 7: a military withdrawal (087x) is from the party of its *from* phrase ("withdrew its troops from Y"), not
  // from the troops it moves
  if (/^087/.test(code)) {
    const froms = [...syn.obliques(v), ...syn.objects(v).flatMap((o) => syn.nominalArgs(o))].map((a) => argCase(syn, a)).filter((a) => a.caseForm === 'from');
    for (const a of froms) {
      const gi = groupOfWord(syn, f.groupOf, a.word);
      if (gi < 0) continue;
      const G = f.groups[gi]!;
      if (G === src || G === tgt) return null;
      return { parties: { src, tgt: G, compound: false }, rule: 'parse:from-party' };
    }
  }
  if (/^0[3-8]/.test(code) && !(bare && !/^0[34]/.test(code)) && distinctActors(f.parts, src) >= 2 && new Set(src.members.map((k) => f.parts[k]!.code.slice(0, 3))).size >= 2 && syn.subjects(v).some((s) => s >= src.ts && s < src.te)) {
    const own = ownPhrase(syn, v);
    if (!isArgument(syn, v, headWord(syn, tgt), own)) return { parties: { src, tgt: null, compound: true }, rule: 'parse:mutual-subjects' };
  }
  return null;
}
