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
 * - `parse:no-subject`: a subject determined by "no" ("No country has recognized ...", "no one is going to assist"):
 *   the clause is negated.
 * - `parse:no-longer`: "no longer" on the verb ("will no longer recognize him"): the act stops, it is not done.
 * - `parse:future`: "will" / "shall" on the verb, with adverbs between ("will soon also visit"): future.
 * - `parse:proposal`: the verb is the infinitive complement of a noun of proposing, calling or attempting ("a
 *   proposal for the Council to lift sanctions", "efforts to build ties", "calls for X to withdraw"), or a gerund
 *   it names as its purpose ("a plan for rearming Europe and supporting Ukraine"): what is proposed or attempted is
 *   not done.
 * - `parse:attempt`: the verb is the open complement of a verb of trying ("tried to establish a dialogue", "sought
 *   in vain to ...", "attempted to seize") or of "be supposed to" ("were supposed to sign a deal"): an attempt or an
 *   expectation, not an asserted completed act.
 */
const COND_MARKS = new Set(['if', 'unless', 'whether', 'case']);
const DISPUTE = new Set(['deny', 'allege', 'accuse', 'claim', 'dismiss', 'reject', 'refute', 'dispute', 'suspect', 'charge', 'blame']);
const DISPUTE_NOUNS = new Set(['allegation', 'allegations', 'accusation', 'accusations', 'claim', 'claims', 'charge', 'charges', 'suspicion', 'suspicions', 'rumour', 'rumours', 'rumor', 'rumors', 'report', 'reports']);
const MODALS = new Set(['could', 'may', 'might']);
const FUTURE_AUX = new Set(['will', 'shall', "'ll", 'wo']);
const PROPOSAL_NOUNS = new Set(['proposal', 'plan', 'call', 'demand', 'request', 'appeal', 'bid', 'effort', 'attempt', 'push', 'offer', 'initiative',
  'resolution', 'draft', 'motion', 'move', 'idea', 'suggestion', 'threat', 'pledge', 'promise', 'commitment', 'readiness', 'willingness', 'intention',
  'plot', 'scheme', 'campaign', 'drive', 'pressure', 'urging', 'way', 'means', 'goal', 'aim', 'objective']);
/** Verbs whose open complement is only attempted ("tried to establish", "attempted to seize", "were supposed to sign"). */
const ATTEMPT = new Set(['try', 'attempt', 'endeavor', 'endeavour', 'strive', 'suppose']);
/** Markers of a gerund that names what a proposal is for ("a plan for rearming", "efforts towards building"). */
const PURPOSE_MARKS = new Set(['for', 'to', 'toward', 'towards', 'at']);
const PURPOSE = new Set(['aim', 'design', 'intend', 'mean', 'target', 'geare', 'gear', 'direct']);
/** A participle read as passive or adjectival ("is aimed at", "designed to"). */
function passiveLike(syn: Syntax, g: number): boolean {
  return syn.childrenWith(g, 'aux:pass', 'cop').length > 0 || syn.urel(g) === 'acl' || syn.urel(g) === 'amod' || /ed$/i.test(syn.forms[g] ?? '');
}
const INTENTION = new Set(['plan', 'intend', 'expect', 'aim', 'due', 'set', 'schedule', 'hope', 'want', 'seek', 'prepare', 'poised']);

/** "is due to meet", "is set to sign", "is scheduled to visit": an act announced for later (the parse often reads "due to" as a preposition). */
const FUTURE_FRAMES = new Set(['due', 'set', 'scheduled', 'slated', 'poised', 'expected', 'planning', 'preparing', 'going', 'about', 'intending', 'aiming', 'seeking', 'hoping']);
/** "is likely to attack", "could be about to": a forecast, not an act. */
const LIKELY_FRAMES = new Set(['likely', 'unlikely', 'certain', 'bound', 'able', 'unable', 'supposed']);
const BE_WORDS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);
/** Modifiers of an event word that place it later ("the expected visit", "a planned meeting", "the upcoming talks"). */
const FUTURE_MODS = new Set(['expected', 'planned', 'scheduled', 'upcoming', 'forthcoming', 'intended', 'prospective', 'anticipated', 'impending', 'coming', 'future', 'imminent']);
/** Modifiers that make it a possibility or a claim ("a proposed ban", "a possible attack", "the alleged plot"). */
const HYPO_MODS = new Set(['proposed', 'possible', 'potential', 'would-be', 'alleged', 'suspected', 'rumored', 'rumoured', 'purported', 'hypothetical', 'feared',
  'threatened', 'mooted', 'contemplated', 'envisaged', 'envisioned', 'putative', 'supposed']);
/** Nouns of speculation whose complement is what may happen ("the risk of an attack", "fears of a war", "the prospect of talks"). */
const SPECULATION_NOUNS = new Set(['risk', 'risks', 'fear', 'fears', 'possibility', 'possibilities', 'prospect', 'prospects', 'danger', 'dangers', 'chance', 'chances',
  'likelihood', 'specter', 'spectre', 'scenario', 'scenarios', 'threat', 'threats', 'worry', 'worries', 'concern', 'concerns', 'hope', 'hopes', 'odds', 'idea', 'question']);
/** Verbs whose complement clause is what someone fears or guesses, not an act ("fears that China will invade"). */
const SPECULATION_VERBS = new Set(['fear', 'worry', 'predict', 'speculate', 'suspect', 'wonder', 'imagine', 'guess', 'bet', 'doubt', 'forecast', 'anticipate', 'envisage', 'envision']);
/** Verbs of saying: "would" in what they report is a reported future ("said it would send troops"). */
const SAYING = new Set(['say', 'tell', 'announce', 'add', 'state', 'declare', 'confirm', 'report', 'write', 'insist', 'pledge', 'promise', 'vow', 'indicate', 'signal', 'note', 'explain', 'reiterate']);

/**
 * Adjectives that evaluate an act rather than report it ("it will be very difficult for the West to pull Russia
 * away", "it is necessary for India to help them", "it is important to engage"): their infinitive is what would be
 * hard, needed or wise, not what was done.
 */
const EVALUATIVE = new Set(['difficult', 'hard', 'impossible', 'easy', 'easier', 'harder', 'necessary', 'unnecessary', 'important', 'vital', 'crucial', 'essential',
  'critical', 'imperative', 'urgent', 'possible', 'tough', 'wise', 'unwise', 'better', 'best', 'wrong', 'right', 'time', 'premature', 'key', 'useful', 'helpful',
  'dangerous', 'risky', 'costly', 'unrealistic', 'realistic', 'feasible', 'unfeasible', 'reasonable', 'unreasonable', 'appropriate', 'inappropriate']);
const CAN = new Set(['can', 'ca']);
/** Verbs of asking: their infinitive complement is what they ask for ("urged Iran to release", "called on X to V"). */
const REQUEST = new Set(['urge', 'call', 'ask', 'press', 'appeal', 'demand', 'request', 'invite', 'encourage', 'implore', 'exhort', 'plead', 'beg', 'advise',
  'tell', 'petition', 'lobby']);

export interface ParseModality { modality: Modality; rule: string; code?: string }

/** Violent acts (roots 18-20): an attempt at one that was made and failed is an event (CAMEO 185, attempted assassination). */
const VIOLENCE = /^(18|19|20)/;
/** Verbs of killing: an attempt to kill a person is CAMEO's 185, "attempt to assassinate". */
const KILLING = new Set(['kill', 'assassinate', 'murder', 'shoot', 'slay', 'execute', 'behead']);

/**
 * The frame before an infinitive ("is due to", "are set to", "is likely to"), read from the words: "to" right before
 * the verb (an adverb between allowed), the frame word, and a form of "be" before it.
 */
function frameBefore(forms: readonly string[], h: number): string | null {
  let k = h - 1;
  if ((forms[k] ?? '').toLowerCase() !== 'to') return null;
  k--;
  const w = (forms[k] ?? '').toLowerCase();
  let b = k - 1;
  while (b >= 0 && /ly$/i.test(forms[b]!) && !LIKELY_FRAMES.has(forms[b]!.toLowerCase())) b--;
  if (!BE_WORDS.has((forms[b] ?? '').toLowerCase())) return null;
  return w;
}

/** The modality the parse gives the verb whose head word is `h`, or null (the shallow reading stands). */
export function parseModality(syn: Syntax, lemmas: readonly string[], h: number, code?: string | null): ParseModality | null {
  const pm = scopeModality(syn, lemmas, h, code ?? null);
  if (pm !== ATTEMPTED) return pm;
  return KILLING.has((lemmas[h] ?? '').toLowerCase()) ? { modality: 'asserted', rule: 'parse:attempted-violence', code: '185' } : { modality: 'asserted', rule: 'parse:attempted-violence' };
}
const ATTEMPTED: ParseModality = { modality: 'asserted', rule: 'parse:attempted-violence' };
/** Auxiliaries of a verb of trying that leave the attempt made ("tried", "had tried", "was trying"); any other (will, would, could) does not. */
const DONE_AUX = /^(had|has|have|'ve|'d|did|was|were|is|are|been|be|being)$/;

function scopeModality(syn: Syntax, lemmas: readonly string[], h: number, code: string | null): ParseModality | null {
  // "tried to kill the journalist", "attempted to storm the embassy": an attempt at a violent act was an act (CAMEO
  // codes attempted assassinations, 185, and attempted attacks as the attack); the attempt's own scope (denied,
  // alleged, conditional) is read above it as for any other verb
  let attempted = false;
  const lem = (i: number): string => (lemmas[i] ?? syn.forms[i] ?? '').toLowerCase();
  const form = (i: number): string => (syn.forms[i] ?? '').toLowerCase();
  // "the expected visit", "a planned meeting", "a proposed ban": the event word's own modifier, or a participle
  // modifying the noun that names the event ("expected" in "X's expected visit to Y")
  const mods = syn.childrenWith(h, 'amod').map(form);
  // (a participle right after a determiner or a possessive: "The United States proposed sanctions" read as a
  // modifier is a verb the parse misread)
  if (syn.urel(h) === 'amod' && h > 0 && (syn.urel(h - 1) === 'det' || /^('s|\u2019s|its|his|her|their|our|the|a|an)$/.test(form(h - 1)))) mods.push(form(h));
  if (mods.some((m) => HYPO_MODS.has(m))) return { modality: 'hypothetical', rule: 'parse:possible' };
  if (mods.some((m) => FUTURE_MODS.has(m))) return { modality: 'future', rule: 'parse:planned' };
  // "No country has recognized the Taliban", "no one is going to assist": a subject determined by "no" (or
  // "nobody", "none", "no one") negates its clause, also for an open complement of that clause
  for (let y = h, guard = 0; y >= 0 && guard < 6; guard++) {
    if (syn.childrenWith(y, 'nsubj', 'nsubj:pass').some((c) => /^(nobody|none|noone)$/.test(form(c)) || (form(c) === 'one' && form(c - 1) === 'no')
      || syn.childrenWith(c, 'det').some((d) => form(d) === 'no'))) return { modality: 'negated', rule: 'parse:no-subject' };
    if (syn.rel(y) !== 'xcomp' && syn.rel(y) !== 'conj' && syn.urel(y) !== 'advcl') break;
    y = syn.head[y]!;
  }
  // the governor the verb's clause is a complement of: up through coordination and open complements
  let x = h;
  for (let guard = 0; guard < 40 && x >= 0; guard++) {
    const r = syn.rel(x), g = syn.head[x]!;
    if (g < 0) break;
    if (r === 'xcomp' && lem(g) === 'fail') return { modality: 'negated', rule: 'parse:failed-to' };
    // "tried to establish a dialogue", "were supposed to sign": attempted or expected, not done
    if (r === 'xcomp' && (ATTEMPT.has(lem(g)) || form(g) === 'supposed')) {
      if (x !== h || form(g) === 'supposed' || !VIOLENCE.test(code ?? '') || syn.negated(g) || syn.rel(g) === 'xcomp'
        || syn.childrenWith(g, 'aux').some((a) => !DONE_AUX.test(form(a)))) return { modality: 'hypothetical', rule: 'parse:attempt' };
      attempted = true;
      x = g;
      continue;
    }
    // "proposed a plan for rearming Europe": the gerund a proposal is for
    if ((syn.urel(x) === 'acl' || syn.urel(x) === 'nmod') && /ing$/.test(form(x)) && PROPOSAL_NOUNS.has(lem(g))
      && syn.childrenWith(x, 'mark', 'case').some((m) => PURPOSE_MARKS.has(form(m)))) return { modality: 'hypothetical', rule: 'parse:proposal' };
    // "called on nations to establish", "urged Iran to release": what is asked for is not done
    if ((r === 'xcomp' || syn.urel(x) === 'advcl') && REQUEST.has(lem(g)) && syn.childrenWith(x, 'mark').some((m) => form(m) === 'to')) return { modality: 'hypothetical', rule: 'parse:requested' };
    // "it is difficult for X to reach a deal", "it is necessary to help": an evaluated act
    if ((r === 'csubj' || r === 'xcomp' || r === 'ccomp' || syn.urel(x) === 'advcl') && EVALUATIVE.has(form(g)) && syn.childrenWith(x, 'mark').some((m) => form(m) === 'to')) return { modality: 'hypothetical', rule: 'parse:evaluative' };
    // "the risk of an attack", "fears that China could invade", "the prospect of talks": what may happen
    if ((syn.urel(x) === 'nmod' || syn.urel(x) === 'acl') && SPECULATION_NOUNS.has(form(g))) return { modality: 'hypothetical', rule: 'parse:speculation' };
    if ((r === 'ccomp' || syn.urel(x) === 'obl') && SPECULATION_VERBS.has(lem(g))) return { modality: 'hypothetical', rule: 'parse:speculation' };
    if (syn.urel(x) === 'advcl' && syn.childrenWith(x, 'mark').some((m) => COND_MARKS.has(syn.forms[m]!.toLowerCase()))) return { modality: 'hypothetical', rule: 'parse:conditional' };
    if ((r === 'ccomp' || r === 'xcomp' || syn.urel(x) === 'advcl') && DISPUTE.has(lem(g))) return { modality: 'hypothetical', rule: 'parse:disputed' };
    if (syn.urel(x) === 'acl' && DISPUTE_NOUNS.has(syn.forms[g]!.toLowerCase())) return { modality: 'hypothetical', rule: 'parse:disputed' };
    // "accused X of planning": the gerund is an oblique of the accusing verb
    if (syn.urel(x) === 'advcl' || syn.urel(x) === 'obl') { if (DISPUTE.has(lem(g))) return { modality: 'hypothetical', rule: 'parse:disputed' }; }
    if (r === 'conj' || r === 'xcomp' || r === 'ccomp' || syn.urel(x) === 'advcl') { x = g; continue; }
    break;
  }
  if (syn.childrenWith(h, 'aux').some((a) => MODALS.has(syn.forms[a]!.toLowerCase()))) return { modality: 'hypothetical', rule: 'parse:modal' };
  // ("can continue to support", "could decide to send": the modal of the verb whose open complement it is scopes it too)
  for (let y = h, guard = 0; y >= 0 && guard < 4; guard++) {
    if (syn.childrenWith(y, 'aux').some((a) => CAN.has(form(a)) || (y !== h && MODALS.has(form(a))))) return { modality: 'hypothetical', rule: y === h ? 'parse:can' : 'parse:modal-governor' };
    if (syn.rel(y) !== 'xcomp') break;
    y = syn.head[y]!;
  }
  // "would": a reported future in what a verb of saying reports ("said it would send troops"), else a supposition
  // ("the move would hurt ties", "Russia would retaliate")
  if (syn.childrenWith(h, 'aux').some((a) => form(a) === 'would' || form(a) === "'d")) {
    let y = h;
    while (y >= 0 && syn.rel(y) === 'conj') y = syn.head[y]!;
    const g = y >= 0 ? syn.head[y]! : -1;
    if (!(g >= 0 && (syn.rel(y) === 'ccomp' || syn.rel(y) === 'parataxis') && SAYING.has(lem(g)))) return { modality: 'hypothetical', rule: 'parse:would' };
  }
  const frame = frameBefore(syn.forms, h);
  if (frame && LIKELY_FRAMES.has(frame)) return { modality: 'hypothetical', rule: 'parse:likely' };
  if (frame && FUTURE_FRAMES.has(frame)) return { modality: 'future', rule: 'parse:due-to' };
  for (const a of syn.childrenWith(h, 'advmod')) {
    if (syn.forms[a]!.toLowerCase() === 'longer' && (syn.forms[a - 1] ?? '').toLowerCase() === 'no') return { modality: 'negated', rule: 'parse:no-longer' };
  }
  // the infinitive complement of a proposal noun, or of a verb that is one ("for X to do": mark "to"), also through
  // an open complement ("a way to get France to leave")
  for (let y = h, guard = 0; y >= 0 && guard < 6; guard++) {
    if (syn.urel(y) === 'acl' && syn.head[y]! >= 0 && PROPOSAL_NOUNS.has(lem(syn.head[y]!)) && syn.childrenWith(y, 'mark').some((m) => syn.forms[m]!.toLowerCase() === 'to')) {
      return { modality: 'hypothetical', rule: 'parse:proposal' };
    }
    if (syn.rel(y) !== 'xcomp' && syn.rel(y) !== 'conj') break;
    y = syn.head[y]!;
  }
  const root = syn.root();
  const last = syn.forms[syn.n - 1] ?? '';
  if (last === '?' || (last === '"' || last === '\u201d') && syn.forms[syn.n - 2] === '?') {
    let y = h;
    while (y >= 0 && (syn.rel(y) === 'conj' || syn.rel(y) === 'xcomp')) y = syn.head[y]!;
    if (y === root) return { modality: 'hypothetical', rule: 'parse:question' };
  }
  if (syn.rel(h) === 'xcomp' && syn.head[h]! >= 0 && INTENTION.has(lem(syn.head[h]!))) return { modality: 'future', rule: 'parse:intention' };
  // "is aimed at boosting", "designed to deter", "intended to ease": what an act is for has not happened
  if ((syn.urel(h) === 'advcl' || syn.urel(h) === 'obl' || syn.rel(h) === 'xcomp') && syn.head[h]! >= 0 && PURPOSE.has(lem(syn.head[h]!)) && passiveLike(syn, syn.head[h]!)) {
    return { modality: 'future', rule: 'parse:purpose' };
  }
  if (syn.childrenWith(h, 'aux').some((a) => FUTURE_AUX.has(syn.forms[a]!.toLowerCase()))) return { modality: 'future', rule: 'parse:future' };
  return attempted ? ATTEMPTED : null;
}
