/**
 * The typed contract shared by `dyad query`, the HTTP API and the page: one zod schema per query, reading the string
 * parameters of a URL or a command line into the filters the Store takes. Unknown parameters are errors.
 */
import { z } from 'zod';
import { EVENT_SORTS } from '../store/store.js';
import { MODALITIES } from '../core/contract-schema.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
/** An actor: a CAMEO code prefix (CHN, IGOWSTNAT) or a canonical name. */
const actor = z.string().trim().min(1).max(200);
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const modality = z.enum(MODALITIES);
const page = { limit: int(1, 1000).optional(), offset: int(0, 1_000_000).optional() };
const id = int(1, Number.MAX_SAFE_INTEGER);
const cameo = z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code or prefix (2-4 digits)');
/** A country (or IGO) code: either side's actor code starts with it. */
const country = z.string().regex(/^[A-Z]{3,12}$/, 'expected an upper-case CAMEO country or IGO code (CHN, IGOWSTNAT)');
/** A place's name, as the article's places give it (contract 1.1). */
const place = z.string().trim().min(1).max(200).regex(/^[^\p{Cc}]*$/u, 'no control characters');
/** The filters every event view shares (the page's filter bar): network, events, export. */
const eventFilters = {
  from: date.optional(), to: date.optional(), modality: modality.optional(), quad: int(1, 4).optional(),
  code: cameo.optional(), country: country.optional(), place: place.optional(),
};
const sort = z.enum(EVENT_SORTS);

const eventsShape = {
  actor: actor.optional(), source: actor.optional(), target: actor.optional(), ...eventFilters,
  article: z.string().min(1).max(500).optional(), cluster: id.optional(),
  sourceEntity: id.optional(), targetEntity: id.optional(), entity: id.optional(),
  both: bool.optional(), sort: sort.optional(), order: z.enum(['asc', 'desc']).optional(), ...page,
};
export const eventsParams = z.strictObject(eventsShape);

/** GET /api/export: the events of an /api/events query (same parameters, same rows, same order) in one export format. */
export const exportParams = z.strictObject({ format: z.enum(['csv', 'gdelt', 'plover']), ...eventsShape });

export const seriesParams = z.strictObject({
  source: actor.optional(), target: actor.optional(), entity: id.optional(), interval: z.enum(['day', 'week', 'month']).default('day'),
  from: date.optional(), to: date.optional(), both: bool.optional(), modality: modality.optional(), code: cameo.optional(),
}).refine((p) => p.source !== undefined || p.entity !== undefined, { message: 'give source (with target for a dyad) or entity', path: ['source'] });

export const networkParams = z.strictObject({
  actor: actor.optional(), minCount: int(1, 1_000_000).optional(), limit: int(1, 10_000).optional(), ...eventFilters,
});

export const quotesParams = z.strictObject({
  speaker: actor.optional(), speakerEntity: id.optional(), q: z.string().min(1).max(200).optional(), article: z.string().min(1).max(500).optional(), ...page,
});

/** GET /api/actors/{id}: one actor's page. */
export const actorParams = z.strictObject({ id });

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
