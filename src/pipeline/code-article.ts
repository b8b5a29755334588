import { newDoc, type CodeOptions, type Doc } from '../core/doc.js';
import type { Article, CodedArticle } from '../core/types.js';
import type { Resources } from '../resources/resources.js';
import { toCodedArticle } from './output.js';
import { createPipeline, isPromise, runStages, type Pipeline } from './run.js';
import { PIPELINE } from './stages.js';

/**
 * Runs every stage on one article and returns the contract JSON for it. Synchronous: throws when a stage of the
 * pipeline is asynchronous (use `codeArticleAsync` then).
 */
export function codeArticle(article: Article, res: Resources, opts: CodeOptions = {}, pipeline: Pipeline<Resources> = PIPELINE): CodedArticle {
  const doc = runStages(newDoc(article, opts.defaultDate), pipeline, res, opts);
  if (isPromise(doc)) {
    doc.then(undefined, () => undefined);
    throw new Error('a stage of the pipeline is asynchronous: code with codeArticleAsync');
  }
  return toCodedArticle(doc, pipeline, opts);
}

/** `codeArticle` for a pipeline with asynchronous stages (it awaits only the stages that return a Promise). */
export async function codeArticleAsync(article: Article, res: Resources, opts: CodeOptions = {}, pipeline: Pipeline<Resources> = PIPELINE): Promise<CodedArticle> {
  return toCodedArticle(await runStages(newDoc(article, opts.defaultDate), pipeline, res, opts), pipeline, opts);
}

/**
 * The document after the stages up to and including `last` (by name), for tools that run one stage by hand (the
 * stance-verb statistics). Synchronous.
 */
export function documentThrough(article: Article, res: Resources, last: string, opts: CodeOptions = {}): Doc {
  const k = PIPELINE.stages.findIndex((s) => s.name === last);
  if (k < 0) throw new Error(`no stage named ${last}`);
  const doc = runStages(newDoc(article, opts.defaultDate), createPipeline(PIPELINE.stages.slice(0, k + 1)), res, opts);
  if (isPromise(doc)) throw new Error(`a stage up to ${last} is asynchronous`);
  return doc;
}
