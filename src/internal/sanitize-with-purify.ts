/**
 * The sanitizer itself: DOMPurify with our rules and hooks. This module is only ever imported
 * lazily, by sanitize.ts, so the rules travel in the same download as DOMPurify and a page that
 * shows no article HTML loads neither.
 */
import createDOMPurify, { type Config } from 'dompurify';
import { withoutInlineAttributes } from '../data/feed/html-urls.js';
import { isExternalUrl, toSafeUrl } from '../data/url.js';
import type { SanitizeOptions } from './sanitize.js';

/** Links may be http(s), mailto or relative; every other scheme is dropped by DOMPurify. */
const allowedUri = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/** Inline styles that only arrange text inside the card: nothing positions, colours or sizes. */
const allowedStyles = new Set([
  'text-align',
  'font-style',
  'font-weight',
  'text-decoration',
  'text-decoration-line',
  'vertical-align',
]);

const config: Config & { RETURN_DOM_FRAGMENT: true } = {
  USE_PROFILES: { html: true },
  ADD_TAGS: ['iframe'],
  ADD_ATTR: ['allow', 'allowfullscreen'],
  FORBID_TAGS: [
    'form',
    'input',
    'button',
    'select',
    'option',
    'optgroup',
    'textarea',
    'fieldset',
    'datalist',
    'output',
    'style',
    'link',
    'meta',
    'base',
    'dialog',
  ],
  FORBID_ATTR: ['action', 'formaction', 'srcdoc', 'autofocus', 'tabindex', 'target'],
  ALLOWED_URI_REGEXP: allowedUri,
  RETURN_DOM_FRAGMENT: true,
};

/**
 * Feed styles travel under this name until the hooks read them: a `style` attribute, even in
 * DOMPurify's unattached document, makes a strict-CSP page report a violation.
 */
const styleAttribute = 'data-biblio-style';

/** A private instance keeps our hooks away from a host page's DOMPurify. */
const purify = createDOMPurify(window);

/**
 * The embed's address when its host is allowed, upgraded to https: an http iframe would be
 * blocked as mixed content on an https page anyway, and every video host serves https.
 */
function allowedEmbedUrl(src: string | null, allowEmbeds: readonly string[]): string | undefined {
  const safe = toSafeUrl(src, undefined, 'image');
  if (!safe) return undefined;
  const url = new URL(safe);
  url.protocol = 'https:';
  const host = url.hostname.toLowerCase();
  const allowed = allowEmbeds.some((entry) => {
    const domain = entry
      .trim()
      .toLowerCase()
      .replace(/^www\./, '');
    return domain !== '' && (host === domain || host.endsWith(`.${domain}`));
  });
  return allowed ? url.href : undefined;
}

/** A refused embed becomes a plain link to it, so the reader can still choose to open it. */
function replaceEmbedWithLink(frame: Element, options: SanitizeOptions) {
  const url = toSafeUrl(frame.getAttribute('src'), options.baseUrl);
  if (!url || url.startsWith('mailto:')) {
    frame.remove();
    return;
  }
  const link = frame.ownerDocument.createElement('a');
  link.href = url;
  link.rel = 'noopener noreferrer';
  link.textContent = frame.getAttribute('title')?.trim() || new URL(url).hostname;
  frame.replaceWith(link);
}

/** The declarations of a `style` attribute that only arrange text; everything else is dropped. */
function textStyles(style: string): Array<[string, string]> {
  return style
    .split(';')
    .map((declaration) => declaration.split(':').map((part) => part.trim().toLowerCase()))
    .filter(
      (parts): parts is [string, string] =>
        parts.length === 2 && allowedStyles.has(parts[0]) && /^[a-z0-9 .%-]+$/.test(parts[1]),
    );
}

/**
 * Kept styles are applied through the CSSOM once DOMPurify has removed the attribute, so they
 * still work on pages whose Content-Security-Policy forbids inline style attributes.
 */
function applyTextStyles(node: Element, styles: Array<[string, string]>) {
  if (!(node instanceof HTMLElement)) return;
  for (const [name, value] of styles) node.style.setProperty(name, value);
}

function resolveUrls(node: Element, options: SanitizeOptions) {
  for (const [name, kind] of [
    ['href', 'link'],
    ['cite', 'link'],
    ['src', 'image'],
    ['poster', 'image'],
  ] as const) {
    const value = node.getAttribute(name);
    if (value === null) continue;
    const safe = toSafeUrl(value, options.baseUrl, kind);
    if (safe) node.setAttribute(name, safe);
    else node.removeAttribute(name);
  }
  const href = node.getAttribute('href');
  if (node.localName === 'a' && href && isExternalUrl(href, options.pageOrigin)) {
    node.setAttribute('rel', 'noopener noreferrer');
  }
}

function settleMedia(node: Element) {
  if (node.localName === 'img' || node.localName === 'iframe') {
    node.setAttribute('loading', 'lazy');
  }
  if (node.localName === 'img') node.setAttribute('decoding', 'async');
  if (node.localName === 'iframe') {
    node.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    node.setAttribute(
      'sandbox',
      'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox',
    );
  }
}

/** See `sanitizeHtml` in sanitize.ts, the only caller. */
export function sanitizeWithPurify(html: string, options: SanitizeOptions): DocumentFragment {
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'iframe' || !(node instanceof Element)) return;
    const embed = allowedEmbedUrl(node.getAttribute('src'), options.allowEmbeds);
    if (embed) node.setAttribute('src', embed);
    else replaceEmbedWithLink(node, options);
  });
  const textStylesOf = new Map<Element, Array<[string, string]>>();
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    // A tag too malformed for the renaming still has its `style`: it gets the same treatment.
    if (data.attrName !== styleAttribute && data.attrName !== 'style') return;
    textStylesOf.set(node, textStyles(data.attrValue));
    data.keepAttr = false;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    resolveUrls(node, options);
    settleMedia(node);
    applyTextStyles(node, textStylesOf.get(node) ?? []);
  });
  try {
    return purify.sanitize(withoutInlineAttributes(html, styleAttribute), config);
  } finally {
    purify.removeAllHooks();
  }
}
