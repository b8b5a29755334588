import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { buildArticle, contentHash, DyadError, firstInvalidUtf8, resolveReadOptions, type Store } from '../api.js';
import { exportEvents } from '../query/export-events.js';
import { describeZodError, exportParams } from '../query/params.js';
import { runQuery } from '../query/run-query.js';
import { loadCameoTables } from '../resources/cameo/cameo-tables.js';
import { API_DOC } from './api-doc.js';
import { StoreWriteError, type ArticleCoder } from './article-coder.js';
import type { PutResult, ThreadWriter } from '../store/store.js';
import type { CodedArticle } from '../core/types.js';
import { listAlerts, streamAlerts } from '../watch/alerts-api.js';

export interface ServeOptions {
  /** Interface to bind (default 127.0.0.1: only this machine). */
  host?: string;
  /** Port (0: any free port). */
  port?: number;
  /** Enables POST /api/articles (coding and storing articles over HTTP); requires `token`. */
  allowWrite?: boolean;
  /** Bearer token required by write endpoints. */
  token?: string;
  /** Makes the coder of write endpoints (called once, on the first write): posted articles are coded in its thread. */
  coder?: () => ArticleCoder;
  /** Largest request body accepted, in bytes (default 1 MiB). */
  maxBodyBytes?: number;
}

export interface RunningServer {
  server: http.Server;
  url: string;
  close(): Promise<void>;
}

const WEB_DIR = fileURLToPath(new URL('../../../src/web/', import.meta.url));
/** The page's libraries, copied from node_modules at build time (scripts/build-web.mjs): nothing is fetched from elsewhere. */
const VENDOR_DIR = fileURLToPath(new URL('../../web/vendor/', import.meta.url));
/** The page's own files (flat, in src/web) and the libraries (in dist/web/vendor): a name is one path segment. */
function staticFile(route: string): string | null {
  if (route === '/' || route === '/index.html') return path.join(WEB_DIR, 'index.html');
  if (/^\/[a-z0-9-]+\.(?:js|css)$/.test(route)) return path.join(WEB_DIR, route.slice(1));
  if (/^\/vendor\/[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:js|json|css)$/.test(route)) return path.join(VENDOR_DIR, route.slice('/vendor/'.length));
  return null;
}
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8',
};
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};
const QUERY_ROUTES: Record<string, string> = {
  '/api/events': 'events', '/api/series': 'series', '/api/network': 'network', '/api/quotes': 'quotes', '/api/actors': 'actors',
  '/api/clusters': 'clusters', '/api/search': 'search', '/api/stats': 'stats', '/api/places': 'places',
};
const MAX_URL = 4096;
const MAX_PARAMS = 32;

const articleInput = z.strictObject({
  id: z.string().min(1).max(500).optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  title: z.string().max(2000).optional(),
  url: z.string().url().max(2000).optional(),
  text: z.string().min(1),
});
/** Per-article checks of POST /api/articles: those of dyad ingest with its defaults (standard input is never read). */
const INGEST_OPTIONS = resolveReadOptions({ stdin: process.stdin });
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

const postBody = z.union([articleInput, z.array(articleInput).min(1).max(1000)]);

class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) { super(message); }
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, head = false): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(data) });
  res.end(head ? undefined : data);
}

function sendError(res: http.ServerResponse, status: number, code: string, message: string): void {
  if (res.headersSent) { res.destroy(); return; }
  // a body not read to its end (a refused or oversized upload) is not read further: the connection closes after the answer
  if (!res.req.complete) res.setHeader('connection', 'close');
  sendJson(res, status, { error: { code, message } });
}

/** Host names a loopback-bound server answers to; anything else is a DNS-rebinding attempt. */
function loopbackHostOk(hostHeader: string | undefined): boolean {
  if (!hostHeader) return false;
  const name = hostHeader.startsWith('[') ? hostHeader.slice(0, hostHeader.indexOf(']') + 1) : hostHeader.split(':')[0]!;
  return ['localhost', '127.0.0.1', '[::1]'].includes(name.toLowerCase());
}

const isLoopback = (host: string): boolean => host === '127.0.0.1' || host === 'localhost' || host === '::1' || host.startsWith('127.');

/** Host and Authorization given more than once: which one counts is ambiguous (Node keeps the first), so refused. */
function repeatedHeader(req: http.IncomingMessage): string | undefined {
  let host = 0;
  let auth = 0;
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!.toLowerCase();
    if (name === 'host' && ++host > 1) return 'Host';
    if (name === 'authorization' && ++auth > 1) return 'Authorization';
  }
  return undefined;
}

/** `Authorization: Bearer TOKEN`, the scheme matched case-insensitively (RFC 7235), the token compared in constant time. */
function tokenOk(header: string | undefined, token: string): boolean {
  const m = /^bearer +(\S+) *$/i.exec(header ?? '');
  if (!m) return false;
  const a = Buffer.from(m[1]!);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The body, up to `max` bytes. Past the limit reading stops; the 413 goes out with `Connection: close` and the
 * connection closes after it (destroying the socket at once could reset it before the client read the answer).
 */
function readBody(req: http.IncomingMessage, max: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max) return Promise.reject(new HttpError(413, 'E_TOO_LARGE', `request body over ${max} bytes`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer): void => {
      size += c.length;
      if (size <= max) { chunks.push(c); return; }
      req.off('data', onData);
      req.off('end', onEnd);
      req.pause();
      reject(new HttpError(413, 'E_TOO_LARGE', `request body over ${max} bytes`));
    };
    const onEnd = (): void => resolve(Buffer.concat(chunks));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', reject);
  });
}

/** The HTTP handler: JSON API under /api, the page at /. Exposed for tests; `serve` wraps it in a server. */
export function createHandler(store: Store, opts: ServeOptions = {}): http.RequestListener {
  const host = opts.host ?? '127.0.0.1';
  const maxBody = opts.maxBodyBytes ?? 1024 * 1024;
  let cameoNames: { names: Record<string, string> } | null = null;
  let coder: ArticleCoder | null = null;
  let writer: ThreadWriter | null | undefined;
  return (req, res) => {
    void (async () => {
      const method = req.method ?? 'GET';
      if ((req.url ?? '').length > MAX_URL) throw new HttpError(414, 'E_URL_TOO_LONG', `URL over ${MAX_URL} characters`);
      const repeated = repeatedHeader(req);
      if (repeated) throw new HttpError(400, 'E_HEADER', `${repeated} header given more than once`);
      if (isLoopback(host) && !loopbackHostOk(req.headers.host)) throw new HttpError(421, 'E_HOST', 'this server answers only to localhost');
      const url = new URL(req.url ?? '/', 'http://localhost');
      const route = url.pathname;
      const file = staticFile(route);
      if (file !== null) {
        if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'E_METHOD', `${method} not allowed on ${route}`);
        let data: Buffer;
        try { data = await fs.promises.readFile(file); } catch { throw new HttpError(404, 'E_NOT_FOUND', `no such file ${route}`); }
        res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-length': data.length, 'cache-control': 'no-cache' });
        res.end(method === 'HEAD' ? undefined : data);
        return;
      }
      if (route === '/api/articles' && method === 'POST') {
        if (!opts.allowWrite || !opts.token) throw new HttpError(403, 'E_WRITE_DISABLED', 'write endpoints are off; start dyad serve with --allow-write and a token');
        if (!tokenOk(req.headers.authorization, opts.token)) {
          res.setHeader('www-authenticate', 'Bearer');
          throw new HttpError(401, 'E_TOKEN', 'missing or wrong bearer token');
        }
        if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'E_CONTENT_TYPE', 'send application/json');
        const raw = await readBody(req, maxBody);
        let json: unknown;
        let body: string;
        try { body = UTF8.decode(raw); } catch { throw new HttpError(400, 'E_UTF8', `body is not valid UTF-8 (first bad byte at ${firstInvalidUtf8(raw)})`); }
        try { json = JSON.parse(body); } catch (e) { throw new HttpError(400, 'E_JSON', `body is not JSON: ${(e as Error).message}`); }
        const parsed = postBody.safeParse(json);
        if (!parsed.success) throw new HttpError(400, 'E_PARAM', describeZodError(parsed.error));
        coder ??= opts.coder?.() ?? null;
        if (!coder) throw new HttpError(503, 'E_NO_RESOURCES', 'this server cannot code articles');
        if (writer === undefined) writer = store.threadWriter?.() ?? null;
        const results = [];
        for (const [k, a] of (Array.isArray(parsed.data) ? parsed.data : [parsed.data]).entries()) {
          // The checks and normalisation of dyad ingest: blank text, size limit, not English; control characters to spaces.
          const item = buildArticle(a, { input: 'POST /api/articles', item: k + 1 }, INGEST_OPTIONS);
          if (!item.ok) { results.push({ id: a.id ?? null, status: 'error', error: { code: item.error.code, message: item.error.message } }); continue; }
          const article = item.value.article;
          if (await store.hasArticle(article.id, contentHash(article.text))) { results.push({ id: article.id, status: 'duplicate' }); continue; }
          // coded in the coder's thread, within its time budget, and (SQLite) stored from there over a connection of
          // its own: the event loop keeps answering other requests while either runs
          // (a coding error is this article's result; a store error fails the request)
          let stored: PutResult | undefined;
          let coded: CodedArticle | undefined;
          try {
            if (writer) stored = await coder.codeAndStore(article, writer); else coded = await coder.code(article);
          } catch (e) {
            if (!(e instanceof DyadError) || e instanceof StoreWriteError) throw e;
            results.push({ id: article.id, status: 'error', error: { code: e.code, message: e.message } });
            continue;
          }
          const r = stored ?? await store.putArticle(coded!);
          results.push({ id: article.id, status: r.status, ...(r.status === 'inserted' ? { events: r.events } : {}) });
        }
        sendJson(res, 200, { results });
        return;
      }
      if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'E_METHOD', `${method} not allowed on ${route}`);
      const params: Record<string, string> = {};
      let count = 0;
      for (const [k, v] of url.searchParams) {
        if (++count > MAX_PARAMS) throw new HttpError(400, 'E_PARAM', `more than ${MAX_PARAMS} parameters`);
        if (k in params) throw new HttpError(400, 'E_PARAM', `${k}: given more than once`);
        params[k] = v;
      }
      if (route === '/api' || route === '/api/') { sendJson(res, 200, API_DOC, method === 'HEAD'); return; }
      if (route === '/api/alerts') { sendJson(res, 200, await listAlerts(store, params), method === 'HEAD'); return; }
      if (route === '/api/alerts/stream') { await streamAlerts(store, params, req, res, SECURITY_HEADERS); return; }
      const kind = QUERY_ROUTES[route];
      if (kind) { sendJson(res, 200, await runQuery(store, kind, params), method === 'HEAD'); return; }
      if (route === '/api/cameo') {
        if (Object.keys(params).length) throw new HttpError(400, 'E_PARAM', 'this endpoint takes no parameters');
        cameoNames ??= { names: Object.fromEntries(loadCameoTables().names) };
        sendJson(res, 200, cameoNames, method === 'HEAD');
        return;
      }
      if (route === '/api/export') {
        const parsed = exportParams.safeParse(params);
        if (!parsed.success) throw new HttpError(400, 'E_PARAM', describeZodError(parsed.error));
        const file = await exportEvents(store, parsed.data);
        const data = Buffer.from(file.body);
        res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': file.contentType, 'content-length': data.length, 'cache-control': 'no-store',
          'content-disposition': `attachment; filename="${file.filename}"`, 'x-dyad-rows': String(file.rows) });
        res.end(method === 'HEAD' ? undefined : data);
        return;
      }
      const actorPage = /^\/api\/actors\/([^/]+)$/.exec(route);
      if (actorPage) {
        if (Object.keys(params).length) throw new HttpError(400, 'E_PARAM', 'this endpoint takes no parameters');
        sendJson(res, 200, await runQuery(store, 'actor', { id: actorPage[1]! }), method === 'HEAD');
        return;
      }
      const art = /^\/api\/articles\/([^/]+)$/.exec(route);
      if (art) {
        if (Object.keys(params).length) throw new HttpError(400, 'E_PARAM', 'this endpoint takes no parameters');
        let id: string;
        try { id = decodeURIComponent(art[1]!); } catch { throw new HttpError(400, 'E_PARAM', 'id: bad percent-encoding'); }
        sendJson(res, 200, await runQuery(store, 'article', { id }), method === 'HEAD');
        return;
      }
      throw new HttpError(404, 'E_NOT_FOUND', `no such endpoint ${route} (see /api)`);
    })().catch((e: unknown) => {
      if (e instanceof HttpError) return sendError(res, e.status, e.code, e.message);
      if (e instanceof DyadError) {
        const status = e.code === 'E_NOT_FOUND' ? 404 : e.code === 'E_PARAM' || e.code === 'E_QUERY' ? 400 : 500;
        return sendError(res, status, e.code, e.message);
      }
      // A bug: say so without leaking internals; the server keeps running.
      process.stderr.write(`dyad serve: internal error on ${req.method} ${req.url}: ${(e as Error)?.stack ?? String(e)}\n`);
      sendError(res, 500, 'E_INTERNAL', 'internal error');
    });
  };
}

/** Starts the API and the page on host:port (127.0.0.1 and a free port by default). */
export async function serve(store: Store, opts: ServeOptions = {}): Promise<RunningServer> {
  if (opts.allowWrite && (!opts.token || opts.token.length < 16)) {
    throw new DyadError('E_TOKEN', 'write endpoints need a token of at least 16 characters (--token or DYAD_TOKEN)');
  }
  const host = opts.host ?? '127.0.0.1';
  // one coder for the server's life, made on the first write and stopped with the server
  let coder: ArticleCoder | undefined;
  const makeCoder = opts.coder ? (): ArticleCoder => (coder ??= opts.coder!()) : undefined;
  // timeouts are enforced when connections are checked: every second, so slow headers close at 10 s (default: 30 s)
  const server = http.createServer({ maxHeaderSize: 16 * 1024, requestTimeout: 30_000, headersTimeout: 10_000, connectionsCheckingInterval: 1_000 },
    createHandler(store, { ...opts, host, coder: makeCoder }));
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const shown = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    server,
    url: `http://${shown}:${addr.port}`,
    close: async () => {
      await new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections(); });
      await coder?.close();
    },
  };
}
