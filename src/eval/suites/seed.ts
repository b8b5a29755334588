import fs from 'node:fs';
import path from 'node:path';
import { codeMatch, normCode } from '../codes.js';
import { f3, pct, prf, prfText, ratio } from '../format.js';
import { matchedCount, matchSpans, maxMatching, type Interval } from '../match.js';
import { newQuoteAcc, newQuoteDetail, quoteReport, scoreQuotes, speakerGold, type GoldQuote } from '../quotes.js';
import type { Suite, SuiteScore } from '../suite.js';
import { findAll, headSpan, locate, nameTokens, sentenceSpans, shareToken, trimQuotes } from '../text.js';
import { counts, evText, type ViewActor, type ViewEvent } from '../view.js';

/** The seed article and its careful reading (shared/seed/gold.json): events, quotes and actors. */

interface GoldEvent {
  source?: string | null;
  target?: string | null;
  roots?: Array<string | number>;
  either_direction?: boolean;
  evidence?: string;
  why?: string;
}

interface GoldActor {
  name: string;
  code: string;
  kind: string;
  sectors?: string[];
  mentions?: string[];
}

export interface SeedGold {
  date?: string;
  actors?: GoldActor[];
  quotes?: Array<{ content: string; speaker?: string; direct?: boolean | null }>;
  events?: GoldEvent[];
  optional?: GoldEvent[];
  must_not?: GoldEvent[];
}

export const seedSuite: Suite<SeedGold> = {
  name: 'seed',
  scorerName: 'seed',
  load(shared) {
    const goldFile = path.join(shared, 'seed/gold.json');
    const textFile = path.join(shared, 'seed/article.txt');
    for (const f of [goldFile, textFile]) if (!fs.existsSync(f)) return { absent: f };
    const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as SeedGold;
    return { items: [{ id: 'seed', date: gold.date, text: fs.readFileSync(textFile, 'utf8'), gold }] };
  },
  score(items, views) {
    const it = items[0]!;
    const v = views[0]!;
    const { gold, text } = it;
    const out: SuiteScore = { lines: [], details: [], metrics: {}, summary: '' };
    const ev = scoreEvents(text, gold, v.events, out.lines);
    const quotes = scoreSeedQuotes(text, gold, v, out.lines);
    const actors = scoreActors(text, gold.actors ?? [], [...v.actors.values()], out.lines);
    out.metrics = { events: ev.prf, mustNot: ev.mustNot.length, quotes: { R: quotes.R, P: quotes.P, F1: quotes.F1, spk: quotes.spk },
      actors: actors.score, actorsFound: actors.found, mentionRecall: actors.mentionRecall, personsOk: actors.personsOk };
    out.details.push({ id: it.id, events: { tp: ev.prf.tp, missed: ev.missed, falsePositives: ev.falsePositives, mustNot: ev.mustNot }, quotes: quotes.detail });
    out.summary = `seed events ${prfText(ev.prf)} must_not=${ev.mustNot.length} quotes R=${f3(quotes.R)} P=${f3(quotes.P)} spk=${f3(quotes.spk)} ` +
      `actors=${f3(actors.score)} mentions=${f3(actors.mentionRecall)}`;
    return out;
  },
};

/**
 * Required events are matched one-to-one (preferring a prediction in the gold evidence's sentence); the rest may
 * match optional readings or the second direction of a symmetric event; anything left is a false positive, and
 * a false positive that fits a must_not reading in its sentence is a must_not error.
 */
function scoreEvents(text: string, gold: SeedGold, all: readonly ViewEvent[], lines: string[]) {
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
  const mustNot: Array<{ pred: string; rule: string | undefined; why: string | undefined }> = [];
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
  const result = prf(tp, fpIdx.length, req.length - tp);
  const optHits = matchedCount(m2.gToP);
  lines.push(`events: ${prfText(result)} (TP ${tp}, FP ${fpIdx.length}, FN ${req.length - tp}; optional readings or second directions of symmetric events matched ${optHits}, not counted; ` +
    `${all.length - preds.length} negated/hypothetical/historical events ignored)`);
  lines.push(`must_not errors: ${mustNot.length}`);
  for (const x of mustNot) lines.push(`  MUST_NOT ${x.pred}  <- ${x.why}`);
  const missed = req.filter((_, g) => m1.gToP[g]! < 0);
  for (const g of missed) lines.push(`  missed ${g.source}>${g.target ?? '-'} [${(g.roots ?? []).join('|')}] "${g.evidence}"`);
  const falsePositives = fpIdx.map((i) => evText(text, preds[i]!));
  for (const fp of falsePositives) lines.push(`  false+ ${fp}`);
  return { prf: result, mustNot, missed, falsePositives };
}

function scoreSeedQuotes(text: string, gold: SeedGold, v: Parameters<typeof scoreQuotes>[2], lines: string[]) {
  const acc = newQuoteAcc();
  const detail = newQuoteDetail();
  const gq: GoldQuote[] = [];
  for (const q of gold.quotes ?? []) {
    const loc = locate(text, q.content);
    if (!loc) { lines.push(`  (gold quote not found in text: ${q.content.slice(0, 60)})`); continue; }
    const [s, e] = trimQuotes(text, loc[0], loc[1]);
    gq.push({ iv: [[s, e]], direct: q.direct ?? null, speaker: speakerGold(q.speaker) });
  }
  scoreQuotes(text, gq, v, acc, detail);
  const qr = quoteReport(acc);
  lines.push(...qr.lines);
  for (const x of detail.missed) lines.push(`  missed quote "${x.content}"`);
  for (const x of detail.wrongSpeaker) lines.push(`  wrong speaker "${x.content}": gold ${x.gold}, predicted ${x.pred}`);
  return { ...qr, detail };
}

/**
 * Gold mentions are every whole-word occurrence of a gold actor's mention strings (strings claimed by two actors
 * dropped, occurrences inside a longer one dropped); a predicted mention finds one when it overlaps its head.
 * Each gold actor maps to the predicted actor holding most of its found mentions.
 */
function scoreActors(text: string, ga: readonly GoldActor[], predActors: readonly ViewActor[], lines: string[]) {
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
  const score = ratio(codeKind, ga.length);
  lines.push(`actors: ${pct(codeKind, ga.length)} gold actors found with the right code and kind; found at all ${pct(foundActors, ga.length)}; ` +
    `persons with right country and sectors ${pct(personsOk, persons)}`);
  lines.push(`  mentions: recall ${pct(found, gm.length)} (a predicted mention overlaps the head word(s)), attached to the right actor ${pct(rightActor, gm.length)}; ` +
    `loose (overlap >= half the shorter span) ${pct(loose, gm.length)}`);
  lines.push(...actorLines);
  return { score, found: ratio(foundActors, ga.length), mentionRecall: ratio(found, gm.length), personsOk: ratio(personsOk, persons) };
}
