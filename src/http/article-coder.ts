import { Worker } from 'node:worker_threads';
import { budgetError, cpuMs, defaultBudgetMs } from '../core/budget.js';
import { DyadError } from '../core/errors.js';
import type { Article, CodedArticle } from '../core/types.js';
import type { ResourceOptions } from '../resources/resources.js';
import type { PutResult, ThreadWriter } from '../store/store.js';

/** An article to code; with `store`, the thread also stores it there (its own connection) and answers the PutResult. */
export interface CodingRequest { seq: number; article: Article; budgetMs: number; store?: ThreadWriter }
/** `phase: 'store'`: the article was coded but could not be stored (nothing of it was). seq -1: the thread is ready. */
export type CodingReply =
  | { seq: number; json?: undefined; put?: undefined; error?: undefined }
  | { seq: number; json: string; put?: undefined; error?: undefined }
  | { seq: number; json?: undefined; put: PutResult; error?: undefined }
  | { seq: number; json?: undefined; put?: undefined; error: { code: string; message: string; phase?: 'code' | 'store' } };

/** The article was coded but the coding thread could not store it (E_DB...): nothing of it was stored. */
export class StoreWriteError extends DyadError {}

export interface ArticleCoderOptions {
  /** Dictionaries for the coding thread (default: the bundled ones). */
  resources?: ResourceOptions;
  /** Time per article in ms (default core/budget.ts defaultBudgetMs of its length; 0: none). */
  budgetMs?: number;
  /** Articles that may wait at once; past them `code` fails with E_BUSY (default 2,000). */
  maxWaiting?: number;
}

/**
 * Slack past an article's budget (CPU time of the process) before its thread is stopped. The thread checks the budget
 * itself after every stage (E_BUDGET, the thread lives on); this hard stop is for a stage that never returns.
 */
const HARD_STOP_GRACE_MS = 5_000;
/** How long an idle thread may take to close its connections and end before it is stopped. */
const CLOSE_WAIT_MS = 2_000;
/** How often the hard stop looks at the CPU time spent. */
const HARD_STOP_CHECK_MS = 1_000;

interface Job { req: CodingRequest; resolve: (r: CodingReply) => void; reject: (e: Error) => void }

/**
 * Codes articles in one worker thread, one at a time, in arrival order, so the HTTP server's event loop stays free
 * for other requests while a long or hostile article is coded. Each article has a time budget (CPU time,
 * core/budget.ts): past it the thread stops after the current stage (E_BUDGET); a thread still busy when the process
 * has spent budget + 5 s of CPU on it is terminated and a fresh one started for the next articles. The thread (and
 * its resources, ~2 s to load) starts on the first article.
 */
export class ArticleCoder {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private readonly queue: Job[] = [];
  private current: Job | null = null;
  private timer: NodeJS.Timeout | null = null;
  private seq = 0;
  private closed = false;

  constructor(private readonly opts: ArticleCoderOptions = {}) {}

  /** The coded article; rejects with a DyadError (E_BUDGET, E_BUSY, E_RESOURCES, ...) naming what went wrong. */
  async code(article: Article): Promise<CodedArticle> {
    return JSON.parse((await this.request(article)).json!) as CodedArticle;
  }

  /**
   * Codes the article and stores it in `store` from the coding thread (a connection of its own: the store's write
   * transaction never blocks this thread either). Rejects like `code`, and with a StoreWriteError when the article
   * was coded but could not be stored.
   */
  async codeAndStore(article: Article, store: ThreadWriter): Promise<PutResult> {
    return (await this.request(article, store)).put!;
  }

  private request(article: Article, store?: ThreadWriter): Promise<CodingReply> {
    if (this.closed) return Promise.reject(new DyadError('E_CLOSED', 'the server is shutting down'));
    if (this.queue.length >= (this.opts.maxWaiting ?? 2000)) {
      return Promise.reject(new DyadError('E_BUSY', `${this.queue.length} articles are waiting to be coded; try again later`));
    }
    const budgetMs = this.opts.budgetMs ?? defaultBudgetMs(article.text.length);
    return new Promise<CodingReply>((resolve, reject) => {
      this.queue.push({ req: { seq: this.seq++, article, budgetMs, ...(store ? { store } : {}) }, resolve, reject });
      this.pump();
    });
  }

  /**
   * Stops the thread; waiting articles fail with E_CLOSED. An idle thread closes its store connections and ends; a
   * busy one is stopped (an article being stored is rolled back whole: its transaction never committed).
   */
  async close(): Promise<void> {
    this.closed = true;
    const busy = this.current !== null;
    for (const j of this.queue.splice(0)) j.reject(new DyadError('E_CLOSED', 'the server is shutting down'));
    this.finish(new DyadError('E_CLOSED', 'the server is shutting down'));
    const w = this.worker;
    this.worker = null;
    this.ready = null;
    if (!w) return;
    if (!busy) {
      let timer: NodeJS.Timeout | undefined;
      const ended = new Promise<boolean>((resolve) => {
        w.once('exit', () => resolve(true));
        timer = setTimeout(() => resolve(false), CLOSE_WAIT_MS);
      });
      w.ref(); // the caller waits for the thread to end
      w.postMessage({ seq: -2 });
      const clean = await ended;
      clearTimeout(timer);
      if (clean) return;
    }
    await w.terminate();
  }

  private start(): void {
    const worker = new Worker(new URL('./coding-thread.js', import.meta.url), { workerData: this.opts.resources ?? {} });
    worker.unref(); // an idle coding thread never keeps the process alive
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (m: CodingReply) => {
        if (m.seq === -1) { if (m.error) reject(new DyadError(m.error.code, m.error.message)); else resolve(); return; }
        const job = this.current;
        if (!job || job.req.seq !== m.seq) return;
        if (m.error) this.finish(new (m.error.phase === 'store' ? StoreWriteError : DyadError)(m.error.code, m.error.message));
        else this.finish(undefined, m);
      });
    });
    this.ready.catch(() => undefined);
    worker.on('error', (e) => this.lost(worker, e));
    worker.on('exit', (code) => this.lost(worker, new Error(`coding thread exited with status ${code}`)));
  }

  /** The thread died (or was stopped): the article in hand fails, the next ones get a fresh thread. */
  private lost(worker: Worker, e: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.ready = null;
    this.finish(e instanceof DyadError ? e : new DyadError('E_CODE', `coding failed: ${e.message}`));
  }

  private finish(error?: Error, reply?: CodingReply): void {
    const job = this.current;
    if (!job) return;
    this.current = null;
    if (this.timer) { clearInterval(this.timer); this.timer = null; }
    if (error) job.reject(error); else job.resolve(reply!);
    this.pump();
  }

  private pump(): void {
    if (this.current || this.closed || !this.queue.length) return;
    if (!this.worker) this.start();
    const job = this.queue.shift()!;
    this.current = job;
    const worker = this.worker!;
    this.ready!.then(() => {
      if (this.current !== job || this.worker !== worker) return;
      worker.postMessage(job.req);
      if (job.req.budgetMs > 0) {
        const started = cpuMs();
        this.timer = setInterval(() => {
          if (this.current !== job || cpuMs() - started < job.req.budgetMs + HARD_STOP_GRACE_MS) return;
          // the thread did not come back: stop it, fail this article, start afresh for the next
          this.worker = null;
          this.ready = null;
          void worker.terminate();
          this.finish(budgetError(job.req.budgetMs));
        }, HARD_STOP_CHECK_MS);
        this.timer.unref();
      }
    }, (e: Error) => {
      if (this.current !== job) return;
      this.worker = null;
      this.ready = null;
      void worker.terminate();
      this.finish(e);
    });
  }
}
