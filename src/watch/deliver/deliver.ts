import { DyadError } from '../../core/errors.js';
import type { Store } from '../../store/store.js';
import type { Alert, Delivery } from '../../store/watch-store.js';
import { iso } from '../clock.js';
import type { Sink } from './sinks.js';

export interface DeliverOptions {
  /** Attempts before a delivery is dead-lettered (default 8). */
  maxAttempts: number;
  /** First retry after this many ms, doubling each attempt (with jitter), at most `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  random: () => number;
  /** How long a claimed delivery is held before another deliverer may take it (ms). */
  leaseMs: number;
  onError: (e: DyadError) => void;
  /** Called with each dead-lettered alert (written to the dead-letter file, when there is one). */
  onDead?: (alert: Alert, d: Delivery, error: string) => Promise<void> | void;
}

export interface DeliverStats {
  delivered: number;
  retried: number;
  dead: number;
}

/**
 * Delivers what is due: claims pending deliveries (leased, so two processes never send the same one at once), sends
 * each, and records the outcome. A failure is retried with exponential backoff and jitter (Retry-After honoured) and
 * dead-lettered after `maxAttempts`. A delivery is recorded after its send returns: a crash in between sends it again
 * on restart (at-least-once), with the same alert id as idempotency key for the receiver.
 */
export async function deliverDue(store: Store, sinks: Map<string, Sink>, now: () => number, opts: DeliverOptions, limit = 100): Promise<DeliverStats> {
  const stats: DeliverStats = { delivered: 0, retried: 0, dead: 0 };
  const t = now();
  const due = await store.claimDeliveries(iso(t), iso(t + opts.leaseMs), limit);
  if (!due.length) return stats;
  const alerts = new Map<string, Alert>();
  for (const { seq: _seq, ...a } of await store.alertsByIds([...new Set(due.map((d) => d.alert))])) alerts.set(a.id, a);
  for (const d of due) {
    const alert = alerts.get(d.alert);
    const sink = sinks.get(d.sink);
    const at = now();
    if (!alert || !sink) {
      // A sink of an earlier run that is not configured now: kept pending (not counted as a failure), looked at hourly.
      await store.finishDelivery({ alert: d.alert, sink: d.sink, now: iso(at), result: 'retry', nextAttemptAt: iso(at + 3_600_000),
        error: alert ? 'sink not configured in this process' : 'alert not found' });
      continue;
    }
    const r = await sink.send(alert, d.attempts + 1, at);
    const after = now();
    if (r.ok) {
      await store.finishDelivery({ alert: d.alert, sink: d.sink, now: iso(after), result: 'delivered' });
      stats.delivered++;
      continue;
    }
    if (d.attempts + 1 >= opts.maxAttempts) {
      await store.finishDelivery({ alert: d.alert, sink: d.sink, now: iso(after), result: 'dead', error: r.error });
      stats.dead++;
      opts.onError(new DyadError('E_DELIVERY', `alert ${d.alert} to ${d.sink}: ${r.error}; dead-lettered after ${d.attempts + 1} attempts`));
      await opts.onDead?.(alert, d, r.error);
      continue;
    }
    const backoff = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** d.attempts) * (0.5 + opts.random() / 2);
    const wait = Math.max(backoff, r.retryAfterMs ?? 0);
    await store.finishDelivery({ alert: d.alert, sink: d.sink, now: iso(after), result: 'retry', nextAttemptAt: iso(after + wait), error: r.error });
    stats.retried++;
  }
  return stats;
}
