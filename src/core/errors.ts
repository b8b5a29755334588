import type { Origin } from './types.js';

/** An error a user can hit, with a stable code and a message that says what to do. */
export class DyadError extends Error {
  readonly code: string;
  readonly origin?: Origin;
  constructor(code: string, message: string, origin?: Origin) {
    super(message);
    this.name = 'DyadError';
    this.code = code;
    this.origin = origin;
  }
}

/**
 * A store's refusal of one article for what it holds (Postgres and a NUL character), not a fault of the store itself
 * (full disk, read-only file, lost connection): an ingest skips that article and stores the rest of its batch.
 */
export class ArticleRefused extends DyadError {
  constructor(message: string, origin?: Origin) {
    super('E_DB', message, origin);
    this.name = 'ArticleRefused';
  }
}

/** "file.jsonl:12" or "file.rss item 3" or "-". */
export function formatOrigin(o: Origin): string {
  let s = o.input;
  if (o.line !== undefined) s += `:${o.line}`;
  if (o.item !== undefined) s += ` item ${o.item}`;
  return s;
}

/** One line: "dyad: E_CODE file.jsonl:12: message". */
export function formatError(e: DyadError): string {
  const where = e.origin ? ` ${formatOrigin(e.origin)}:` : '';
  return `dyad: ${e.code}${where} ${e.message.replace(/\s*\n\s*/g, ' ')}`;
}
