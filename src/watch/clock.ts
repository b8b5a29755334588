/**
 * Time for `dyad watch`: every schedule decision reads `now()` and waits with `sleep()`, so tests can run weeks of
 * polling in milliseconds with a FakeClock. (HTTP timeouts stay in real time: they bound real sockets.)
 */
export interface Clock {
  now(): number;
  /** Resolves after `ms` of this clock's time, or at once when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise<void>((resolve) => {
    if (signal?.aborted) { resolve(); return; }
    const done = (): void => { clearTimeout(t); signal?.removeEventListener('abort', done); resolve(); };
    const t = setTimeout(done, Math.max(0, ms));
    signal?.addEventListener('abort', done, { once: true });
  }),
};

/** A clock that moves only when told to (`advance`, `set`); sleepers wake when their time is reached. */
export class FakeClock implements Clock {
  private t: number;
  private sleepers: { at: number; resolve: () => void }[] = [];
  constructor(start: number | string) {
    this.t = typeof start === 'string' ? Date.parse(start) : start;
  }

  now(): number {
    return this.t;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (ms <= 0 || signal?.aborted) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const s = { at: this.t + ms, resolve };
      this.sleepers.push(s);
      signal?.addEventListener('abort', () => { this.sleepers = this.sleepers.filter((x) => x !== s); resolve(); }, { once: true });
    });
  }

  advance(ms: number): void {
    this.set(this.t + ms);
  }

  set(t: number | string): void {
    this.t = typeof t === 'string' ? Date.parse(t) : t;
    const due = this.sleepers.filter((s) => s.at <= this.t);
    this.sleepers = this.sleepers.filter((s) => s.at > this.t);
    for (const s of due) s.resolve();
  }

  /** How many are waiting (tests use it to know a loop went to sleep). */
  get waiting(): number {
    return this.sleepers.length;
  }
}

/** The store's time format: ISO 8601, UTC, milliseconds. */
export const iso = (ms: number): string => new Date(ms).toISOString();
