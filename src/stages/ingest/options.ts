/** One result of reading: an article with its origin, or a one-line error naming the input (and line). */
export type { IngestItem } from '../../core/types.js';

/** The default per-article limit: longer articles are reported and skipped (raise with --max-article-chars). */
export const DEFAULT_MAX_ARTICLE_CHARS = 5_000_000;

export interface ReadOptions {
  /** Standard input, read when an input is "-" (or no input is given). Defaults to process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /** Articles longer than this (UTF-16 code units, after normalisation) are errors E_TOO_LARGE. Default 5,000,000. */
  maxArticleChars?: number;
  /** Reject articles that are not English (E_LANGUAGE). Default true. */
  languageCheck?: boolean;
  /**
   * Told of every file a directory input holds that is not read (a type dyad does not read), with why; nothing is
   * coded from it. Hidden files and folders (names starting with ".") are passed over without a word.
   */
  onSkip?: (file: string, why: string) => void;
}

export interface ResolvedReadOptions {
  stdin: NodeJS.ReadableStream;
  maxArticleChars: number;
  languageCheck: boolean;
  onSkip: (file: string, why: string) => void;
  /** Largest plain-text file or JSONL/CSV line read, in bytes: 3 UTF-8 bytes per character at most, plus slack. */
  maxTextBytes: number;
  /** Largest HTML page or feed read at once, in bytes: markup may be many times the text it holds. */
  maxMarkupBytes: number;
}

export function resolveOptions(opts: ReadOptions): ResolvedReadOptions {
  const max = opts.maxArticleChars ?? DEFAULT_MAX_ARTICLE_CHARS;
  const maxArticleChars = Number.isFinite(max) && max > 0 ? Math.floor(max) : DEFAULT_MAX_ARTICLE_CHARS;
  return {
    stdin: opts.stdin ?? process.stdin,
    maxArticleChars,
    languageCheck: opts.languageCheck ?? true,
    onSkip: opts.onSkip ?? (() => {}),
    maxTextBytes: maxArticleChars * 6 + 65_536,
    maxMarkupBytes: Math.max(maxArticleChars * 10, 64 * 1024 * 1024),
  };
}
