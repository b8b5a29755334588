import path from 'node:path';
import { f3, pct, prf, ratio } from '../format.js';
import type { Interval } from '../match.js';
import { loadRecordSuite, type Suite, type SuiteScore } from '../suite.js';
import type { ViewPlace } from '../view.js';

/**
 * GeoVirus (WikiNews) toponyms (shared/data/geo/geovirus-wikinews.jsonl; read at run time, never copied): a gold
 * toponym is found when a predicted place mention overlaps it; a predicted mention is right on a gold toponym, not
 * counted on a neutral one, else wrong; found toponyms are resolved with the best-overlapping mention's place
 * (Acc@161 km, GeoNames id, country, feature code), as the shared scorer's geo-dev suite reports them.
 */

interface Toponym { start: number; end: number; role: string; text?: string; type?: string; lat?: number; lon?: number; geonameid?: number | null; country?: string; fcode?: string }
export interface GeoRecord { id: string; date?: string; text: string; corpus?: string; toponyms: Toponym[] }

const CC_ALIAS: Record<string, string> = { ROM: 'ROU', ZAR: 'COD', TMP: 'TLS', KSV: 'XKX', KOS: 'XKX', SCG: 'SRB', BUR: 'MMR', DRC: 'COD' };
const normCountry = (c: unknown): string => { const x = String(c ?? '').toUpperCase().slice(0, 3); return CC_ALIAS[x] || x; };
const ovl = (a: Interval, b: Interval): boolean => Math.min(a[1], b[1]) - Math.max(a[0], b[0]) > 0;
const fin = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function greatCircleKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180, dl = (lon2 - lon1) * r, p1 = lat1 * r, p2 = lat2 * r;
  const h = Math.sin((p2 - p1) / 2) ** 2 + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}
const median = (xs: number[]): number => { if (!xs.length) return NaN; const a = [...xs].sort((x, y) => x - y), k = a.length >> 1; return a.length % 2 ? a[k]! : (a[k - 1]! + a[k]!) / 2; };
const mean = (xs: number[]): number => (xs.length ? xs.reduce((x, y) => x + y, 0) / xs.length : NaN);

interface GeoAcc {
  gold: number; idGold: number; found: number; pred: number; predOk: number; predNeutral: number; predWrongNeg: number; wrongByType: Record<string, number>;
  coordN: number; acc161: number; errs: number[]; idN: number; idOk: number; ctyN: number; ctyOk: number; fcN: number; fcOk: number;
  /** Mordecai-comparable: found toponyms whose gold has a GeoNames id. */
  m: { n: number; exact: number; cty: number; ctyN: number; fc: number; fcN: number; acc161: number; errs: number[] };
}
const newGeoAcc = (): GeoAcc => ({ gold: 0, idGold: 0, found: 0, pred: 0, predOk: 0, predNeutral: 0, predWrongNeg: 0, wrongByType: {},
  coordN: 0, acc161: 0, errs: [], idN: 0, idOk: 0, ctyN: 0, ctyOk: 0, fcN: 0, fcOk: 0, m: { n: 0, exact: 0, cty: 0, ctyN: 0, fc: 0, fcN: 0, acc161: 0, errs: [] } });

function geoReport(a: GeoAcc) {
  const P = prf(a.predOk, a.pred - a.predOk - a.predNeutral, 0).P;
  const R = ratio(a.found, a.gold);
  const F1 = R + P > 0 ? (2 * P * R) / (P + R) : a.gold + a.pred ? 0 : NaN;
  return { detection: { P, R, F1, gold: a.gold, found: a.found, pred: a.pred, predOk: a.predOk, predNeutral: a.predNeutral },
    acc161: ratio(a.acc161, a.coordN), idExact: ratio(a.idOk, a.idN), country: ratio(a.ctyOk, a.ctyN), featureCode: ratio(a.fcOk, a.fcN),
    meanKm: mean(a.errs), medianKm: median(a.errs), n: { coord: a.coordN, id: a.idN, country: a.ctyN, featureCode: a.fcN } };
}
const km1 = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(1)} km` : 'n/a');
const pc1 = (a: number, b: number): string => (b > 0 ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');

export const geoSuite: Suite<GeoRecord> = {
  name: 'geo-dev',
  scorerName: 'geo-dev',
  load: (shared) => loadRecordSuite<GeoRecord>(path.join(shared, 'data/geo/geovirus-wikinews.jsonl')),
  score(items, views, ctx) {
    const out: SuiteScore = { lines: [], details: [], metrics: {}, summary: '' };
    const all = newGeoAcc();
    const by = new Map<string, GeoAcc>();
    items.forEach((it, i) => {
      const v = views[i]!;
      const corpus = it.gold.corpus || 'all';
      const acc = by.get(corpus) ?? newGeoAcc();
      by.set(corpus, acc);
      const T = it.gold.toponyms.map((t) => ({ ...t, sp: [t.start, t.end] as Interval }));
      const G = T.filter((t) => t.role === 'gold'), N = T.filter((t) => t.role === 'neutral'), X = T.filter((t) => t.role === 'negative');
      const pm: Array<{ sp: Interval; place: ViewPlace }> = [];
      for (const p of v.places.values()) for (const sp of p.mentions) pm.push({ sp, place: p });
      const det = { id: it.id, corpus, missed: [] as unknown[], wrong: [] as string[], resolution: [] as string[] };
      for (const A of [acc, all]) { A.gold += G.length; A.pred += pm.length; A.idGold += G.filter((g) => g.geonameid != null).length; }
      for (const x of pm) { // right on a gold toponym, not counted on a neutral one, else wrong
        const k = G.some((g) => ovl(x.sp, g.sp)) ? 'ok' : N.some((g) => ovl(x.sp, g.sp)) ? 'neutral' : 'wrong';
        const neg = k === 'wrong' ? X.find((g) => ovl(x.sp, g.sp)) : undefined;
        for (const A of [acc, all]) {
          if (k === 'ok') A.predOk++; else if (k === 'neutral') A.predNeutral++;
          else if (neg) { A.predWrongNeg++; const ty = String(neg.type || '').split('/')[0]!; A.wrongByType[ty] = (A.wrongByType[ty] || 0) + 1; }
        }
        if (k === 'wrong') det.wrong.push(`${it.text.slice(x.sp[0], x.sp[1])}${neg ? ` (gold ${neg.type})` : ''}`);
      }
      for (const g of G) {
        let best: ViewPlace | null = null, bestOv = 0;
        for (const x of pm) { const o = Math.min(g.sp[1], x.sp[1]) - Math.max(g.sp[0], x.sp[0]); if (o > bestOv) { bestOv = o; best = x.place; } }
        if (!best) { det.missed.push(g.text); continue; }
        const hasC = fin(g.lat) && fin(g.lon), pC = fin(best.lat) && fin(best.lon);
        const d = hasC && pC ? greatCircleKm(g.lat!, g.lon!, best.lat!, best.lon!) : NaN;
        const idOk = g.geonameid != null && best.geonameid === g.geonameid, cOk = !!g.country && normCountry(best.country) === g.country;
        const fOk = !!g.fcode && best.featureCode === g.fcode;
        for (const A of [acc, all]) {
          A.found++;
          if (hasC) { A.coordN++; if (d <= 161) A.acc161++; if (Number.isFinite(d)) A.errs.push(d); }
          if (g.geonameid != null) { A.idN++; if (idOk) A.idOk++; }
          if (g.country) { A.ctyN++; if (cOk) A.ctyOk++; }
          if (g.fcode) { A.fcN++; if (fOk) A.fcOk++; }
          if (g.geonameid != null) {
            A.m.n++; if (idOk) A.m.exact++; if (g.country) { A.m.ctyN++; if (cOk) A.m.cty++; } if (g.fcode) { A.m.fcN++; if (fOk) A.m.fc++; }
            if (hasC && d <= 161) A.m.acc161++; if (Number.isFinite(d)) A.m.errs.push(d);
          }
        }
        det.resolution.push(`${g.text} -> ${best.name || '?'} (${best.geonameid ?? '-'}, ${String(best.country ?? '-')}${Number.isFinite(d) ? `, ${Math.round(d)} km` : ''})`);
      }
      out.details.push(det);
    });
    const line = (name: string, a: GeoAcc): string[] => {
      const r = geoReport(a), M = a.m;
      const L = [`${name}: ${items.filter((it) => name === 'all' || (it.gold.corpus || 'all') === name).length} articles; place mentions: ` +
        `recall ${pct(a.found, a.gold)} (a predicted place mention overlaps the gold toponym), precision ${pct(a.predOk, a.pred - a.predNeutral)}, F1 ${f3(r.detection.F1)}` +
        `${a.predNeutral ? `; ${a.predNeutral} predictions on neutral spans not counted` : ''}`,
      `  resolution of found toponyms: Acc@161km ${pct(a.acc161, a.coordN)}, exact GeoNames id ${pct(a.idOk, a.idN)}, country ${pct(a.ctyOk, a.ctyN)}, ` +
        `feature code ${pct(a.fcOk, a.fcN)}; error mean ${km1(r.meanKm)}, median ${km1(r.medianKm)} (${a.errs.length} with coordinates on both sides)`];
      if (a.predWrongNeg) L.push(`  wrong predictions on annotated non-locational readings: ${a.predWrongNeg} (` +
        Object.entries(a.wrongByType).sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join(', ') + ')');
      if (a.idGold) L.push(`  Mordecai-comparable (found toponyms with a gold GeoNames id: N ${M.n} of ${a.idGold}): ` +
        `exact ${pc1(M.exact, M.n)}, country ${pc1(M.cty, M.ctyN)}, feature code ${pc1(M.fc, M.fcN)}, ` +
        `mean ${km1(mean(M.errs))}, median ${km1(median(M.errs))}, Acc@161 ${pc1(M.acc161, M.n).replace('%', '')}`);
      return L;
    };
    const corpora = [...by.keys()];
    if (corpora.length > 1) for (const c of corpora) out.lines.push(...line(c, by.get(c)!));
    out.lines.push(...line(corpora.length > 1 ? 'all' : String(corpora[0]), all));
    out.lines.push('  (roles: gold = locational name; neutral = adjectival/demonym form, name inside an organisation name, facility used as a location; ' +
      'a prediction overlapping no gold toponym is wrong, also where the corpus did not annotate; Acc@161 counts a found toponym whose predicted place has no coordinates as a miss)');
    const r = geoReport(all);
    out.metrics = { ...r, byCorpus: Object.fromEntries(corpora.map((c) => [c, geoReport(by.get(c)!)])) };
    out.summary = `${ctx.scorerName} places P=${f3(r.detection.P)} R=${f3(r.detection.R)} F1=${f3(r.detection.F1)} acc161=${f3(r.acc161)} ` +
      `idExact=${f3(r.idExact)} country=${f3(r.country)} medianKm=${Number.isFinite(r.medianKm) ? r.medianKm.toFixed(1) : 'n/a'} (n=${items.length})`;
    return out;
  },
};
