import type { Syntax } from '../../resources/parser.js';
import type { Group } from './actor-groups.js';
import type { EventParties } from './source-target.js';

/**
 * Source and target read from the dependency parse (issue 14). The shallow coder proposes a source and a target group
 * by position; the parse of the verb says which words are its subject, its passive agent and the arguments of its own
 * phrase. Each rule here is a construction of English:
 *
 * - `parse:passive-agent`: a passive verb acts from its agent on its passive subject ("officers were killed by
 *   gunmen": gunmen -> officers); a pair read the other way is turned round.
 * - `parse:passive-no-agent`: a passive verb without an agent names no source: its passive subject is what was acted
 *   on ("Alinejad was almost gunned down", "the Berishas are barred from travel to the United States"), so an event
 *   whose source is the passive subject is dropped.
 * - `parse:not-subject`: the source of an active verb that has a subject in the parse is inside that subject's phrase
 *   (the actor named by it, its possessor or its nominal modifier: "the leader of the Taliban"); an actor elsewhere
 *   (a place, a topic, an oblique) is not the source.
 * - `parse:outside-phrase`: the target is inside the verb's own phrase (its objects, obliques and their modifiers),
 *   not inside its subject, a clause it reports ("X said Y attacked Z": Y is no target of "said") or another clause.
 *
 * A verb the parse does not read as a verb (no subject, no object: a noun or an adjective in the parse) keeps the
 * shallow reading.
 */
export type RoleVerdict = { kind: 'keep' } | { kind: 'swap'; rule: string } | { kind: 'drop'; rule: string };

/** Relations of a verb's dependents that are other clauses: their words are not arguments of the verb itself. */
const CLAUSAL = new Set(['ccomp', 'csubj', 'advcl', 'parataxis', 'conj', 'acl', 'acl:relcl', 'list', 'dep', 'discourse', 'vocative', 'reparandum']);
const SUBJ = new Set(['nsubj', 'nsubj:pass', 'csubj', 'csubj:pass', 'nsubj:outer', 'expl']);

function overlaps(g: Group, words: ReadonlySet<number>): boolean {
  for (let t = g.ts; t < g.te; t++) if (words.has(t)) return true;
  return false;
}

function subtreeOf(syn: Syntax, ws: readonly number[]): Set<number> {
  const out = new Set<number>();
  for (const w of ws) for (const x of syn.subtree(w)) out.add(x);
  return out;
}

/**
 * The words of the verb's own phrase: its subtree without its subjects and without the clauses it governs (ccomp,
 * advcl, parataxis, coordinated verbs, ...); an open complement (xcomp: "urged X to help Y") stays in, as the words
 * of a preposition's object do. The verb of a relative clause also reaches its antecedent.
 */
export function ownPhrase(syn: Syntax, h: number): Set<number> {
  const out = new Set<number>();
  const walk = (x: number): void => {
    out.add(x);
    for (const c of syn.children(x)) {
      const r = syn.rel(c);
      if (x === h && (SUBJ.has(r) || (CLAUSAL.has(r) && !subjectParticiple(syn, c)))) continue;
      if (x !== h && (r === 'ccomp' || r === 'parataxis' || r === 'advcl')) continue;
      walk(c);
    }
  };
  walk(h);
  return out;
}

/**
 * A participle with a subject and no auxiliary hung on the verb as a clause ("provide aid to refugees fleeing the war"
 * read with "aid" as the subject of "fleeing") is the parse's misreading of the verb's object and its modifier: its
 * words belong to the verb's own phrase.
 */
export function subjectParticiple(syn: Syntax, c: number): boolean {
  return /ing$/i.test(syn.forms[c]!) && !syn.childrenWith(c, 'aux', 'aux:pass', 'cop', 'mark').length && syn.children(c).some((x) => SUBJ.has(syn.rel(x)));
}

/**
 * The parse hangs a clause (parataxis, dep) on the verb before its subject with no punctuation between them: in news
 * text that is a misread subject ("Brazilian aircraft using guided missiles killed ...": "missiles" read as the
 * subject, "aircraft" as a parataxis), so the subject's verdict is not taken.
 */
function misreadSubject(syn: Syntax, upos: readonly string[], h: number, subjects: readonly number[]): boolean {
  const first = Math.min(...subjects);
  return syn.childrenWith(h, 'parataxis', 'dep').some((c) => {
    if (c > first) return false;
    for (let k = c + 1; k < first; k++) if (upos[k] === 'PUNCT') return false;
    return true;
  });
}

/**
 * `parse:not-a-verb`: a dictionary verb the parse reads as a noun ("the VOA host", "a research foundation", "the
 * embassy rules") is no verb and codes no event (plv-train: 17 firings, 3 right; events written as nouns are coded by
 * nominal-events.ts). A multi-word verb ("put pressure") is a verb when any of its words is.
 */
export function notAVerb(syn: Syntax, upos: readonly string[], start: number, end: number): boolean {
  let noun = false;
  for (let i = start; i < end; i++) {
    const u = upos[i];
    if (u === 'VERB' || u === 'AUX' || u === 'ADJ') return false;
    // a plural noun seldom modifies or determines the noun after it: an "-s" word read as a compound or determiner
    // of a following noun is a third-person verb the tagger took for a plural ("the chief pledges support")
    if (/[^s']s$/i.test(syn.forms[i]!) && syn.head[i]! > i && (syn.urel(i) === 'compound' || syn.urel(i) === 'det')) return false;
    if (u === 'NOUN' || u === 'PROPN') noun = true;
  }
  return noun;
}

/**
 * `parse:clause-complement`: a verb coded by itself (no pattern words) that governs a clause with its own subject
 * ("added that Berisha had used ...", "expects few will follow ...", "said the U.N. must ...") is a verb of saying or
 * thinking: what it can code is what a statement does (01, 02, 10-13); a material code from its other sense (ADD as
 * GRANT, EXPECT as an intent) is the wrong sense.
 */
export function clauseComplementSense(syn: Syntax, h: number, code: string | null, bare: boolean, upos?: readonly string[]): boolean {
  if (!bare || !code || /^(01|02|10|11|12|13)/.test(code)) return false;
  // (a clause whose subject the parse took for the verb's object, "expects Peru will sign", counts: it is finite)
  // (a clause after the verb's own object is a reduced relative clause of that object, "supplied equipment Armenia
  // has obtained", whatever the parse calls it: no complement of the verb)
  const objs = syn.childrenWith(h, 'obj');
  const complement = (c: number): boolean => !objs.some((o) => o > h && o < syn.phrase(c)[0]);
  if (syn.childrenWith(h, 'ccomp').some((c) => complement(c) && syn.children(c).some((x) => SUBJ.has(syn.rel(x)) || syn.urel(x) === 'aux' || syn.urel(x) === 'mark'))) return true;
  // "V NP MODAL VERB": a noun phrase after the verb followed by a modal and a verb is the subject of a clause the verb
  // governs ("expects Peru will sign", "believes Iran could build"), however the parse attached the clause
  return upos !== undefined && syn.childrenWith(h, 'obj').some((o) => {
    const m = syn.phrase(o)[1] + 1;
    return m < syn.n && upos[m] === 'AUX' && MODAL.has(syn.forms[m]!.toLowerCase()) && upos[m + 1] === 'VERB';
  });
}
const MODAL = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', "'ll"]);

/** Verbs of arriving, whose "in"/"at" names the destination: "arrived in Amman" is a visit to Jordan. */
const ARRIVAL = new Set(['arrive', 'land', 'return', 'come', 'touch']);
const LOCATIVE = new Set(['in', 'at', 'near', 'toward', 'towards', 'inside', 'outside', 'across', 'throughout', 'around', 'off']);

/**
 * `parse:location-target`: a target named only as where the act took place or headed ("gathered in Paris", "docked
 * at the port", "heading toward the Singapore Strait") is a place, not a party: an oblique of the verb with a
 * locative preposition. ("travelled to Canada", "withdrew from Lebanon" name the party the act is directed at; a
 * protest, an assault or a fight in a country is directed at it, PLV and CAMEO agree, so roots 14-20 keep it; so
 * does a pattern with words after the verb: "opened an embassy in Santiago".)
 */
export function locationTarget(syn: Syntax, h: number, tgt: Group | null, lemma: string): boolean {
  if (!tgt || ARRIVAL.has(lemma)) return false;
  for (let t = tgt.ts; t < tgt.te; t++) {
    if (syn.urel(t) !== 'obl' || syn.head[t] !== h) continue;
    const cases = syn.childrenWith(t, 'case');
    if (cases.length && cases.every((c) => LOCATIVE.has(syn.forms[c]!.toLowerCase()))) return true;
  }
  return false;
}

/** The verdict of the parse on the parties the shallow coder chose for the verb whose head word is `h`. */
export function checkRoles(syn: Syntax, upos: readonly string[], h: number, parties: EventParties, code: string | null, bare = false): RoleVerdict {
  const { src, tgt, compound } = parties;
  const u = upos[h];
  if (u !== 'VERB' && u !== 'AUX' && u !== 'ADJ') return { kind: 'keep' };
  const subjects = syn.subjects(h);
  if (passiveVoice(syn, h, upos)) {
    const agents = syn.childrenWith(h, 'obl:agent');
    if (!agents.length) for (const o of syn.obliques(h)) if (o.caseForm === 'by') agents.push(...syn.conjuncts(o.word));
    const patient = subtreeOf(syn, subjects.length ? subjects : syn.urel(h) === 'acl' && syn.head[h]! >= 0 ? [syn.head[h]!] : []);
    if (agents.length) {
      const agentWords = subtreeOf(syn, agents);
      if (tgt && overlaps(src, patient) && !overlaps(src, agentWords) && overlaps(tgt, agentWords)) return { kind: 'swap', rule: 'parse:passive-agent' };
      return { kind: 'keep' };
    }
    if (patient.size && overlaps(src, patient) && !compound) return { kind: 'drop', rule: 'parse:passive-no-agent' };
    return { kind: 'keep' };
  }
  if (compound || !tgt) return { kind: 'keep' };
  const own = ownPhrase(syn, h);
  // the verb's own subject only: one inherited through coordination or control is the parse's weakest reading
  const ownSubjects = syn.children(h).filter((c) => SUBJ.has(syn.rel(c)));
  // a relative pronoun the parse did not attach as a relative clause ("Bolivia, which attacked") stands for a noun
  // the parse does not name: no verdict
  const relPronoun = ownSubjects.some((c) => /^(which|who|that|whom|whose)$/i.test(syn.forms[c]!)) && syn.relativeAntecedent(h) < 0;
  if (ownSubjects.length && !relPronoun && !misreadSubject(syn, upos, h, ownSubjects)) {
    const subj = subtreeOf(syn, subjects);
    const ante = syn.relativeAntecedent(h);
    if (ante >= 0) for (const x of syn.subtree(ante)) if (!own.has(x)) subj.add(x);
    if (!overlaps(src, subj) && !overlaps(src, own)) return { kind: 'drop', rule: 'parse:not-subject' };
  }
  // (only where the parse reads the verb as the head of its clause, with its own subject holding the source: a verb
  // the parse hung under a noun, "Israel Friday reimposed blockades", has no arguments to judge by; a threat names
  // its target in its condition, "threatened to stop talks if the United States ...")
  const argumentCheck = bare && ownSubjects.length > 0 && !relPronoun && overlaps(src, subtreeOf(syn, ownSubjects)) && !/^13/.test(code ?? '');
  const verbal = /^(01|02|03|05|10|11|12|13)/.test(code ?? '');
  if (!overlaps(tgt, own)) {
    // positive evidence only: the target is the verb's own subject, or the subject of a clause it reports or governs
    if (subjects.length && overlaps(tgt, subtreeOf(syn, subjects)) && !overlaps(src, subtreeOf(syn, subjects))) return { kind: 'drop', rule: 'parse:target-is-subject' };
    // (also for statements, 01x: "X said Y ..." is speech, not a statement by X about Y; the reported act is coded
    // from its own verb)
    // An accusation or criticism (11x) over a clause is directed at the clause's subject: "Washington alleges the group
    // has not kept its word" accuses the group (CAMEO codes the accused as the target), so 11x is not dropped here.
    if (!/^11/.test(code ?? '')) for (const c of syn.childrenWith(h, 'ccomp', 'parataxis', 'advcl')) {
      const inner = syn.children(c).filter((x) => SUBJ.has(syn.rel(x)));
      // (a clause with two subjects, or a participle with a subject and no auxiliary, is a misparse of the verb's own
      // object: "killed three Albanians ..., a council said", "provide 25,000 tons of aid to refugees fleeing": no verdict)
      if (inner.length !== 1 || subjectParticiple(syn, c)) continue;
      if (overlaps(tgt, subtreeOf(syn, inner))) return { kind: 'drop', rule: 'parse:target-in-clause' };
    }
    // otherwise the target is no argument of the verb: an actor of another phrase ("discussing ways to ... once
    // Bolivia's exports fall")
    if (argumentCheck) {
      // a verbal act (a demand, threat, appeal, praise, accusation: 01, 02, 05, 10-13, or an intent, 03) names its
      // target in its complement ("threatened to break relations with Russia", "demanded that Y ..."); anything else
      // (an aid, a visit, an arrest, an attack) names it among its own arguments
      if (!verbal) return { kind: 'drop', rule: 'parse:target-not-argument' };
      const whole = new Set(syn.subtree(h));
      for (const x of subtreeOf(syn, subjects)) whole.delete(x);
      if (!overlaps(tgt, whole)) return { kind: 'drop', rule: 'parse:target-not-argument-verbal' };
    }
  }
  return { kind: 'keep' };
}

const PARTICIPLE_BARS = new Set(['aux', 'aux:pass', 'mark', 'cop', 'obj', 'iobj', 'xcomp', 'ccomp']);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", 'am', 'get', 'got', 'gets', 'getting', 'gotten']);

/**
 * A passive verb: a "be"/"get" auxiliary labelled aux:pass on it, or on the verb it is coordinated with when it has no
 * subject of its own ("were arrested and charged"), or a participle modifying a noun with a by-agent ("a hitman sent
 * by the defendants"). The relation alone is not enough: the parser labels some active subjects nsubj:pass.
 */
export function passiveVoice(syn: Syntax, h: number, upos?: readonly string[]): boolean {
  if (syn.childrenWith(h, 'aux:pass').some((a) => BE.has(syn.forms[a]!.toLowerCase()))) return true;
  if (syn.rel(h) === 'conj' && !syn.children(h).some((c) => SUBJ.has(syn.rel(c))) && syn.head[h]! >= 0) return passiveVoice(syn, syn.head[h]!, upos);
  if (syn.urel(h) === 'acl' && syn.childrenWith(h, 'obl:agent').length) return true;
  // a participle (not "-ing") after the noun it modifies, with no subject, auxiliary or "to" of its own ("the Syrian army,
  // allied with Russia,", "passengers held hostage", "a prison built to hold ..."): the noun is what the participle
  // says was done to it or what stands in that relation, never its doer (round 7)
  // (a participle with an object or a complement clause is a main verb the parse hung under its subject: "Armenian
  // police detained dozens", "units threatened to shell")
  // The parse also hangs a main verb under its subject this way ("The parliament threatened on Monday to ...",
  // "ministers agreed in principle to ..."), so only where the participle is set off by a comma ("the army, allied
  // with Russia,") or modifies an object or an oblique of another verb ("arrested a man suspected of ...").
  if (syn.urel(h) !== 'acl' || /ing$/i.test(syn.forms[h]!) || syn.children(h).some((c) => SUBJ.has(syn.rel(c)) || PARTICIPLE_BARS.has(syn.urel(c)))) return false;
  // (and not in a sentence the parse left without a main verb: "Doctors from two aid groups donated ..." read as a noun)
  const noun = syn.head[h]!;
  if (upos && /^(NOUN|PROPN|PRON|NUM)$/.test(upos[syn.root()] ?? '')) return false;
  return syn.forms[h - 1] === ',' || (noun >= 0 && NOUN_ARGUMENT.has(syn.urel(noun)));
}
const NOUN_ARGUMENT = new Set(['obj', 'iobj', 'obl', 'nmod']);


/**
 * `parse:location-target-pattern`: the venue check of `parse:location-target` for a verb whose pattern matched words
 * after it ("held talks in Jerusalem", "signed 15 agreements in the Chinese capital", "filed a lawsuit in the U.S.
 * District Court", "attended a cabinet meeting in Moscow"): the place where a statement, meeting or agreement happens
 * is no party to it. Not when the pattern itself binds the target (`(IN +)`), not for material conflict (roots
 * 14-20: an attack, a protest or a posture in a place is directed at it) and not for a ceasefire or an eased curfew
 * or state of emergency (087x, 0813, 0814: declared in a region, it is the region's).
 */
export function patternVenue(parties: EventParties, match: { target: number | null; pattern: { post: readonly unknown[] } } | null, code: string | null): boolean {
  return !parties.compound && !!match && match.pattern.post.length > 0 && match.target == null && /^(0\d|1[0-3])/.test(code ?? '') && !/^(087|081[34]|0356)/.test(code ?? '');
}

/** Relations by which a word names the same party as its head: coordination, apposition, a name's parts. */
const SAME_PARTY = new Set(['conj', 'appos', 'flat', 'compound', 'fixed']);
/** Relations of a verb's own arguments: its objects and obliques (a passive's subject is what it acts on). */
const CORE = new Set(['obj', 'iobj', 'obl', 'nsubj:pass', 'dislocated']);

/**
 * The roots whose bare verbs `parse:bare-target` checks: cooperation, aid, investigation, posture, reduced relations
 * and coercion (05-07, 09, 15-17), the senses of generic verbs (support, provide, give, supply, grant, reinforce,
 * impose, block, take). Not statements and intents (01-03, 10-13: their target is in the complement), consultation
 * (04: "called Y", "will meet Y", which the parse often hangs on a name's parts), yielding (08) nor violence (14,
 * 18-20), whose place is its target for CAMEO and PLV alike ("pounded eastern Ghouta"). plv-train (TRAINING): these
 * roots 29 firings, 4 right; the others 41 firings, 15 right (kept).
 */
export const BARE_TARGET_ROOTS = /^(05|06|07|09|15|16|17)/;

/**
 * `parse:bare-target`: a verb coded by itself (no pattern words) names what it acts on among its own arguments: the
 * target's phrase is the verb's object, indirect object or oblique (or their coordination or apposition), or its
 * possessor ("defended Iran's right" acts on Iran) — not an actor inside the object's modifiers ("supported
 * assistance to the Palestinians" is no support of the Palestinians), nor one of a complement clause ("help the
 * country care for refugees"). True when the target is no such argument.
 */
export function bareTargetNotArgument(syn: Syntax, h: number, src: Group, tgt: Group): boolean {
  // (only where the parse reads the verb as the head of its clause, its own subject holding the source: a verb the
  // parse hung under a noun, "Zambia extradited ...", has no arguments to judge by)
  const ownSubjects = syn.children(h).filter((c) => SUBJ.has(syn.rel(c)));
  if (!ownSubjects.length || !overlaps(src, subtreeOf(syn, ownSubjects))) return false;
  // a verb coordinated with it shares its objects: "donated and delivered goods to the school"
  const verbs = new Set([h, ...syn.childrenWith(h, 'conj').filter((c) => !syn.children(c).some((x) => SUBJ.has(syn.rel(x))))]);
  for (let t = tgt.ts; t < tgt.te; t++) {
    let x = t;
    for (let guard = 0; guard < 8 && x >= 0; guard++) {
      const g = syn.head[x]!;
      if (g < 0) break;
      const r = syn.rel(x), u = syn.urel(x);
      if (verbs.has(g) && (CORE.has(r) || u === 'obl' || u === 'obj')) return false;
      // the possessor of the verb's object acts for it ("defended Iran's policies")
      // (and so does a prepositional phrase the parse hung on the object rather than the verb: "donated medicine to
      // Iraqi schools", "confiscated weapons from militants")
      if ((r === 'nmod:poss' || (u === 'nmod' && syn.childrenWith(x, 'case').length > 0)) && verbs.has(syn.head[g]!) && (syn.urel(g) === 'obj' || syn.urel(g) === 'obl')) return false;
      if (!SAME_PARTY.has(u) && !(x >= tgt.ts && x < tgt.te && g >= tgt.ts && g < tgt.te)) break;
      x = g;
    }
  }
  return true;
}

/**
 * Acts that happen at a venue (roots 03-05: an agreement signed, talks held, a meeting attended, a pledge made): a
 * place named where their object happens is the venue ("held talks in Jerusalem", "signed 15 agreements in the
 * capital"). Not an embassy opened in a capital (054: relations with that country), not a ceasefire agreed in a
 * region (0356), and not what an act is about (a condemned attack "in Kabul", aid "in Yemen": PLV's training gold
 * reads that place as the target).
 */
export const VENUE_ROOTS = /^(03(?!56)|04|05(?!4))/;

/** The target is named only as where the verb's object is or happens ("held talks in Lima", "signed an agreement in Lima"). */
export function objectPlace(syn: Syntax, h: number, tgt: Group | null): boolean {
  if (!tgt) return false;
  for (let t = tgt.ts; t < tgt.te; t++) {
    const g = syn.head[t]!;
    if (syn.urel(t) !== 'nmod' || g < 0 || syn.head[g] !== h || (syn.urel(g) !== 'obj' && syn.urel(g) !== 'obl')) continue;
    const cases = syn.childrenWith(t, 'case');
    if (cases.length && cases.every((c) => LOCATIVE.has(syn.forms[c]!.toLowerCase()))) return true;
  }
  return false;
}
