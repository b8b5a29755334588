import type { CodedEvent } from '../core/types.js';
import type { ClusterRow, StoredArticle } from '../store/store.js';
import { eventDate } from './gdelt.js';

export const CSV_COLUMNS = ['article', 'event', 'date', 'source', 'source_code', 'target', 'target_code', 'cameo', 'root', 'quad',
  'goldstein', 'plover_event', 'plover_mode', 'modality', 'evidence_start', 'evidence_end', 'evidence_text', 'rule', 'cluster',
  'cluster_articles', 'url'] as const;

/** RFC 4180 quoting; text cells that a spreadsheet would read as a formula get a leading apostrophe. */
export function csvCell(v: string | number | null | undefined, text = false): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (text && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(): string {
  return CSV_COLUMNS.join(',');
}

export function csvRow(stored: StoredArticle, ev: CodedEvent, cluster: ClusterRow | undefined): string {
  const a = stored.article;
  const actors = new Map(a.actors.map((x) => [x.id, x]));
  return [
    csvCell(a.id, true), csvCell(ev.id, true), csvCell(eventDate(a, ev)), csvCell(ev.source ? actors.get(ev.source)?.name : null, true),
    csvCell(ev.sourceCode, true), csvCell(ev.target ? actors.get(ev.target)?.name : null, true), csvCell(ev.targetCode, true),
    csvCell(ev.cameo), csvCell(ev.root), csvCell(ev.quad), csvCell(ev.goldstein), csvCell(ev.plover?.event), csvCell(ev.plover?.mode),
    csvCell(ev.modality), csvCell(ev.evidence.start), csvCell(ev.evidence.end), csvCell(a.text.slice(ev.evidence.start, ev.evidence.end), true),
    csvCell(ev.rule, true), csvCell(cluster?.id), csvCell(cluster?.numArticles), csvCell(a.url, true),
  ].join(',');
}
