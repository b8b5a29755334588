import { codeArticle, type Article, type Resources } from '../src/api.js';

/** What one pass over a list of articles produced and took. */
export interface PassResult {
  ms: number;
  /** CPU time of the whole process during the pass (user + system), to tell work from waiting on a busy machine. */
  cpuMs: number;
  articles: number;
  sentences: number;
  /** Bytes of coded JSON written (the output is built but not stored). */
  outputBytes: number;
  /** Elapsed ms per pipeline stage, plus "serialize" for JSON.stringify. */
  stages: Record<string, number>;
}

/** Codes one article to the JSON line `dyad code` prints; adds the stage times (and serialising) to `stages`. */
function codeOne(a: Article, res: Resources, stages: Record<string, number>): { sentences: number; bytes: number } {
  let coded;
  try {
    coded = codeArticle(a, res, { timings: stages });
  } catch (e) {
    throw new Error(`coding article ${a.id} failed: ${(e as Error).message}`, { cause: e });
  }
  const s0 = performance.now();
  const line = JSON.stringify(coded);
  stages.serialize = (stages.serialize ?? 0) + (performance.now() - s0);
  return { sentences: coded.sentences.length, bytes: line.length + 1 };
}

/** Codes every article end to end (raw text to the JSON line `dyad code` prints), timing the stages. */
export function codePass(articles: readonly Article[], res: Resources): PassResult {
  const stages: Record<string, number> = {};
  let sentences = 0;
  let outputBytes = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const a of articles) {
    const r = codeOne(a, res, stages);
    outputBytes += r.bytes;
    sentences += r.sentences;
  }
  const ms = performance.now() - t0;
  return { ms, cpuMs: cpuMsSince(c0), articles: articles.length, sentences, outputBytes, stages };
}

/**
 * `codePass` over the articles whose indices `counter[0]` hands out (Atomics.add, shared by every thread of a
 * parallel pass): each thread takes the next uncoded article until none is left.
 */
export function codeShared(articles: readonly Article[], res: Resources, counter: Int32Array): PassResult {
  const stages: Record<string, number> = {};
  let sentences = 0;
  let outputBytes = 0;
  let n = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = Atomics.add(counter, 0, 1); i < articles.length; i = Atomics.add(counter, 0, 1)) {
    const r = codeOne(articles[i]!, res, stages);
    outputBytes += r.bytes;
    sentences += r.sentences;
    n++;
  }
  const ms = performance.now() - t0;
  return { ms, cpuMs: cpuMsSince(c0), articles: n, sentences, outputBytes, stages };
}

/** Codes the articles `passes` times (or, with 0, the first 20) so that the timed passes run optimised code. */
export function warmUp(articles: readonly Article[], res: Resources, passes: number): void {
  if (passes === 0) codePass(articles.slice(0, 20), res);
  for (let w = 0; w < passes; w++) codePass(articles, res);
}

/** The tokenizer/tagger alone over the same texts: the floor end-to-end speed is compared with. */
export function floorPass(articles: readonly Article[], res: Resources): { ms: number; cpuMs: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const a of articles) res.tagger.tag(a.text);
  const ms = performance.now() - t0;
  return { ms, cpuMs: cpuMsSince(c0) };
}

/** Milliseconds of process CPU time (user + system, all threads) since `start`. */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}
