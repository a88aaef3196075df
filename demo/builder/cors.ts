import type { FeedError } from '../../src/data/errors.js';
import { socialSource } from './social-address.js';

/**
 * A network failure on another site's address is nearly always CORS: browsers do not say
 * which, on purpose, so the builder explains both.
 */
export function looksLikeCors(error: FeedError, pageUrl: string): boolean {
  if (error.kind !== 'network' || !error.details.url) return false;
  return new URL(error.details.url, pageUrl).origin !== new URL(pageUrl).origin;
}

/**
 * The reference server's feed proxy for a feed URL: `GET {api}/feed?url=…`, or for a VK wall or
 * Telegram channel address `GET {api}/feed?source=vk&wall=…` / `?source=telegram&channel=…`.
 */
export function proxyUrl(feedUrl: string, apiBase: string): string {
  const feedApi = `${apiBase.replace(/\/+$/, '')}/feed`;
  const social = socialSource(feedUrl);
  if (social) return `${feedApi}?${new URLSearchParams(social).toString()}`;
  return `${feedApi}?url=${encodeURIComponent(feedUrl)}`;
}
