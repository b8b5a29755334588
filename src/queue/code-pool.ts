import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { DyadError } from '../core/errors.js';
import type { Article, CodedArticle } from '../core/types.js';
import type { Coder } from '../pipeline/ingest.js';
import type { ResourceOptions } from '../resources/resources.js';

export interface CodeRequest { seq: number; article: Article; defaultDate?: string }
/** `json`: the coded article as JSON text (cheaper to pass between threads than a structured clone of the object graph). */
export type CodeResponse =
  | { seq: number; json?: undefined; error?: undefined }
  | { seq: number; json: string; error?: undefined }
  | { seq: number; json?: undefined; error: { code: string; message: string } };

/** The default number of coding threads: one per core. */
export const defaultThreads = (): number => Math.max(1, os.availableParallelism?.() ?? os.cpus().length);

/**
 * Young generation of a coding thread. The worker default is small: coding allocates many short-lived objects and a
 * thread then spends much of its time in scavenges (measured by bench/: ~0.75x the main thread's speed).
 * Sizes that fit the 2 MB L2 cache do not help two threads share a machine: `npm run bench -- --young-mb N` (two runs
 * of each size, Wikinews, load average 2-4) gave one thread 4,800-6,400 sentences per CPU-second with 1-4 MB,
 * 6,600-7,800 with 8-32 MB and 7,700-8,300 with 64 MB, and the two-thread/one-thread ratio per CPU-second
 * (0.64-1.02) did not follow the size; so 64 MB stays.
 */
export const THREAD_YOUNG_GENERATION_MB = 64;

/** Requests a thread holds at once: one being coded and one waiting, so it never idles for the main thread. */
const PER_THREAD = 2;

interface Thread { worker: Worker; ready: Promise<void>; inFlight: number }

/**
 * N worker threads that code articles (each loads the resources once). `code()` resolves with the coded article.
 * Requests wait in one queue and go to whichever thread has room (at most 2 each), so a thread that got long
 * articles does not hold up the others. Coding is a pure function of the article: which thread codes it does
 * not change the result. Close it when done.
 */
export class CodePool implements Coder {
  private readonly threads: Thread[] = [];
  private readonly waiting = new Map<number, { resolve: (c: CodedArticle) => void; reject: (e: Error) => void }>();
  private readonly queue: CodeRequest[] = [];
  private seq = 0;
  private failure: Error | null = null;

  constructor(size: number, resourceOptions: ResourceOptions = {}) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./code-thread.js', import.meta.url), { workerData: resourceOptions, resourceLimits: { maxYoungGenerationSizeMb: THREAD_YOUNG_GENERATION_MB } });
      let markReady!: () => void;
      let failReady!: (e: Error) => void;
      const ready = new Promise<void>((res, rej) => { markReady = res; failReady = rej; });
      ready.catch(() => undefined);
      const t: Thread = { worker, ready, inFlight: 0 };
      worker.on('message', (m: CodeResponse) => {
        if (m.seq === -1) {
          if (m.error) failReady(new DyadError(m.error.code, m.error.message));
          else markReady();
          return;
        }
        t.inFlight--;
        this.pump();
        const w = this.waiting.get(m.seq);
        this.waiting.delete(m.seq);
        if (!w) return;
        if (m.error) w.reject(new DyadError(m.error.code, m.error.message));
        else w.resolve(JSON.parse(m.json!) as CodedArticle);
      });
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => { if (code !== 0) this.fail(new Error(`coding thread exited with status ${code}`)); });
      this.threads.push(t);
    }
  }

  /** Articles an ingest keeps in flight: 8 per thread, so memory stays bounded on any corpus size. */
  get concurrency(): number {
    return this.size * 8;
  }

  get size(): number {
    return this.threads.length;
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
    this.queue.length = 0;
  }

  /** Hands waiting requests to the threads with room, the least busy first. */
  private pump(): void {
    while (this.queue.length) {
      let best: Thread | null = null;
      for (const t of this.threads) if (t.inFlight < PER_THREAD && (!best || t.inFlight < best.inFlight)) best = t;
      if (!best) return;
      best.inFlight++;
      best.worker.postMessage(this.queue.shift()!);
    }
  }

  /** Resolves when every thread has loaded its resources (rejects with the first thread's error). */
  async ready(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.ready));
  }

  code(article: Article, defaultDate?: string): Promise<CodedArticle> {
    if (this.failure) return Promise.reject(this.failure);
    const seq = this.seq++;
    return new Promise<CodedArticle>((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      this.queue.push({ seq, article, defaultDate });
      this.pump();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }
}
