import fs from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DyadError } from '../core/errors.js';

export interface FeedList {
  urls: string[];
  /** One per line or outline that could not be used (the rest is still read). */
  errors: DyadError[];
}

const MAX_LIST_BYTES = 16 * 1024 * 1024;

/**
 * The feeds to follow: a text file with one URL per line (blank lines and lines starting with # are skipped), or an
 * OPML file (every `<outline xmlUrl=...>`, at any depth). Only http(s) URLs are kept; duplicates once, first order kept.
 * A bad line is an E_FEEDS error naming the file and line; an unreadable file throws E_READ.
 */
export function readFeedList(file: string): FeedList {
  let text: string;
  try {
    const st = fs.statSync(file);
    if (st.size > MAX_LIST_BYTES) throw new DyadError('E_TOO_LARGE', `feed list of ${st.size} bytes is over ${MAX_LIST_BYTES}`, { input: file });
    text = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file)).replace(/^\uFEFF/, '');
  } catch (e) {
    if (e instanceof DyadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new DyadError(e instanceof TypeError ? 'E_UTF8' : 'E_READ', e instanceof TypeError ? 'feed list is not UTF-8 text'
      : `cannot read feed list: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`, { input: file });
  }
  // XML whose root is <opml> (after any declaration, comments or DOCTYPE) is an OPML list; anything else is lines
  return text.trimStart().startsWith('<') && /<opml[\s>]/i.test(text.slice(0, 4096)) ? readOpml(file, text) : readLines(file, text);
}

function readLines(file: string, text: string): FeedList {
  const urls: string[] = [];
  const errors: DyadError[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const ok = checkUrl(line);
    if (typeof ok === 'string') errors.push(new DyadError('E_FEEDS', ok, { input: file, line: i + 1 }));
    else urls.push(ok.toString());
  });
  return { urls: unique(urls), errors };
}

type Xml = string | number | boolean | null | undefined | Xml[] | { [k: string]: Xml };

function readOpml(file: string, text: string): FeedList {
  if (/<!ENTITY/i.test(text)) return { urls: [], errors: [new DyadError('E_FEEDS', 'OPML declares XML entities (<!ENTITY>), refused', { input: file })] };
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return { urls: [], errors: [new DyadError('E_FEEDS', `malformed OPML at line ${valid.err.line}: ${valid.err.msg}`, { input: file, line: valid.err.line })] };
  }
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseAttributeValue: false, maxNestedTags: 100,
    processEntities: { enabled: true, maxEntityCount: 1, maxEntitySize: 1, maxTotalExpansions: 100_000, maxExpandedLength: 10_000_000 } }).parse(text) as Xml;
  const urls: string[] = [];
  const errors: DyadError[] = [];
  let n = 0;
  const stack: Xml[] = [doc];
  const found: { url: string; n: number }[] = [];
  while (stack.length) {
    const x = stack.pop();
    if (Array.isArray(x)) { for (let i = x.length - 1; i >= 0; i--) stack.push(x[i]!); continue; }
    if (!x || typeof x !== 'object') continue;
    const xmlUrl = x['@_xmlUrl'] ?? x['@_xmlurl'];
    if (typeof xmlUrl === 'string') found.push({ url: xmlUrl.trim(), n: ++n });
    const keys = Object.keys(x).filter((k) => !k.startsWith('@_'));
    for (let i = keys.length - 1; i >= 0; i--) stack.push(x[keys[i]!]);
  }
  for (const f of found) {
    const ok = checkUrl(f.url);
    if (typeof ok === 'string') errors.push(new DyadError('E_FEEDS', `outline ${f.n}: ${ok}`, { input: file, item: f.n }));
    else urls.push(ok.toString());
  }
  if (!found.length) errors.push(new DyadError('E_EMPTY', 'OPML has no <outline xmlUrl="..."> entries', { input: file }));
  return { urls: unique(urls), errors };
}

function checkUrl(s: string): URL | string {
  let u: URL;
  try { u = new URL(s); } catch { return `not a URL: ${s.slice(0, 200)}`; }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return `only http(s) feeds can be followed, got ${u.protocol} in ${s.slice(0, 200)}`;
  return u;
}

function unique(urls: string[]): string[] {
  return [...new Set(urls)];
}
