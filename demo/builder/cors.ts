import type { FeedError } from '../../src/data/errors.js';

/**
 * A network failure on another site's address is nearly always CORS: browsers do not say
 * which, on purpose, so the builder explains both.
 */
export function looksLikeCors(error: FeedError, pageUrl: string): boolean {
  if (error.kind !== 'network' || !error.details.url) return false;
  return new URL(error.details.url, pageUrl).origin !== new URL(pageUrl).origin;
}

/** The reference server's feed proxy for a feed URL: `GET {api}/feed?url=…`. */
export function proxyUrl(feedUrl: string, apiBase: string): string {
  return `${apiBase.replace(/\/+$/, '')}/feed?url=${encodeURIComponent(feedUrl)}`;
}
