import { isElement, nameOf, visibleText, type ElementLike } from '../../dom.js';
import { asHtml5, decodeBase64, escapeHtml, innerHtml } from './xml-markup.js';

/**
 * A feed's text as it is meant: markup to render, or text whose `<` and `&` are characters.
 * Inline XHTML gives both: its markup, and the text readers without HTML show.
 */
export type FeedText = { html: string; text?: string } | { text: string; html?: undefined };

const xhtmlNamespace = 'http://www.w3.org/1999/xhtml';

type Kind = 'text' | 'html' | 'xhtml' | 'xml' | 'binary';

/** Atom 1.0 names `text`, `html`, `xhtml` or a media type; Atom 0.3 a media type only. */
function kindOf(element: ElementLike): Kind {
  const type = (element.getAttribute('type') ?? '').trim().toLowerCase();
  if (['', 'text', 'plain', 'text/plain'].includes(type)) return 'text';
  if (type === 'html' || type === 'text/html') return 'html';
  if (type === 'xhtml' || type === 'application/xhtml+xml') return 'xhtml';
  if (type.startsWith('text/')) return 'text';
  return /[+/]xml$/.test(type) ? 'xml' : 'binary';
}

/** Atom 1.0 wraps inline XHTML in one `<div>` that is not part of the text. */
function xhtmlContent(element: ElementLike): ElementLike {
  const children = Array.from(element.childNodes).filter(isElement);
  const [only] = children;
  const wrapped =
    element.getAttribute('type') === 'xhtml' &&
    children.length === 1 &&
    nameOf(only) === 'div' &&
    only.namespaceURI === xhtmlNamespace;
  return wrapped ? only : element;
}

/**
 * An Atom text construct (title, summary, content; Atom 0.3 too): plain text, escaped HTML,
 * inline XHTML or XML written out as HTML, or base64 (`mode="base64"`, Atom 1.0 binary types).
 */
export function atomText(element: ElementLike | undefined): FeedText | undefined {
  if (!element) return undefined;
  const kind = kindOf(element);
  const written = element.textContent ?? '';
  const encoded = element.getAttribute('mode') === 'base64' || kind === 'binary';
  const decoded = encoded ? decodeBase64(written) : undefined;
  if (kind === 'text' || kind === 'binary') return { text: decoded ?? written };
  if (decoded !== undefined) return { html: asHtml5(decoded) };
  // `type="html"` is escaped HTML even when a CMS (TypePad) wraps it in a `<div>`.
  const inline = kind !== 'html' && Array.from(element.childNodes).some(isElement);
  if (!inline) return { html: asHtml5(written) };
  const markup = xhtmlContent(element);
  return { html: innerHtml(markup), text: visibleText(markup) };
}

/** RSS elements hold HTML, escaped or in CDATA; `<xhtml:body>` holds it as elements. */
export function rssHtml(element: ElementLike | undefined): FeedText | undefined {
  if (!element) return undefined;
  const inline = nameOf(element) === 'body' && Array.from(element.childNodes).some(isElement);
  return { html: asHtml5(inline ? innerHtml(element) : (element.textContent ?? '')) };
}

/** A title or summary as markup for the model's plain-text cleaning, which decodes it once. */
export function asMarkup(value: FeedText | undefined): string | undefined {
  return value?.html ?? (value && escapeHtml(value.text));
}
