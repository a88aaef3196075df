/**
 * The little of the DOM the data layer reads, so the browser's `DOMParser` and
 * `@xmldom/xmldom`'s both fit and src/data never touches the page's own document.
 */
export interface NodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly localName?: string | null;
  readonly namespaceURI?: string | null;
  readonly nodeValue?: string | null;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<NodeLike>;
  readonly parentNode?: NodeLike | null;
}

export interface ElementLike extends NodeLike {
  getAttribute(name: string): string | null;
  /** Read when inline XHTML in a feed is written out as HTML. */
  readonly attributes?: ArrayLike<{ readonly name: string; readonly value: string }>;
}

export interface DocumentLike {
  readonly documentElement: ElementLike | null;
  getElementsByTagName(name: string): ArrayLike<ElementLike>;
}

/** What `new DOMParser()` gives in a browser and `new (require('@xmldom/xmldom').DOMParser)()` in Node. */
export interface DOMParserLike {
  parseFromString(source: string, mimeType: 'text/html' | 'text/xml'): DocumentLike;
}

const elementNode = 1;
const textNode = 3;
const cdataNode = 4;

export function isElement(node: NodeLike): node is ElementLike {
  return node.nodeType === elementNode;
}

/** The lower-case local name: XML keeps case, an HTML document upper-cases `nodeName`. */
export function nameOf(node: NodeLike): string {
  return (node.localName ?? node.nodeName).toLowerCase();
}

/** Elements whose text is never shown: scripts and styles must not leak into a title. */
const hiddenElements = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);
/** Elements that separate words, so "<p>one</p><p>two</p>" reads "one two", not "onetwo". */
const breakingElements = new Set([
  'br',
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'td',
  'th',
  'blockquote',
  'figure',
  'figcaption',
  'section',
  'article',
  'hr',
  'img',
]);

/** The visible text of a node: text and CDATA, with hidden elements skipped and blocks spaced. */
export function visibleText(node: NodeLike): string {
  if (node.nodeType === textNode || node.nodeType === cdataNode) return node.nodeValue ?? '';
  const name = nameOf(node);
  if (isElement(node) && hiddenElements.has(name)) return '';
  const inner = Array.from(node.childNodes, visibleText).join('');
  return breakingElements.has(name) ? ` ${inner} ` : inner;
}
