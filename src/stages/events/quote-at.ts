import type { Quote } from '../../core/types.js';

/** The quotation whose content holds the offset, or null. */
export function quoteAt(quotes: readonly Quote[], offset: number): Quote | null {
  for (const q of quotes) if (offset >= q.content.start && offset < q.content.end) return q;
  return null;
}
