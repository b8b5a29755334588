import { createHash } from 'node:crypto';

/** The content hash that makes ingest idempotent: SHA-256 of the article text (hex). */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The outlet an article came from: its URL's host name without "www.", else null. */
export function sourceOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
