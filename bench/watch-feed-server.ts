/**
 * The loopback feed server of `npm run bench:watch`, in its own process (so its memory is not the watcher's): FEEDS
 * feeds of ITEMS items each, built from the bundled sample articles (Wikinews, CC BY 2.5; samples/ATTRIBUTION.md),
 * answering ETag/If-None-Match with 304. Every `ADD_EVERY_MS` one feed gets a new item (the oldest drops out), so the
 * soak keeps coding a little. Prints its URL on stdout.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FEEDS = Number(process.env.FEEDS ?? 1000);
const ITEMS = Number(process.env.ITEMS ?? 20);
const ADD_EVERY_MS = Number(process.env.ADD_EVERY_MS ?? 2000);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const paragraphs = fs.readFileSync(path.join(root, 'samples/articles.jsonl'), 'utf8').split('\n').filter(Boolean)
  .flatMap((l) => (JSON.parse(l) as { text: string }).text.split(/\n\s*\n/).slice(1)).map((p) => p.trim()).filter((p) => p.length > 120);

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
let serial = 0;
function item(feed: number): string {
  const n = serial++;
  const text = [0, 1].map((k) => paragraphs[(n * 7 + k * 13 + feed) % paragraphs.length]!).join('\n\n') + ` (Bulletin ${feed}-${n}.)`;
  const date = new Date(Date.UTC(2024, 2, 1) + (n % 60) * 86_400_000).toUTCString();
  return `<item><guid>bench-${feed}-${n}</guid><title>Bulletin ${feed}-${n}</title><pubDate>${date}</pubDate><description>${esc(text)}</description></item>`;
}
const feeds: string[][] = Array.from({ length: FEEDS }, (_, f) => Array.from({ length: ITEMS }, () => item(f)));
const bodies = new Map<number, { body: string; etag: string }>();
function body(f: number): { body: string; etag: string } {
  let b = bodies.get(f);
  if (!b) {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed ${f}</title>${feeds[f]!.join('')}</channel></rss>`;
    b = { body: xml, etag: `"${createHash('sha1').update(xml).digest('hex')}"` };
    bodies.set(f, b);
  }
  return b;
}
if (ADD_EVERY_MS > 0) {
  let next = 0;
  setInterval(() => {
    const f = next++ % FEEDS;
    feeds[f]!.unshift(item(f));
    feeds[f]!.pop();
    bodies.delete(f);
  }, ADD_EVERY_MS).unref();
}
let requests = 0;
let notModified = 0;
const server = http.createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
  requests++;
  const m = /^\/feed\/(\d+)\.rss$/.exec(req.url ?? '');
  const f = m ? Number(m[1]) : -1;
  if (f < 0 || f >= FEEDS) { res.writeHead(404).end(); return; }
  const b = body(f);
  if (req.headers['if-none-match'] === b.etag) { notModified++; res.writeHead(304, { etag: b.etag }).end(); return; }
  res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: b.etag }).end(b.body);
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, feeds: FEEDS, items: ITEMS, paragraphs: paragraphs.length })}\n`);
});
process.on('message', (m) => {
  if (m === 'stats') process.send?.({ requests, notModified, serial });
});
process.on('disconnect', () => process.exit(0));
