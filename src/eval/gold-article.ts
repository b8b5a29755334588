import { codeMatch, normCode } from './codes.js';
import { f3, pct, prfText, ratio, type Prf } from './format.js';
import { matchedCount, matchSpans, maxMatching, type Interval } from './match.js';
import { newQuoteDetail, scoreQuotes, speakerGold, type GoldQuote, type QuoteAcc, type QuoteDetail, type QuoteReport } from './quotes.js';
import { findAll, headSpan, locate, nameTokens, sentenceSpans, shareToken, trimQuotes } from './text.js';
import { counts, evText, type ArticleView, type ViewActor, type ViewEvent } from './view.js';

/**
 * Seed-format gold (shared/seed/gold.json, shared/data/voa-dev/gold/*.json): one article scored against its events,
 * optional and must_not readings, quotes and actors, as the shared scorer's scoreGoldArticle does; counts are returned
 * so a suite of several articles can sum them (micro-average), and the report lines are shared by seed and voa-dev.
 */

export interface GoldEvent {
  source?: string | null;
  target?: string | null;
  roots?: Array<string | number>;
  either_direction?: boolean;
  evidence?: string;
  why?: string;
}

export interface GoldActor {
  name: string;
  code: string;
  kind: string;
  sectors?: string[];
  mentions?: string[];
}

export interface SeedGold {
  id?: string;
  title?: string;
  date?: string;
  actors?: GoldActor[];
  quotes?: Array<{ content: string; speaker?: string; direct?: boolean | null }>;
  events?: GoldEvent[];
  optional?: GoldEvent[];
  must_not?: GoldEvent[];
}

export interface MustNot { pred: string; rule: string | undefined; why: string | undefined; id?: string }

export interface EventCounts { tp: number; fp: number; fn: number; optHits: number; ignored: number }

export interface GoldArticleEvents extends EventCounts {
  mustNot: MustNot[];
  missed: GoldEvent[];
  falsePositives: string[];
}

export interface ActorCounts { n: number; codeKind: number; found: number; persons: number; personsOk: number }
export interface MentionCounts { n: number; found: number; rightActor: number; loose: number }

export interface GoldArticleScore {
  id: string;
  events: GoldArticleEvents;
  quoteNotFound: string[];
  qdet: QuoteDetail;
  actors: ActorCounts & { lines: string[] };
  mentions: MentionCounts;
}

/** Scores one article; its quotes are added to `qacc`, so a suite can micro-average them. */
export function scoreGoldArticle(id: string, text: string, gold: SeedGold, v: ArticleView, qacc: QuoteAcc): GoldArticleScore {
  const events = scoreEvents(text, gold, v.events);
  const quoteNotFound: string[] = [];
  const qdet = newQuoteDetail();
  const gq: GoldQuote[] = [];
  for (const q of gold.quotes ?? []) {
    const loc = locate(text, q.content);
    if (!loc) { quoteNotFound.push(q.content); continue; }
    const [s, e] = trimQuotes(text, loc[0], loc[1]);
    gq.push({ iv: [[s, e]], direct: q.direct ?? null, speaker: speakerGold(q.speaker) });
  }
  scoreQuotes(text, gq, v, qacc, qdet);
  return { id, events, quoteNotFound, qdet, ...scoreActors(text, gold.actors ?? [], [...v.actors.values()]) };
}

export const goldEventLines = (ev: Prf, e: EventCounts & { mustNot: MustNot[] }): string[] => [
  `events: ${prfText(ev)} (TP ${e.tp}, FP ${e.fp}, FN ${e.fn}; optional readings or second directions of symmetric events matched ${e.optHits}, not counted; ` +
  `${e.ignored} negated/hypothetical/historical events ignored)`,
  `must_not errors: ${e.mustNot.length}`,
  ...e.mustNot.map((x) => `  ${x.id ? `[${x.id}] ` : ''}MUST_NOT ${x.pred}  <- ${x.why}`)];

export const goldDetailLines = (r: GoldArticleScore, idp = ''): string[] => [
  ...r.events.missed.map((g) => `  ${idp}missed ${g.source}>${g.target ?? '-'} [${(g.roots ?? []).join('|')}] "${g.evidence}"`),
  ...r.events.falsePositives.map((x) => `  ${idp}false+ ${x}`)];

export const goldQuoteDetailLines = (r: GoldArticleScore, idp = ''): string[] => [
  ...r.qdet.missed.map((x) => `  ${idp}missed quote "${x.content}"`),
  ...r.qdet.wrongSpeaker.map((x) => `  ${idp}wrong speaker "${x.content}": gold ${x.gold}, predicted ${x.pred}`)];

export const goldActorLines = (a: ActorCounts, m: MentionCounts): string[] => [
  `actors: ${pct(a.codeKind, a.n)} gold actors found with the right code and kind; found at all ${pct(a.found, a.n)}; ` +
  `persons with right country and sectors ${pct(a.personsOk, a.persons)}`,
  `  mentions: recall ${pct(m.found, m.n)} (a predicted mention overlaps the head word(s)), attached to the right actor ${pct(m.rightActor, m.n)}; ` +
  `loose (overlap >= half the shorter span) ${pct(m.loose, m.n)}`];

export interface GoldMetrics extends Record<string, unknown> {
  events: Prf;
  mustNot: number;
  quotes: { R: number; P: number; F1: number; spk: number };
  actors: number;
  actorsFound: number;
  mentionRecall: number;
  personsOk: number;
}

export const goldMetrics = (ev: Prf, mustNot: number, qr: QuoteReport, a: ActorCounts, m: MentionCounts): GoldMetrics => ({
  events: ev, mustNot, quotes: { R: qr.R, P: qr.P, F1: qr.F1, spk: qr.spk },
  actors: ratio(a.codeKind, a.n), actorsFound: ratio(a.found, a.n), mentionRecall: ratio(m.found, m.n), personsOk: ratio(a.personsOk, a.persons) });

export const goldSummary = (name: string, mt: GoldMetrics): string => `${name} events ${prfText(mt.events)} must_not=${mt.mustNot} ` +
  `quotes R=${f3(mt.quotes.R)} P=${f3(mt.quotes.P)} spk=${f3(mt.quotes.spk)} actors=${f3(mt.actors)} mentions=${f3(mt.mentionRecall)}`;

/**
 * Required events are matched one-to-one (preferring a prediction in the gold evidence's sentence); the rest may
 * match optional readings or the second direction of a symmetric event; anything left is a false positive, and
 * a false positive that fits a must_not reading in its sentence is a must_not error.
 */
function scoreEvents(text: string, gold: SeedGold, all: readonly ViewEvent[]): GoldArticleEvents {
  const preds = all.filter(counts);
  const req = gold.events ?? [];
  const bad = gold.must_not ?? [];
  const opt: GoldEvent[] = [...(gold.optional ?? []),
    ...req.filter((g) => g.either_direction).map((g) => ({ ...g, source: g.target, target: g.source, either_direction: false }))];
  const rootOk = (g: GoldEvent, p: ViewEvent): boolean => (g.roots ?? []).map(String).includes(p.root);
  const edgeOf = (g: GoldEvent, p: ViewEvent): boolean => {
    if (!rootOk(g, p)) return false;
    const fwd = codeMatch(g.source, p.sourceCode) && (g.target == null || codeMatch(g.target, p.targetCode));
    const rev = !!g.either_direction && codeMatch(g.target, p.sourceCode) && codeMatch(g.source, p.targetCode);
    return fwd || rev;
  };
  const sents = sentenceSpans(text);
  const sentOf = (g: GoldEvent): Interval | null => {
    const loc = locate(text, g.evidence || '');
    if (!loc) return null;
    return sents.find(([s, e]) => loc[0] >= s && loc[0] < e) ?? loc;
  };
  const overlaps = (a: Interval, b: Interval): boolean => Math.min(a[1], b[1]) - Math.max(a[0], b[0]) > 0;
  const near = (p: ViewEvent, g: GoldEvent): number => {
    const s = sentOf(g);
    const loc = p.evidence ?? p.sentence;
    if (!s || !loc) return 1;
    return overlaps(loc, s) ? 0 : 1;
  };
  const m1 = maxMatching(req.length, preds.length, (g, p) => edgeOf(req[g]!, preds[p]!), (g, p) => near(preds[p]!, req[g]!));
  const rest = preds.map((_, i) => i).filter((i) => m1.pToG[i]! < 0);
  const m2 = maxMatching(opt.length, rest.length, (g, p) => edgeOf(opt[g]!, preds[rest[p]!]!), (g, p) => near(preds[rest[p]!]!, opt[g]!));
  const fpIdx = rest.filter((_, k) => m2.pToG[k]! < 0);
  const mustNot: MustNot[] = [];
  for (const i of fpIdx) {
    const p = preds[i]!;
    for (const g of bad) {
      if (!rootOk(g, p) || !codeMatch(g.source, p.sourceCode) || (g.target != null && !codeMatch(g.target, p.targetCode))) continue;
      const s = sentOf(g);
      const loc = p.evidence ?? p.sentence;
      if (s && loc && !overlaps(loc, s)) continue;
      mustNot.push({ pred: evText(text, p), rule: g.evidence, why: g.why });
      break;
    }
  }
  const tp = matchedCount(m1.gToP);
  return { tp, fp: fpIdx.length, fn: req.length - tp, optHits: matchedCount(m2.gToP), ignored: all.length - preds.length, mustNot,
    missed: req.filter((_, g) => m1.gToP[g]! < 0), falsePositives: fpIdx.map((i) => evText(text, preds[i]!)) };
}

/**
 * Gold mentions are every whole-word occurrence of a gold actor's mention strings (strings claimed by two actors
 * dropped, occurrences inside a longer one dropped); a predicted mention finds one when it overlaps its head.
 * Each gold actor maps to the predicted actor holding most of its found mentions.
 */
function scoreActors(text: string, ga: readonly GoldActor[], predActors: readonly ViewActor[]): Pick<GoldArticleScore, 'actors' | 'mentions'> {
  const owner = new Map<string, number>();
  ga.forEach((a, ai) => {
    for (const m of a.mentions ?? []) { const k = m.toLowerCase(); owner.set(k, owner.has(k) && owner.get(k) !== ai ? -1 : ai); }
  });
  const gm: Array<{ s: number; e: number; actor: number }> = [];
  ga.forEach((a, ai) => {
    let occ: Interval[] = [];
    for (const m of a.mentions ?? []) { if (owner.get(m.toLowerCase()) !== ai) continue; occ.push(...findAll(text, m, { ci: true, word: true })); }
    occ = occ.filter(([s, e], i) => !occ.some(([s2, e2], j) => j !== i && s2 <= s && e <= e2 && e2 - s2 > e - s));
    const seen = new Set<string>();
    for (const o of occ) { const k = o.join(':'); if (!seen.has(k)) { seen.add(k); gm.push({ s: o[0], e: o[1], actor: ai }); } }
  });
  const pm: Array<{ s: number; e: number; actor: ViewActor }> = [];
  for (const a of predActors) for (const m of a.mentions) pm.push({ s: m.s, e: m.e, actor: a });
  const gIv = gm.map((x): Interval => [x.s, x.e]);
  const pIv = pm.map((x): Interval => [x.s, x.e]);
  const mm = matchSpans(gIv, pIv, gm.map((x) => [headSpan(text, x.s, x.e)]));
  const found = matchedCount(mm.gToP);
  const loose = matchedCount(matchSpans(gIv, pIv).gToP);
  let rightActor = 0, foundActors = 0, codeKind = 0, persons = 0, personsOk = 0;
  const actorLines: string[] = [];
  ga.forEach((a, ai) => {
    const votes = new Map<ViewActor, number>();
    gm.forEach((x, gi) => {
      const p = mm.gToP[gi]!;
      if (x.actor === ai && p >= 0) { const pa = pm[p]!.actor; votes.set(pa, (votes.get(pa) ?? 0) + 1); }
    });
    const goldName = new Set(nameTokens(a.name));
    let best: ViewActor | null = null;
    let bestN = 0;
    for (const [pa, n] of votes) if (n > bestN || (n === bestN && best && shareToken(goldName, nameTokens(pa.name)))) { best = pa; bestN = n; }
    if (!best) best = predActors.find((pa) => shareToken(goldName, nameTokens(pa.name))) ?? null;
    gm.forEach((x, gi) => { const p = mm.gToP[gi]!; if (x.actor === ai && p >= 0 && best && pm[p]!.actor === best) rightActor++; });
    if (best) foundActors++;
    const okCode = !!best && codeMatch(a.code, best.code) && best.kind === a.kind;
    if (okCode) codeKind++;
    if (a.kind === 'person') {
      persons++;
      const ctry = best ? normCode(best.country || best.code).slice(0, 3) : '';
      const gs = [...(a.sectors ?? [])].sort().join(',');
      const ps = best ? [...best.sectors].sort().join(',') : '';
      if (!!best && ctry === normCode(a.code).slice(0, 3) && gs === ps) personsOk++;
    }
    const got = best
      ? `${best.name} (${best.code || '-'}, ${best.kind || '-'}${a.kind === 'person' ? `, country ${best.country || '-'}, sectors ${best.sectors.join('+') || '-'}` : ''})`
      : 'not found';
    actorLines.push(`  ${okCode ? 'ok ' : 'BAD'} ${a.name} (${a.code}, ${a.kind}) -> ${got}`);
  });
  return { actors: { n: ga.length, codeKind, found: foundActors, persons, personsOk, lines: actorLines },
    mentions: { n: gm.length, found, rightActor, loose } };
}
