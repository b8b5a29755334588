import type { Modality, Token } from '../../core/types.js';
import type { VerbEntry } from '../../resources/petrarch/verbs.js';
import type { Group } from './actor-groups.js';
import { FORMS_OF_BE, NEGATION_WORDS, POSSESSIVE_DETERMINERS_BUT_HER } from '../../resources/english.js';
import { CLAUSE_OPENERS } from '../syntax/clauses.js';
import { reportedBefore } from '../syntax/reporting-verbs.js';
import { possessorBefore } from './clause.js';

/** A dictionary verb of the sentence with its auxiliary chain, in sentence-local token indices. */
export interface VerbGroup {
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

const FUTURE_AUX = new Set(['will', 'shall', "'ll", 'wo']);
const HYPO_AUX = new Set(['would', 'could', 'might', 'may', 'should', "'d"]);
const AUX_WORDS = new Set([...NEGATION_WORDS, ...FUTURE_AUX, ...HYPO_AUX, ...FORMS_OF_BE, 'to', 'about', 'have', 'has', 'had', "'ve", 'do', 'does', 'did',
  'can', 'ca', 'must', 'also', 'again', 'already', 'still', 'even', 'ever', 'now', 'just', 'then', 'reportedly', 'recently', 'really',
  'further', 'repeatedly', 'jointly', 'formally', 'officially', 'publicly', 'strongly', 'sharply', 'firmly', 'once', 'going', 'set']);
/** Verbs whose complement is what they say of their object ("accused X of supporting Y"): not asserted. */
export const EMBEDDING_GOVERNORS = new Set(['accuse', 'blame', 'charge', 'allege', 'deny', 'suspect', 'criticize', 'condemn', 'denounce']);
const WILLING = new Set(['willing', 'ready', 'prepared']);
const PREP_LIKE = new Set(['for', 'of', 'by', 'in', 'on', 'after', 'before', 'without', 'since', 'despite']);

/**
 * The verb groups of a sentence: every token outside an actor group that is a form of a dictionary verb (the longest
 * multi-word entry that fits), with its auxiliary chain read for negation, future, hypothetical, obligation, passive
 * and infinitive, and the verb it hangs on.
 */
export function findVerbGroups(toks: Token[], norms: string[], groupOf: number[], groups: Group[], forms: ReadonlyMap<string, VerbEntry[]>): VerbGroup[] {
  const n = toks.length;
  const verbs: VerbGroup[] = [];
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    if (groupOf[i]! >= 0) continue;
    const entries = forms.get(t.norm);
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
    // (a word of an actor's name is no auxiliary: "Theresa May has held talks" is asserted)
    while (a >= 0 && groupOf[a]! < 0 && !(norms[a] === "'s" && ['PROPN', 'NOUN'].includes(toks[a - 1]?.pos ?? '')) && (AUX_WORDS.has(norms[a]!) || (norms[a] === '"' && AUX_WORDS.has(norms[a - 1] ?? '')) || (toks[a]!.pos === 'ADV' && /ly$/.test(norms[a]!)) || toks[a]!.pos === 'AUX')) {
      const w = norms[a]!;
      if (NEGATION_WORDS.has(w)) negated = true;
      if (FUTURE_AUX.has(w) || w === 'going' || w === 'about') future = true;
      if (HYPO_AUX.has(w)) {
        // "said they would boycott": a reported future, not a hypothetical
        if ((w === 'would' || w === "'d") && reportedBefore(norms, a)) future = true; else hypothetical = true;
      }
      if (w === 'must' || w === 'should' || w === 'ought') obligation = true;
      if (FORMS_OF_BE.has(w) || (w === 'get' || w === 'got')) be = true;
      if (w === 'to' && a === best.start - 1 - countAdverbs(norms, toks, a + 1, best.start)) infinitive = true;
      if (w === 'to' && a >= 1 && FORMS_OF_BE.has(norms[a - 1]!)) future = true; // "is to visit"
      a--;
    }
    if (norms[a] === 'to' || (a >= 0 && norms[a] === 'to')) infinitive = true;
    // "is willing to withdraw", "is not ready to accept": readiness is a stated intent, its negation a refusal
    if (a >= 1 && norms[a + 1] === 'to' && WILLING.has(norms[a]!) && (FORMS_OF_BE.has(norms[a - 1]!) || NEGATION_WORDS.has(norms[a - 1]!))) {
      future = true;
      a--;
      while (a >= 0 && (FORMS_OF_BE.has(norms[a]!) || NEGATION_WORDS.has(norms[a]!) || HYPO_AUX.has(norms[a]!) || FUTURE_AUX.has(norms[a]!) || norms[a] === 'must'
        || (toks[a]!.pos === 'ADV' && /ly$/.test(norms[a]!)))) {
        const w = norms[a]!;
        if (NEGATION_WORDS.has(w)) negated = true;
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
  linkGovernors(toks, norms, groupOf, groups, verbs);
  return verbs;
}

/** Governors: an infinitive or prepositional gerund hangs on the nearest verb before it in the clause. */
function linkGovernors(toks: Token[], norms: string[], groupOf: number[], groups: Group[], verbs: VerbGroup[]): void {
  for (let v = 1; v < verbs.length; v++) {
    const V = verbs[v]!;
    if (!V.infinitive && !V.gerundAfterPrep) continue;
    // "says it is willing to withdraw": a finite auxiliary in the chain starts a clause of its own
    let finite = false;
    for (let t = V.auxStart; t < V.start && !finite; t++) {
      const w = norms[t]!;
      if ((FORMS_OF_BE.has(w) && !['be', 'been', 'being'].includes(w)) || HYPO_AUX.has(w) || FUTURE_AUX.has(w) || w === 'must') finite = true;
    }
    if (finite) continue;
    const U = verbs[v - 1]!;
    let clean = true;
    for (let t = U.end; t < V.auxStart; t++) if (CLAUSE_OPENERS.has(norms[t]!) && norms[t] !== 'that') { clean = false; break; }
    const nounComplement = !!V.gerundAfterPrep && toks[V.start - 2]?.pos === 'NOUN';
    if (clean && V.auxStart - U.end <= 12 && !nounComplement && !(V.infinitive && possessorBefore(toks, groupOf, groups, V.auxStart))) V.governor = v - 1;
  }
}

/** The verb has no auxiliary before it. */
export function a0(V: VerbGroup): boolean {
  return V.auxStart === V.start;
}

/** The previous verb group that heads a clause (not an infinitive or a gerund after a preposition). */
export function previousFinite(verbs: VerbGroup[], v: number): number {
  // an -ing modifier ("aircraft using missiles killed") is inside the subject's noun phrase, not a finite verb
  for (let u = v - 1; u >= 0; u--) if (!verbs[u]!.infinitive && !verbs[u]!.gerundAfterPrep && !verbs[u]!.modifier) return u;
  return -1;
}


/**
 * The dictionary verb form at `i` is used as a verb. A form that wink did not tag as a verb still counts in "X pledges
 * support" (headline style).
 */
function verbal(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  // "US-led", "Iranian-backed": a participle inside a hyphenated modifier
  if (toks[i - 1]?.norm === '-' && toks[i - 1]!.end === t.start) return false;
  // "according to Pentagon sources" attributes; it does not accord anything
  if (t.norm === 'according' && toks[i + 1]?.norm === 'to') return false;
  // "their arms industries", "its plans": a word after a possessive determiner is a noun
  if (POSSESSIVE_DETERMINERS_BUT_HER.has(toks[i - 1]?.norm ?? '')) return false;
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

/** Adverbs (and "not") among the tokens from `from` to `to`. */
function countAdverbs(norms: string[], toks: Token[], from: number, to: number): number {
  let c = 0;
  for (let t = from; t < to; t++) if (toks[t]!.pos === 'ADV' || norms[t] === 'not') c++;
  return c;
}

