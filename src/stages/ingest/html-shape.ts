import { Parser } from 'htmlparser2';
import { InputProblem } from './source.js';

/** Elements whose text is never article text (html.ts SKIP), page furniture (BOILERPLATE): not counted as visible. */
const UNSEEN = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas',
  'head', 'title', 'select', 'option', 'button', 'textarea', 'input', 'audio', 'video', 'picture', 'img', 'map',
  'nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog']);
/** What the HTML parser's space collapsing removes (html.ts HTML_SPACE). */
const isHtmlSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;

/** A page measured before it is parsed into a DOM. */
export interface HtmlShape {
  /** Deepest element nesting. */
  depth: number;
  /** Elements. */
  elements: number;
  /**
   * Characters other than HTML white space in the text of the first `<body>`, outside scripts, styles, forms,
   * navigation, headers, footers, asides and `hidden` elements: a lower bound of the length of the text that plain
   * extraction (html.ts `blockText(body, true)`) gives.
   */
  visibleChars: number;
}

/**
 * Measures a page in one linear pass of the tokenizer and tree rules linkedom builds its DOM with (htmlparser2's
 * Parser, with callbacks only: no DOM, no text kept), so the sizes can be checked before the DOM is built.
 * (htmlparser2 kept its open-element stack with unshift/shift, O(depth) per tag: patches/htmlparser2+*.patch makes it
 * push/pop, so this pass and linkedom's parse are linear in the depth too.)
 */
export function htmlShape(html: string): HtmlShape {
  let depth = 0;
  let maxDepth = 0;
  let elements = 0;
  let visibleChars = 0;
  /** Depth at which the first body opened (0: not yet), -1 once it closed. */
  let bodyDepth = 0;
  /** Open elements that hide their text; their text is not counted. */
  let unseen = 0;
  const hides: boolean[] = [];
  const parser = new Parser({
    onopentag(name, attribs) {
      elements++;
      depth++;
      if (depth > maxDepth) maxDepth = depth;
      if (name === 'body' && bodyDepth === 0) bodyDepth = depth;
      const hide = UNSEEN.has(name) || Object.keys(attribs).some((a) => a.toLowerCase() === 'hidden');
      hides.push(hide);
      if (hide) unseen++;
    },
    onclosetag(name) {
      if (hides.pop()) unseen--;
      if (name === 'body' && bodyDepth === depth) bodyDepth = -1;
      depth--;
    },
    ontext(text) {
      if (bodyDepth <= 0 || unseen > 0) return;
      for (let i = 0; i < text.length; i++) if (!isHtmlSpace(text.charCodeAt(i))) visibleChars++;
    },
  }, { decodeEntities: true, lowerCaseAttributeNames: false });
  parser.end(html);
  return { depth: maxDepth, elements, visibleChars };
}

/** Elements a page may hold: the DOM takes about 1 KB per element (a page of 200,000 paragraphs: ~250 MB). */
export const MAX_HTML_ELEMENTS = 500_000;
/** Readability is tried on pages of at most this much visible text (its time grows steeply with text size); real news pages hold well under 300,000 characters. */
export const MAX_READABILITY_CHARS = 1_000_000;

/**
 * Checks a page's shape before its DOM is built: over MAX_HTML_ELEMENTS elements is E_TOO_LARGE; a page whose text
 * will be read without Readability (too many elements for it, or too much text) and whose visible text alone is over
 * `maxChars` is E_TOO_LARGE too, since the article made from it would be. Returns whether Readability may be tried.
 */
export function checkHtmlShape(shape: HtmlShape, maxChars: number | undefined, maxReadabilityElements: number): { readability: boolean } {
  if (shape.elements > MAX_HTML_ELEMENTS) {
    throw new InputProblem('E_TOO_LARGE', `page of ${shape.elements} elements is over the limit of ${MAX_HTML_ELEMENTS}; not read`);
  }
  const readability = shape.elements <= maxReadabilityElements && shape.visibleChars <= MAX_READABILITY_CHARS;
  if (!readability && maxChars !== undefined && shape.visibleChars > maxChars) {
    throw new InputProblem('E_TOO_LARGE', `page with over ${maxChars} characters of text is over the limit of ${maxChars}; raise it with --max-article-chars`);
  }
  return { readability };
}
