import type { CodedEvent, Modality, Span, Token } from '../../core/types.js';
import type { Syntax } from '../../resources/parser.js';
import { codeInfo } from '../../resources/cameo/cameo-tables.js';
import type { SentenceEvents } from './assemble-events.js';
import { AID_CUT, AID_CUT_NOUNS, AID_NOUNS, LIGHT_ONLY, NOUN_EVENTS, PERFORMING_VERBS, PROMISING_VERBS, type NounEvent } from './event-nouns.js';
import type { DateMention } from './event-date.js';
import { recodeIntentOrRefusal } from './intent-refusal.js';
import { dateAt } from './modality.js';
import { parseModality } from './parse-modality.js';
import { quoteAt } from './quote-at.js';
import type { SentenceFrame, SentenceParse } from './sentence-frame.js';

/** An argument with its case marker, as the parse's `withCase` gives it. */
type Oblique = ReturnType<Syntax['withCase']>;

/**
 * Events written as nouns (issue 14), read from the dependency parse:
 *
 * - `dyad:noun<word:code>`: the noun's possessor (or its *by* argument) acts on its argument with one of the noun's
 *   prepositions: "the army's shelling of Kharkiv", "Russia's attack on Ukraine", "Modi's visit to Mauritius", "the
 *   arrest of the journalist by Iranian police". Both must be actors.
 * - `dyad:noun-object<verb+word:code>`: the noun is the object of a verb that performs it (`event-nouns.ts`): the
 *   verb's subject (a passive's agent) acts on the noun's argument, or on the verb's oblique with one of the noun's
 *   prepositions: "Israel launched cyber warfare against Iran", "X held talks with Y", "X filed a lawsuit against
 *   Y", "X imposed a blockade on Y". A noun that is the object of another verb ("condemned the attack", "rejected
 *   talks") is left to that verb's pattern, and a pair the verbs already coded is not coded again. "A new round of
 *   talks", "a series of attacks": the noun of a quantity word stands where the quantity word does.
 * - `dyad:noun-between<word:code>`, `dyad:noun-mutual<verb+word:code>`: a mutual act (meetings, talks, truces, joint
 *   exercises) "between X and Y", or performed by coordinated subjects of two countries with no partner named ("Jordan
 *   and the United States began joint military exercises"): the parties act on each other.
 *
 * The lexicon is `event-nouns.ts`; a noun with no actor on either side codes nothing ("sanctions against Iran" names
 * no sender). Modality: the noun's (or its verb's) clause as the parse scopes it; a negated performing verb is not
 * asserted, a promised one ("agreed to hold talks") is future, and a verb governed by any other verb ("refused to hold
 * talks", "threatened to launch an attack") codes nothing here.
 */
export { NOUN_EVENTS };

/** The nouns that can carry an event (a sentence holding one is read even without a verb of the dictionary). */
export const EVENT_NOUNS: ReadonlySet<string> = new Set(NOUN_EVENTS.keys());

/** An event noun written with a hyphen the tokenizer split ("cease - fire", "pull - out"): its entry key at the last part, else null. */
export function hyphenNoun(norms: readonly string[], i: number): string | null {
  if (norms[i - 1] !== '-' || i < 2) return null;
  const w = `${norms[i - 2]}-${norms[i]}`;
  return NOUN_EVENTS.has(w) ? w : null;
}

/**
 * A participle inside a noun phrase before its noun: after a determiner, adjective or number ("the limited trade
 * deal"), or inside a run of nouns ("a landmark data sharing agreement"); not after a lone noun, where it starts a
 * reduced relative clause ("a bus carrying government employees").
 */
export function participleModifier(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1], next = toks[i + 1];
  if (!/(ing|ed)$/.test(toks[i]!.norm) || !prev || !next || next.pos !== 'NOUN') return false;
  return ['DET', 'ADJ', 'NUM'].includes(prev.pos) || (prev.pos === 'NOUN' && ['NOUN', 'ADJ'].includes(toks[i - 2]?.pos ?? ''));
}

/** The actor groups a parse word stands for: its conjuncts' groups (the word's own, else the first inside its phrase). */
function groupsOf(syn: Syntax, groupOf: readonly number[], w: number): number[] {
  const out: number[] = [];
  for (const c of syn.conjuncts(w)) {
    let gi = groupOf[c] ?? -1;
    if (gi < 0) {
      const [a, b] = syn.phrase(c);
      for (let t = a; t <= b && gi < 0; t++) if (syn.head[t] === c || syn.head[syn.head[t]!] === c) gi = groupOf[t] ?? -1;
    }
    if (gi >= 0 && !out.includes(gi)) out.push(gi);
  }
  return out;
}

/**
 * An argument with the preposition the parser hung on a title before the name ("against President Michel Temer":
 * `against` is the case of `President`, an nmod:desc of `Michel`) carries that preposition.
 */
export function argCase(syn: Syntax, a: Oblique): Oblique {
  if (a.caseForm) return a;
  for (const c of syn.children(a.word)) {
    if (c > a.word || !/^(nmod:desc|compound|amod)$/.test(syn.rel(c))) continue;
    const k = syn.withCase(c);
    if (k.caseForm) return { ...a, caseWord: k.caseWord, caseForm: k.caseForm };
  }
  return a;
}

/** A performing verb's base by its lemma or, where the lemmatiser strayed ("staged" -> "stag"), by its regular form; else null. */
function performing(lemma: string, norm: string): string | null {
  if (PERFORMING_VERBS.has(lemma)) return lemma;
  const m = /^(.+?)(?:ing|ed|d|s)$/.exec(norm);
  if (!m) return null;
  return PERFORMING_VERBS.has(m[1]!) ? m[1]! : PERFORMING_VERBS.has(m[1]! + 'e') ? m[1]! + 'e' : null;
}

/** A bare verb reading (the verb's own code, no pattern: "CAMEO.2.0:OVERSEE_MANAGE:CONDUCT", or a pattern on its
 * subject only) of the word at `at`. */
const bareVerbRule = (rule: string): boolean => !rule.includes('dyad:') && (/^[^ ]+:[A-Z0-9_]+:[A-Z0-9_+]+$/.test(rule.split(' ')[0]!) || subjectOnlyPattern(rule));

/** A pattern with words before the verb only ("- &MILITARY * [154]": the subject is military): it says nothing of the
 * object, so "the army intensified its bombardment of X" is what the object names (195), not a mobilization. */
const subjectOnlyPattern = (rule: string): boolean => /^[^ ]+:[A-Z0-9_]+:- [^*]+\* \[[^\]]*\]/.test(rule);

/** Codes whose noun names a mutual act, so that "between X and Y" (or "X and Y held ...") makes X and Y act on each other. */
const RECIPROCAL_ROOT = /^(04|0871|06[02])/;

/** Pronouns that stand for the reporter of the clause they are the subject of ("Chile said it launched ..."). */
const REPORTED_PRONOUNS = new Set(['it', 'they', 'he', 'she']);

/** Verbs of saying whose subject a reported pronoun stands for. */
const REPORTING_LEMMAS = new Set(['say', 'announce', 'claim', 'report', 'confirm', 'state', 'add', 'tell', 'declare']);

/** The verb of saying before `v` that reports its clause: the parse's, else the nearest such head above it ("said on
 * Friday that it launched", which the parser may hang on "Friday"); -1 when none. */
function reporterOf(syn: Syntax, lemmas: readonly string[], v: number): number {
  const r = syn.reportingVerb(v);
  if (r >= 0 && r < v) return REPORTING_LEMMAS.has(lemmas[r]!) ? r : -1;
  for (let x = syn.head[v]!, guard = 0; x >= 0 && guard < 6; x = syn.head[x]!, guard++) if (x < v && REPORTING_LEMMAS.has(lemmas[x]!)) return x;
  return -1;
}

/** Amount words an object of giving is counted in: money and weight. */
const AMOUNT = new Set(['$', '€', '£', 'usd', 'million', 'billion', 'dollars', 'euros', 'pounds', 'tons', 'tonnes', 'worth']);

/** Quantity nouns whose "of" phrase names the act: "a new round of talks", "a series of attacks". */
const QUANTITY = new Set(['round', 'rounds', 'series', 'wave', 'waves', 'spate', 'string', 'number', 'couple']);

/** The object position the event noun fills: itself as an object, or the quantity noun it follows ("a round of"); else -1. */
function objectWord(syn: Syntax, norms: readonly string[], n: number): number {
  if (syn.urel(n) === 'obj') return n;
  const h = syn.head[n]!;
  // the parser reads some objects of a particle verb as an unmarked oblique ("carried out numerous attacks on": obl)
  if (syn.rel(n) === 'obl' && h >= 0 && h < n && syn.withCase(n).caseWord < 0 && syn.children(h).some((c) => syn.rel(c) === 'compound:prt' && c < n)) return n;
  if (h >= 0 && syn.urel(n) === 'nmod' && syn.withCase(n).caseForm === 'of' && QUANTITY.has(norms[h]!) && syn.urel(h) === 'obj') return h;
  // round 7: an amount given "in" or "of" what it is ("provided $5 billion in assistance to Y", "tons of aid")
  if (h >= 0 && syn.urel(n) === 'nmod' && /^(in|of)$/.test(syn.withCase(n).caseForm) && AMOUNT.has(norms[h]!) && syn.urel(h) === 'obj') return h;
  return -1;
}

/** The aid noun a cut or suspension stops: its *of* argument ("a suspension of aid") or a compound before it ("aid cuts"); else -1. */
function aidOf(syn: Syntax, norms: readonly string[], n: number): number {
  const of = syn.nominalArgs(n).find((a) => a.caseForm === 'of' && AID_NOUNS.has(norms[a.word]!));
  if (of) return of.word;
  const c = syn.children(n).find((k) => k < n && syn.rel(k) === 'compound' && AID_NOUNS.has(norms[k]!));
  return c ?? -1;
}

interface Reading { src: number[]; tgt: number[]; modality: Modality; rule: string; anchor: number; verb: string; between?: boolean }

/** The noun as the object of a performing verb: who performs it, on whom, and the verb's modality; null when not. */
function performed(f: SentenceFrame, sp: SentenceParse, lemmas: readonly string[], n: number, ne: NounEvent, via: number): Reading | null {
  const { syn } = sp;
  const o = objectWord(syn, f.norms, n);
  const v = o >= 0 ? syn.head[o]! : -1;
  const verb = v >= 0 ? performing(lemmas[v]!, f.norms[v]!) : null;
  if (!verb) return null;
  let modality: Modality = 'asserted';
  let rule = '';
  const g = syn.head[v]!;
  if (syn.rel(v) === 'xcomp' && g >= 0) {
    if (!PROMISING_VERBS.has(lemmas[g]!)) return null;
    modality = 'future'; rule = 'parse:promised';
  }
  if (syn.negated(v)) { modality = 'negated'; rule = 'parse:negated'; }
  const pm = parseModality(syn, lemmas, v);
  if (pm && modality === 'asserted') { modality = pm.modality; rule = pm.rule; }
  const srcWords = syn.isPassive(v) ? syn.agents(v) : syn.subjects(v);
  let src = [...new Set(srcWords.flatMap((w) => groupsOf(syn, f.groupOf, w)))];
  // round 7: "X said (that) it launched airstrikes on Y": a third-person pronoun subject of a reported clause is its
  // reporter (the nearest antecedent the clause has); a pronoun elsewhere is left to coreference
  if (!src.length && srcWords.length === 1 && REPORTED_PRONOUNS.has(f.norms[srcWords[0]!]!)) {
    const r = reporterOf(syn, lemmas, v);
    if (r >= 0) src = [...new Set(syn.subjects(r).flatMap((w) => groupsOf(syn, f.groupOf, w)))];
  }
  const args = [...syn.nominalArgs(n), ...(via >= 0 ? syn.nominalArgs(via) : []), ...syn.obliques(v)].map((a) => argCase(syn, a)).filter((a) => ne.preps.includes(a.caseForm));
  let tgt = args.length ? groupsOf(syn, f.groupOf, args[0]!.word) : [];
  // round 7: force used on something no actor names ("launched airstrikes on rebel camps in Peru") is used on the
  // country where it is, named by an *in* phrase of the noun's argument or of its verb
  if (!tgt.length && args.length && /^(18|19|20)/.test(ne.code)) {
    const place = [...syn.nominalArgs(args[0]!.word), ...syn.obliques(v)].find((a) => a.caseForm === 'in' && (f.groupOf[a.word] ?? -1) >= 0);
    // (not the source's own country: "the army launched airstrikes on hideouts in its north" names no other party)
    const own = new Set(src.flatMap((gi) => f.groups[gi]!.members.map((k) => f.parts[k]!.code.slice(0, 3))));
    if (place) tgt = groupsOf(syn, f.groupOf, place.word).filter((gi) => f.groups[gi]!.members.every((k) => !own.has(f.parts[k]!.code.slice(0, 3))));
  }
  // "Jordan and the United States began joint exercises": coordinated subjects of two countries, no partner named,
  // in a mutual act act on each other
  if (!tgt.length && /^(04|06[02])/.test(ne.code) && new Set(src.flatMap((gi) => f.groups[gi]!.members.map((k) => f.parts[k]!.code.slice(0, 3)))).size >= 2) {
    return { src, tgt: src, modality, rule, anchor: v, verb, between: true };
  }
  return { src, tgt, modality, rule, anchor: v, verb };
}

/** The noun with its own arguments: possessor or by-agent, and the argument with one of its prepositions. */
function ownArguments(f: SentenceFrame, sp: SentenceParse, lemmas: readonly string[], n: number, ne: NounEvent, via: number): Reading | null {
  const { syn } = sp;
  if (syn.urel(n) === 'obj' || syn.rel(n) === 'compound') return null;
  let src: number[] = [], tgt: number[] = [];
  // (round 7: a noun that is the subject of a verb takes that verb's scope too: "cooperation between X and Y could
  // resume" is possible, not done)
  const h = syn.head[n]!;
  const pm = parseModality(syn, lemmas, n) ?? (h >= 0 && /^nsubj/.test(syn.rel(n)) ? parseModality(syn, lemmas, h) : null);
  // "talks between Chile and Peru": the parties named by "between" act on each other (meetings, talks, truces)
  const betw = RECIPROCAL_ROOT.test(ne.code) ? syn.nominalArgs(n).find((a) => a.caseForm === 'between') : undefined;
  if (betw) {
    const parties = groupsOf(syn, f.groupOf, betw.word);
    return { src: parties, tgt: parties, modality: pm?.modality ?? 'asserted', rule: pm?.rule ?? '', anchor: n, verb: '', between: true };
  }
  if (LIGHT_ONLY.has(hyphenNoun(f.norms, n) ?? f.norms[n]!)) return null;
  for (const a of [...syn.nominalArgs(n), ...(via >= 0 ? syn.nominalArgs(via) : [])].map((x) => argCase(syn, x))) {
    if ((a.rel === 'nmod:poss' || a.caseForm === 'by') && !src.length) src = groupsOf(syn, f.groupOf, a.word);
    else if (ne.preps.includes(a.caseForm) && !tgt.length) tgt = groupsOf(syn, f.groupOf, a.word);
  }
  return { src, tgt, modality: pm?.modality ?? 'asserted', rule: pm?.rule ?? '', anchor: n, verb: '' };
}

/**
 * The date of a nominal event, as a verb's (`dateAt`): the date phrase of the sentence nearest the noun's verb (or the
 * noun), or a year that modifies the noun itself ("the 2022 invasion", "its 2014 annexation of Crimea"); an asserted
 * act dated more than a month before the article is historical.
 */
function dateNominal(f: SentenceFrame, syn: Syntax, n: number, anchor: number, modality: Modality, dates: Map<string, DateMention[]>): { date: string | undefined; dateEvidence: Span | undefined; modality: Modality } {
  const yr = syn.children(n).find((c) => c < n && /^(1[89]|20)\d\d$/.test(f.norms[c]!) && /^(nummod|compound|amod|nmod)/.test(syn.rel(c)));
  const year = f.articleDate ? Number(f.articleDate.slice(0, 4)) : NaN;
  if (yr !== undefined && Number(f.norms[yr]) < year) {
    const t = f.toks[yr]!;
    return { date: `${f.norms[yr]}-07-01`, dateEvidence: { start: t.start, end: t.end }, modality: modality === 'asserted' ? 'historical' : modality };
  }
  return dateAt(f, anchor, 0, f.toks.length, modality, dates);
}

export function codeNominalEvents(f: SentenceFrame, sp: SentenceParse, lemmas: readonly string[], out: SentenceEvents, dates: Map<string, DateMention[]> = new Map()): void {
  const { syn } = sp;
  const { toks, norms, parts, groups, er } = f;
  // the pairs the verbs of the sentence already coded (in either direction): a noun does not code them again
  const who = (actor: string | null | undefined, code: string | null | undefined): string => actor ?? code ?? '';
  const coded = new Set(out.list.map((e) => `${who(e.source, e.sourceCode)}|${who(e.target, e.targetCode)}`));
  for (let n = 0; n < toks.length; n++) {
    const hy = hyphenNoun(norms, n);
    let ne = NOUN_EVENTS.get(hy ?? norms[n]!);
    // "a suspension of aid to Y", "aid cuts to Y": the aid noun's own arguments name the recipient (round 7)
    const via = !ne && AID_CUT_NOUNS.has(hy ?? norms[n]!) ? aidOf(syn, norms, n) : -1;
    if (via >= 0) ne = AID_CUT;
    if (!ne || sp.upos[n] !== 'NOUN') continue;
    if ((norms[n] === 'strike' || norms[n] === 'strikes') && norms[n - 1] === 'air') ne = { code: '195', preps: ne.preps };
    const objectOf = objectWord(syn, norms, n) >= 0;
    const r = objectOf ? performed(f, sp, lemmas, n, ne, via) : ownArguments(f, sp, lemmas, n, ne, via);
    if (!r || !r.src.length || !r.tgt.length || (r.between && r.src.reduce((c, gi) => c + groups[gi]!.members.length, 0) < 2)) continue;
    // a bare verb code of the performing verb ("conducted" alone: 060) gives way to what its object names ("a raid": 190)
    if (objectOf) {
      const at = toks[r.anchor]!.start;
      const before = out.list.length;
      for (let k = out.list.length - 1; k >= 0; k--) {
        const e = out.list[k]!;
        if (bareVerbRule(e.rule) && e.evidence.start <= at && at < e.evidence.end && e.modality === 'asserted') out.list.splice(k, 1);
      }
      if (out.list.length !== before) { coded.clear(); for (const e of out.list) coded.add(`${who(e.source, e.sourceCode)}|${who(e.target, e.targetCode)}`); }
    }
    const recoded = recodeIntentOrRefusal(ne.code, null, r.modality, objectOf && syn.rel(r.anchor) === 'xcomp', er.policy);
    if (!recoded.fwd) continue;
    const info = codeInfo(er.cameo, recoded.fwd);
    const dated = dateNominal(f, syn, n, r.anchor, recoded.modality, dates);
    const quote = quoteAt(f.quotes, toks[n]!.start);
    const word = hy ?? norms[n]!;
    const base = r.between && !objectOf ? `dyad:noun-between<${word}:${ne.code}>` : r.between ? `dyad:noun-mutual<${r.verb}+${word}:${ne.code}>` : objectOf ? `dyad:noun-object<${r.verb}+${word}:${ne.code}>` : `dyad:noun<${word}:${ne.code}>`;
    const rule = (recoded.intent ? `dyad:intent<${base}>` : recoded.refusal ? `dyad:refusal<${base}>` : base) + (r.rule ? ` ${r.rule}` : '');
    // the participant pairs: each source member on each target member; "between": every two of the parties named
    const pairs: Array<[number, number, number, number]> = [];
    if (r.between) {
      const ms = r.src.flatMap((gi) => groups[gi]!.members.map((k): [number, number] => [gi, k]));
      for (const [gi, k] of ms) for (const [gj, j] of ms) if (k !== j) pairs.push([gi, gj, k, j]);
    } else {
      for (const si of r.src) for (const ti of r.tgt) if (si !== ti) for (const k of groups[si]!.members) for (const j of groups[ti]!.members) pairs.push([si, ti, k, j]);
    }
    for (const [si, ti, k, j] of pairs) {
      const S = groups[si]!, T = groups[ti]!;
      const first = Math.min(S.ts, n, r.anchor, T.ts), last = Math.max(S.te - 1, n, r.anchor, T.te - 1);
      {
        const a = parts[k]!, b = parts[j]!;
        if (a.code === b.code || (a.actor && a.actor === b.actor)) continue;
        if (coded.has(`${who(a.actor, a.code)}|${who(b.actor, b.code)}`) || coded.has(`${who(b.actor, b.code)}|${who(a.actor, a.code)}`)) continue;
        const key = `${a.actor ?? a.code}|${b.actor ?? b.code}|${recoded.fwd}|${a.code}|${b.code}`;
        if (out.seen.has(key)) continue;
        out.seen.add(key);
        const ev: CodedEvent = {
          id: '', source: a.actor, target: b.actor, sourceCode: a.code, targetCode: b.code,
          cameo: recoded.fwd, root: info.root, quad: info.quad, goldstein: info.goldstein, plover: info.plover, modality: dated.modality, sentence: f.sentence,
          evidence: { start: toks[first]!.start, end: toks[last]!.end }, ...(dated.date ? { date: dated.date } : {}),
          ...(dated.dateEvidence ? { dateEvidence: dated.dateEvidence } : {}), ...(quote ? { quote: quote.id } : {}),
          rule, sourceSpan: { start: a.mention.start, end: a.mention.end }, targetSpan: { start: b.mention.start, end: b.mention.end },
        };
        out.list.push(ev);
      }
    }
  }
}
