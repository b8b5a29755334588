/**
 * The part of the programmatic entry (`api.ts`, which re-exports all of it) that coding text needs: `dyad code`
 * imports this module, so it loads neither the zod contract schema, the store, nor the exporters (start-up of one
 * article: docs/speed.md).
 */
export { ATTRIBUTION_MODES, isAttributionMode } from './core/doc.js';
export { DyadError, formatError } from './core/errors.js';
export type { IngestItem } from './core/types.js';
export { codeArticles, type CodedItem } from './pipeline/code-articles.js';
export { loadResources } from './resources/resources.js';
export type { Tone } from './resources/tone.js';
export { readInputs } from './stages/ingest/read-inputs.js';
export { UndatedWarnings } from './stages/ingest/undated.js';
