import { visibleText, type DOMParserLike } from '../dom.js';
import { decodeEntities } from '../entities.js';
import { withoutAttributes } from './html-urls.js';

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Plain text from a feed value that may hold markup or entities. The HTML is parsed into an
 * inert document (DOMParser never runs scripts or loads images) and only its visible text is
 * kept; when the parser refuses (Trusted Types, a fragment xmldom cannot place) the tags and
 * scripts are cut out and the entities decoded instead.
 */
export function toPlainText(value: unknown, parser: DOMParserLike): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  if (!/[<&]/.test(value)) return collapseWhitespace(value) || undefined;
  let text: string;
  try {
    const html = parser.parseFromString(
      `<!DOCTYPE html><html><body>${withoutAttributes(value)}</body></html>`,
      'text/html',
    );
    text = html.documentElement ? visibleText(html.documentElement) : '';
  } catch {
    // A page enforcing Trusted Types refuses DOMParser strings; the text is still needed.
    text = decodeEntities(
      value
        .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
        .replace(/<[^>]*>/g, ' '),
    );
  }
  return collapseWhitespace(text) || undefined;
}

/** The first words of a text, cut at a word boundary, for a title the feed left out. */
export function firstWords(text: string, maxLength = 80): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const end = /[\s,.;:!?]/.test(text[maxLength]) ? maxLength : cut.lastIndexOf(' ');
  const words = end > maxLength / 2 ? cut.slice(0, end) : cut;
  return `${words.replace(/[\s,.;:–—-]+$/, '')}…`;
}
