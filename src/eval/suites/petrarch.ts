import fs from 'node:fs';
import path from 'node:path';
import { entriesSortedByKey, f3, pct, ratio } from '../format.js';
import { readJsonl, type Suite, type SuiteScore } from '../suite.js';

/** The PETRARCH/TABARI validation records, coded from the raw sentence with the suite's own dictionaries. */

export interface PetrarchRecord {
  id: string;
  date?: string | number;
  text: string;
  category: string;
  expected?: Array<{ source: string; target?: string | null; code: string }>;
  expect_no_events?: boolean;
  expected_error?: string | null;
  config?: Record<string, unknown>;
  valid?: boolean;
}

const DEFAULTS: Record<string, unknown> = { new_actor_length: 0, require_dyad: true, stop_on_error: true, comma_min: 2, comma_max: 8,
  comma_bmin: 0, comma_bmax: 0, comma_emin: 2, comma_emax: 8 };

const dictDirOf = (shared: string): string => path.join(shared, 'data/petrarch/dicts/validate-petrarch2');

/** "19950101" -> "1995-01-01"; anything else -> undefined. */
const isoDate = (d: unknown): string | undefined => {
  const s = String(d);
  return /^\d{8}$/.test(s) ? `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}` : undefined;
};

export const petrarchSuite: Suite<PetrarchRecord> = {
  name: 'petrarch',
  scorerName: 'petrarch',
  load(shared) {
    const file = path.join(shared, 'data/petrarch/validation.jsonl');
    const dicts = dictDirOf(shared);
    for (const f of [file, dicts]) if (!fs.existsSync(f)) return { absent: f };
    const recs = readJsonl<PetrarchRecord>(file).filter((r) => r.valid !== false);
    return { items: recs.map((r) => ({ id: r.id, date: isoDate(r.date), text: String(r.text).trim(), gold: r })), dictionaries: dicts };
  },
  score(items, views, ctx) {
    const out: SuiteScore = { lines: [], details: [], metrics: {}, summary: '' };
    const dictDir = dictDirOf(ctx.shared);
    out.lines.push(`dictionaries passed: ${dictDir} (${fs.readdirSync(dictDir).sort().join(', ')}; PETRARCH-1 format)`);
    let pass = 0, nd = 0, ndPass = 0, withEv = 0, withEvPass = 0, noEv = 0, noEvPass = 0;
    const cat = new Map<string, { n: number; ok: number }>();
    items.forEach((it, i) => {
      const r = it.gold;
      const v = views[i]!;
      const exp = new Set(r.expect_no_events || r.expected_error ? [] : (r.expected ?? []).map((e) => `${e.source}|${e.target ?? ''}|${e.code}`));
      const got = new Set(v.events.filter((e) => e.modality !== 'negated').map((e) => `${e.sourceCode}|${e.targetCode}|${e.cameo}`));
      const ok = v.present && exp.size === got.size && [...exp].every((x) => got.has(x)); // no output line = fail
      const nonDefault = Object.entries(DEFAULTS).some(([k, d]) => !!r.config && r.config[k] !== undefined && r.config[k] !== d);
      if (ok) pass++;
      if (nonDefault) { nd++; if (ok) ndPass++; }
      if (exp.size) { withEv++; if (ok) withEvPass++; } else { noEv++; if (ok) noEvPass++; }
      const c = cat.get(r.category) ?? { n: 0, ok: 0 };
      c.n++; if (ok) c.ok++;
      cat.set(r.category, c);
      out.details.push({ id: r.id, pass: ok, nonDefaultConfig: nonDefault, expected: [...exp], got: [...got], text: it.text.slice(0, 160) });
    });
    out.lines.push(`records passed (set of non-negated (sourceCode, targetCode, cameo) == expected set): ${pct(pass, items.length)}`);
    out.lines.push(`  records expecting events ${pct(withEvPass, withEv)}; expecting none (noevents or error) ${pct(noEvPass, noEv)}`);
    out.lines.push(`  records whose <Config> differs from the defaults: ${pct(ndPass, nd)}; default config ${pct(pass - ndPass, items.length - nd)}`);
    out.lines.push('  by category: ' + entriesSortedByKey(cat).map(([k, c]) => `${k} ${c.ok}/${c.n}`).join(', '));
    out.metrics = { pass, n: items.length, passRate: ratio(pass, items.length), nonDefault: { pass: ndPass, n: nd } };
    out.summary = `petrarch pass=${pass}/${items.length} (${f3(ratio(pass, items.length))}) with-events=${withEvPass}/${withEv} ` +
      `no-events=${noEvPass}/${noEv} nondefault-config=${ndPass}/${nd}`;
    return out;
  },
};
