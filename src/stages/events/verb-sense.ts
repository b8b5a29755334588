import type { Syntax } from '../../resources/parser.js';
import type { Participant } from './participants.js';

/**
 * Verb senses that are no event (issue 14, round 6), read from the dependency parse. A dictionary verb form is coded
 * by its most frequent political sense; each rule below is a construction of English in which the same word has
 * another sense, so the verb codes nothing (bundled dictionaries only; measured on plv-train, TRAINING, with
 * `dyad eval --rules --audit plv-train`, figures in src/stages/events/README.md):
 *
 * - `parse:verb-in-name`: the word is inside the name of an actor ("the U.N. Multidimensional Integrated
 *   Stabilization Mission", "the Revolutionary Guard"): a word of a name is no verb.
 * - `parse:small-clause`: "called him a traitor", "considers France an enemy", "calling them a punishment": a verb
 *   of naming or judging (call, consider, name, deem, label, brand, declare, find, ...) with an object and a
 *   predicate noun or adjective of that object names or judges it. That is a statement about the
 *   object, never an appeal, a consultation, an intent or a material act (roots 02-09); an accusation or a rejection
 *   (11, 12) and a verdict (17) stay.
 * - `parse:going-to`: "are going to revoke": "be going to" is a future auxiliary, not a movement (its complement is
 *   coded with the future modality).
 * - `parse:mental-intent`: a verb of wanting, seeking, deciding, expecting, preparing or aiming coded by itself as an
 *   intent (03x: "India seeks to counter China", "Germany expected a number of EU states", "decided to lift
 *   sanctions"): the wish or plan is a state of mind, and what it is about is coded from its own verb (as an intent
 *   where the clause says so). Commissive verbs (offer, pledge, promise, vow, agree) are statements of intent and stay.
 * - `parse:it-comes`: "when it comes to opposition figures": an idiom, no arrival.
 * - `parse:suggest-claim`: "suggested that members of the government had given the orders": "suggest" over a clause
 *   that states a fact (perfect, progressive or past tense) is a claim, not a proposal or an appeal (02x).
 * - `parse:leave-join`: "she left Iran", "troops left Iraq", "joined parliament", "to join Asian peers": leaving a
 *   place or joining a body or a group, coded by the bare verb as a consultation (04x), is none: CAMEO's 04 needs two
 *   parties meeting (a withdrawal is coded from its own words, 087x).
 * - `parse:decline-decrease`: "the population continues to decline": "decline" without an object or a complement
 *   is a decrease, not a refusal.
 * - `parse:engage-without-object`: "engaged with the Taliban", "engaged in secessionist activity", "a less engaged
 *   United States": "engage" without an object is talking or taking part, not fighting (19x).
 * - `parse:serve-as`: "served as NATO secretary", "served on the board of": holding a post, not aid or service to
 *   an actor.
 */
const SMALL_CLAUSE_ROOTS = /^0[2-9]/;
/** The verbs of English that take an object and a predicate of it ("call X Y", "consider X Y", "find X guilty"). */
const SMALL_CLAUSE_VERBS = new Set(['call', 'consider', 'name', 'deem', 'label', 'brand', 'declare', 'dub', 'term', 'find', 'think', 'believe', 'judge',
  'proclaim', 'pronounce', 'style', 'christen', 'designate', 'rate', 'count', 'reckon']);
const MENTAL_INTENT = new Set(['seek', 'want', 'wish', 'desire', 'expect', 'prepare', 'aim', 'decide', 'determine', 'mean', 'plan', 'intend',
  'target', 'try', 'attempt', 'strive', 'look', 'predict', 'anticipate', 'need', 'hope']);

/**
 * Verbs whose dictionary reading needs the object its patterns name ("take control/hostages/part", "lead a
 * delegation", "face charges", "combine forces", "head a mission", "consider a proposal"): coded by themselves they are
 * light or relational verbs ("took up a role", "had taken on a cargo", "heading toward the strait", "led by the
 * inspector general", "combined with", "is facing an assertive China", "considers AI a tool"), no act between two
 * parties. plv-train (TRAINING): take 3 firings 0 right, lead 2, 0; the others 0 firings.
 */
const LIGHT = new Set(['take', 'lead', 'head', 'combine', 'face', 'consider']);

/**
 * `parse:participle-modifier`: a participle before the noun it modifies ("jailed publisher", "the captured
 * soldiers", "Iran-backed militias", "the disputed islands") describes a state of the noun, not an act of the story:
 * it has no subject, and the noun is what was done to. Not where a noun, a pronoun or an auxiliary comes right before
 * it: "The United States proposed sanctions", "has held talks" read with the verb modifying its object is a misparse.
 */
function prenominalParticiple(syn: Syntax, upos: readonly string[], lemmas: readonly string[], h: number): boolean {
  // ("the expected visit", "a planned meeting", "the alleged plot": a participle of plan or claim places the event the
  // noun names, and parse-modality.ts scopes it)
  if (SCOPING_PARTICIPLES.test(syn.forms[h]!)) return false;
  // (a past participle right after a finite lexical verb and before a noun opens that verb's object, however the parse
  // attached it: "her clients include jailed dissidents", "freed detained activists"; verbs that take a participle as
  // their predicate, "got arrested", "remained detained", excepted)
  // (a lower-case verb: the tagger reads some names as verbs, "Trump attacked Biden")
  if (h > 0 && upos[h - 1] === 'VERB' && /^[a-z]/.test(syn.forms[h - 1]!) && !LINKING.has(lemmas[h - 1] ?? '') && /(ed|en)$/i.test(syn.forms[h]!) && /^(NOUN|PROPN|ADJ)$/.test(upos[h + 1] ?? '')) return true;
  if (syn.urel(h) !== 'amod' || syn.head[h]! <= h) return false;
  const prev = h - 1;
  if (prev >= 0 && (syn.forms[prev] === '-' || syn.forms[prev] === '\u2010')) return true;
  // (nor after a capitalised word inside the sentence: a name the tagger read as a verb, "Trump alleged Biden's plan")
  return !(prev >= 0 && (upos[prev] === 'NOUN' || upos[prev] === 'PROPN' || upos[prev] === 'PRON' || upos[prev] === 'AUX' || (/^[A-Z]/.test(syn.forms[prev]!) && (prev > 0 || upos[prev] === 'VERB'))));
}

const SCOPING_PARTICIPLES = /^(expected|planned|scheduled|proposed|intended|anticipated|promised|pledged|announced|threatened|alleged|suspected|rumou?red|reported|purported|feared|mooted|envisaged|contemplated)$/i;

/** Verbs that take a participle as their predicate ("got arrested", "remained detained", "went missing"). */
const LINKING = new Set(['get', 'become', 'remain', 'stay', 'seem', 'appear', 'look', 'feel', 'go', 'come', 'keep', 'be', 'have', 'sound', 'prove', 'turn', 'grow', 'lie', 'stand', 'sit']);

/** The rule by which the verb whose head word is `h` is no event in this sentence, or null. */
export function verbSenseGate(syn: Syntax, upos: readonly string[], lemmas: readonly string[], parts: readonly Participant[], h: number, code: string | null, bare: boolean, oneWord = true): string | null {
  const lemma = lemmas[h] ?? '';
  if (parts.some((p) => p.te - p.ts > 1 && h >= p.ts && h < p.te)) return 'parse:verb-in-name';
  // "engaged with the Taliban", "engaged in secessionist activity", "a less engaged United States": without an object
  // "engage" is talking or taking part, not fighting
  if (lemma === 'engage' && /^1[89]/.test(code ?? '') && !syn.childrenWith(h, 'obj').length) return 'parse:engage-without-object';
  // (not negated: "does not want to meet Kim" is a refusal, intent-refusal.ts)
  if (bare && /^03/.test(code ?? '') && MENTAL_INTENT.has(lemma) && !syn.negated(h)) return 'parse:mental-intent';
  if (prenominalParticiple(syn, upos, lemmas, h)) return 'parse:participle-modifier';
  // (a phrasal verb of the dictionary, "take over", "take part", is a sense of its own)
  if (bare && oneWord && LIGHT.has(lemma) && !/^(1[89]|20)/.test(code ?? '')) return 'parse:light-verb';
  if (upos[h] !== 'VERB') return null;
  // (the parse reads "consider" in "consider France a key partner" as the copula of "partner")
  if (SMALL_CLAUSE_ROOTS.test(code ?? '') && SMALL_CLAUSE_VERBS.has(lemma) && (smallClause(syn, upos, h) || syn.urel(h) === 'cop')) return 'parse:small-clause';
  if (lemma === 'come' && syn.childrenWith(h, 'nsubj').some((c) => syn.forms[c]!.toLowerCase() === 'it')) return 'parse:it-comes';
  if (lemma === 'suggest' && /^02/.test(code ?? '') && (syn.childrenWith(h, 'ccomp').some((c) => reportedFact(syn, c)) || perfectAfter(syn.forms, h))) return 'parse:suggest-claim';
  if (lemma === 'go' && syn.childrenWith(h, 'xcomp').some((c) => upos[c] === 'VERB' && syn.childrenWith(c, 'mark').some((m) => syn.forms[m]!.toLowerCase() === 'to'))) return 'parse:going-to';
  if (bare && /^04/.test(code ?? '') && (lemma === 'leave' || lemma === 'join')) return 'parse:leave-join';
  if (lemma === 'decline' && !syn.childrenWith(h, 'obj', 'xcomp', 'ccomp').length) return 'parse:decline-decrease';
  if (lemma === 'serve' && syn.obliques(h).some((o) => o.caseForm === 'as' || o.caseForm === 'on')) return 'parse:serve-as';
  return null;
}

/**
 * "V X Y": an object followed at once by a predicate of its own: an xcomp that is a common noun or an adjective
 * ("called him a traitor", "deemed it illegal"), or an indefinite noun the parse reads as the object's apposition with
 * no punctuation between ("considers France an enemy"). A comma makes it an apposition ("freed X, a critic of Y").
 */
function smallClause(syn: Syntax, upos: readonly string[], h: number): boolean {
  const adjacent = (o: number, c: number): boolean => {
    const inner = new Set(syn.subtree(c));
    let end = o;
    for (const x of syn.subtree(o)) if (!inner.has(x) && x > end) end = x;
    const [s] = syn.phrase(c);
    return s === end + 1 && upos[s] !== 'PUNCT';
  };
  const predicate = (c: number): boolean => upos[c] === 'ADJ' || (upos[c] === 'NOUN' && syn.childrenWith(c, 'det').some((d) => /^(a|an)$/i.test(syn.forms[d]!)));
  for (const o of syn.childrenWith(h, 'obj')) {
    // (a second object: "considers Peru an enemy" read as two objects)
    if (syn.childrenWith(h, 'xcomp', 'obj').some((c) => c > o && predicate(c) && adjacent(o, c))) return true;
    if (syn.childrenWith(o, 'appos').some((a) => a > o && predicate(a) && adjacent(o, a))) return true;
  }
  return false;
}

/**
 * A clause that states what happened rather than what should happen: a perfect or progressive auxiliary ("had given",
 * "must have given", "were involved"), or a past-tense verb with no auxiliary ("suggested that Iran supplied ...").
 */
function reportedFact(syn: Syntax, c: number): boolean {
  const aux = syn.childrenWith(c, 'aux', 'aux:pass').map((a) => syn.forms[a]!.toLowerCase());
  if (aux.some((a) => /^(should|shall|would|could|might|may|to|will|'d)$/.test(a))) return false;
  if (aux.some((a) => /^(had|has|have|'ve|was|were|is|are|been)$/.test(a))) return true;
  return aux.length === 0 && /ed$/i.test(syn.forms[c]!);
}

/**
 * The words after the verb, up to the clause's punctuation, hold a perfect auxiliary before any modal of obligation
 * ("suggested high-level members of the government must have given the orders", however the parse attached it).
 */
function perfectAfter(forms: readonly string[], h: number): boolean {
  for (let k = h + 1; k < forms.length && k < h + 16; k++) {
    const w = forms[k]!.toLowerCase();
    if (/^[,;:.!?()]$/.test(w) || /^(should|shall|to|would|could)$/.test(w)) return false;
    if (/^(had|has|have|'ve)$/.test(w)) return true;
  }
  return false;
}
