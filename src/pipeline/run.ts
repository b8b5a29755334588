import { cpus } from 'node:os';
import { Budget, cpuMs, defaultBudgetMs } from '../core/budget.js';
import type { CodeOptions, Doc, LayerName, Layers } from '../core/doc.js';
import type { AnyStage } from '../core/stage.js';
import type { Diagnostic } from '../core/types.js';

/** A list of stages whose order has been checked: build it with `createPipeline`, once, at start-up. */
export interface Pipeline<Res> {
  readonly stages: readonly AnyStage<Res>[];
}

/**
 * Checks a stage list once and returns it as a pipeline. Throws, naming the stage, when
 * - two stages share a name, or two assign one layer (one writer per layer);
 * - a stage requires a layer no earlier stage assigns, or one only a conditional stage (`when`) assigns (it must then
 *   `reads` it and cope with its absence);
 * - a stage reads a layer a later stage assigns.
 */
export function createPipeline<Res>(stages: readonly AnyStage<Res>[]): Pipeline<Res> {
  const names = new Set<string>();
  const writer = new Map<LayerName, AnyStage<Res>>();
  for (const s of stages) {
    if (names.has(s.name)) throw new Error(`pipeline: two stages are named ${s.name}`);
    names.add(s.name);
    for (const l of s.assigns) {
      const w = writer.get(l);
      if (w) throw new Error(`pipeline: stages ${w.name} and ${s.name} both assign layer ${l} (one writer per layer)`);
      writer.set(l, s);
    }
  }
  const assigned = new Map<LayerName, AnyStage<Res>>();
  for (const s of stages) {
    for (const l of s.requires) {
      const w = assigned.get(l);
      if (!w) {
        const later = writer.get(l);
        throw new Error(`pipeline: stage ${s.name} requires layer ${l}, which ${later ? `stage ${later.name} assigns only after it` : 'no stage assigns'}`);
      }
      if (w.when) throw new Error(`pipeline: stage ${s.name} requires layer ${l}, which stage ${w.name} assigns only on some runs: read it (reads) instead`);
    }
    for (const l of s.reads ?? []) {
      const w = writer.get(l);
      if (w && !assigned.has(l)) throw new Error(`pipeline: stage ${s.name} reads layer ${l}, which stage ${w.name} assigns only after it`);
    }
    for (const l of s.assigns) assigned.set(l, s);
  }
  return { stages: [...stages] };
}

type StageOut = Partial<Layers> & { readonly diagnostics?: readonly Diagnostic[] };
type WorkingDoc = { -readonly [K in keyof Doc]: Doc[K] } & { diagnostics: Diagnostic[] };

/**
 * Runs every stage of the pipeline whose `when` holds for `opts`, in order, each once, adding the layers it returns
 * to the document. Synchronous while the stages are; when a stage returns a Promise, the rest runs after it settles
 * and a Promise of the document is returned.
 */
export function runStages<Res>(doc: Doc, pipeline: Pipeline<Res>, res: Res, opts: CodeOptions = {}): Doc | Promise<Doc> {
  const work: WorkingDoc = { ...doc, diagnostics: [...doc.diagnostics] };
  // the article's CPU-time budget: past it, coding stops after the stage that ran over (E_BUDGET, core/budget.ts)
  const ms = opts.budgetMs ?? defaultBudgetMs(doc.text.length);
  const budget = new Budget(ms, budgetClock(ms));
  return runFrom(work, pipeline.stages, 0, res, opts, budget);
}

function runFrom<Res>(work: WorkingDoc, stages: readonly AnyStage<Res>[], from: number, res: Res, opts: CodeOptions, budget: Budget): Doc | Promise<Doc> {
  for (let i = from; i < stages.length; i++) {
    const s = stages[i]!;
    if (s.when && !s.when(opts)) continue;
    const t0 = opts.timings ? performance.now() : 0;
    const out = s.run(work, res, opts);
    if (isPromise(out)) {
      return out.then((o) => {
        if (opts.timings) addTime(opts.timings, s.name, t0);
        addLayers(work, s, o);
        budget.check(s.name);
        return runFrom(work, stages, i + 1, res, opts, budget);
      });
    }
    if (opts.timings) addTime(opts.timings, s.name, t0);
    addLayers(work, s, out);
    budget.check(s.name);
  }
  return work;
}

/** Adds a stage's layers to the document, after checking it returned exactly the layers it assigns. */
function addLayers<Res>(work: WorkingDoc, s: AnyStage<Res>, out: StageOut): void {
  for (const key in out) {
    if (key === 'diagnostics') continue;
    if (!(s.assigns as readonly string[]).includes(key)) throw new Error(`pipeline: stage ${s.name} returned layer ${key}, which it does not assign`);
  }
  for (const l of s.assigns) {
    const v = out[l];
    if (v === undefined) throw new Error(`pipeline: stage ${s.name} did not return layer ${l}`);
    (work as Record<string, unknown>)[l] = v;
  }
  if (out.diagnostics?.length) work.diagnostics.push(...out.diagnostics);
}

/** Online CPUs (Infinity when the system does not say: the clock below then reads the CPU time at every check). */
const CPUS = cpus().length || Infinity;

/**
 * The budget's clock (process CPU ms, as `cpuMs`), read only when it could matter: `process.cpuUsage()` is a system
 * call, and the budget is checked after every stage (11 calls per article; ~1-2% of a BBC run, docs/speed.md). The
 * process's CPU time grows at most CPUS times as fast as wall time, so while the wall time since the first reading is
 * under `ms / CPUS` the deadline (first reading + `ms`) cannot have passed, and the first reading is returned: every
 * check gives the verdict a real reading would.
 */
function budgetClock(ms: number): () => number {
  let c0 = -1, w0 = 0;
  return () => {
    if (c0 < 0) { w0 = performance.now(); return (c0 = cpuMs()); }
    return (performance.now() - w0) * CPUS < ms ? c0 : cpuMs();
  };
}

function addTime(timings: Record<string, number>, stage: string, t0: number): void {
  timings[stage] = (timings[stage] ?? 0) + (performance.now() - t0);
}

export function isPromise<T>(x: T | Promise<T>): x is Promise<T> {
  return typeof (x as { then?: unknown } | null)?.then === 'function';
}
