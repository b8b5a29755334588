import path from 'node:path';
import { loadPloverTable } from '../codes.js';
import { entriesSortedByKey, f3, pct, prf, prfText, ratio } from '../format.js';
import { matchedCount, maxMatching, type Interval } from '../match.js';
import { PLV_TRAIN_FILE, type PlvLine } from '../rules.js';
import { loadRecordSuite, type Suite, type SuiteScore } from '../suite.js';
import { counts, evText, type ViewActor, type ViewEvent } from '../view.js';

/**
 * PLV training sentences (shared/data/plv/train.jsonl; read at run time, never copied): each sentence's annotated
 * pair(s), a PLOVER root with the `<s>`/`<t>` marked spans. A pair is matched (one-to-one) by an event whose PLOVER
 * type, via CAMEO2PLOVER from its CAMEO root, is one of the pair's types and whose source (and target, where the gold
 * marks one) actor mention or own span overlaps the marked span, as the shared scorer's plv-train suite counts it.
 */

interface PlvGold { root: string; types: string[]; s: Interval[] | null; t: Interval[] | null }
interface Pred { p: ViewEvent; type: string }

const ovl = (a: Interval, b: Interval): boolean => Math.min(a[1], b[1]) - Math.max(a[0], b[0]) > 0;

/** Does the predicted side (its actor's mentions, or the event's own span) overlap a gold span? */
function sideOverlaps(actor: ViewActor | null, evSpan: Interval | null, spans: readonly Interval[]): boolean {
  const xs: Interval[] = [...(actor ? actor.mentions.map((m): Interval => [m.s, m.e]) : []), ...(evSpan ? [evSpan] : [])];
  return xs.some((x) => spans.some((g) => ovl(x, g)));
}

/** A gold side without markup (placeholder actor) is a wildcard; the target is required only when the gold has one. */
const onDyad = (g: PlvGold, x: Pred): boolean => (!g.s || sideOverlaps(x.p.src, x.p.srcSpan, g.s)) && (!g.t || sideOverlaps(x.p.tgt, x.p.tgtSpan, g.t));

export const plvSuite: Suite<PlvLine> = {
  name: 'plv-train',
  scorerName: 'plv-train',
  load: (shared) => loadRecordSuite<PlvLine>(path.join(shared, PLV_TRAIN_FILE)),
  score(items, views, ctx) {
    const table = loadPloverTable(ctx.shared);
    const out: SuiteScore = { lines: [], details: [], metrics: {}, summary: '' };
    let TP = 0, FP = 0, FN = 0, TP2 = 0, FP2 = 0, tTP = 0, ignored = 0, annN = 0, annOk = 0, nGold = 0, nPred = 0;
    const perRoot = new Map<string, { n: number; tp: number }>();
    items.forEach((it, i) => {
      const v = views[i]!;
      const golds: PlvGold[] = it.gold.pairs.map((p) => ({ root: p.root, types: p.types || [p.root], s: p.source ? p.source.spans : null, t: p.target ? p.target.spans : null }));
      const preds: Pred[] = [];
      for (const p of v.events.filter(counts)) {
        const type = table.typeOf(p);
        if (type) preds.push({ p, type }); else ignored++;
      }
      const m = maxMatching(golds.length, preds.length, (g, k) => golds[g]!.types.includes(preds[k]!.type) && onDyad(golds[g]!, preds[k]!));
      const tp = matchedCount(m.gToP);
      TP += tp; FP += preds.length - tp; FN += golds.length - tp; nGold += golds.length; nPred += preds.length;
      const m2 = maxMatching(golds.length, preds.length, (g, k) => !!preds[k]!.p.plover && golds[g]!.types.includes(preds[k]!.p.plover!) && onDyad(golds[g]!, preds[k]!));
      const tp2 = matchedCount(m2.gToP);
      TP2 += tp2; FP2 += preds.length - tp2;
      tTP += matchedCount(maxMatching(golds.length, preds.length, (g, k) => golds[g]!.types.includes(preds[k]!.type)).gToP);
      // predictions on an annotated dyad: source (and target, where the gold has one) overlap that pair's spans
      for (const x of preds) {
        const on = golds.filter((g) => (g.s || g.t) && onDyad(g, x));
        if (!on.length) continue;
        annN++;
        if (on.some((g) => g.types.includes(x.type))) annOk++;
      }
      golds.forEach((g, gi) => { const r = perRoot.get(g.root) ?? { n: 0, tp: 0 }; r.n++; if (m.gToP[gi]! >= 0) r.tp++; perRoot.set(g.root, r); });
      const gtxt = (sp: Interval[] | null): string => (sp ? sp.map(([a, b]) => it.text.slice(a, b)).join('|') : '*');
      out.details.push({ id: it.id, gold: golds.map((g) => `${gtxt(g.s)} > ${gtxt(g.t)} ${g.root}`),
        predicted: preds.map((x) => `${evText(it.text, x.p)} -> ${x.type}`), tp, fp: preds.length - tp, fn: golds.length - tp });
    });
    const ev = prf(TP, FP, FN);
    const own = prf(TP2, FP2, nGold - TP2);
    const typeOnly = { R: ratio(tTP, nGold), P: ratio(tTP, nPred) };
    const annotatedP = ratio(annOk, annN);
    out.lines.push(`events (gold pair matched when the PLOVER type via ${path.basename(table.file)} from the CAMEO root matches and the source ` +
      `(and target, where the gold has one) actor's mention or the event's sourceSpan/targetSpan overlaps the marked span; one-to-one): ` +
      `F1=${f3(ev.F1)} P=${f3(ev.P)} R=${f3(ev.R)} (TP ${TP}, FP ${FP}, FN ${FN}; ${nGold} gold pairs in ${items.length} sentences)`);
    out.lines.push('  HEADLINE = F1, but read it with care: the gold lists only the annotated pair(s) of each sentence, so other true events ' +
      'are charged as false positives and P (hence F1) is a lower bound. Recall and the annotated-dyad precision below are the clean figures.');
    out.lines.push(`  precision on annotated dyads (predictions whose source and target overlap a gold pair's spans; right = that pair's type): ${pct(annOk, annN)}`);
    out.lines.push(`  type-only (actors ignored, one-to-one): R=${f3(typeOnly.R)} (${tTP}/${nGold}) P=${f3(typeOnly.P)} (${tTP}/${nPred})`);
    out.lines.push(`  same match using the output's own plover.event instead of the CAMEO root: ${prfText(own)}`);
    out.lines.push(`  predicted events with no PLOVER type (roots 01, 02 or none) ignored: ${ignored}; gold YIELD (PLOVER 0.5b1) matches CONCEDE or RETREAT`);
    const byRoot = entriesSortedByKey(perRoot);
    out.lines.push('  recall by gold root: ' + byRoot.map(([t, x]) => `${t} ${x.tp}/${x.n}`).join(', '));
    out.metrics = { events: ev, typeOnly, annotatedP, annotated: { n: annN, ok: annOk }, ownPlover: own, perRoot: Object.fromEntries(byRoot) };
    out.summary = `${ctx.scorerName} events F1=${f3(ev.F1)} P=${f3(ev.P)} R=${f3(ev.R)} typeOnly=${f3(typeOnly.R)} annotatedP=${f3(annotatedP)} (n=${items.length})`;
    return out;
  },
};
