import { DyadError } from '../core/errors.js';
import type { CodeOptions } from '../core/doc.js';
import type { CodedArticle, IngestItem, Origin } from '../core/types.js';
import type { Resources } from '../resources/resources.js';
import { codeArticleAsync } from './code-article.js';

/** One item of a coded stream: the article's contract JSON, or why the input could not be read or coded. */
export type CodedItem = { ok: true; coded: CodedArticle; origin: Origin } | { ok: false; error: DyadError };

/**
 * Codes every article of a stream of inputs (`readInputs`), in input order: one `CodedItem` per article, bad input
 * as an error item (the stream goes on).
 */
export async function* codeArticles(items: AsyncIterable<IngestItem>, res: Resources, opts: CodeOptions = {}): AsyncGenerator<CodedItem> {
  for await (const item of items) {
    if (!item.ok) { yield item; continue; }
    let coded: CodedArticle;
    try {
      coded = await codeArticleAsync(item.value.article, res, opts);
    } catch (e) {
      if (!(e instanceof DyadError)) throw e;
      yield { ok: false, error: new DyadError(e.code, e.message, item.value.origin) };
      continue;
    }
    yield { ok: true, coded, origin: item.value.origin };
  }
}
