import { parseRetryAfter, type Severity } from './schedule.js';

/** Limits on every request `dyad watch` makes (feeds and pages). */
export interface FetchLimits {
  /** Whole request: connect, headers and body (ms). */
  timeoutMs: number;
  /** Largest body read; a longer one is an error and is not kept. */
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  timeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'dyad-watch/0.3 (+https://github.com/; polls with conditional GET, honours Retry-After)',
};

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

interface Where {
  /** The URL that answered (after redirects). */
  url: string;
  /** Set when a permanent redirect (301/308) was followed: the new address to use from now on. */
  movedTo: string | null;
}

export type FetchOutcome =
  | (Where & { kind: 'ok'; body: Buffer; etag: string | null; lastModified: string | null; cacheControl: string | null; contentType: string | null })
  | (Where & { kind: 'not-modified'; etag: string | null; lastModified: string | null })
  | (Where & { kind: 'retry-after'; status: number; retryAfterMs: number | null })
  | (Where & { kind: 'error'; severity: Severity; status: number | null; message: string });

/**
 * One GET with Node's own fetch: conditional headers when validators are known, redirects followed by hand (at most
 * `maxRedirects`, http/https only; a permanent one is reported so the caller can remember the new address), a timeout
 * over the whole exchange and a byte cap on the body (read as a stream and abandoned past the cap). Never throws:
 * failures come back classified (hard: the URL is wrong or gone; soft: the server failed; temporary: the network).
 */
export async function fetchWithLimits(url: string, validators: Validators, limits: FetchLimits, now: number, signal?: AbortSignal): Promise<FetchOutcome> {
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const sig = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let current = url;
  let movedTo: string | null = null;
  let permanent = true;
  const fail = (severity: Severity, message: string, status: number | null = null): FetchOutcome =>
    ({ kind: 'error', severity, status, message, url: current, movedTo });
  for (let hop = 0; ; hop++) {
    let u: URL;
    try { u = new URL(current); } catch { return fail('hard', `not a URL: ${current}`); }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return fail('hard', `only http and https are fetched, got ${u.protocol}`);
    const headers: Record<string, string> = { 'user-agent': limits.userAgent, accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5' };
    if (hop === 0 || current === movedTo) {
      if (validators.etag) headers['if-none-match'] = validators.etag;
      if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    }
    let res: Response;
    try {
      res = await fetch(current, { headers, redirect: 'manual', signal: sig });
    } catch (e) {
      return fail('temporary', timeout.aborted ? `no answer within ${limits.timeoutMs} ms` : `cannot fetch: ${causeOf(e)}`);
    }
    const status = res.status;
    if (status >= 300 && status < 400 && status !== 304) {
      const loc = res.headers.get('location');
      await discard(res);
      if (!loc) return fail('soft', `HTTP ${status} without a Location`, status);
      if (hop >= limits.maxRedirects) return fail('hard', `more than ${limits.maxRedirects} redirects`, status);
      let next: string;
      try { next = new URL(loc, current).toString(); } catch { return fail('hard', `HTTP ${status} to a bad Location`, status); }
      permanent &&= status === 301 || status === 308;
      if (permanent) movedTo = next;
      current = next;
      continue;
    }
    const where = { url: current, movedTo };
    if (status === 304) {
      await discard(res);
      return { kind: 'not-modified', etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified'), ...where };
    }
    if (status === 429 || status === 503) {
      await discard(res);
      return { kind: 'retry-after', status, retryAfterMs: parseRetryAfter(res.headers.get('retry-after'), now), ...where };
    }
    if (status < 200 || status >= 300) {
      await discard(res);
      const severity: Severity = status >= 500 || status === 408 ? 'soft' : 'hard';
      return fail(severity, `HTTP ${status}`, status);
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > limits.maxBytes) {
      await discard(res);
      return fail('hard', `body of ${declared} bytes is over the limit of ${limits.maxBytes}`, status);
    }
    let body: Buffer;
    try {
      body = await readCapped(res, limits.maxBytes);
    } catch (e) {
      if (e instanceof TooLarge) return fail('hard', `body is over the limit of ${limits.maxBytes} bytes`, status);
      return fail('temporary', timeout.aborted ? `body not read within ${limits.timeoutMs} ms` : `body cut: ${causeOf(e)}`, status);
    }
    return {
      kind: 'ok', body, etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified'),
      cacheControl: res.headers.get('cache-control'), contentType: res.headers.get('content-type'), ...where,
    };
  }
}

class TooLarge extends Error {}

async function readCapped(res: Response, max: number): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const parts: Buffer[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    parts.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return Buffer.concat(parts, size);
}

/** Drops a body we do not read, so the connection is freed. */
async function discard(res: Response): Promise<void> {
  await res.body?.cancel().catch(() => undefined);
}

function causeOf(e: unknown): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  return err.cause?.code ?? err.cause?.message ?? err.message ?? String(e);
}
