import { DyadError } from '../core/errors.js';
import type { CodeOptions } from '../core/doc.js';
import type { CodedArticle, IngestItem, Origin } from '../core/types.js';
import type { Resources } from '../resources/resources.js';
import { codeArticleAsync } from './code-article.js';

/** A stage's unexpected exception as E_INTERNAL: its message and the frame that threw, for a bug report. */
function internalError(e: unknown, origin: Origin): DyadError {
  const message = e instanceof Error ? e.message : String(e);
  const frame = e instanceof Error ? /\n\s+at (.*)/.exec(e.stack ?? '')?.[1] : undefined;
  return new DyadError('E_INTERNAL', `internal error while coding (a fault of dyad, please report it with this input): ${message}${frame ? ` at ${frame}` : ''}`, origin);
}

/** One item of a coded stream: the article's contract JSON, or why the input could not be read or coded. */
export type CodedItem = { ok: true; coded: CodedArticle; origin: Origin } | { ok: false; error: DyadError };

/**
 * Codes every article of a stream of inputs (`readInputs`), in input order: one `CodedItem` per article, bad input
 * and an internal fault on one article (E_INTERNAL) as an error item (the stream goes on).
 */
export async function* codeArticles(items: AsyncIterable<IngestItem>, res: Resources, opts: CodeOptions = {}): AsyncGenerator<CodedItem> {
  for await (const item of items) {
    if (!item.ok) { yield item; continue; }
    let coded: CodedArticle;
    try {
      coded = await codeArticleAsync(item.value.article, res, opts);
    } catch (e) {
      // a fault of dyad itself on one article (a stage throwing) is reported like bad input, naming the article, and
      // the stream goes on: one article must not end a run over thousands (the exit status still says it failed)
      const error = e instanceof DyadError ? new DyadError(e.code, e.message, item.value.origin) : internalError(e, item.value.origin);
      yield { ok: false, error };
      continue;
    }
    yield { ok: true, coded, origin: item.value.origin };
  }
}
