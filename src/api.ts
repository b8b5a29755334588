/**
 * dyad's programmatic entry, and the only one the CLI and the HTTP server code through: code one article, code a
 * stream of inputs, ingest into a store. Importing it loads the coding pipeline only: the store backends (SQLite,
 * Postgres) and the HTTP server are loaded when first used, so `dyad code` never loads a database
 * driver.
 */
import type { Store, StoreOptions } from './store/store.js';
import type { ServeOptions, RunningServer } from './http/server.js';

export type * from './core/types.js';
export type { AttributionMode, CodeOptions, Doc, DocWith, LayerName, Layers, TokenRange } from './core/doc.js';
export type { AnyStage, Stage, StageResult } from './core/stage.js';
export { ATTRIBUTION_MODES, isAttributionMode } from './core/doc.js';
export { codedArticleSchema, MODALITIES } from './core/contract-schema.js';
export { DyadError, formatError } from './core/errors.js';
export { loadResources, type Resources, type ResourceOptions } from './resources/resources.js';
export { checkParserModel } from './resources/parser.js';
export { codeArticle, codeArticleAsync } from './pipeline/code-article.js';
export { codeArticles, type CodedItem } from './pipeline/code-articles.js';
export { createPipeline, type Pipeline } from './pipeline/run.js';
export { PIPELINE, STAGES } from './pipeline/stages.js';
export { readInputs, DEFAULT_MAX_ARTICLE_CHARS, type ReadOptions } from './stages/ingest/read-inputs.js';
export { buildArticle } from './stages/ingest/article.js';
export { segment } from './stages/segment/segment.js';
export { UndatedWarnings, DATE_FIELDS } from './stages/ingest/undated.js';
export { firstInvalidUtf8 } from './stages/ingest/decode.js';
export { resolveOptions as resolveReadOptions } from './stages/ingest/options.js';
export { ingestArticles, threadCoder, type Coder, type IngestOptions, type IngestProgress } from './pipeline/ingest.js';
export { DEFAULT_DB, isPostgresUrl } from './store/db-url.js';
export { contentHash } from './store/article-meta.js';
export type * from './store/store.js';
export { exportCorpus, EXPORT_FORMATS, type ExportFormat, type ExportOptions } from './export/export.js';
export { articleRows } from './export/article-rows.js';
export { loadTone, type Tone } from './resources/tone.js';
export type { ServeOptions, RunningServer } from './http/server.js';

/** Opens a store from a `--db` value: an SQLite file path (created when missing) or a postgres:// URL. */
export async function openStore(db?: string, opts: StoreOptions = {}): Promise<Store> {
  return (await import('./store/open-store.js')).openStore(db, opts);
}

/** Serves the JSON API and the page over a store (src/http/). */
export async function serve(store: Store, opts: ServeOptions = {}): Promise<RunningServer> {
  return (await import('./http/server.js')).serve(store, opts);
}
