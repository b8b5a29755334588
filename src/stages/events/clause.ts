import type { Token } from '../../core/types.js';
import type { Group } from './actor-groups.js';
import type { VerbGroup } from './verb-groups.js';

/** Words that open a clause: the subject of a verb is after the last of them before it. */
export const LEFT_BOUNDARY = new Set(['that', 'which', 'who', 'whom', 'whether', 'because', 'although', 'though', 'while', 'when', 'whereas', 'if',
  'unless', 'since', 'after', 'before', 'until', ';', ':', 'but', 'where']);
const RIGHT_BOUNDARY = new Set(['after', 'before', 'when', 'while', 'because', 'although', 'though', 'since', 'until', 'unless', 'whereas',
  'if', ';', 'where', 'which', 'who']);
const REPORTING = new Set(['said', 'says', 'say', 'reported', 'reports', 'told', 'added', 'announced', 'stated', 'noted', 'according', 'quoted', 'claimed']);
const SUBORDINATORS = new Set(['if', 'unless', 'when', 'while', 'because', 'although', 'though', 'since', 'after', 'before', 'until', 'whereas']);
/** Reporting and announcing verbs. */
export const REPORTED = new Set(['said', 'says', 'say', 'announced', 'announces', 'confirmed', 'confirms', 'declared', 'declares', 'stated', 'told',
  'warned', 'warns', 'indicated', 'promised', 'pledged', 'vowed', 'insisted', 'added']);

/** A reporting or announcing verb earlier in the sentence ("said", "announced", "confirmed"). */
export function reportedBefore(norms: string[], i: number): boolean {
  for (let t = i - 1; t >= 0 && t >= i - 8; t--) if (REPORTED.has(norms[t]!)) return true;
  return false;
}

/** Start of the clause a verb at `from` is in: after the last clause-opening word before it. */
export function clauseStart(norms: string[], from: number): number {
  for (let t = from - 1; t >= 0; t--) if (LEFT_BOUNDARY.has(norms[t]!)) return t + 1;
  return 0;
}

/** End of the words a verb's pattern and target may use: a subordinate clause or a reporting tail ends it. */
function clauseEnd(norms: string[], toks: Token[], from: number): number {
  const n = norms.length;
  for (let t = from; t < n; t++) {
    const w = norms[t]!;
    if (RIGHT_BOUNDARY.has(w) && t > from) return t;
    // a coordinated verb phrase starts its own clause: "met Sunday and decided to approve ..."
    if ((w === 'and' || w === 'but') && t > from) {
      let k = t + 1;
      while (k < n && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'AUX' || norms[k] === 'not')) k++;
      if (toks[k]?.pos === 'VERB') return t;
    }
    if (w === ',' ) {
      // ", a senior official said" / ", officials said" / ", according to"
      for (let k = t + 1; k < Math.min(n, t + 9); k++) {
        if (REPORTING.has(norms[k]!)) return t;
        if (norms[k] === ',' || (toks[k]!.pos === 'VERB' && !hyphenated(toks, k))) break;
      }
    }
  }
  return n;
}

/** End of the words the verb's pattern and target may use (`leftStart`: start of the verb's clause). */
export function verbClauseEnd(norms: string[], toks: Token[], verbs: VerbGroup[], v: number, leftStart: number): number {
  const V = verbs[v]!;
  let postLimit = clauseEnd(norms, toks, V.end);
  // "aircraft using missiles killed four": a modifier's object ends before the next verb
  if (V.modifier && v + 1 < verbs.length) postLimit = Math.min(postLimit, Math.max(V.end, verbs[v + 1]!.auxStart));
  if (leftStart > 0 && SUBORDINATORS.has(norms[leftStart - 1]!)) {
    for (let t = V.end; t < postLimit; t++) if (norms[t] === ',') { postLimit = t; break; }
  }
  return postLimit;
}

/** A word inside a hyphenated compound ("long-threatened", "US-led"): a modifier, not a verb of the clause. */
export function hyphenated(toks: Token[], i: number): boolean {
  const p = toks[i - 1];
  return !!p && p.norm === '-' && p.end === toks[i]!.start;
}

/** An "if" or "unless" shortly before the verb, in its clause. */
export function conditional(norms: string[], auxStart: number): boolean {
  for (let t = auxStart - 1; t >= 0 && t >= auxStart - 12; t--) {
    const w = norms[t]!;
    if (w === 'if' || w === 'unless') return true;
    if (w === ',' || w === ';' || w === 'that') return false;
  }
  return false;
}

/** A quotation mark right before token `i`. */
export function quoteBefore(norms: string[], i: number): boolean {
  return norms[i - 1] === '"';
}

/** "the United States' attempt to maintain": the possessor of the noun before "to" is the subject. */
export function possessorBefore(toks: Token[], groupOf: number[], groups: Group[], auxStart: number): Group | null {
  let t = auxStart - 1;
  if (toks[t]?.norm === 'to') t--;
  if (toks[t]?.pos !== 'NOUN') return null;
  while (t > 0 && (toks[t]!.pos === 'NOUN' || toks[t]!.pos === 'ADJ')) t--;
  if (toks[t]?.norm === "'s" || toks[t]?.norm === "'") t--;
  const gi = groupOf[t] ?? -1;
  return gi >= 0 ? groups[gi]! : null;
}

/** The actor group that ends right before a relative pronoun at `rel` (past a comma or a parenthesised acronym), or -1. */
export function relativeAntecedent(norms: string[], groupOf: number[], rel: number): number {
  let b = rel - 1;
  if (norms[b] === ',') b--;
  if (norms[b] === ')') { while (b >= 0 && norms[b] !== '(') b--; b--; }
  return b >= 0 ? groupOf[b]! : -1;
}

/** The actor group nearest before `before`, not before `limit`, or -1. */
export function nearestGroupBefore(groupOf: number[], before: number, limit: number): number {
  for (let t = before - 1; t >= limit; t--) if (groupOf[t]! >= 0) return groupOf[t]!;
  return -1;
}

