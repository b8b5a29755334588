import path from 'node:path';
import { codeMatch, loadPloverTable, normCode } from '../codes.js';
import { entriesSortedByKey, f3, pct, prf, prfText, ratio } from '../format.js';
import { matchedCount, maxMatching } from '../match.js';
import { loadRecordSuite, type Suite, type SuiteScore } from '../suite.js';
import { counts, evText, type ViewEvent } from '../view.js';

/** PLOVER gold-standard sentences (dev part): event type with source and target country codes. */

export interface PloverRecord {
  id: string;
  date?: string;
  text: string;
  event: string;
  source?: Array<{ code?: string | null }>;
  target?: Array<{ code?: string | null }>;
  reciprocal?: boolean;
}

interface GoldPair {
  s: string | null;
  t: string | null;
  type: string;
}

/** Gold (source, target, type) triples; a reciprocal event with several sources pairs them both ways. */
export function ploverGold(rec: PloverRecord): GoldPair[] {
  const src = (rec.source ?? []).map((a) => a.code || '');
  const tgt = (rec.target ?? []).map((a) => a.code || '');
  const pairs = new Map<string, [string | null, string | null]>();
  const add = (s: string | null, t: string | null): void => {
    const k = `${normCode(s)}>${normCode(t)}`;
    if (!pairs.has(k)) pairs.set(k, [s || null, t || null]);
  };
  if (rec.reciprocal && src.length > 1) {
    src.forEach((a, i) => src.forEach((b, j) => { if (i !== j) add(a, b); })); // same-country pairs (GOV vs REB) stay
    for (const a of src) for (const b of tgt) add(a, b);
  } else {
    for (const a of src.length ? src : [null]) for (const b of tgt.length ? tgt : [null]) add(a, b);
  }
  return [...pairs.values()].map(([s, t]) => ({ s, t, type: rec.event }));
}

export const ploverSuite: Suite<PloverRecord> = {
  name: 'plover',
  scorerName: 'plover-dev',
  load: (shared) => loadRecordSuite<PloverRecord>(path.join(shared, 'data/plover-gsr/dev.jsonl')),
  score(items, views, ctx) {
    const table = loadPloverTable(ctx.shared);
    const out: SuiteScore = { lines: [], details: [], metrics: {}, summary: '' };
    let TP = 0, FP = 0, FN = 0, TP2 = 0, FP2 = 0, FN2 = 0, ignored = 0, typeOnlyHit = 0;
    const perType = new Map<string, { g: number; tp: number }>();
    items.forEach((it, i) => {
      const golds = ploverGold(it.gold);
      const preds: Array<{ p: ViewEvent; type: string }> = [];
      for (const p of views[i]!.events.filter(counts)) {
        const type = table.typeOf(p);
        if (type) preds.push({ p, type }); else ignored++;
      }
      const edge = (g: number, k: number, useOwn: boolean): boolean => {
        const x = preds[k]!;
        const gold = golds[g]!;
        const t = useOwn ? x.p.plover : x.type;
        return t === gold.type && codeMatch(gold.s, x.p.sourceCode) && codeMatch(gold.t, x.p.targetCode);
      };
      const tp = matchedCount(maxMatching(golds.length, preds.length, (g, k) => edge(g, k, false)).gToP);
      TP += tp; FP += preds.length - tp; FN += golds.length - tp;
      const tp2 = matchedCount(maxMatching(golds.length, preds.length, (g, k) => edge(g, k, true)).gToP);
      TP2 += tp2; FP2 += preds.length - tp2; FN2 += golds.length - tp2;
      if (preds.some((x) => x.type === it.gold.event)) typeOnlyHit++;
      const pt = perType.get(it.gold.event) ?? { g: 0, tp: 0 };
      pt.g += golds.length; pt.tp += tp;
      perType.set(it.gold.event, pt);
      out.details.push({ id: it.id, gold: golds.map((g) => `${g.s ?? '*'}>${g.t ?? '*'} ${g.type}`),
        predicted: preds.map((x) => `${evText(it.text, x.p)} -> ${x.type}`), tp, fp: preds.length - tp, fn: golds.length - tp });
    });
    const ev = prf(TP, FP, FN), ev2 = prf(TP2, FP2, FN2);
    const typeOnly = ratio(typeOnlyHit, items.length);
    out.lines.push(`events (source country, target country, PLOVER type via ${path.basename(table.file)} from the CAMEO root): ${prfText(ev)} (TP ${TP}, FP ${FP}, FN ${FN})`);
    out.lines.push(`  sentences where some predicted event has the gold PLOVER type (actors ignored): ${pct(typeOnlyHit, items.length)}`);
    out.lines.push(`  same match using the output's own plover.event instead of the CAMEO root: ${prfText(ev2)}`);
    out.lines.push(`  predicted events with no PLOVER type (roots 01, 02 or none) ignored: ${ignored}`);
    out.lines.push('  recall by gold type: ' + entriesSortedByKey(perType).map(([t, x]) => `${t} ${x.tp}/${x.g}`).join(', '));
    out.metrics = { events: ev, ownPlover: ev2, typeOnly };
    out.summary = `${ctx.scorerName} events ${prfText(ev)} type-only=${f3(typeOnly)} (n=${items.length})`;
    return out;
  },
};
