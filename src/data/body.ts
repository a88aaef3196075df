import type { DOMParserLike, DocumentLike } from './dom.js';
import { htmlEntitiesAsNumeric } from './entities.js';
import { FeedError } from './errors.js';

export type ParsedBody = { json: unknown } | { xml: DocumentLike };

/** What may precede an XHTML page's doctype: an XML declaration, and comments CMS templates leave. */
const pagePreamble = /^(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*/;

/** An HTML page where a feed was expected: a CMS error page, a login wall, a captive portal. */
export function isHtmlPage(text: string): boolean {
  return /^<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(text.replace(pagePreamble, ''));
}

/** Whatever its Content-Type said, an HTML page is named as such: its fix is the address. */
export function htmlPageError(url?: string): FeedError {
  return new FeedError('parse', `Expected a feed at ${url ?? 'this address'}, got an HTML page`, {
    url,
    reason: 'htmlPage',
  });
}

/**
 * A body expected to be JSON, with the failure named: a web page (whatever its Content-Type),
 * or JSON that starts well but is broken or cut off. A byte-order mark is ignored.
 */
export function parseJsonBody(body: string, url?: string): unknown {
  const text = body.replace(/^\uFEFF/, '').trimStart();
  if (isHtmlPage(text)) throw htmlPageError(url);
  try {
    return JSON.parse(text);
  } catch (error) {
    const startsAsJson = text.startsWith('{') || text.startsWith('[');
    throw new FeedError('parse', `Not valid JSON: ${String(error)}`, {
      url,
      cause: error,
      ...(startsAsJson && { reason: 'brokenJson' as const }),
    });
  }
}

/**
 * Reads a response body as JSON or XML by its first character, not its Content-Type: feeds
 * are often served as `text/plain` or `text/html`. A byte-order mark is ignored.
 */
export function parseBody(body: string, parser: DOMParserLike, url?: string): ParsedBody {
  const text = body.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{') || text.startsWith('[')) return { json: parseJsonBody(text, url) };
  if (isHtmlPage(text)) throw htmlPageError(url);
  if (text.startsWith('<')) return { xml: parseXml(text, parser, url) };
  throw new FeedError('parse', 'Expected a feed, got neither JSON nor XML', { url });
}

/** Browsers report XML errors with a <parsererror> element, xmldom by throwing. */
function tryParseXml(text: string, parser: DOMParserLike): DocumentLike | undefined {
  try {
    const xml = parser.parseFromString(text, 'text/xml');
    return xml.documentElement && xml.getElementsByTagName('parsererror').length === 0
      ? xml
      : undefined;
  } catch {
    return undefined;
  }
}

function parseXml(text: string, parser: DOMParserLike, url?: string): DocumentLike {
  const xml = tryParseXml(text, parser) ?? tryParseXml(htmlEntitiesAsNumeric(text), parser);
  if (!xml) throw new FeedError('parse', 'Not valid XML', { url });
  return xml;
}
