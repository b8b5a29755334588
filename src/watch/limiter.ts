/** At most `limit` tasks at once per key (a host, or one key for all): the rest wait in order. */
export class Limiter {
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, (() => void)[]>();
  constructor(private readonly limit: number) {}

  async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    if ((this.active.get(key) ?? 0) >= this.limit) {
      await new Promise<void>((resolve) => {
        const q = this.waiting.get(key) ?? [];
        q.push(resolve);
        this.waiting.set(key, q);
      });
    }
    this.active.set(key, (this.active.get(key) ?? 0) + 1);
    try {
      return await fn();
    } finally {
      const n = (this.active.get(key) ?? 1) - 1;
      if (n) this.active.set(key, n); else this.active.delete(key);
      const q = this.waiting.get(key);
      const next = q?.shift();
      if (q && !q.length) this.waiting.delete(key);
      next?.();
    }
  }

  /** Tasks running now under `key`. */
  running(key: string): number {
    return this.active.get(key) ?? 0;
  }
}

/** The host a URL is fetched from (lower case), the key of the per-host limit. */
export function hostOf(url: string): string {
  try { return new URL(url).host.toLowerCase(); } catch { return url; }
}
