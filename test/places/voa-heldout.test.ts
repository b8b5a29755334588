/**
 * A small held-out check of the places stage: 50 toponyms hand-annotated in four VOA stories (public domain; not read
 * while the rules were written, see test/fixtures/places-voa/README.md). Detection recall and precision (a predicted
 * place mention overlapping a gold toponym is right; one on a span left neutral — a possessive inside an
 * organisation's name, a metonymic or demonym use — is not counted), the exact GeoNames feature and the country of the
 * found toponyms. The floors are below the figures measured when the set was made, to catch a regression; they
 * are not a target to tune to.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from '../../src/pipeline/code-article.js';
import { loadResources } from '../../src/resources/resources.js';

interface GoldToponym { story: string; start: number; end: number; text: string; name: string; country: string | null; kind: string; geonameid: number; lat: number | null; lon: number | null }
interface Neutral { story: string; start: number; end: number; text: string }

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/places-voa');
const stories = fs.readFileSync(path.join(dir, 'stories.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; published: string; text: string });
const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8')) as { toponyms: GoldToponym[]; neutral: Neutral[] };

/** The scores of the places stage on the annotated stories. */
export function scoreHeldOut(): { recall: number; precision: number; exact: number; country: number; found: number; wrong: string[]; misses: string[] } {
  const res = loadResources();
  let found = 0, exact = 0, country = 0, predicted = 0, right = 0;
  const wrong: string[] = [], misses: string[] = [];
  for (const s of stories) {
    const doc = codeArticle({ id: s.id, text: s.text, date: s.published.slice(0, 10) }, res);
    const mentions = (doc.places ?? []).flatMap((p) => p.mentions.map((m) => ({ ...m, p })));
    const g = gold.toponyms.filter((t) => t.story === s.id);
    const n = gold.neutral.filter((t) => t.story === s.id);
    const over = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
    for (const m of mentions) {
      if (g.some((t) => over(t, m))) { predicted++; right++; } else if (!n.some((t) => over(t, m))) { predicted++; wrong.push(`${s.text.slice(m.start, m.end)} (${m.p.name}, ${m.p.country})`); }
    }
    for (const t of g) {
      const m = mentions.find((x) => over(t, x));
      if (!m) { misses.push(t.text); continue; }
      found++;
      if (m.p.geonameid === t.geonameid) exact++; else wrong.push(`${t.text} -> ${m.p.name} (${m.p.featureCode}, ${m.p.country}) for ${t.name} (${t.kind}, ${t.country})`);
      if (m.p.country === t.country || (t.kind === 'CONT' && m.p.featureCode === 'CONT')) country++;
    }
  }
  return { recall: found / gold.toponyms.length, precision: predicted ? right / predicted : 1, exact: found ? exact / found : 0, country: found ? country / found : 0, found, wrong, misses };
}

test('held-out VOA toponyms: detection and readings above the floors measured when the set was made', (t) => {
  assert.ok(gold.toponyms.length >= 40, 'at least 40 annotated toponyms');
  const r = scoreHeldOut();
  t.diagnostic(`VOA held-out: ${gold.toponyms.length} toponyms, recall ${r.recall.toFixed(2)}, precision ${r.precision.toFixed(2)}, exact feature ${r.exact.toFixed(2)} and country ${r.country.toFixed(2)} of ${r.found} found; misses ${JSON.stringify(r.misses)}; wrong ${JSON.stringify(r.wrong)}`);
  // measured when the set was made (main 2d456bc and this branch alike, docs/places.md): recall 0.94, precision 0.96,
  // exact feature 0.98, country 0.98
  assert.ok(r.recall >= 0.85, `recall ${r.recall}`);
  assert.ok(r.precision >= 0.85, `precision ${r.precision}`);
  assert.ok(r.exact >= 0.9, `exact feature ${r.exact}`);
  assert.ok(r.country >= 0.9, `country ${r.country}`);
});
