/**
 * The typed contract shared by `dyad query`, the HTTP API and the page: one zod schema per query, reading the string
 * parameters of a URL or a command line into the filters the Store takes. Unknown parameters are errors.
 */
import { z } from 'zod';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
/** An actor: a CAMEO code prefix (CHN, IGOWSTNAT) or a canonical name. */
const actor = z.string().trim().min(1).max(200);
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const modality = z.enum(['asserted', 'negated', 'future', 'hypothetical', 'historical']);
/**
 * Pages: at most 1,000 rows, starting at most 10,000 rows in. A deep offset costs the store every row before it
 * (offset=199000 over 200,000 articles: 0.2-0.6 s a request, and SQLite cannot interrupt a query): narrow the
 * query (from, to, actor) instead.
 */
export const MAX_OFFSET = 10_000;
const page = {
  limit: int(1, 1000).optional(),
  offset: z.coerce.number().int().min(0).max(MAX_OFFSET, `at most ${MAX_OFFSET}; narrow the query (from, to, actor) instead of paging further`).optional(),
};

export const eventsParams = z.strictObject({
  actor: actor.optional(), source: actor.optional(), target: actor.optional(),
  code: z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code or prefix (2-4 digits)').optional(),
  from: date.optional(), to: date.optional(), modality: modality.optional(), quad: int(1, 4).optional(),
  article: z.string().min(1).max(500).optional(), cluster: int(1, Number.MAX_SAFE_INTEGER).optional(),
  sourceEntity: int(1, Number.MAX_SAFE_INTEGER).optional(), targetEntity: int(1, Number.MAX_SAFE_INTEGER).optional(),
  both: bool.optional(), ...page,
});

export const seriesParams = z.strictObject({
  source: actor, target: actor.optional(), interval: z.enum(['day', 'week', 'month']).default('day'),
  from: date.optional(), to: date.optional(), both: bool.optional(), modality: modality.optional(),
});

export const networkParams = z.strictObject({
  from: date.optional(), to: date.optional(), actor: actor.optional(), minCount: int(1, 1_000_000).optional(),
  limit: int(1, 10_000).optional(), modality: modality.optional(),
});

export const quotesParams = z.strictObject({
  speaker: actor.optional(), q: z.string().min(1).max(200).optional(), article: z.string().min(1).max(500).optional(), ...page,
});

export const actorsParams = z.strictObject({ q: z.string().max(200).optional(), ...page });

export const clustersParams = z.strictObject({
  actor: actor.optional(), from: date.optional(), to: date.optional(), root: z.string().regex(/^\d{2}$/, 'expected a CAMEO root (2 digits)').optional(),
  minArticles: int(1, 1_000_000).optional(), ...page,
});

export const searchParams = z.strictObject({ q: z.string().trim().min(1).max(200), limit: int(1, 200).optional() });

export const articleParams = z.strictObject({ id: z.string().min(1).max(500) });

/** Drops undefined keys so the result satisfies exactOptional-style filters. */
export function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** "field: message; field: message" from a zod error, for one-line errors. */
export function describeZodError(e: z.ZodError): string {
  return e.issues.map((i) => `${i.path.length ? i.path.join('.') : 'parameters'}: ${i.message}`).join('; ');
}
