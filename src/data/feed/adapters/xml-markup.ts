import { isElement, type ElementLike, type NodeLike } from '../../dom.js';

const textNode = 3;
const cdataNode = 4;
const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Namespace declarations mean nothing in HTML; other attributes keep their written name. */
function attributesOf(element: ElementLike): string {
  return Array.from(element.attributes ?? [])
    .filter(({ name }) => name !== 'xmlns' && !name.startsWith('xmlns:'))
    .map(({ name, value }) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
}

function nodeHtml(node: NodeLike): string {
  if (node.nodeType === textNode || node.nodeType === cdataNode) {
    return escapeHtml(node.nodeValue ?? '');
  }
  if (!isElement(node)) return '';
  // `<xhtml:p>` and `<svg:circle/>` become the `<p>` and `<circle></circle>` HTML knows.
  const name = node.localName ?? node.nodeName;
  const open = `<${name}${attributesOf(node)}>`;
  return voidElements.has(name.toLowerCase()) ? open : `${open}${innerHtml(node)}</${name}>`;
}

/**
 * The children of an element as HTML: inline XHTML (Atom `type="xhtml"`, RSS `<xhtml:body>`)
 * is elements in the feed's XML, while the model carries bodies as HTML strings.
 */
export function innerHtml(element: NodeLike): string {
  return Array.from(element.childNodes, nodeHtml).join('');
}

/** Base64 text (Atom 0.3 `mode="base64"`, Atom 1.0 binary types) as UTF-8; undefined if broken. */
export function decodeBase64(text: string): string | undefined {
  try {
    const bytes = Uint8Array.from(atob(text.replace(/\s+/g, '')), (char) => char.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * HTML as an HTML5 parser reads it, for the parsers that are not one (xmldom): markup
 * declarations (`<!DOCTYPE`, `<?php`) are dropped, and `&#X61;` is a character reference.
 */
export function asHtml5(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)|<[!?][^>]*(?:>|$)/g, '')
    .replace(/&#X(?=[\da-f]+;)/gi, '&#x');
}
