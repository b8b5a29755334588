import fs from 'node:fs';
import type { AttributionMode } from '../core/doc.js';
import type { ArticleView } from './view.js';

/** What every evaluation suite provides: its items (built exactly as the shared scorer builds them) and a scorer. */

export interface SuiteItem<G> {
  id: string;
  date?: string;
  text: string;
  gold: G;
}

export interface LoadedSuite<G> {
  items: Array<SuiteItem<G>>;
  /** Dictionaries the suite codes with (petrarch: its own validation dictionaries). */
  dictionaries?: string;
}

/** The suite's data is not there: the path that was looked for. */
export interface AbsentSuite {
  absent: string;
}

export interface ScoreContext {
  shared: string;
  /** The suite's name in the shared scorer ("gum-dev"), which its summary line starts with. */
  scorerName: string;
}

export interface SuiteScore {
  lines: string[];
  details: unknown[];
  metrics: Record<string, unknown>;
  summary: string;
  /** dyad's own figures beyond the shared scorer's, printed after its summary line (so the shared lines stay comparable). */
  extra?: string[];
}

export interface Suite<G = unknown> {
  /** Name on the dyad command line. */
  name: string;
  /** Name in `score.mjs`. */
  scorerName: string;
  load(shared: string): LoadedSuite<G> | AbsentSuite;
  score(items: ReadonlyArray<SuiteItem<G>>, views: readonly ArticleView[], ctx: ScoreContext): SuiteScore;
  /** The `--attributions` modes `dyad eval` scores the suite in, one report each (default: speech only). */
  attributionModes?: readonly AttributionMode[];
}

export const isAbsent = <G>(x: LoadedSuite<G> | AbsentSuite): x is AbsentSuite => 'absent' in x;

export function readJsonl<T>(p: string): T[] {
  return fs.readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

/** Items of a `{id, date, text, ...}` JSONL file whose whole record is the gold; absent when the file is missing. */
export function loadRecordSuite<G extends { id: string; date?: string; text: string }>(file: string): LoadedSuite<G> | AbsentSuite {
  if (!fs.existsSync(file)) return { absent: file };
  return { items: readJsonl<G>(file).map((r) => ({ id: r.id, date: r.date, text: r.text, gold: r })) };
}
