/**
 * A deterministic synthetic corpus for the store and HTTP benchmarks: articles of ten events each between 510 actors
 * (countries, country sectors and people, with a skewed popularity) over three years.
 */
import type { Actor, CodedArticle, CodedEvent } from '../src/core/types.js';
import type { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

const PER_ARTICLE = 10;

/** mulberry32: a small seeded PRNG so every run builds the same corpus. */
function rng(seed: number): () => number {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['USA', 'CHN', 'RUS', 'UKR', 'GBR', 'FRA', 'DEU', 'IRN', 'ISR', 'IND', 'PAK', 'TUR', 'SYR', 'PRK', 'KOR', 'JPN',
  'BRA', 'MEX', 'CAN', 'AUS', 'EGY', 'SAU', 'ZAF', 'NGA', 'ETH', 'VEN', 'COL', 'AFG', 'IRQ', 'POL'];
const SECTORS = ['', 'GOV', 'MIL', 'GOVMIL', 'OPP', 'BUS', 'JUD'];
const ROOTS: [string, number, number][] = [['010', 1, 0], ['036', 1, 4], ['042', 1, 1.9], ['051', 1, 3.4], ['061', 2, 6.4], ['071', 2, 7.4],
  ['111', 3, -2], ['112', 3, -2], ['128', 3, -4], ['138', 3, -7], ['145', 4, -7.5], ['163', 4, -8], ['173', 4, -5], ['190', 4, -10], ['195', 4, -10]];

interface Ent { name: string; code: string }
const random = rng(42);
const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
// Skewed choice: a few actors get most of the news, as in real corpora.
const skewed = <T>(xs: T[]): T => xs[Math.floor(Math.pow(random(), 2.2) * xs.length)]!;
const entities: Ent[] = [];
for (const c of COUNTRIES) for (const s of SECTORS) entities.push({ name: s ? `${c} ${s.toLowerCase()}` : c, code: c + s });
for (let i = 0; i < 300; i++) entities.push({ name: `Person ${i}`, code: pick(COUNTRIES) + pick(['GOV', 'MIL', 'OPP']) });

export function makeArticle(n: number, start: number): CodedArticle {
  const day = new Date(start + Math.floor(random() * 3 * 365) * 86_400_000).toISOString().slice(0, 10);
  const used = new Map<Ent, Actor>();
  const parts: string[] = [];
  let len = 0;
  const events: CodedEvent[] = [];
  const actorOf = (e: Ent, at: number): Actor => {
    let a = used.get(e);
    if (!a) {
      a = { id: `a${used.size + 1}`, name: e.name, kind: 'country', code: e.code, country: e.code.slice(0, 3), sectors: [], mentions: [], mentionIds: [] };
      used.set(e, a);
    }
    a.mentions.push({ start: at, end: at + e.name.length });
    a.mentionIds.push(`m${a.mentionIds.length}`);
    return a;
  };
  for (let i = 0; i < PER_ARTICLE; i++) {
    const s = skewed(entities);
    let t = skewed(entities);
    if (t === s) t = entities[(entities.indexOf(s) + 1) % entities.length]!;
    const [cameo, quad, goldstein] = pick(ROOTS);
    const verb = `acted(${cameo}) towards`;
    const sentence = `${s.name} ${verb} ${t.name}.`;
    const base = len + (parts.length ? 1 : 0);
    const sa = actorOf(s, base);
    const ta = actorOf(t, base + s.name.length + verb.length + 2);
    events.push({ id: `e${i + 1}`, source: sa.id, target: ta.id, sourceCode: s.code, targetCode: t.code, cameo, root: cameo.slice(0, 2),
      quad, goldstein, plover: { event: null, mode: null }, modality: random() < 0.9 ? 'asserted' : 'negated', sentence: i,
      evidence: { start: base + s.name.length + 1, end: base + s.name.length + 1 + verb.length }, rule: 'bench' });
    parts.push(sentence);
    len = base + sentence.length;
  }
  const text = parts.join(' ');
  let at = 0;
  const sentences = parts.map((p) => { const sp = { start: at, end: at + p.length }; at += p.length + 1; return sp; });
  return { id: `bench-${n}`, date: day, url: `https://outlet${n % 50}.example/${n}`, text, sentences, actors: [...used.values()], quotes: [], events };
}

/** Stores `events` synthetic events (in articles of 10) unless the store already has events. Returns seconds spent. */
export async function fillStore(store: SqliteStore, events: number): Promise<number> {
  if (((await store.counts()).events ?? 0) > 0) return 0;
  const start = Date.UTC(2019, 0, 1);
  const t0 = performance.now();
  for (let n = 0; n < events / PER_ARTICLE; n++) store.putArticleSync(makeArticle(n, start));
  return (performance.now() - t0) / 1000;
}
