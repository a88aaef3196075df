import type { DOMParserLike, DocumentLike } from './dom.js';
import { FeedError } from './errors.js';

export type ParsedBody = { json: unknown } | { xml: DocumentLike };

/** An HTML page where a feed was expected: a CMS error page, a login wall, a captive portal. */
export function isHtmlPage(text: string): boolean {
  return /^<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(text);
}

/**
 * Reads a response body as JSON or XML by its first character, not its Content-Type: feeds
 * are often served as `text/plain` or `text/html`. A byte-order mark is ignored.
 */
export function parseBody(body: string, parser: DOMParserLike, url?: string): ParsedBody {
  const text = body.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{') || text.startsWith('[')) {
    try {
      return { json: JSON.parse(text) };
    } catch (error) {
      throw new FeedError('parse', `Not valid JSON: ${String(error)}`, { url, cause: error });
    }
  }
  if (text.startsWith('<') && !isHtmlPage(text)) return { xml: parseXml(text, parser, url) };
  const what = isHtmlPage(text) ? 'an HTML page' : 'neither JSON nor XML';
  throw new FeedError('parse', `Expected a feed, got ${what}`, { url });
}

/** Browsers report XML errors with a <parsererror> element, xmldom by throwing. */
function parseXml(text: string, parser: DOMParserLike, url?: string): DocumentLike {
  let xml: DocumentLike;
  try {
    xml = parser.parseFromString(text, 'text/xml');
  } catch (error) {
    throw new FeedError('parse', `Not valid XML: ${String(error)}`, { url, cause: error });
  }
  if (!xml.documentElement || xml.getElementsByTagName('parsererror').length > 0) {
    throw new FeedError('parse', 'Not valid XML', { url });
  }
  return xml;
}
