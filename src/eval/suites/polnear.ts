import path from 'node:path';
import type { Interval } from '../match.js';
import { newQuoteAcc, newQuoteDetail, quoteReport, scoreQuotes, speakerGold, type GoldQuote } from '../quotes.js';
import { loadRecordSuite, type Suite, type SuiteScore } from '../suite.js';
import { f3 } from '../format.js';
import { trimQuotes } from '../text.js';

/** PolNeAR (dev part): attribution relations — content, source and cue. Evaluation only: read at run time. */

interface Attribution {
  source?: { start: number; end: number; text: string } | null;
  content: { start: number; end: number; fragments?: Array<[number, number]> };
  direct?: boolean;
}

export interface PolnearRecord {
  id: string;
  date?: string;
  text: string;
  attributions: Attribution[];
}

/** Gold content intervals, with quotation marks and white space trimmed at the outer ends. */
function goldIntervals(text: string, c: Attribution['content']): Interval[] {
  let iv: Interval[] = c.fragments ? c.fragments.map((f): Interval => [f[0], f[1]]) : [[c.start, c.end]];
  const first = trimQuotes(text, iv[0]![0], iv[0]![1]);
  iv[0] = [first[0], iv[0]![1]];
  const last = iv.length - 1;
  const lt = trimQuotes(text, iv[last]![0], iv[last]![1]);
  iv[last] = [iv[last]![0], lt[1]];
  iv = iv.filter(([s, e]) => e > s);
  return iv;
}

export const polnearSuite: Suite<PolnearRecord> = {
  name: 'polnear',
  scorerName: 'polnear-dev',
  // PolNeAR labels beliefs and intentions too: dyad's quotes (speech) and every attribution are both scored
  attributionModes: ['speech', 'all'],
  load: (shared) => loadRecordSuite<PolnearRecord>(path.join(shared, 'data/polnear/dev.jsonl')),
  score(items, views, ctx) {
    const out: SuiteScore = { lines: [], details: [], metrics: {}, summary: '' };
    const acc = newQuoteAcc();
    items.forEach((it, i) => {
      const text = it.text;
      const golds: GoldQuote[] = [];
      for (const a of it.gold.attributions) {
        const iv = goldIntervals(text, a.content);
        if (!iv.length) continue;
        golds.push({ iv, direct: !!a.direct, speaker: a.source ? speakerGold(a.source.text, [a.source.start, a.source.end]) : null });
      }
      const det = { id: it.id, ...newQuoteDetail() };
      scoreQuotes(text, golds, views[i]!, acc, det);
      out.details.push(det);
    });
    const qr = quoteReport(acc);
    out.lines.push(...qr.lines);
    out.lines.push('  (PolNeAR labels every attribution, beliefs and intentions included; "direct" = content wholly in quotation marks)');
    out.metrics = { quotes: { R: qr.R, P: qr.P, F1: qr.F1, spk: qr.spk } };
    out.summary = `${ctx.scorerName} quotes R=${f3(qr.R)} P=${f3(qr.P)} F1=${f3(qr.F1)} spk=${f3(qr.spk)}`;
    return out;
  },
};
