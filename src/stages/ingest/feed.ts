import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildArticle, fail } from './article.js';
import { fragmentText, startsWithLine } from './html.js';
import type { IngestItem, ResolvedReadOptions } from './options.js';

type XmlValue = string | number | boolean | XmlObject | XmlValue[] | undefined | null;
interface XmlObject { [key: string]: XmlValue }

const ENTITY_DECLARATION = /<!ENTITY/i;

/**
 * Safe settings: no DTD entity may be declared (checked before parsing, so no entity-expansion bomb or external
 * entity reaches the parser), entity expansion is capped anyway, nesting past 100 levels is an error, values stay
 * strings, and nothing is fetched (fast-xml-parser never resolves external resources).
 */
const PARSER_OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  processEntities: { enabled: true, maxEntityCount: 1, maxEntitySize: 1, maxTotalExpansions: 1_000_000, maxExpandedLength: 100_000_000 },
  maxNestedTags: 100,
  isArray: (name: string): boolean => name === 'item' || name === 'entry' || name === 'link',
  /** Atom text constructs are kept raw: their `type` (text, html, xhtml) says how to read them. */
  stopNodes: ['feed.entry.title', 'feed.entry.content', 'feed.entry.summary'],
};
const INNER_OPTIONS = { ...PARSER_OPTIONS, stopNodes: [] };

/** Articles of an RSS 2.0 / RSS 1.0 / Atom feed, one per item or entry, in feed order. */
export function* readFeed(input: string, xml: string, opts: ResolvedReadOptions): Generator<IngestItem> {
  if (ENTITY_DECLARATION.test(xml)) {
    yield fail('E_FEED', 'feed declares XML entities (<!ENTITY>), refused: they can expand without bound or read local files', { input });
    return;
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    yield fail('E_FEED', `malformed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`, { input, line: valid.err.line });
    return;
  }
  let doc: XmlObject;
  try {
    doc = new XMLParser(PARSER_OPTIONS).parse(xml) as XmlObject;
  } catch (e) {
    yield fail('E_FEED', `malformed feed: ${(e as Error).message}`, { input });
    return;
  }
  const rss = asObject(doc.rss);
  const rdf = asObject(doc['rdf:RDF']);
  const atom = asObject(doc.feed);
  const root = rss ? asObject(rss.channel)?.item : rdf ? rdf.item : atom ? atom.entry : undefined;
  const items = rss || rdf || atom ? asList(root) ?? [] : undefined;
  if (!items) {
    const name = Object.keys(doc).find((k) => !k.startsWith('?')) ?? 'none';
    yield fail('E_FEED', `not an RSS or Atom feed (root element <${name}>)`, { input });
    return;
  }
  if (!items.length) {
    yield fail('E_EMPTY', 'feed has no items', { input });
    return;
  }
  for (let i = 0; i < items.length; i++) {
    const origin = { input, item: i + 1 };
    const it = asObject(items[i]);
    if (!it) { yield fail('E_FEED', 'item is empty', origin); continue; }
    let title: string;
    let body: string;
    try {
      if (atom) {
        title = atomText(it.title).replace(/\s+/g, ' ').trim();
        body = atomText(it.content) || atomText(it.summary);
      } else {
        title = fragmentText(text(it.title) ?? '').replace(/\s+/g, ' ').trim();
        body = fragmentText(text(it['content:encoded']) ?? text(it.content) ?? text(it.description) ?? '');
      }
    } catch (e) {
      yield fail('E_FEED', `item text unreadable: ${(e as Error).message}`, origin);
      continue;
    }
    // Like a .txt file: the title is the headline line, then a blank line, then the body.
    const articleText = title && body ? (startsWithLine(body, title) ? body : `${title}\n\n${body}`) : title || body;
    yield buildArticle({
      id: text(it.guid) ?? text(it.id),
      date: text(it.pubDate) ?? text(it['dc:date']) ?? text(it.published) ?? text(it.updated),
      title: title || undefined,
      url: link(it.link),
      text: articleText,
    }, origin, opts);
  }
}

/**
 * An Atom text construct, kept raw by the parser: type="xhtml" is markup, "html" is escaped markup, "text" (the
 * default) is escaped text. Escapes and CDATA are undone by parsing the raw content once more (safely).
 */
function atomText(v: XmlValue): string {
  const o = asObject(v);
  const raw = typeof v === 'string' ? v : o ? text(o['#text']) : undefined;
  if (!raw) return '';
  const type = o && typeof o['@_type'] === 'string' ? o['@_type'] : 'text';
  if (type === 'xhtml') return fragmentText(raw);
  const decoded = text((new XMLParser(INNER_OPTIONS).parse(`<x>${raw}</x>`) as XmlObject).x) ?? '';
  return type === 'html' ? fragmentText(decoded) : decoded.replace(/[ \t\r\f]+/g, ' ').trim();
}

function asObject(v: XmlValue): XmlObject | undefined {
  if (Array.isArray(v)) return asObject(v[0]);
  return v !== null && typeof v === 'object' ? v : undefined;
}

function asList(v: XmlValue): XmlValue[] | undefined {
  if (v === undefined || v === null || v === '') return v === '' ? [] : undefined;
  return Array.isArray(v) ? v : [v];
}

/** The text of an element: its string, its #text, or (for Atom type="xhtml") every string inside, in order. */
function text(v: XmlValue): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v || undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  const own = v['#text'];
  if (own !== undefined) return text(own);
  const parts: string[] = [];
  const stack: XmlValue[] = [v];
  while (stack.length) {
    const x = stack.pop();
    if (typeof x === 'string' || typeof x === 'number') parts.push(String(x));
    else if (Array.isArray(x)) for (let i = x.length - 1; i >= 0; i--) stack.push(x[i]);
    else if (x && typeof x === 'object') {
      const keys = Object.keys(x).filter((k) => !k.startsWith('@_'));
      for (let i = keys.length - 1; i >= 0; i--) stack.push(x[keys[i]!]);
    }
  }
  return parts.join(' ') || undefined;
}

/** RSS `<link>` is text; Atom has `<link href rel>` elements (the alternate one is the article). */
function link(v: XmlValue): string | undefined {
  const list = asList(v) ?? [];
  let fallback: string | undefined;
  for (const l of list) {
    if (typeof l === 'string') return l || undefined;
    const o = asObject(l);
    if (!o) continue;
    const href = typeof o['@_href'] === 'string' ? o['@_href'] : text(o['#text']);
    if (!href) continue;
    const rel = o['@_rel'];
    if (rel === undefined || rel === 'alternate') return href;
    fallback ??= href;
  }
  return fallback;
}
