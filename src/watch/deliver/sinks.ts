import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import type { Alert } from '../../store/watch-store.js';
import { parseRetryAfter } from '../schedule.js';

export type SendResult = { ok: true } | { ok: false; error: string; retryAfterMs?: number | null };

/** Where alerts go. `name` is stored with each delivery ("stdout", "file:/path", "webhook:https://..."). */
export interface Sink {
  name: string;
  send(alert: Alert, attempt: number, now: number): Promise<SendResult>;
}

/** JSON lines on a stream (standard output by default): one alert per line, written before the delivery is recorded. */
export function streamSink(out: NodeJS.WritableStream, name = 'stdout'): Sink {
  return {
    name,
    send: (alert) => new Promise<SendResult>((resolve) => {
      out.write(JSON.stringify(alert) + '\n', (e) => resolve(e ? { ok: false, error: e.message } : { ok: true }));
    }),
  };
}

/** JSON lines appended to a file, flushed to disk (fsync) before the delivery is recorded. */
export function fileSink(path: string): Sink {
  return {
    name: `file:${path}`,
    send: async (alert) => {
      try {
        const fd = await fs.promises.open(path, 'a');
        try {
          await fd.appendFile(JSON.stringify(alert) + '\n');
          await fd.sync();
        } finally {
          await fd.close();
        }
        return { ok: true };
      } catch (e) {
        return { ok: false, error: (e as Error).message };
      }
    },
  };
}

/** The signature header value: `sha256=` + hex HMAC-SHA256 of the exact body bytes with the shared secret. */
export function signBody(secret: string, body: string): string {
  return 'sha256=' + createHmac('sha256', secret).update(body, 'utf8').digest('hex');
}

export interface WebhookOptions {
  secret?: string;
  timeoutMs?: number;
  userAgent?: string;
}

/**
 * POSTs the alert as JSON. Headers: `X-Dyad-Signature: sha256=<hex>` (HMAC-SHA256 of the body, when a secret is
 * set), `Idempotency-Key` and `X-Dyad-Alert-Id` (the alert id: a receiver drops a repeat by it), and
 * `X-Dyad-Delivery-Attempt`. Any 2xx is delivered; 429/503 carry their Retry-After to the retry schedule.
 */
export function webhookSink(url: string, opts: WebhookOptions = {}): Sink {
  return {
    name: `webhook:${url}`,
    send: async (alert, attempt, now) => {
      const body = JSON.stringify(alert);
      const headers: Record<string, string> = {
        'content-type': 'application/json', 'user-agent': opts.userAgent ?? 'dyad-watch/0.3',
        'idempotency-key': alert.id, 'x-dyad-alert-id': alert.id, 'x-dyad-delivery-attempt': String(attempt),
      };
      if (opts.secret) headers['x-dyad-signature'] = signBody(opts.secret, body);
      try {
        const res = await fetch(url, { method: 'POST', headers, body, redirect: 'error', signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000) });
        await res.body?.cancel().catch(() => undefined);
        if (res.status >= 200 && res.status < 300) return { ok: true };
        return { ok: false, error: `HTTP ${res.status}`, retryAfterMs: res.status === 429 || res.status === 503 ? parseRetryAfter(res.headers.get('retry-after'), now) : null };
      } catch (e) {
        const err = e as Error & { cause?: { code?: string } };
        return { ok: false, error: err.name === 'TimeoutError' ? 'no answer in time' : `cannot post: ${err.cause?.code ?? err.message}` };
      }
    },
  };
}
