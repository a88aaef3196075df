import { toSafeUrl } from '../url.js';

const urlAttributes = new Set(['href', 'src', 'poster', 'cite', 'action', 'formaction']);
const tagPattern =
  /<[a-z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/gi;
const attributePattern = /(\s+)([^\s"'>/=]+)(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+)/g;

function unquote(value: string): string {
  return /^["']/.test(value) ? value.slice(1, -1) : value;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function decodeAttribute(value: string): string {
  return value
    .replace(/&amp;/gi, '&')
    .replace(/&quot;/gi, '"')
    .replace(/&#0*39;|&apos;/gi, "'");
}

function resolveSrcset(value: string, base: string): string {
  return value
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
      const safe = toSafeUrl(url, base, 'image');
      return safe ? [safe, ...descriptors].join(' ') : '';
    })
    .filter(Boolean)
    .join(', ');
}

/**
 * Makes every URL inside a feed's HTML absolute against the feed, so a root-relative
 * `<img src="/2016/images/a.jpg">` still shows on another site, and drops URL attributes that
 * are not http(s) or mailto. The HTML is otherwise untouched; sanitizing is the element's job.
 * Rewriting attributes inside tags needs no DOM, so the server and the browser do the same.
 */
export function resolveHtmlUrls(html: string, base: string): string {
  return html.replace(tagPattern, (tag) =>
    tag.replace(
      attributePattern,
      (attribute, space: string, name: string, equals: string, rawValue: string) => {
        const lowerName = name.toLowerCase();
        const value = decodeAttribute(unquote(rawValue));
        if (lowerName === 'srcset') {
          return `${space}${name}${equals}"${escapeAttribute(resolveSrcset(value, base))}"`;
        }
        if (!urlAttributes.has(lowerName)) return attribute;
        if (value.startsWith('#')) return attribute;
        const safe = toSafeUrl(
          value,
          base,
          lowerName === 'href' || lowerName === 'cite' ? 'link' : 'image',
        );
        return safe ? `${space}${name}${equals}"${escapeAttribute(safe)}"` : '';
      },
    ),
  );
}

/**
 * The HTML with the attributes taken out of its tags, for reading its text only. Parsing an
 * inline handler or `style` attribute makes a page with a strict Content-Security-Policy report
 * a violation, even in a parsed-only document where nothing runs.
 */
export function withoutAttributes(html: string): string {
  return html.replace(tagPattern, (tag) => tag.replace(/^(<[^\s/>]+)[\s\S]*?(\/?>)$/, '$1$2'));
}

/**
 * The HTML with inline event handlers taken out and `style` attributes renamed to
 * `styleAttribute`, for a sanitizer that reads styles from that name: parsing either kind of
 * attribute makes a page with a strict Content-Security-Policy report a violation. Only the
 * reports change; the sanitizer still decides what is kept.
 */
export function withoutInlineAttributes(html: string, styleAttribute: string): string {
  return html.replace(tagPattern, (tag) =>
    tag.replace(
      attributePattern,
      (attribute, space: string, name: string, equals: string, value: string) => {
        if (/^on/i.test(name)) return '';
        return name.toLowerCase() === 'style'
          ? `${space}${styleAttribute}${equals}${value}`
          : attribute;
      },
    ),
  );
}
