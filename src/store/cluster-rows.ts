import type { Modality } from '../core/types.js';
import type { ClusterRow } from './store.js';

/** The columns of a cluster row, with the article and event that opened it (the same SQL in both stores). */
export const CLUSTER_COLS = `c.*, (SELECT a.id FROM events f JOIN articles a ON a.pk = f.article WHERE f.cluster = c.pk ORDER BY f.pk LIMIT 1) AS first_article,
  (SELECT f.local_id FROM events f WHERE f.cluster = c.pk ORDER BY f.pk LIMIT 1) AS first_event`;

/** A cluster row as the store API gives it. */
export function clusterRow(r: Record<string, unknown>): ClusterRow {
  return {
    id: r.pk as number, sourceCode: r.source_code as string, targetCode: r.target_code as string, root: r.root as string,
    cameo: r.cameo as string, modality: r.modality as Modality, firstDate: (r.first_date as string | null) ?? null,
    lastDate: (r.last_date as string | null) ?? null, quad: r.quad as number, goldstein: r.goldstein as number,
    numMentions: r.num_mentions as number, numArticles: r.num_articles as number, numSources: r.num_sources as number,
    firstArticle: r.first_article as string, firstEvent: r.first_event as string,
  };
}
