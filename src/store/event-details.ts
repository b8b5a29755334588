import type { Span } from '../core/types.js';
import type { EventPlace } from './store.js';

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
