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
