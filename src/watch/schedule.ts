/**
 * When to poll a feed next. An adaptive interval (halved when a poll found new items, doubled when it found none,
 * kept within bounds, never below what the feed itself asks: RSS <ttl>, sy:updatePeriod, Cache-Control max-age),
 * and exponential backoff with jitter after failures, weighted as Media Cloud's rss-fetcher does (hard 1, soft 0.5,
 * temporary 0.25), so a flaky feed slows down gently and a dead one quickly.
 */
export interface IntervalBounds {
  /** Seconds. */
  min: number;
  max: number;
}

export type Severity = 'hard' | 'soft' | 'temporary';
export const FAILURE_WEIGHT: Record<Severity, number> = { hard: 1, soft: 0.5, temporary: 0.25 };

/** Longest wait after failures, and the most a Retry-After is honoured (24 h). */
export const MAX_BACKOFF_SECONDS = 24 * 3600;

export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/** The next interval after a successful poll: faster when new items came, slower when none; at least the feed's hint. */
export function nextInterval(current: number, foundNew: boolean, bounds: IntervalBounds, hintSeconds?: number | null): number {
  const adaptive = foundNew ? current / 2 : current * 2;
  const floor = hintSeconds && hintSeconds > 0 ? Math.min(hintSeconds, bounds.max) : 0;
  return Math.round(clamp(Math.max(adaptive, floor), bounds.min, bounds.max));
}

/**
 * Seconds to wait after `failures` (weighted, > 0) failures in a row: the interval doubled per failure, capped at
 * 24 h, times a jitter factor in [0.5, 1) so feeds that failed together do not retry together.
 */
export function backoffSeconds(failures: number, intervalSeconds: number, random: () => number): number {
  const d = Math.min(MAX_BACKOFF_SECONDS, intervalSeconds * 2 ** Math.max(0, failures));
  return Math.max(1, Math.round(d * (0.5 + random() / 2)));
}

/** Retry-After: delta-seconds or an HTTP date; milliseconds from `now`, clamped to [0, 24 h]; null when unreadable. */
export function parseRetryAfter(v: string | null, now: number): number | null {
  if (!v) return null;
  const s = v.trim();
  const ms = /^\d+$/.test(s) ? Number(s) * 1000 : Date.parse(s) - now;
  return Number.isFinite(ms) ? clamp(ms, 0, MAX_BACKOFF_SECONDS * 1000) : null;
}

const PERIOD_SECONDS: Record<string, number> = { hourly: 3600, daily: 86400, weekly: 604800, monthly: 2592000, yearly: 31536000 };

/** The feed's own idea of how often to poll it, in seconds: RSS <ttl> (minutes), sy:updatePeriod/updateFrequency, max-age. */
export function feedHintSeconds(head: string, cacheControl: string | null): number | null {
  const hints: number[] = [];
  const ttl = /<ttl>\s*(\d{1,7})\s*<\/ttl>/i.exec(head);
  if (ttl) hints.push(Number(ttl[1]) * 60);
  const period = /<sy:updatePeriod>\s*(\w+)\s*<\/sy:updatePeriod>/i.exec(head);
  if (period && PERIOD_SECONDS[period[1]!.toLowerCase()]) {
    const freq = Number(/<sy:updateFrequency>\s*(\d{1,5})\s*<\/sy:updateFrequency>/i.exec(head)?.[1] ?? 1) || 1;
    hints.push(PERIOD_SECONDS[period[1]!.toLowerCase()]! / freq);
  }
  const maxAge = /\bmax-age=(\d{1,9})/i.exec(cacheControl ?? '');
  if (maxAge) hints.push(Number(maxAge[1]));
  return hints.length ? Math.max(...hints) : null;
}
