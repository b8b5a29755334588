import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { checkHtmlShape, htmlShape } from './html-shape.js';

/** Elements whose content is never text of the article. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas',
  'head', 'title', 'select', 'option', 'button', 'textarea', 'input', 'audio', 'video', 'picture', 'img', 'map']);
/** Page furniture, skipped only when Readability could not pick the main text. */
const BOILERPLATE = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog']);
/** Elements that start and end a paragraph. */
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul']);
/** Table cells: a space between them, not a new paragraph. */
const CELL = new Set(['td', 'th']);
/**
 * Readability's time grows steeply with nesting depth (measured: depth 100 takes 0.06 s, 290 takes 1 s, 2,000 takes
 * minutes, 10,000 overflows the stack) and with element count. Past these bounds the page gets plain extraction.
 * Real news pages nest 20-60 deep and hold a few thousand elements.
 */
const MAX_READABILITY_DEPTH = 120;
const MAX_READABILITY_ELEMENTS = 30_000;

const HTML_SPACE = /[ \t\n\r\f]+/g;
const HAS_HTML_ELEMENT = /<html[\s>]/i;
const HAS_HEAD_OR_BODY = /<(head|body)[\s>]/i;
const DOCTYPE = /^\s*<!doctype[^>]*>/i;
const LINE_SPLIT = /\n/;

/**
 * The visible text under a node: paragraphs (block elements) separated by a blank line, `<br>` as a line break,
 * runs of HTML white space collapsed to one space. Walks the tree without recursion, so any depth is safe.
 */
export function blockText(root: Node, skipBoilerplate = false): string {
  const paragraphs: string[] = [];
  let parts: string[] = [];
  let preDepth = 0;
  const flush = (): void => {
    if (!parts.length) return;
    const lines = parts.join('').split(LINE_SPLIT).map((l) => l.replace(HTML_SPACE, ' ').trim()).filter((l) => l);
    parts = [];
    if (lines.length) paragraphs.push(lines.join('\n'));
  };
  const enter = (el: Element): boolean => {
    const tag = el.localName;
    if (SKIP.has(tag) || (skipBoilerplate && BOILERPLATE.has(tag)) || el.hasAttribute?.('hidden')) return false;
    if (tag === 'br') parts.push('\n');
    else if (BLOCK.has(tag)) flush();
    else if (CELL.has(tag)) parts.push(' ');
    if (tag === 'pre') preDepth++;
    return true;
  };
  const exit = (el: Element): void => {
    const tag = el.localName;
    if (tag === 'pre') preDepth--;
    if (BLOCK.has(tag)) flush();
    else if (CELL.has(tag)) parts.push(' ');
  };
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 1) {
      const accepted = enter(node as Element);
      descend = accepted && node.firstChild !== null;
      if (accepted && !descend) exit(node as Element);
    } else if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      parts.push(preDepth ? v.replace(/\r\n?/g, '\n').replace(/[ \t\f]+/g, ' ') : v.replace(HTML_SPACE, ' '));
    }
    if (descend) { node = node.firstChild; continue; }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === 1) exit(node as Element);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  flush();
  return paragraphs.join('\n\n');
}

/** Depth of the deepest element (iteratively), stopping early once `limit` is passed. */
function depthOver(root: Node, limit: number): boolean {
  let depth = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.firstChild) {
      node = node.firstChild;
      if (++depth > limit) return true;
      continue;
    }
    while (node && node !== root && !node.nextSibling) { node = node.parentNode; depth--; }
    node = node && node !== root ? node.nextSibling : null;
  }
  return false;
}

export interface HtmlArticle {
  title?: string;
  text: string;
  date?: string;
  url?: string;
  /** How the text was found: Readability's main text, or all visible text when Readability gave none. */
  method: 'readability' | 'plain';
}

function meta(document: Document, selector: string, attr: string): string | undefined {
  const v = document.querySelector(selector)?.getAttribute(attr)?.trim();
  return v || undefined;
}

/**
 * The main text of an HTML page: Readability (boilerplate dropped) over a linkedom DOM, rebuilt paragraph by
 * paragraph; the page title leads the text as a headline line followed by a blank line. Nothing is executed
 * (linkedom runs no scripts). Pages Readability cannot handle (too deep, or no main text found) fall back to
 * all visible text outside navigation, header, footer and asides.
 */
export function extractHtml(source: string, maxChars?: number): HtmlArticle {
  const html = withDocumentShell(source);
  // sizes are checked before the DOM is built (html-shape.ts); linkedom's getElementsByTagName('*') is empty, so
  // Readability's own maxElemsToParse check never fired
  const fits = checkHtmlShape(htmlShape(html), maxChars, MAX_READABILITY_ELEMENTS);
  const { document } = parseHTML(html);
  const url = meta(document, 'link[rel="canonical"]', 'href') ?? meta(document, 'meta[property="og:url"]', 'content');
  const pageTitle = (document.title || document.querySelector('title')?.textContent)?.replace(HTML_SPACE, ' ').trim() || undefined;
  let title = pageTitle;
  let body = '';
  let date = meta(document, 'meta[property="article:published_time"]', 'content') ?? meta(document, 'meta[itemprop="datePublished"]', 'content')
    ?? meta(document, 'meta[name="date"]', 'content');
  let method: HtmlArticle['method'] = 'plain';
  const tryReadability = fits.readability && document.documentElement !== null && !depthOver(document.documentElement, MAX_READABILITY_DEPTH);
  if (tryReadability) {
    try {
      for (const el of document.querySelectorAll('nav, aside, footer, header')) {
        if (el.localName !== 'header' || !el.closest('article, main')) el.remove();
      }
      const result = new Readability<Node>(document, { serializer: (n) => n, maxElemsToParse: MAX_READABILITY_ELEMENTS }).parse();
      if (result?.content) {
        body = blockText(result.content);
        title = result.title?.replace(HTML_SPACE, ' ').trim() || pageTitle;
        date = result.publishedTime ?? date;
        method = 'readability';
      }
    } catch {
      body = '';
    }
  }
  if (!body) {
    const fresh = tryReadability ? parseHTML(html).document : document; // Readability edits the DOM it reads
    body = blockText(fresh.body ?? fresh.documentElement, true);
    method = 'plain';
  }
  const text = title && body && !startsWithLine(body, title) ? `${title}\n\n${body}` : body;
  return { ...(title ? { title } : {}), text, ...(date ? { date } : {}), ...(url ? { url } : {}), method };
}

/** linkedom builds a broken tree without an <html> element: add the shell a browser would infer. */
function withDocumentShell(source: string): string {
  if (HAS_HTML_ELEMENT.test(source)) return source;
  const body = source.replace(DOCTYPE, '');
  return HAS_HEAD_OR_BODY.test(body) ? `<!doctype html><html>${body}</html>` : `<!doctype html><html><head></head><body>${body}</body></html>`;
}

/** Visible text of an HTML fragment (a feed's description), entities decoded, paragraphs kept. */
export function fragmentText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/[ \t\r\f]+/g, ' ').replace(/ *\n */g, '\n').trim();
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return blockText(document.body);
}

/** True when the text's first line is the title (so the headline is not repeated). */
export function startsWithLine(text: string, title: string): boolean {
  return text === title || text.startsWith(`${title}\n`);
}
