import { distinctActors, sameParty, type Group } from './actor-groups.js';
import type { PatternMatch } from './match.js';
import type { SentenceFrame } from './sentence-frame.js';
import type { VerbGroup } from './verb-groups.js';

/** Who acts on whom: the source group, and the target group or, for a compound, none (the members act on each other). */
export interface EventParties {
  src: Group;
  tgt: Group | null;
  compound: boolean;
  /** With `audit`: the gate that would have dropped the event (`dyad eval --rules --audit`). */
  audit?: string;
}

/**
 * The source and target of the verb's event: the groups the pattern binds (`$`, `+`), else the subject and the first
 * actor after the verb in its clause (up to `postLimit`); a passive's by-agent is the source; a compound subject with no
 * other party acts on itself. Null when the event has no two parties. `code`: the code the pattern or verb gave.
 */
export function sourceAndTarget(f: SentenceFrame, V: VerbGroup, match: PatternMatch | null, subject: Group | null, code: string | null,
  postLimit: number): EventParties | null {
  const { toks, norms, parts, groups, groupAt, groupOf, er } = f;
  const n = toks.length;
  let src: Group | null = match?.source != null ? groups[match.source]! : subject;
  // "X noted that Y regretted ..." with "- NOTED + * [115]": the pattern made the clause subject its target, so the
  // source is the actor before the pattern
  if (match?.target != null && match.source == null && subject && groups[match.target] === subject) {
    src = null;
    for (let t = match.start - 1; t >= 0 && !src; t--) { const gi = groupOf[t]!; if (gi >= 0 && groups[gi] !== subject) src = groups[gi]!; }
    if (src) { let first = src; for (const g of groups) if (g.te <= match.start && g !== subject) { first = g; break; } src = first; }
  }
  let tgt: Group | null = match?.target != null ? groups[match.target]! : null;
  let compound = false;
  if (match && match.pattern.pre.some((a) => a.kind === 'compound')) {
    if (!src || src.members.length < 2) return null;
    compound = true;
  }
  let byAgent = false;
  let gate: string | undefined;
  if (V.passive && match?.source == null) {
    let b = V.end;
    while (b < postLimit && toks[b]!.pos === 'ADV') b++;
    if (norms[b] === 'by' && groupAt[b + 1] !== undefined) {
      const gb = groupAt[b + 1]! >= 0 ? groupAt[b + 1]! : norms[b + 1] === 'the' ? groupAt[b + 2]! : -1;
      if (gb >= 0) { tgt = match?.target != null ? tgt : src; src = groups[gb]!; byAgent = true; }
    }
  }
  if (!tgt && !compound) {
    for (let t = V.end; t < postLimit; t++) {
      const gi = groupAt[t]!;
      if (gi >= 0 && groups[gi] !== src) { tgt = groups[gi]!; break; }
    }
  }
  // a threat names its target in its condition: "threatened to stop talks if the United States goes ahead"
  if (!tgt && !compound && (code ?? '').startsWith('13') && (norms[postLimit] === 'if' || norms[postLimit] === 'unless')) {
    for (let t = postLimit + 1; t < n && norms[t] !== ','; t++) {
      const gi = groupAt[t]!;
      if (gi >= 0 && groups[gi] !== src) { tgt = groups[gi]!; break; }
    }
  }
  // a compound subject and no object: the members act on each other ("Gondor and Osgiliath renewed ties")
  // (dyad's policy: only for acts that are mutual by nature, roots 03-08; "Russia and China attacked" is not mutual)
  // (not the agent of a passive whose subject is no actor: "a coalition which was joined by Australia and Bahrain")
  // (and, dyad's policy, only when the words say the act is mutual: a verb of meeting, agreeing, fighting, a relation
  // noun, "each other"; "Australia, Canada and the United States all offered to ..." is no act among them)
  if (!tgt && !compound && src && !(byAgent && er.policy === 'dyad') && distinctActors(parts, src) >= 2 && (er.policy === 'petrarch' || /^0[3-8]/.test(code ?? ''))) {
    // (a code the dictionary gives both sides alike, `[037:037]`, says so too)
    const both = match ? match.pattern.reverse : V.entry.reverse;
    const mutual = er.policy === 'petrarch' || (!!both && both === code) || mutualAct(norms, f.toks, V, postLimit);
    if (mutual || er.audit) { compound = true; if (!mutual) gate = 'gate:not-mutual'; }
  }
  // "Israel and Lebanon renewed negotiations on a pullback from Lebanon": an object that only names members of the
  // compound subject again is no third party; the members act on each other (dyad's policy, mutual acts only)
  if (tgt && !compound && src && er.policy === 'dyad' && /^0[3-8]|^12/.test(code ?? '') && distinctActors(parts, src) >= 2
    && tgt.members.every((k) => src!.members.some((j) => sameParty(parts[j]!, parts[k]!)))) { compound = true; tgt = null; }
  if (!src || (!tgt && !compound)) return null;
  return { src, tgt, compound, ...(gate ? { audit: gate } : {}) };
}

/** Verbs whose subjects act on each other when no one else is named ("Chile and Peru met", "... signed", "... clashed"). */
const MUTUAL_VERBS = new Set(['meet', 'talk', 'negotiate', 'consult', 'confer', 'discuss', 'agree', 'cooperate', 'collaborate', 'sign', 'ink',
  'fight', 'clash', 'reconcile', 'ally', 'normalize', 'normalise', 'trade', 'exchange', 'swap', 'partner', 'unite', 'merge', 'integrate',
  'coordinate', 'compete', 'quarrel', 'feud', 'argue', 'spar', 'wrangle', 'dispute', 'bicker', 'differ', 'disagree', 'split', 'part', 'reunite', 'embrace']);
/** Nouns of a relation between parties ("renewed ties", "held talks", "reached a deal"). */
const RELATION_NOUNS = new Set(['ties', 'relations', 'relationship', 'talks', 'negotiations', 'dialogue', 'meeting', 'meetings', 'summit', 'agreement', 'agreements',
  'accord', 'accords', 'treaty', 'pact', 'deal', 'deals', 'cooperation', 'partnership', 'alliance', 'contacts', 'exchanges', 'peace', 'truce', 'ceasefire',
  'cease-fire', 'memorandum', 'memorandums', 'consultations', 'cooperation', 'understanding', 'links', 'rapprochement', 'détente', 'detente', 'war', 'rivalry',
  'dispute', 'row', 'feud', 'standoff', 'clashes', 'border', 'consensus', 'compromise', 'settlement']);
const RECIPROCAL = new Set(['together', 'jointly', 'mutual', 'mutually', 'bilateral', 'bilaterally']);

/**
 * The verb's act is one its compound subject does to each other: a verb of meeting, agreeing, trading or fighting, a
 * relation noun in its clause ("renewed ties", "reached an agreement"), or a reciprocal word ("each other",
 * "together", "jointly").
 */
export function mutualAct(norms: readonly string[], toks: readonly { lemma?: string; norm: string }[], V: VerbGroup, postLimit: number): boolean {
  for (let t = V.start; t < V.end; t++) if (MUTUAL_VERBS.has((toks[t]!.lemma ?? norms[t]!).toLowerCase())) return true;
  for (let t = V.auxStart; t < Math.min(postLimit, norms.length); t++) {
    const w = norms[t]!;
    if (RELATION_NOUNS.has(w) || RECIPROCAL.has(w) || ((w === 'each' || w === 'one') && norms[t + 1] === (w === 'each' ? 'other' : 'another'))) return true;
  }
  return false;
}
