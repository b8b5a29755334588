import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { DyadError } from '../core/errors.js';
import type { Article, CodedArticle } from '../core/types.js';
import type { ResourceOptions } from '../resources/resources.js';

export interface CodeRequest { seq: number; article: Article; defaultDate?: string }
export type CodeResponse =
  | { seq: number; coded?: undefined; error?: undefined }
  | { seq: number; coded: CodedArticle; error?: undefined }
  | { seq: number; coded?: undefined; error: { code: string; message: string } };

/** The default number of coding threads: one per core. */
export const defaultThreads = (): number => Math.max(1, os.availableParallelism?.() ?? os.cpus().length);

/**
 * N worker threads that code articles (each loads the resources once). `code()` resolves with the coded article;
 * requests go to the threads in turn. Close it when done.
 */
export class CodePool {
  private readonly threads: { worker: Worker; ready: Promise<void> }[] = [];
  private readonly waiting = new Map<number, { resolve: (c: CodedArticle) => void; reject: (e: Error) => void }>();
  private seq = 0;
  private failure: Error | null = null;

  constructor(size: number, resourceOptions: ResourceOptions = {}) {
    for (let i = 0; i < size; i++) {
      // a larger young generation: with the default, a coding thread runs ~25% slower than the main thread (bench/)
      const worker = new Worker(new URL('./code-thread.js', import.meta.url), { workerData: resourceOptions, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
      let markReady!: () => void;
      let failReady!: (e: Error) => void;
      const ready = new Promise<void>((res, rej) => { markReady = res; failReady = rej; });
      ready.catch(() => undefined);
      const t = { worker, ready };
      worker.on('message', (m: CodeResponse) => {
        if (m.seq === -1) {
          if (m.error) failReady(new DyadError(m.error.code, m.error.message));
          else markReady();
          return;
        }
        const w = this.waiting.get(m.seq);
        this.waiting.delete(m.seq);
        if (!w) return;
        if (m.error) w.reject(new DyadError(m.error.code, m.error.message));
        else w.resolve(m.coded!);
      });
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => { if (code !== 0) this.fail(new Error(`coding thread exited with status ${code}`)); });
      this.threads.push(t);
    }
  }

  get size(): number {
    return this.threads.length;
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
  }

  /** Resolves when every thread has loaded its resources (rejects with the first thread's error). */
  async ready(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.ready));
  }

  code(article: Article, defaultDate?: string): Promise<CodedArticle> {
    if (this.failure) return Promise.reject(this.failure);
    // Round robin, not least-busy: for a given input and thread count, each thread codes the same articles every run.
    const seq = this.seq++;
    const t = this.threads[seq % this.threads.length]!;
    return new Promise<CodedArticle>((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      t.worker.postMessage({ seq, article, defaultDate } satisfies CodeRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }
}
