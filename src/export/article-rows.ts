import type { CodedArticle } from '../core/types.js';
import { sourceOf } from '../store/article-meta.js';
import type { ClusterRow, StoredArticle } from '../store/store.js';
import { eventDate, gdeltEventRow, gdeltMentionRow } from './gdelt.js';
import { ploverRecord } from './plover.js';

/**
 * Export rows for one coded article without a store (for `dyad code --format gdelt|plover`): every asserted event is
 * its own cluster (NumMentions = NumSources = NumArticles = 1; `firstId` numbers the clusters, GLOBALEVENTID is the stable hash of
 * article and event id); `tone` is the article's AvgTone.
 */
export function articleRows(a: CodedArticle, format: 'gdelt-events' | 'gdelt-mentions' | 'plover', firstId = 1, now = new Date().toISOString(), tone: number | null = null): string[] {
  const stored: StoredArticle = { article: a, source: sourceOf(a.url), addedAt: now, clusters: {} };
  const out: string[] = [];
  let id = firstId;
  for (const ev of a.events) {
    if (ev.modality !== 'asserted') continue;
    const date = eventDate(a, ev);
    const cluster: ClusterRow = {
      id: id++, sourceCode: ev.sourceCode, targetCode: ev.targetCode, root: ev.root, cameo: ev.cameo, modality: ev.modality,
      firstDate: date, lastDate: date, quad: ev.quad, goldstein: ev.goldstein, numMentions: 1, numArticles: 1, numSources: 1,
      firstArticle: a.id, firstEvent: ev.id,
    };
    if (format === 'plover') {
      const rec = ploverRecord(stored, ev, '', now);
      if (rec) out.push(JSON.stringify(rec));
    } else {
      out.push((format === 'gdelt-events' ? gdeltEventRow(stored, ev, cluster, { tone }) : gdeltMentionRow(stored, ev, cluster, { tone })).join('\t'));
    }
  }
  return out;
}
