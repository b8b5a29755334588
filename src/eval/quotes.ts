import { f3, pct, ratio } from './format.js';
import { ivLen, overlapLen, type Interval } from './match.js';
import { nameTokens } from './text.js';
import type { ArticleView } from './view.js';

/** Quote scoring shared by the seed and PolNeAR suites. */

export interface GoldSpeaker {
  tokens: Set<string>;
  span: Interval | null;
  label: string;
}

export interface GoldQuote {
  iv: Interval[];
  direct: boolean | null;
  speaker: GoldSpeaker | null;
}

type Kind = 'direct' | 'indirect' | 'unknown';
type Counts = Partial<Record<Kind, number>>;

export interface QuoteAcc {
  gold: Counts;
  found: Counts;
  pred: Counts;
  predOk: Counts;
  spkN: Counts;
  spkOk: Counts;
  goldAll: number;
  foundAll: number;
  predAll: number;
  predOkAll: number;
  spkNAll: number;
  spkOkAll: number;
  spkNA: number;
}

export interface QuoteDetail {
  missed: Array<{ content: string; direct: boolean | null }>;
  spurious: string[];
  wrongSpeaker: Array<{ content: string; gold: string; pred: string | null }>;
}

export const newQuoteAcc = (): QuoteAcc => ({ gold: {}, found: {}, pred: {}, predOk: {}, spkN: {}, spkOk: {}, goldAll: 0, foundAll: 0,
  predAll: 0, predOkAll: 0, spkNAll: 0, spkOkAll: 0, spkNA: 0 });
export const newQuoteDetail = (): QuoteDetail => ({ missed: [], spurious: [], wrongSpeaker: [] });

const kindOf = (direct: boolean | null): Kind => (direct === true ? 'direct' : direct === false ? 'indirect' : 'unknown');
const bump = (c: Counts, k: Kind): void => { c[k] = (c[k] ?? 0) + 1; };

/** A gold speaker from its label (and its span, when the gold gives one); null when it names nobody. */
export function speakerGold(label: string | null | undefined, span: Interval | null = null, extra: string[] = []): GoldSpeaker | null {
  const tokens = new Set([label, ...extra].flatMap((s) => nameTokens(s)));
  if (!tokens.size && !span) return null;
  return { tokens, span, label: [label, ...extra].filter(Boolean).join(' / ') };
}

/**
 * A gold quote is found when some prediction covers at least half of its content; of those the closest (IoU) is
 * used, a prediction not yet used by another gold quote winning ties. A prediction is right when it was used or
 * at least half of it lies inside gold content. The speaker is right when it shares a name word with the gold
 * speaker or one of its mentions overlaps the gold speaker span.
 */
export function scoreQuotes(text: string, golds: readonly GoldQuote[], view: ArticleView, acc: QuoteAcc, detail: QuoteDetail): void {
  const preds = view.quotes;
  const pIv: Interval[][] = preds.map((q) => [q.content]);
  const goldUnion = golds.flatMap((g) => g.iv);
  const found = golds.map(() => -1);
  const used = new Set<number>();
  golds.forEach((g, gi) => {
    const glen = ivLen(g.iv);
    let best = -1;
    let bestIou = -1;
    preds.forEach((_, pi) => {
      const ov = overlapLen(g.iv, pIv[pi]!);
      if (glen <= 0 || ov * 2 < glen) return;
      const iou = ov / (glen + ivLen(pIv[pi]!) - ov);
      if (iou > bestIou + 1e-12 || (Math.abs(iou - bestIou) <= 1e-12 && used.has(best) && !used.has(pi))) { bestIou = iou; best = pi; }
    });
    found[gi] = best;
    if (best >= 0) used.add(best);
  });
  const predOk = preds.map((_, pi) => {
    const len = ivLen(pIv[pi]!);
    if (found.includes(pi)) return true;
    return len > 0 && overlapLen(pIv[pi]!, goldUnion) * 2 >= len;
  });
  const contentOf = (g: GoldQuote, n: number): string => text.slice(g.iv[0]![0], g.iv[g.iv.length - 1]![1]).slice(0, n);
  golds.forEach((g, gi) => {
    const k = kindOf(g.direct);
    bump(acc.gold, k); acc.goldAll++;
    const pi = found[gi]!;
    if (pi < 0) { detail.missed.push({ content: contentOf(g, 120), direct: g.direct }); return; }
    bump(acc.found, k); acc.foundAll++;
    if (!g.speaker) { acc.spkNA++; return; }
    bump(acc.spkN, k); acc.spkNAll++;
    const sp = preds[pi]!.speaker;
    let ok = false;
    if (sp) {
      const toks = new Set([sp.name, ...sp.mentions.map((m) => m.text)].flatMap((s) => nameTokens(s)));
      ok = g.speaker.tokens.size > 0 && [...g.speaker.tokens].some((w) => toks.has(w));
      const gs = g.speaker.span;
      if (!ok && gs) ok = sp.mentions.some((m) => Math.min(m.e, gs[1]) - Math.max(m.s, gs[0]) > 0);
    }
    if (ok) { bump(acc.spkOk, k); acc.spkOkAll++; }
    else detail.wrongSpeaker.push({ content: contentOf(g, 80), gold: g.speaker.label, pred: sp ? sp.name : null });
  });
  preds.forEach((q, pi) => {
    const k = kindOf(q.direct);
    bump(acc.pred, k); acc.predAll++;
    if (predOk[pi]) { bump(acc.predOk, k); acc.predOkAll++; }
    else detail.spurious.push(text.slice(q.content[0], q.content[1]).slice(0, 120));
  });
}

export interface QuoteReport {
  R: number;
  P: number;
  F1: number;
  spk: number;
  lines: string[];
}

export function quoteReport(acc: QuoteAcc): QuoteReport {
  const R = ratio(acc.foundAll, acc.goldAll);
  const P = ratio(acc.predOkAll, acc.predAll);
  const spk = ratio(acc.spkOkAll, acc.spkNAll);
  const F1 = R + P > 0 ? (2 * P * R) / (P + R) : 0;
  const lines = [`quotes: content recall ${pct(acc.foundAll, acc.goldAll)}, precision ${pct(acc.predOkAll, acc.predAll)}, F1 ${f3(F1)}; ` +
    `speaker accuracy on found quotes ${pct(acc.spkOkAll, acc.spkNAll)}${acc.spkNA ? ` (${acc.spkNA} found quotes have no gold speaker)` : ''}`];
  for (const k of ['direct', 'indirect', 'unknown'] as const) {
    if (!acc.gold[k] && !acc.pred[k]) continue;
    lines.push(`  ${k.padEnd(8)} gold ${acc.gold[k] ?? 0}: recall ${f3(ratio(acc.found[k] ?? 0, acc.gold[k] ?? 0))}, speaker ${f3(ratio(acc.spkOk[k] ?? 0, acc.spkN[k] ?? 0))}; ` +
      `predicted ${acc.pred[k] ?? 0}: precision ${f3(ratio(acc.predOk[k] ?? 0, acc.pred[k] ?? 0))}`);
  }
  return { R, P, F1, spk, lines };
}

/** Adds one accumulator's counts (and per-kind counts) into another: micro-averaging over articles. */
export function mergeQuoteAcc(into: QuoteAcc, acc: QuoteAcc): QuoteAcc {
  for (const k of ['gold', 'found', 'pred', 'predOk', 'spkN', 'spkOk'] as const) {
    for (const [kind, n] of Object.entries(acc[k]) as Array<[Kind, number]>) into[k][kind] = (into[k][kind] ?? 0) + n;
  }
  for (const k of ['goldAll', 'foundAll', 'predAll', 'predOkAll', 'spkNAll', 'spkOkAll', 'spkNA'] as const) into[k] += acc[k];
  return into;
}
