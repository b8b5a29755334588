import fs from 'node:fs';
import type { Modality } from '../core/types.js';
import type { Store } from '../store/store.js';
import { csvHeader, csvRow } from './csv.js';
import { GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, eventDate, gdeltEventRow, gdeltMentionRow } from './gdelt.js';
import { networkToGraphml } from './graphml.js';
import { ploverRecord } from './plover.js';
import { loadTone, type Tone } from '../resources/tone.js';

export type ExportFormat = 'gdelt-events' | 'gdelt-mentions' | 'plover' | 'csv' | 'graphml';
export const EXPORT_FORMATS: ExportFormat[] = ['gdelt-events', 'gdelt-mentions', 'plover', 'csv', 'graphml'];

export interface ExportOptions {
  from?: string;
  to?: string;
  /** Modalities exported (default: asserted only, since a GDELT or PLOVER row claims the event happened). */
  modalities?: Modality[];
  /** GDELT files have no header row; add one with the column names. */
  header?: boolean;
  /** Only these articles (default: all, in storage order). */
  articles?: string[];
  /** GDELT AvgTone / MentionDocTone: the tone of a text (default: wink-nlp's sentiment, src/resources/tone.ts); null leaves them empty. */
  tone?: Tone | null;
}

const VERSION = (JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Writes the corpus (or a slice of it) in one export format, line by line, through `write`. Returns the rows written. */
export async function exportCorpus(store: Store, format: ExportFormat, write: (line: string) => void | Promise<void>, opts: ExportOptions = {}): Promise<number> {
  if (format === 'graphml') {
    const net = await store.network({ from: opts.from, to: opts.to, limit: 10_000, modality: opts.modalities?.[0] });
    await write(networkToGraphml(net));
    return net.edges.length;
  }
  const modalities = new Set(opts.modalities ?? ['asserted']);
  const toneOf = format.startsWith('gdelt') && opts.tone !== null ? opts.tone ?? loadTone() : null;
  const tones = new Map<string, number>();
  const articleTone = async (id: string, text?: string): Promise<number | null> => {
    if (!toneOf) return null;
    let t = tones.get(id);
    if (t === undefined) {
      const txt = text ?? (await store.article(id))?.article.text;
      if (txt === undefined) return null;
      t = toneOf(txt);
      tones.set(id, t);
    }
    return t;
  };
  /** AvgTone: the mean tone of the articles that tell the cluster's event. */
  const clusterTone = async (cluster: number): Promise<number | null> => {
    if (!toneOf) return null;
    const ids = [...new Set((await store.events({ cluster, limit: 1000 })).map((e) => e.article))];
    const ts = (await Promise.all(ids.map((i) => articleTone(i)))).filter((x): x is number => x !== null);
    return ts.length ? Math.round((ts.reduce((a, b) => a + b, 0) / ts.length) * 100) / 100 : null;
  };
  const codedAt = new Date().toISOString();
  let rows = 0;
  if (opts.header && format === 'gdelt-events') await write(GDELT_EVENT_COLUMNS.join('\t'));
  if (opts.header && format === 'gdelt-mentions') await write(GDELT_MENTION_COLUMNS.join('\t'));
  if (format === 'csv') await write(csvHeader());
  for (const id of opts.articles ?? await store.articleIds()) {
    const stored = await store.article(id);
    if (!stored) continue;
    for (const ev of stored.article.events) {
      if (!modalities.has(ev.modality)) continue;
      const date = eventDate(stored.article, ev);
      if ((opts.from && (!date || date < opts.from)) || (opts.to && (!date || date > opts.to))) continue;
      const cluster = stored.clusters[ev.id];
      let line: string | null = null;
      if (format === 'gdelt-events') {
        // One row per cluster, written where its first event is stored (GDELT's root record).
        if (cluster && cluster.firstArticle === id && cluster.firstEvent === ev.id) line = gdeltEventRow(stored, ev, cluster, { tone: await clusterTone(cluster.id) }).join('\t');
      } else if (format === 'gdelt-mentions') {
        if (cluster) line = gdeltMentionRow(stored, ev, cluster, { tone: await articleTone(id, stored.article.text) }).join('\t');
      } else if (format === 'plover') {
        const rec = ploverRecord(stored, ev, VERSION, codedAt);
        if (rec) line = JSON.stringify(rec);
      } else {
        line = csvRow(stored, ev, cluster);
      }
      if (line !== null) { await write(line); rows++; }
    }
  }
  return rows;
}
