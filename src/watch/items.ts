import { textId } from '../core/hash.js';
import type { Article } from '../core/types.js';
import { buildArticle, fail } from '../stages/ingest/article.js';
import { declaredEncoding, sniffEncoding } from '../stages/ingest/decode.js';
import { readFeed } from '../stages/ingest/feed.js';
import { extractHtml } from '../stages/ingest/html.js';
import type { IngestItem, ResolvedReadOptions } from '../stages/ingest/options.js';
import { checkHead, decodeAll, InputProblem } from '../stages/ingest/source.js';
import { contentHash } from '../store/article-meta.js';

/** One item of a polled feed, as read by dyad's feed reader, with the keys watch dedupes on. */
export interface FeedItem {
  /** GUID / Atom id, else the canonical link, else a hash of the text: the same story in two feeds has one key. */
  key: string;
  /** SHA-256 of the item's title and text as the feed gives them: when it changes, the story was revised. */
  hash: string;
  /** The article as the feed gives it (its text is the fallback when the page cannot be read). */
  article: Article;
  item: number;
}

const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$/i;

/** A link without what varies between copies of the same page: fragment, tracking parameters, AMP suffixes. */
export function canonicalUrl(link: string): string | null {
  let u: URL;
  try { u = new URL(link); } catch { return null; }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  for (const k of [...u.searchParams.keys()]) if (TRACKING_PARAM.test(k) || k === 'amp') u.searchParams.delete(k);
  u.pathname = u.pathname.replace(/\/amp\/?$|\.amp(?=\.html?$|$)/, '') || '/';
  u.hostname = u.hostname.toLowerCase().replace(/^(www|amp)\./, '');
  return u.toString();
}

/** Decodes a feed body and reads its items; a feed that cannot be read at all is one error item. */
export function readFeedItems(feedUrl: string, body: Buffer, opts: ResolvedReadOptions): { items: FeedItem[]; problems: IngestItem[] } {
  let xml: string;
  try {
    const sniffed = checkHead(body.subarray(0, 1024));
    xml = decodeAll(body, sniffed, declaredEncoding(body.subarray(0, 1024), 'feed'));
  } catch (e) {
    const p = e instanceof InputProblem ? e : new InputProblem('E_FEED', (e as Error).message);
    return { items: [], problems: [fail(p.code, p.message, { input: feedUrl })] };
  }
  const items: FeedItem[] = [];
  const problems: IngestItem[] = [];
  const keys = new Set<string>();
  // Every item is read for its key and hash; the language check (the costly part) waits until an item is new (itemArticle).
  for (const it of readFeed(feedUrl, xml, { ...opts, languageCheck: false })) {
    if (!it.ok) { problems.push(it); continue; }
    const a = it.value.article;
    const key = a.id !== textId(a.text) ? a.id : canonicalUrl(a.url ?? '') ?? a.id;
    if (keys.has(key)) continue; // listed twice in one feed
    keys.add(key);
    items.push({ key, hash: contentHash(`${a.title ?? ''}\n${a.text}`), article: a, item: it.value.origin.item ?? items.length + 1 });
  }
  return { items, problems };
}

/**
 * The article to code for an item: its page's main text when the page can be read and says more than the feed,
 * else the feed's own text. `id` is the article id to store it under. Same checks as `dyad ingest` (empty, too
 * large, not English).
 */
export function itemArticle(item: FeedItem, id: string, feedUrl: string, page: Buffer | null, opts: ResolvedReadOptions): IngestItem {
  const a = item.article;
  let text = a.text;
  let title = a.title;
  if (page) {
    try {
      const html = decodeAll(page, sniffEncoding(page), declaredEncoding(page.subarray(0, 1024), 'html'));
      const p = extractHtml(html);
      // A page whose main text is shorter than the feed's summary was not read well (paywall, consent wall, script page).
      if (p.text.length > a.text.length) { text = p.text; title = p.title ?? title; }
    } catch {
      // unreadable page: the feed's text is used
    }
  }
  return buildArticle({ id, date: a.date, title, url: a.url, text }, { input: feedUrl, item: item.item }, opts);
}
