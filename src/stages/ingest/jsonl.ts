import { z } from 'zod';
import { buildArticle, fail } from './article.js';
import type { IngestItem, ResolvedReadOptions } from './options.js';
import { readLines, type Peeked } from './source.js';
import { firstDateField } from './undated.js';

/** One JSONL line: `text` is required; the rest optional. Ids may be numbers; null counts as absent. */
const JsonArticle = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  date: z.union([z.string(), z.number()]).nullish(),
  published: z.union([z.string(), z.number()]).nullish(),
  pubDate: z.union([z.string(), z.number()]).nullish(),
  published_at: z.union([z.string(), z.number()]).nullish(),
  datetime: z.union([z.string(), z.number()]).nullish(),
  title: z.string().nullish(),
  url: z.string().nullish(),
  text: z.string(),
});

const LIMIT_HINT = 'raise it with --max-article-chars';

/** Articles of a JSONL input, one per non-blank line, in order; a bad line is one error and the next lines go on. */
export async function* readJsonl(input: string, peeked: Peeked, opts: ResolvedReadOptions): AsyncGenerator<IngestItem> {
  for await (const l of readLines(peeked, opts.maxTextBytes, LIMIT_HINT)) {
    const origin = { input, line: l.line };
    if ('problem' in l) { yield fail(l.problem.code, l.problem.message, l.problem.code === 'E_BINARY' ? { input } : origin); continue; }
    const line = l.text;
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      yield fail('E_JSONL', `broken JSON: ${(e as Error).message}`, origin);
      continue;
    }
    const parsed = JsonArticle.safeParse(json);
    if (!parsed.success) {
      yield fail('E_JSONL', `not an article object: ${describeIssues(parsed.error, json)}; expected {"id"?, "date"?, "published"?, "title"?, "url"?, "text": string}`, origin);
      continue;
    }
    const o = parsed.data;
    yield buildArticle({ id: o.id ?? undefined, date: firstDateField((f) => o[f as keyof typeof o]), title: o.title ?? undefined, url: o.url ?? undefined, text: o.text }, origin, opts);
  }
}

function describeIssues(error: z.ZodError, json: unknown): string {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return `got ${json === null ? 'null' : Array.isArray(json) ? 'an array' : typeof json}`;
  return error.issues.slice(0, 3).map((i) => {
    const field = i.path.join('.') || '(line)';
    const value = (json as Record<string, unknown>)[String(i.path[0])];
    const got = value === undefined ? 'missing' : value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    return `"${field}" ${got === 'missing' ? 'is missing' : `is ${got}`}`;
  }).join(', ');
}
