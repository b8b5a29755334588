import type { CodeOptions, Doc } from '../core/doc.js';
import type { CodedArticle } from '../core/types.js';
import type { Pipeline } from './run.js';

/**
 * The contract JSON of a coded document: the article, its sentences, coreference's actors, the statements and the
 * events; then each stage that ran and has an `output` adds its layers, in stage order (the attributions replace the
 * statements with every attribution, the speakers add their actors). Builds new objects; the document is not changed.
 */
export function toCodedArticle<Res>(doc: Doc, pipeline: Pipeline<Res>, opts: CodeOptions = {}): CodedArticle {
  const a = doc.article;
  let out: CodedArticle = { id: a.id, ...(a.date ? { date: a.date } : {}), ...(a.title ? { title: a.title } : {}), ...(a.url ? { url: a.url } : {}),
    text: a.text, sentences: (doc.sentences ?? []).map((s) => ({ start: s.start, end: s.end })), actors: [...(doc.coref?.actors ?? [])],
    quotes: [...(doc.statements ?? [])], events: [...(doc.events ?? [])] };
  for (const s of pipeline.stages) if (s.output && (!s.when || s.when(opts))) out = s.output(doc, out);
  return out;
}
