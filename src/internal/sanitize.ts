import type { Config, DOMPurify, UponSanitizeAttributeHookEvent } from 'dompurify';
import { isExternalUrl, toSafeUrl } from '../data/url.js';

export interface SanitizeOptions {
  /** What relative links and images resolve against: the item's own URL. */
  baseUrl: string;
  /** Hosts whose `<iframe>`s may stay, e.g. `youtube.com`; their subdomains count too. */
  allowEmbeds: readonly string[];
  /** Links that leave this origin get `rel="noopener noreferrer"`. */
  pageOrigin: string;
}

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

let purifier: Promise<DOMPurify> | undefined;

/**
 * DOMPurify is fetched the first time there is HTML to clean, so pages that only list news
 * never download it. A private instance keeps our hooks away from a host page's DOMPurify.
 */
function loadPurifier(): Promise<DOMPurify> {
  purifier ??= import('dompurify').then(
    (module) => module.default(window),
    (error: unknown) => {
      purifier = undefined;
      throw error;
    },
  );
  return purifier;
}

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

function keepTextStyles(data: UponSanitizeAttributeHookEvent) {
  const kept = data.attrValue
    .split(';')
    .map((declaration) => declaration.split(':').map((part) => part.trim().toLowerCase()))
    .filter(
      ([name, value, ...rest]) =>
        rest.length === 0 && allowedStyles.has(name) && /^[a-z0-9 .%-]+$/.test(value ?? ''),
    )
    .map(([name, value]) => `${name}: ${value}`);
  data.attrValue = kept.join('; ');
  data.keepAttr = kept.length > 0;
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

/**
 * Cleans a feed's untrusted HTML for the article body: no scripts, handlers, forms or
 * `javascript:` URLs; links resolved, external ones `noopener`; images and allowed embeds lazy;
 * other embeds turned into links; inline styles limited to text alignment and emphasis.
 * Returns nodes, not a string, so nothing is parsed a second time on the way into the page.
 */
export async function sanitizeHtml(
  html: string,
  options: SanitizeOptions,
): Promise<DocumentFragment> {
  const purify = await loadPurifier();
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'iframe' || !(node instanceof Element)) return;
    const embed = allowedEmbedUrl(node.getAttribute('src'), options.allowEmbeds);
    if (embed) node.setAttribute('src', embed);
    else replaceEmbedWithLink(node, options);
  });
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'style') keepTextStyles(data);
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    resolveUrls(node, options);
    settleMedia(node);
  });
  try {
    return purify.sanitize(html, config);
  } finally {
    purify.removeAllHooks();
  }
}
