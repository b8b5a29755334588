import { DyadError } from '../../core/errors.js';
import { textId } from '../../core/hash.js';
import type { Origin } from '../../core/types.js';
import { normalizeDate } from './dates.js';
import { detectEnglish } from './language.js';
import type { IngestItem, ResolvedReadOptions } from './options.js';

/** The fields an input gives for one article, before checks and normalisation. */
export interface RawArticle {
  id?: string | number;
  date?: unknown;
  title?: string;
  url?: string;
  text: string;
}

const LINE_BREAKS = /\r\n?/g;
/** C0 controls except tab and line feed, DEL and C1 controls: each becomes one space, so lengths do not change. */
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const WHITESPACE_RUN = /\s+/g;

/**
 * The text every offset will point into. `\r\n` and `\r` become `\n`; control characters (other than `\n`, `\t`)
 * become a space and unpaired surrogates U+FFFD, one code unit for one, so nothing else moves. Quote marks,
 * dashes and other characters are kept as written (tokens fold them, the text does not).
 */
export function normalizeText(raw: string): string {
  return raw.replace(LINE_BREAKS, '\n').replace(CONTROL_CHARS, ' ').replace(LONE_SURROGATE, '\uFFFD');
}

/** A title or URL is metadata without offsets: controls removed and whitespace collapsed. */
function normalizeField(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const s = normalizeText(v).replace(WHITESPACE_RUN, ' ').trim();
  return s || undefined;
}

/** Checks and normalises one article: empty, too large, not English are errors; the date is normalised or dropped. */
export function buildArticle(raw: RawArticle, origin: Origin, opts: ResolvedReadOptions): IngestItem {
  const limit = opts.maxArticleChars;
  if (raw.text.length > 2 * limit) return tooLarge(raw.text.length, origin, limit);
  const text = normalizeText(raw.text);
  if (text.length > limit) return tooLarge(text.length, origin, limit);
  if (!text.trim()) return fail('E_EMPTY', 'empty article text; nothing to code', origin);
  if (opts.languageCheck) {
    const verdict = detectEnglish(text);
    if (!verdict.english) {
      return fail('E_LANGUAGE', `not English (skipped): ${Math.round(verdict.share * 100)}% English function words` +
        `${verdict.latin < 0.5 ? ', mostly non-Latin script' : ''}; dyad codes English news only`, origin);
    }
  }
  const id = raw.id === undefined ? '' : String(raw.id).trim();
  const date = normalizeDate(raw.date);
  const title = normalizeField(raw.title);
  const url = normalizeField(raw.url);
  return {
    ok: true,
    value: {
      article: { id: id || textId(text), ...(date ? { date } : {}), ...(title ? { title } : {}), ...(url ? { url } : {}), text },
      origin,
    },
  };
}

export function fail(code: string, message: string, origin: Origin): IngestItem {
  return { ok: false, error: new DyadError(code, message, origin) };
}

function tooLarge(chars: number, origin: Origin, limit: number): IngestItem {
  return fail('E_TOO_LARGE', `article of ${chars} characters is over the limit of ${limit}; raise it with --max-article-chars`, origin);
}
