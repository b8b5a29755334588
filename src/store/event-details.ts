import type { CodedEvent, Modality, Span } from '../core/types.js';
import type { EventPlace, EventRow } from './store.js';

/** A place of the article (contract 1.1 `places`), as far as an event row needs it. */
interface StoredPlace { id: string; name: string; country?: string | null; admin1?: string | null; lat?: number | null; lon?: number | null }

/** What an event row adds from its article: the sentence holding the evidence and the place the event happened at. */
export interface ArticleParts { text: string; sentences: Span[]; places: StoredPlace[] }

export function sentenceOf(parts: ArticleParts | undefined, sentence: number, evidence: Span): string {
  if (!parts) return '';
  const s = parts.sentences[sentence];
  // The evidence is inside its sentence; a span list that does not say so falls back to the evidence itself.
  if (!s || s.start > evidence.start || s.end < evidence.end) return parts.text.slice(evidence.start, evidence.end);
  return parts.text.slice(s.start, s.end);
}

export function placeOf(parts: ArticleParts | undefined, placeId: string | null | undefined): EventPlace | null {
  if (!parts || !placeId) return null;
  const p = parts.places.find((x) => x.id === placeId);
  if (!p) return null;
  return { id: p.id, name: p.name, country: p.country ?? null, admin1: p.admin1 ?? null, lat: p.lat ?? null, lon: p.lon ?? null };
}

/** Reads the parts of an article row whose `sentences` and `places` may come as JSON text (SQLite) or values (Postgres). */
export function articleParts(text: string, sentences: unknown, places: unknown): ArticleParts {
  const read = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);
  const s = read(sentences);
  const p = read(places);
  return { text, sentences: Array.isArray(s) ? s as Span[] : [], places: Array.isArray(p) ? (p as StoredPlace[]).filter((x) => x && typeof x.id === 'string' && typeof x.name === 'string') : [] };
}

/**
 * One row of the events query (the same columns and aliases in both stores' SQL) as an `EventRow`, with the sentence
 * and place read from its article's parts.
 */
export function eventRow(r: Record<string, unknown>, parts: Map<number, ArticleParts>): EventRow {
  const ev = JSON.parse(r.json as string) as CodedEvent & { place?: string | null };
  const evidence = { start: r.ev_start as number, end: r.ev_end as number };
  const art = parts.get(r.apk as number);
  return {
    article: r.article as string, articleTitle: (r.articleTitle as string | null) ?? null, id: r.id as string,
    date: (r.date as string | null) ?? null, source: (r.source as string | null) ?? null, target: (r.target as string | null) ?? null,
    sourceEntity: (r.sourceEntity as number | null) ?? null, targetEntity: (r.targetEntity as number | null) ?? null,
    sourceCode: r.sourceCode as string, targetCode: r.targetCode as string, cameo: r.cameo as string, root: r.root as string,
    quad: r.quad as number, goldstein: r.goldstein as number, plover: ev.plover, modality: r.modality as Modality,
    evidence, evidenceText: r.evidenceText as string, sentenceText: sentenceOf(art, ev.sentence, evidence), place: placeOf(art, ev.place),
    rule: r.rule as string, cluster: r.cluster as number,
  };
}
