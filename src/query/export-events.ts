/**
 * GET /api/export: the rows an /api/events query shows (same parameters, so the same events in the same order), written
 * by the project's exporters (src/export). CSV and PLOVER: one line per shown event (PLOVER leaves out events without a
 * PLOVER category or a date, as `dyad export` does). GDELT: the Events file's unit is the event cluster, so one row per
 * cluster of the shown events, in the order they first appear, read from the cluster's first stored event (as `dyad export`).
 */
import fs from 'node:fs';
import type { z } from 'zod';
import { DyadError } from '../core/errors.js';
import { csvHeader, csvRow } from '../export/csv.js';
import { GDELT_EVENT_COLUMNS, gdeltEventRow } from '../export/gdelt.js';
import { ploverRecord } from '../export/plover.js';
import type { Store, StoredArticle } from '../store/store.js';
import type { exportParams } from './params.js';

export type ExportQuery = z.infer<typeof exportParams>;

export interface ExportFile {
  filename: string;
  contentType: string;
  body: string;
  rows: number;
}

const VERSION = (JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export async function exportEvents(store: Store, q: ExportQuery): Promise<ExportFile> {
  const { format, ...filter } = q;
  const rows = await store.events(filter);
  const articles = new Map<string, StoredArticle | null>();
  const stored = async (id: string): Promise<StoredArticle | null> => {
    if (!articles.has(id)) articles.set(id, await store.article(id));
    return articles.get(id)!;
  };
  const lines: string[] = [];
  let n = 0;
  if (format === 'csv') lines.push(csvHeader());
  if (format === 'gdelt') lines.push(GDELT_EVENT_COLUMNS.join('\t'));
  const clusters = new Set<number>();
  const codedAt = new Date().toISOString();
  for (const row of rows) {
    const s = await stored(row.article);
    const ev = s?.article.events.find((e) => e.id === row.id);
    if (!s || !ev) throw new DyadError('E_INTERNAL', `event ${row.article}:${row.id} vanished while exporting`);
    if (format === 'csv') { lines.push(csvRow(s, ev, s.clusters[ev.id])); n++; continue; }
    if (format === 'plover') {
      const rec = ploverRecord(s, ev, VERSION, codedAt);
      if (rec) { lines.push(JSON.stringify(rec)); n++; }
      continue;
    }
    const cluster = s.clusters[ev.id];
    if (!cluster || clusters.has(cluster.id)) continue;
    clusters.add(cluster.id);
    const first = await stored(cluster.firstArticle);
    const firstEv = first?.article.events.find((e) => e.id === cluster.firstEvent);
    if (!first || !firstEv) continue;
    lines.push(gdeltEventRow(first, firstEv, cluster).join('\t'));
    n++;
  }
  const ext = { csv: 'csv', gdelt: 'gdelt-events.tsv', plover: 'plover.jsonl' }[format];
  const type = { csv: 'text/csv; charset=utf-8', gdelt: 'text/tab-separated-values; charset=utf-8', plover: 'application/x-ndjson; charset=utf-8' }[format];
  return { filename: `dyad-events.${ext}`, contentType: type, body: lines.join('\n') + '\n', rows: n };
}
