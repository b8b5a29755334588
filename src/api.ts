export type * from './core/types.js';
export { DyadError, formatError } from './core/errors.js';
export { loadResources, type Resources, type ResourceOptions } from './resources/resources.js';
export { codeArticle } from './pipeline/code-article.js';
export { readInputs, DEFAULT_MAX_ARTICLE_CHARS, type IngestItem, type ReadOptions } from './stages/ingest/read-inputs.js';
