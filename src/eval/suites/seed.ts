import fs from 'node:fs';
import path from 'node:path';
import { prf } from '../format.js';
import { goldActorLines, goldDetailLines, goldEventLines, goldMetrics, goldQuoteDetailLines, goldSummary, scoreGoldArticle, type SeedGold } from '../gold-article.js';
import { newQuoteAcc, quoteReport } from '../quotes.js';
import type { Suite, SuiteScore } from '../suite.js';

/** The seed article and its careful reading (shared/seed/gold.json): events, quotes and actors. */

export type { SeedGold } from '../gold-article.js';

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
    const qacc = newQuoteAcc();
    const r = scoreGoldArticle(it.id, it.text, it.gold, views[0]!, qacc);
    const ev = prf(r.events.tp, r.events.fp, r.events.fn);
    const qr = quoteReport(qacc);
    const out: SuiteScore = { lines: [], details: [], metrics: {}, summary: '' };
    out.lines.push(...goldEventLines(ev, r.events), ...goldDetailLines(r));
    for (const c of r.quoteNotFound) out.lines.push(`  (gold quote not found in text: ${c.slice(0, 60)})`);
    out.lines.push(...qr.lines, ...goldQuoteDetailLines(r), ...goldActorLines(r.actors, r.mentions), ...r.actors.lines);
    const metrics = goldMetrics(ev, r.events.mustNot.length, qr, r.actors, r.mentions);
    out.metrics = metrics;
    const { tp, missed, falsePositives, mustNot } = r.events;
    out.details.push({ id: it.id, events: { tp, missed, falsePositives, mustNot }, quotes: r.qdet });
    out.summary = goldSummary('seed', metrics);
    return out;
  },
};
