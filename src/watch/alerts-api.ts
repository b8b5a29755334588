import type http from 'node:http';
import { z } from 'zod';
import { DyadError } from '../core/errors.js';
import { describeZodError } from '../query/params.js';
import type { Store } from '../store/store.js';
import type { Alert, StoredAlert } from '../store/watch-store.js';

/** `since`: an ISO 8601 date or date-time (a date is its midnight UTC); `limit` 1-1000 (default 100). */
export const alertsParams = z.strictObject({
  since: z.string().max(40).refine((s) => /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && Number.isFinite(Date.parse(s)),
    'expected an ISO 8601 date or date-time').optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

/** The stream takes `since` only. */
export const alertStreamParams = alertsParams.omit({ limit: true });

function parse(params: Record<string, string>, schema: typeof alertsParams | typeof alertStreamParams = alertsParams): { since?: string; limit?: number } {
  const r = schema.safeParse(params);
  if (!r.success) throw new DyadError('E_PARAM', describeZodError(r.error));
  const d = r.data as { since?: string; limit?: number };
  return { ...(d.since ? { since: new Date(Date.parse(d.since)).toISOString() } : {}), ...(d.limit ? { limit: d.limit } : {}) };
}

const plain = ({ seq: _seq, ...a }: StoredAlert): Alert => a;

/** `GET /api/alerts?since=ISO&limit=N`: `{"alerts": [...]}`, oldest first. */
export async function listAlerts(store: Store, params: Record<string, string>): Promise<{ alerts: Alert[] }> {
  const q = parse(params);
  return { alerts: (await store.alerts({ since: q.since, limit: q.limit ?? 100 })).map(plain) };
}

/**
 * `GET /api/alerts/stream`: server-sent events, one `event: alert` per new alert with the alert as JSON `data` and its
 * store position as `id` (a client reconnecting with `Last-Event-ID` gets what it missed). Without `since`, only alerts
 * stored after the stream opened; with `since`, those created since then first. The store is read once a second, so
 * alerts written by a `dyad watch` in another process arrive too; a comment line every 15 s keeps proxies open.
 */
export async function streamAlerts(store: Store, params: Record<string, string>, req: http.IncomingMessage, res: http.ServerResponse,
  headers: Record<string, string>, pollMs = 1000): Promise<void> {
  const q = parse(params, alertStreamParams);
  const lastId = Number(req.headers['last-event-id']);
  let after = 0;
  if (Number.isSafeInteger(lastId) && lastId >= 0) after = lastId;
  else for (let page = await store.alerts({ limit: 1000 }); page.length; page = await store.alerts({ afterSeq: after, limit: 1000 })) after = page.at(-1)!.seq;
  res.writeHead(200, { ...headers, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
  res.write(': dyad alerts\nretry: 2000\n\n');
  let closed = false;
  let busy = false;
  let quiet = 0;
  const write = (r: StoredAlert): void => { res.write(`id: ${r.seq}\nevent: alert\ndata: ${JSON.stringify(plain(r))}\n\n`); };
  if (q.since && !(Number.isSafeInteger(lastId) && lastId >= 0)) {
    // catching up: what was created since then and is already stored (the stream goes on after the newest of it)
    let pos = 0;
    for (let rows = await store.alerts({ since: q.since, limit: 1000 }); rows.length; rows = await store.alerts({ since: q.since, afterSeq: pos, limit: 1000 })) {
      for (const r of rows) if (r.seq <= after) write(r);
      pos = rows.at(-1)!.seq;
      if (pos >= after) break;
    }
  }
  const send = async (): Promise<void> => {
    if (busy || closed) return;
    busy = true;
    try {
      for (;;) {
        const rows = await store.alerts({ afterSeq: after, limit: 100 });
        for (const r of rows) { write(r); after = r.seq; }
        if (rows.length < 100) break;
      }
      if ((quiet += pollMs) >= 15_000) { res.write(': keep-alive\n\n'); quiet = 0; }
    } catch {
      // the store is busy or gone for a moment: try again at the next tick
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void send(), pollMs);
  const end = (): void => { closed = true; clearInterval(timer); };
  req.on('close', end);
  res.on('close', end);
  await send();
}
