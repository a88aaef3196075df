import type { DOMParserLike, DocumentLike } from './dom.js';
import { htmlEntitiesAsNumeric } from './entities.js';
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
