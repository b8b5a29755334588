import path from 'node:path';
import { f3, prf, ratio } from '../format.js';
import {
  goldActorLines, goldDetailLines, goldEventLines, goldMetrics, goldQuoteDetailLines, goldSummary, scoreGoldArticle,
  type ActorCounts, type EventCounts, type MentionCounts, type MustNot, type SeedGold,
} from '../gold-article.js';
import { mergeQuoteAcc, newQuoteAcc, quoteReport } from '../quotes.js';
import { isAbsent, type Suite, type SuiteScore } from '../suite.js';
import { loadVoaDev, voaDevGoldDir } from '../voa-data.js';

/**
 * The VOA development set (shared/data/voa-dev/): 12 stories with seed-format gold, each scored as the seed article
 * is (gold-article.ts); events, quotes, actors and mentions are summed over the stories (micro-average), with one
 * line per story, as the shared scorer's voa-dev suite reports them.
 */

export const voaSuite: Suite<SeedGold> = {
  name: 'voa-dev',
  scorerName: 'voa-dev',
  load(shared) {
    const v = loadVoaDev(shared);
    return isAbsent(v) ? v : { items: v.items };
  },
  score(items, views, ctx) {
    const out: SuiteScore = { lines: [], details: [], metrics: {}, summary: '' };
    const qacc = newQuoteAcc();
    const E: EventCounts & { mustNot: MustNot[] } = { tp: 0, fp: 0, fn: 0, optHits: 0, ignored: 0, mustNot: [] };
    const A: ActorCounts = { n: 0, codeKind: 0, found: 0, persons: 0, personsOk: 0 };
    const M: MentionCounts = { n: 0, found: 0, rightActor: 0, loose: 0 };
    const storyLines: string[] = [];
    items.forEach((it, i) => {
      const sacc = newQuoteAcc();
      const r = scoreGoldArticle(it.id, it.text, it.gold, views[i]!, sacc);
      mergeQuoteAcc(qacc, sacc);
      for (const k of ['tp', 'fp', 'fn', 'optHits', 'ignored'] as const) E[k] += r.events[k];
      E.mustNot.push(...r.events.mustNot.map((x) => ({ ...x, id: it.id })));
      for (const k of ['n', 'codeKind', 'found', 'persons', 'personsOk'] as const) A[k] += r.actors[k];
      for (const k of ['n', 'found', 'rightActor', 'loose'] as const) M[k] += r.mentions[k];
      const ev = prf(r.events.tp, r.events.fp, r.events.fn);
      const sq = quoteReport(sacc);
      storyLines.push(`  ${String(it.id).padEnd(8)} events F1=${f3(ev.F1)} P=${f3(ev.P)} R=${f3(ev.R)} (TP ${r.events.tp} FP ${r.events.fp} FN ${r.events.fn}) ` +
        `must_not=${r.events.mustNot.length} quotes R=${f3(sq.R)} P=${f3(sq.P)} spk=${f3(sq.spk)} actors=${r.actors.codeKind}/${r.actors.n} ` +
        `mentions=${f3(ratio(r.mentions.found, r.mentions.n))}  ${(it.gold.title ?? '').slice(0, 50)}`);
      const idp = `[${it.id}] `;
      const { tp, fp, fn, missed, falsePositives, mustNot } = r.events;
      out.details.push({ id: it.id, title: it.gold.title, events: { tp, fp, fn, missed, falsePositives, mustNot },
        quotes: { R: sq.R, P: sq.P, spk: sq.spk, ...r.qdet }, actors: { ...r.actors }, mentions: r.mentions,
        lines: [...goldDetailLines(r, idp), ...r.quoteNotFound.map((c) => `  ${idp}(gold quote not found in text: ${c.slice(0, 60)})`),
          ...goldQuoteDetailLines(r, idp), ...r.actors.lines.filter((l) => l.startsWith('  BAD')).map((l) => `  ${idp}${l.trim()}`)] });
    });
    const ev = prf(E.tp, E.fp, E.fn);
    const qr = quoteReport(qacc);
    out.lines.push(`gold: ${items.length} stories (${voaDevGoldDir(path.resolve(ctx.shared))})`);
    out.lines.push(...goldEventLines(ev, E).map((l, k) => (k ? l : l.replace('events:', 'events (micro-averaged):'))));
    out.lines.push(...qr.lines, ...goldActorLines(A, M));
    out.lines.push('per story:', ...storyLines);
    out.lines.push('  (misses and false positives per story: --verbose or --json)');
    const metrics = { ...goldMetrics(ev, E.mustNot.length, qr, A, M), stories: items.length };
    out.metrics = metrics;
    out.summary = `${goldSummary(ctx.scorerName, metrics)} (n=${items.length})`;
    return out;
  },
};
