import type { Modality } from '../../core/types.js';
import type { Syntax } from '../../resources/parser.js';

/**
 * Modality read from the dependency parse (issue 14), on top of the shallow reading (modality.ts). Each is a
 * construction of English, scoped by the tree rather than by word distance:
 *
 * - `parse:failed-to`: the verb is the complement of "fail" ("failed to reach agreement"): the act did not happen.
 * - `parse:conditional`: the verb, or a clause it belongs to, is an adverbial clause marked "if", "unless",
 *   "whether" or "in case" ("if Europe follows through, he will impose ..."): supposed, not asserted.
 * - `parse:question`: the sentence is a question and the verb is in its main clause.
 * - `parse:disputed`: the verb is in the clause of a denial or an allegation ("Iran denied that it had supplied the
 *   drones", "accused of planning to kidnap", "allegations that ..."): the text does not assert it; the denial or the
 *   accusation is the event.
 * - `parse:modal`: "could", "may", "might" on the verb: possible, not done.
 * - `parse:intention`: the verb is the complement of "plan", "intend", "expect", "aim", "be due", "be set", "hope",
 *   "want", "seek": future.
 * - `parse:no-longer`: "no longer" on the verb ("will no longer recognize him"): the act stops, it is not done.
 * - `parse:future`: "will" / "shall" on the verb, with adverbs between ("will soon also visit"): future.
 * - `parse:proposal`: the verb is the infinitive complement of a noun of proposing, calling or attempting ("a
 *   proposal for the Council to lift sanctions", "efforts to build ties", "calls for X to withdraw"): what is
 *   proposed or attempted is not done.
 */
const COND_MARKS = new Set(['if', 'unless', 'whether', 'case']);
const DISPUTE = new Set(['deny', 'allege', 'accuse', 'claim', 'dismiss', 'reject', 'refute', 'dispute', 'suspect', 'charge', 'blame']);
const DISPUTE_NOUNS = new Set(['allegation', 'allegations', 'accusation', 'accusations', 'claim', 'claims', 'charge', 'charges', 'suspicion', 'suspicions', 'rumour', 'rumours', 'rumor', 'rumors', 'report', 'reports']);
const MODALS = new Set(['could', 'may', 'might']);
const FUTURE_AUX = new Set(['will', 'shall', "'ll", 'wo']);
const PROPOSAL_NOUNS = new Set(['proposal', 'plan', 'call', 'demand', 'request', 'appeal', 'bid', 'effort', 'attempt', 'push', 'offer', 'initiative',
  'resolution', 'draft', 'motion', 'move', 'idea', 'suggestion', 'threat', 'pledge', 'promise', 'commitment', 'readiness', 'willingness', 'intention',
  'plot', 'scheme', 'campaign', 'drive', 'pressure', 'urging']);
const INTENTION = new Set(['plan', 'intend', 'expect', 'aim', 'due', 'set', 'schedule', 'hope', 'want', 'seek', 'prepare', 'poised']);

export interface ParseModality { modality: Modality; rule: string }

/** The modality the parse gives the verb whose head word is `h`, or null (the shallow reading stands). */
export function parseModality(syn: Syntax, lemmas: readonly string[], h: number): ParseModality | null {
  const lem = (i: number): string => (lemmas[i] ?? syn.forms[i] ?? '').toLowerCase();
  // the governor the verb's clause is a complement of: up through coordination and open complements
  let x = h;
  for (let guard = 0; guard < 40 && x >= 0; guard++) {
    const r = syn.rel(x), g = syn.head[x]!;
    if (g < 0) break;
    if (r === 'xcomp' && lem(g) === 'fail') return { modality: 'negated', rule: 'parse:failed-to' };
    if (syn.urel(x) === 'advcl' && syn.childrenWith(x, 'mark').some((m) => COND_MARKS.has(syn.forms[m]!.toLowerCase()))) return { modality: 'hypothetical', rule: 'parse:conditional' };
    if ((r === 'ccomp' || r === 'xcomp' || syn.urel(x) === 'advcl') && DISPUTE.has(lem(g))) return { modality: 'hypothetical', rule: 'parse:disputed' };
    if (syn.urel(x) === 'acl' && DISPUTE_NOUNS.has(syn.forms[g]!.toLowerCase())) return { modality: 'hypothetical', rule: 'parse:disputed' };
    // "accused X of planning": the gerund is an oblique of the accusing verb
    if (syn.urel(x) === 'advcl' || syn.urel(x) === 'obl') { if (DISPUTE.has(lem(g))) return { modality: 'hypothetical', rule: 'parse:disputed' }; }
    if (r === 'conj' || r === 'xcomp' || r === 'ccomp' || syn.urel(x) === 'advcl') { x = g; continue; }
    break;
  }
  if (syn.childrenWith(h, 'aux').some((a) => MODALS.has(syn.forms[a]!.toLowerCase()))) return { modality: 'hypothetical', rule: 'parse:modal' };
  for (const a of syn.childrenWith(h, 'advmod')) {
    if (syn.forms[a]!.toLowerCase() === 'longer' && (syn.forms[a - 1] ?? '').toLowerCase() === 'no') return { modality: 'negated', rule: 'parse:no-longer' };
  }
  // the infinitive complement of a proposal noun, or of a verb that is one ("for X to do": mark "to")
  if (syn.urel(h) === 'acl' && syn.head[h]! >= 0 && PROPOSAL_NOUNS.has(lem(syn.head[h]!)) && syn.childrenWith(h, 'mark').some((m) => syn.forms[m]!.toLowerCase() === 'to')) {
    return { modality: 'hypothetical', rule: 'parse:proposal' };
  }
  const root = syn.root();
  const last = syn.forms[syn.n - 1] ?? '';
  if (last === '?' || (last === '"' || last === '\u201d') && syn.forms[syn.n - 2] === '?') {
    let y = h;
    while (y >= 0 && (syn.rel(y) === 'conj' || syn.rel(y) === 'xcomp')) y = syn.head[y]!;
    if (y === root) return { modality: 'hypothetical', rule: 'parse:question' };
  }
  if (syn.rel(h) === 'xcomp' && syn.head[h]! >= 0 && INTENTION.has(lem(syn.head[h]!))) return { modality: 'future', rule: 'parse:intention' };
  if (syn.childrenWith(h, 'aux').some((a) => FUTURE_AUX.has(syn.forms[a]!.toLowerCase()))) return { modality: 'future', rule: 'parse:future' };
  return null;
}
