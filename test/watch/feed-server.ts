/**
 * A feed server for the watch tests: a real node:http server on a loopback address, whose routes the test sets and
 * changes while the watcher runs. Feeds answer conditional requests (ETag, If-Modified-Since) like a well-behaved
 * server; other routes misbehave on purpose (429, slow, hanging, malformed, moved).
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Answer {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Wait this long (ms) before answering; or send the body in pieces with this pause between them (`trickle`). */
  delayMs?: number;
  trickleMs?: number;
  /** Never answer (the client must time out). */
  hang?: boolean;
}

export type Route = (req: http.IncomingMessage) => Answer | Promise<Answer>;

export interface Item {
  guid?: string;
  title: string;
  text: string;
  link?: string;
  date?: string; // RFC 822 or ISO
}

export interface FeedServer {
  url: string;
  host: string;
  routes: Map<string, Route>;
  /** Requests seen, in order: path and the conditional headers sent. */
  log: { path: string; ifNoneMatch?: string; ifModifiedSince?: string; at: number }[];
  close(): Promise<void>;
}

export async function startFeedServer(host = '127.0.0.1'): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const log: FeedServer['log'] = [];
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      log.push({ path, ifNoneMatch: req.headers['if-none-match'], ifModifiedSince: req.headers['if-modified-since'] as string | undefined, at: Date.now() });
      const route = routes.get(path);
      const a: Answer = route ? await route(req) : { status: 404, body: 'not found' };
      if (a.hang) { hanging.add(res); res.on('close', () => hanging.delete(res)); return; }
      if (a.delayMs) await new Promise((r) => setTimeout(r, a.delayMs));
      const body = typeof a.body === 'string' ? Buffer.from(a.body) : a.body ?? Buffer.alloc(0);
      res.writeHead(a.status ?? 200, { 'content-type': 'application/rss+xml; charset=utf-8', ...a.headers });
      if (a.trickleMs) {
        for (let i = 0; i < body.length && !res.destroyed; i += 64) {
          res.write(body.subarray(i, i + 64));
          await new Promise((r) => setTimeout(r, a.trickleMs));
        }
        res.end();
      } else {
        res.end(body);
      }
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`, host: `${host}:${port}`, routes, log,
    close: () => new Promise<void>((resolve) => {
      for (const r of hanging) r.destroy();
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An RSS 2.0 document with these items. */
export function rss(items: Item[], extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Test feed</title><link>http://feeds.example/</link>${extra}\n`
    + items.map((i) => `<item>${i.guid ? `<guid>${esc(i.guid)}</guid>` : ''}<title>${esc(i.title)}</title>`
      + `${i.link ? `<link>${esc(i.link)}</link>` : ''}${i.date ? `<pubDate>${esc(i.date)}</pubDate>` : ''}<description>${esc(i.text)}</description></item>\n`).join('')
    + '</channel></rss>\n';
}

/**
 * A well-behaved feed: ETag (hash of the body) and Last-Modified, 304 when the client's validators match.
 * `items()` is read on every request, so the test changes the feed by changing what it returns.
 */
export function feedRoute(items: () => Item[], opts: { etag?: boolean; lastModified?: string; extra?: string } = {}): Route {
  return (req) => {
    const body = rss(items(), opts.extra);
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    const headers: Record<string, string> = {};
    if (opts.etag !== false) headers.etag = etag;
    if (opts.lastModified) headers['last-modified'] = opts.lastModified;
    if (opts.etag !== false && req.headers['if-none-match'] === etag) return { status: 304, headers };
    if (opts.etag === false && opts.lastModified && req.headers['if-modified-since'] === opts.lastModified) return { status: 304, headers };
    return { body, headers };
  };
}

/** An HTML page for an item's link. */
export function pageRoute(title: string, paragraphs: string[]): Route {
  return () => ({
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: `<!doctype html><html><head><title>${esc(title)}</title></head><body><nav>Home | World | Sport</nav><article><h1>${esc(title)}</h1>`
      + paragraphs.map((p) => `<p>${esc(p)}</p>`).join('') + '</article><footer>Copyright</footer></body></html>',
  });
}
