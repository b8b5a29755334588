import type { Span } from './types.js';

export const span = (start: number, end: number): Span => ({ start, end });
export const spanText = (text: string, s: Span): string => text.slice(s.start, s.end);
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;
export const byStart = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;
