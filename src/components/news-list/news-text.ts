import type { NewsItem } from '../../data/model.js';
import { toSafeUrl } from '../../data/url.js';

/**
 * Shortens a summary to at most `maxLength` characters, cutting at the last word boundary so no
 * word is left half-written, and marks the cut with an ellipsis.
 */
export function trimExcerpt(text: string, maxLength: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!(maxLength > 0) || clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength + 1);
  const boundary = cut.search(/\s\S*$/);
  const words = boundary > 0 ? cut.slice(0, boundary) : clean.slice(0, maxLength);
  return `${words.replace(/[\s,;:.!?—–-]+$/, '')}…`;
}

/**
 * Already absolute http(s) and printable ASCII only: no space, control character or backslash
 * that a URL parser would strip or reinterpret.
 */
const plainWebUrl = /^https?:\/\/[!-[\]-~]+$/i;

/**
 * `toSafeUrl` with a shortcut for the absolute http(s) URLs feeds almost always give: they are
 * used as they are, sparing a URL parse per item on long pages. Anything else (relative, other
 * schemes, hidden whitespace or control characters) goes through the full gate.
 */
export function safeItemUrl(
  value: string | undefined,
  base: string,
  kind: 'link' | 'image' = 'link',
): string | undefined {
  return value !== undefined && plainWebUrl.test(value) ? value : toSafeUrl(value, base, kind);
}

/**
 * The address an item's title links to. A pattern such as `/news/{id}` or
 * `/article.html?slug={slug}` builds it from the item (values URL-encoded, so an id cannot add
 * path segments or a scheme); without a pattern, or when the pattern needs a value the item
 * lacks, the item's own URL. Either way it passes the same safety gate as every feed URL.
 */
export function itemHref(item: NewsItem, pattern: string | undefined, base: string) {
  if (pattern) {
    const values: Record<string, string | undefined> = {
      id: item.id,
      slug: item.slug,
      url: item.url,
    };
    let complete = true;
    const built = pattern.replace(/\{(id|slug|url)\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined || value === '') complete = false;
      return encodeURIComponent(value ?? '');
    });
    if (complete) return toSafeUrl(built, base);
  }
  return safeItemUrl(item.url, base);
}
