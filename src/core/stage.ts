import type { CodeOptions, Doc, DocWith, LayerName, Layers } from './doc.js';
import type { CodedArticle, Diagnostic } from './types.js';

/** What a stage returns: exactly the layers it assigns, and any findings about the input. */
export type StageResult<A extends LayerName> = { readonly [P in A]: Layers[P] } & { readonly diagnostics?: readonly Diagnostic[] };

/** What a stage says of itself, which the pipeline checks before it runs anything (`createPipeline`). */
export interface StageDeclaration<R extends LayerName = LayerName, A extends LayerName = LayerName> {
  /** Unique name; also the key of the stage's time in `CodeOptions.timings`. */
  readonly name: string;
  /** The folder holding the stage's code (the README design table lists it). */
  readonly folder: string;
  readonly requires: readonly R[];
  readonly reads?: readonly LayerName[];
  readonly assigns: readonly A[];
  /** Runs only when this says so for the run's options (absent: always). */
  readonly when?: (opts: CodeOptions) => boolean;
}

/**
 * One step of the pipeline. A stage names the layers it needs (`requires`: assigned by an earlier stage that always
 * runs), the layers it reads when they are there (`reads`: from a conditional or later-added stage), and the layers it
 * assigns (one writer per layer). `run` returns its layers — synchronously, or as a Promise when it must wait (a remote
 * adjudicator); the pipeline awaits only then. `output` adds the stage's layers to the contract JSON (see
 * src/pipeline/README.md). `Res` is what the stage reads of the loaded resources (`{ tagger }`, `{ lexicon }`, ...).
 */
export interface Stage<Res = unknown, R extends LayerName = LayerName, A extends LayerName = LayerName> extends StageDeclaration<R, A> {
  readonly run: (doc: DocWith<R>, res: Res, opts: CodeOptions) => StageResult<A> | Promise<StageResult<A>>;
  /** Adds what the stage found to the article's contract JSON; returns the new object, never edits `coded`. */
  readonly output?: (doc: Doc, coded: CodedArticle) => CodedArticle;
}

/** What a stage of a list returns, its layer names erased. */
export type AnyStageResult = Partial<Layers> & { readonly diagnostics?: readonly Diagnostic[] };

/**
 * A stage with its layer types erased, as the pipeline holds it in a list (`run` and `output` are methods so that a
 * stage requiring some layers fits: the pipeline checks the order before it ever calls one).
 */
export interface AnyStage<Res = unknown> extends StageDeclaration {
  run(doc: Doc, res: Res, opts: CodeOptions): AnyStageResult | Promise<AnyStageResult>;
  output?(doc: Doc, coded: CodedArticle): CodedArticle;
}

/** Declares a stage, inferring its layer names from `requires` and `assigns` (and its resources from `run`). */
export function defineStage<Res, R extends LayerName, A extends LayerName>(stage: Stage<Res, R, A>): Stage<Res, R, A> {
  return stage;
}
