import { addSectors, codeChunks } from '../../resources/petrarch/codes.js';
import type { Token } from '../../core/types.js';
import { PERSONAL_SUBJECT_PRONOUNS } from '../../resources/english.js';

/**
 * Actor-phrase rules of the event coder that compose codes across a noun phrase PETRARCH-style (its NounPhrase
 * meaning: every actor of the phrase, each agent's sectors added).
 */

/**
 * "human rights activists of Gonzo GMO" -> GONGMO + OPP = GONGMOOPP: an agent attached by of/from/in to an actor takes
 * the actor's whole code (an organisation's sectors included), with the agent's sectors added unless already there.
 */
export function agentOfActor(actorCode: string, agentCode: string): string {
  return addSectors(actorCode, codeChunks(agentCode));
}


/**
 * "On ... Gondor's health centres, he said ...": a personal pronoun right before the verb (adverbs aside) is the
 * verb's subject. When no actor stands behind it (coreference found none), the verb has no coded subject, and an actor
 * earlier in the sentence must not stand in for it (PETRARCH: the subject is the noun phrase beside the verb phrase).
 */
export function uncodedPronounSubject(toks: readonly Token[], groupOf: readonly number[], auxStart: number): boolean {
  let b = auxStart - 1;
  while (b >= 0 && toks[b]!.pos === 'ADV') b--;
  if (b < 0) return false;
  const t = toks[b]!;
  return t.pos === 'PRON' && PERSONAL_SUBJECT_PRONOUNS.has(t.norm) && (groupOf[b] ?? -1) < 0;
}


/** The verb starting at `from` is inside the complement of the reporting verb ending at `reportEnd` (no clause break between). */
export function insideReport(norms: readonly string[], reportEnd: number, from: number): boolean {
  if (from < reportEnd) return false;
  for (let t = reportEnd; t < from; t++) if (norms[t] === ',' || norms[t] === ';' || norms[t] === ':' || norms[t] === 'and' || norms[t] === 'but') return false;
  return true;
}

/**
 * "Ithilen's sheep and goats of Gondor": two noun phrases joined by a conjunction, the first owned by an actor
 * ("X's N"), the second naming its actor after of/from/in ("N of Y"). Each conjunct stands for its actor, so the two
 * actors are coordinated (PETRARCH codes the conjuncts of a compound noun phrase one by one). `from` is one past the
 * first actor, `to` the first token of the second.
 */
export function coordinatedNounPhrases(toks: readonly Token[], from: number, to: number): boolean {
  let t = from;
  if (toks[t]?.norm === "'s" || toks[t]?.norm === "'") t++; else return false;
  const nounRun = (): boolean => {
    const s = t;
    while (t < to && (toks[t]!.pos === 'ADJ' || toks[t]!.pos === 'NOUN')) t++;
    return t > s && toks[t - 1]!.pos === 'NOUN';
  };
  if (!nounRun()) return false;
  if (toks[t]?.pos !== 'CCONJ') return false;
  t++;
  if (toks[t]?.pos === 'DET') t++;
  if (!nounRun()) return false;
  const prep = toks[t]?.norm;
  if (prep !== 'of' && prep !== 'from' && prep !== 'in') return false;
  t++;
  if (toks[t]?.pos === 'DET') t++;
  return t === to;
}

/** Prepositions whose object is the pair or set of parties itself ("ties between Arnor and Gondor"). */
export const PAIR_PREPOSITIONS: ReadonlySet<string> = new Set(['between', 'among', 'amongst']);

/**
 * "reconciliation between Calenardhon and Gondor, and Gondor and Dagolath": "between" takes one pair; once a group
 * opened by it holds two parties, a further conjunct starts a new group.
 */
export function pairAfterBetween(toks: readonly Token[], parts: ReadonlyArray<{ ts: number }>, members: readonly number[]): boolean {
  let b = parts[members[0]!]!.ts - 1;
  while (b >= 0 && (toks[b]!.pos === 'DET' || toks[b]!.pos === 'ADJ')) b--;
  if (b < 0 || toks[b]!.norm !== 'between') return false;
  return new Set(members.map((k) => parts[k]!.ts)).size >= 2;
}
