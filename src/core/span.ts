import type { Span } from './types.js';

export const span = (start: number, end: number): Span => ({ start, end });
export const spanText = (text: string, s: Span): string => text.slice(s.start, s.end);
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;
/** Index of the first item (sorted by start) starting at or after `at`; `items.length` when none does. */
export function firstStartingAt(items: ReadonlyArray<{ start: number }>, at: number): number {
  let lo = 0, hi = items.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (items[mid]!.start < at) lo = mid + 1; else hi = mid; }
  return lo;
}
export const byStart = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;

const UPPER = /^\p{Lu}/u;
/**
 * The UTF-16 unit at `pos` is an upper-case letter: `/^\p{Lu}/u.test(text.slice(pos, pos + 1))`, answered from the
 * char code for ASCII (no substring, no regex: the mention and event stages ask it for most tokens).
 */
export function upperAt(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(text.slice(pos, pos + 1));
}
