export interface SanitizeOptions {
  /** What relative links and images resolve against: the item's own URL. */
  baseUrl: string;
  /** Hosts whose `<iframe>`s may stay, e.g. `youtube.com`; their subdomains count too. */
  allowEmbeds: readonly string[];
  /** Links that leave this origin get `rel="noopener noreferrer"`. */
  pageOrigin: string;
}

/**
 * Cleans a feed's untrusted HTML for the article body: no scripts, handlers, forms or
 * `javascript:` URLs; links resolved, external ones `noopener`; images and allowed embeds lazy;
 * other embeds turned into links; inline styles limited to text alignment and emphasis.
 * Returns nodes, not a string, so nothing is parsed a second time on the way into the page.
 *
 * DOMPurify and our rules are fetched together the first time there is HTML to clean, so
 * pages that only list news, or show text-only articles, never download them. The browser
 * keeps the module once loaded; a failed download rejects (the element shows its error with
 * Retry) and the next call fetches it again.
 */
export async function sanitizeHtml(
  html: string,
  options: SanitizeOptions,
): Promise<DocumentFragment> {
  const { sanitizeWithPurify } = await import('./sanitize-with-purify.js');
  return sanitizeWithPurify(html, options);
}
