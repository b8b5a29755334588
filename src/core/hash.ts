import { createHash } from 'node:crypto';

/** A stable short id for a text: the first 16 hex digits of its SHA-256. */
export function textId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}
