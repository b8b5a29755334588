import type { z } from 'zod';
import { DyadError } from '../core/errors.js';
import type { Store } from '../store/store.js';
import {
  actorParams, actorsParams, articleParams, clustersParams, defined, describeZodError, eventsParams, networkParams, placesParams, quotesParams, searchParams, seriesParams,
} from './params.js';

export const QUERY_KINDS = ['events', 'series', 'network', 'quotes', 'article', 'actors', 'actor', 'clusters', 'search', 'stats', 'places'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

function parse<S extends z.ZodType>(schema: S, params: Record<string, string>): z.infer<S> {
  const r = schema.safeParse(params);
  if (!r.success) throw new DyadError('E_PARAM', describeZodError(r.error));
  return defined(r.data as object) as z.infer<S>;
}

/** Runs one named query with string parameters (from a URL or a command line), validated by the shared schemas. */
export async function runQuery(store: Store, kind: string, params: Record<string, string>): Promise<unknown> {
  switch (kind as QueryKind) {
    case 'events': return store.events(parse(eventsParams, params));
    case 'series': return store.timeSeries(parse(seriesParams, params));
    case 'network': return store.network(parse(networkParams, params));
    case 'quotes': return store.quotes(parse(quotesParams, params));
    case 'actors': return store.actors(parse(actorsParams, params));
    case 'actor': {
      const { id } = parse(actorParams, params);
      const a = await store.actor(id);
      if (!a) throw new DyadError('E_NOT_FOUND', `no actor with id ${id}`);
      return a;
    }
    case 'clusters': return store.clusters(parse(clustersParams, params));
    case 'search': return store.search(parse(searchParams, params));
    case 'places': return store.places(parse(placesParams, params));
    case 'stats': parse(articleParams.pick({}), params); return store.counts();
    case 'article': {
      const { id } = parse(articleParams, params);
      const a = await store.article(id);
      if (!a) throw new DyadError('E_NOT_FOUND', `no article with id ${JSON.stringify(id)}`);
      return a;
    }
    default: throw new DyadError('E_QUERY', `unknown query "${kind}" (use ${QUERY_KINDS.join(', ')})`);
  }
}
