import type { Modality, Span, Token } from '../../core/types.js';
import type { EventResources } from '../../resources/petrarch/verbs-load.js';
import { conditional } from '../syntax/clauses.js';
import { findDates, pastWeekday, type DateMention } from './event-date.js';
import type { SentenceFrame } from './sentence-frame.js';
import { EMBEDDING_GOVERNORS, type VerbGroup } from './verb-groups.js';

const FUTURE_GOVERNORS = new Set(['pledge', 'promise', 'vow', 'plan', 'intend', 'threaten', 'offer', 'agree', 'prepare', 'aim', 'expect', 'hope', 'want', 'seek']);

/**
 * The verb states no act: a modal, a condition, a noun's complement ("plans to", "the prospect of"), what an
 * accusation says, what its governor only supposes, what a demand asks for. Decided for every verb, coded or not,
 * so that the verbs it governs inherit it.
 */
export function hypotheticalVerb(f: SentenceFrame, v: number, G: VerbGroup | null, leftStart: number): boolean {
  const { toks, norms, verbs } = f;
  const V = verbs[v]!;
  return !!(V.hypothetical || conditional(norms, V.auxStart) || (V.infinitive && !G && toks[V.auxStart - 1]?.pos === 'NOUN')
    || (V.gerundAfterPrep && !G && toks[V.start - 2]?.pos === 'NOUN')
    || (G && EMBEDDING_GOVERNORS.has(G.entry.block.toLowerCase())) || G?.modality === 'hypothetical'
    || directiveThat(norms, toks, verbs, v, leftStart));
}

/** The modality of the verb's event before its date is known (`negated`: a negation the pattern did not consume). */
export function verbModality(V: VerbGroup, G: VerbGroup | null, negated: boolean, policy: EventResources['policy']): Modality {
  let modality: Modality = 'asserted';
  if (negated) modality = 'negated';
  else if (G?.modality === 'negated') modality = 'hypothetical';
  else if (V.modality === 'hypothetical' && !(V.obligation && policy === 'petrarch')) modality = 'hypothetical';
  // "the U.N. must maintain sanctions", "Europe should impose tariffs": an obligation stated, not the act (dyad's
  // policy, round 7; an agreement on what must be done is an intent, obligation.ts)
  else if (V.obligation && policy === 'dyad' && !V.future) modality = 'hypothetical';
  else if (V.future || (G && FUTURE_GOVERNORS.has(G.entry.lemma))) modality = 'future';
  return modality;
}

/** An event's date, the words that give it, and its modality once dated. */
export interface DatedModality {
  date: string | undefined;
  dateEvidence: Span | undefined;
  modality: Modality;
}

/**
 * The date of the verb's event: the date expression of its clause (tokens `leftStart` to `postLimit`) nearest the
 * verb, else the article date; an asserted act dated more than a month before the article is historical. The date
 * expressions of a clause are read once (`cache`, keyed by the clause's character range).
 */
export function dateEvent(f: SentenceFrame, V: VerbGroup, leftStart: number, postLimit: number, modality: Modality,
  cache: Map<string, DateMention[]>): DatedModality {
  return dateAt(f, V.head, leftStart, postLimit, modality, cache);
}

/** `dateEvent` for the event word at token `head` (a verb, or the noun of a nominal event) in tokens `leftStart` to `postLimit`. */
export function dateAt(f: SentenceFrame, head: number, leftStart: number, postLimit: number, modality: Modality,
  cache: Map<string, DateMention[]>): DatedModality {
  const { toks, text, articleDate } = f;
  const cs = toks[leftStart]!.start, ce = toks[postLimit - 1]!.end;
  const dkey = `${cs}:${ce}`;
  let clauseDates = cache.get(dkey);
  if (!clauseDates) { clauseDates = findDates(text.slice(cs, ce), cs, articleDate); cache.set(dkey, clauseDates); }
  const dm = nearestDate(text, clauseDates, toks, head, toks[0]!.start);
  let date = articleDate;
  let dateEvidence: Span | undefined;
  if (dm) {
    date = dm.weekdayOnly && modality !== 'future' && articleDate ? pastWeekday(dm.date, articleDate) : dm.date;
    dateEvidence = { start: dm.start, end: dm.end };
    if (modality === 'asserted' && articleDate && daysBetween(date, articleDate) > 31) modality = 'historical';
  }
  return { date, dateEvidence, modality };
}

/** Nouns whose "that" clause states what someone wants done, not what was done ("its demand that Israel ease"). */
const DIRECTIVE_NOUNS = new Set(['demand', 'demands', 'call', 'calls', 'appeal', 'appeals', 'request', 'requests', 'insistence', 'proposal', 'proposals',
  'suggestion', 'condition', 'conditions', 'ultimatum', 'hope', 'hopes', 'wish']);
/** Verbs whose "that" clause is a demand ("demanded that the US cancel"): CAMEO 10 and 02 (appeal) roots. */
function directiveThat(norms: string[], toks: Token[], verbs: VerbGroup[], v: number, leftStart: number): boolean {
  if (leftStart < 1 || norms[leftStart - 1] !== 'that') return false;
  let b = leftStart - 2;
  while (b >= 0 && (toks[b]!.pos === 'ADV' || ['today', 'yesterday', 'tonight'].includes(norms[b]!))) b--;
  if (b >= 0 && DIRECTIVE_NOUNS.has(norms[b]!)) return true;
  for (let u = v - 1; u >= 0; u--) {
    const U = verbs[u]!;
    if (U.end > leftStart - 1) continue;
    const c = U.codeUsed ?? U.entry.code ?? '';
    // the governing verb ends right before "that" or only a time phrase or object separates them
    return leftStart - 1 - U.end <= 3 && /^(10|02)/.test(c);
  }
  return false;
}

/**
 * The date expression nearest the verb; one before the verb counts only when no comma separates them, or when it opens
 * the sentence ("In 2019, Trump praised ...", "On Monday, the army ...": a fronted time phrase dates the main clause).
 */
function nearestDate(text: string, dates: DateMention[], toks: Token[], head: number, sentenceStart: number): DateMention | null {
  let best: DateMention | null = null;
  let bestD = Infinity;
  const at = toks[head]!.start;
  for (const d of dates) {
    if (d.end <= at && text.slice(d.end, at).includes(',') && !FRONTED.test(text.slice(sentenceStart, d.start))) continue;
    // a year after the verb dates it only when no other verb comes between ("offered to hand over suspects of
    // blowing up a plane in 1988": 1988 dates the bombing, not the offer)
    if (d.yearOnly && d.start > at && toks.some((t) => t.start > at && t.end <= d.start && t.pos === 'VERB')) continue;
    const dist = d.start >= at ? d.start - at : (at - d.end) * 1.5;
    if (dist < bestD) { bestD = dist; best = d; }
  }
  return best;
}

/** What may stand before a date phrase that opens a sentence ("In", "Back in", "Early on", a quotation mark). */
const FRONTED = /^[\s"\u201c\u2018']*((back|early|late|also|and|but|then)\s+)?(in|on|at|by|during|since|from|as of|until)?\s*(the\s+)?(early\s+|late\s+|mid-)?$/i;

/** Days from date `a` to date `b` (YYYY-MM-DD). */
function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 864e5;
}

