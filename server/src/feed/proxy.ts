import { createHash } from 'node:crypto';
import { DOMParser } from '@xmldom/xmldom';
import type { FeedFormatOption } from '../../../src/data/feed.js';
import { readFeed } from '../../../src/data/feed.js';
import { toJsonFeed } from '../json-feed.js';
import { fetchUpstream } from './upstream.js';

const maxCachedFeeds = 500;

export interface ProxiedFeed {
  /** JSON Feed 1.1 text. */
  body: string;
  etag: string;
  /** Epoch milliseconds after which the feed is fetched again. */
  expiresAt: number;
}

export interface FeedRequest {
  url: URL;
  format?: FeedFormatOption;
  map?: string;
  /** How the next page of this feed is reached through the proxy. */
  proxiedUrl: (feedUrl: string) => string | undefined;
}

export interface FeedProxyOptions {
  allowedHosts: string[];
  cacheSeconds: number;
  timeoutMs: number;
  now?: () => number;
}

/**
 * Turns any feed the elements can read into JSON Feed 1.1, with the data layer's own
 * `readFeed` (one code base for browser and server) and xmldom as its DOMParser. Results are
 * cached for FEED_CACHE_SECONDS, and concurrent requests for one feed share one upstream fetch.
 */
export class FeedProxy {
  private readonly cache = new Map<string, ProxiedFeed>();
  private readonly inFlight = new Map<string, Promise<ProxiedFeed>>();
  private readonly now: () => number;

  constructor(private readonly options: FeedProxyOptions) {
    this.now = options.now ?? Date.now;
  }

  get(request: FeedRequest): Promise<ProxiedFeed> {
    const key = JSON.stringify([request.url.href, request.format ?? 'auto', request.map ?? '']);
    const cached = this.cache.get(key);
    if (cached && cached.expiresAt > this.now()) return Promise.resolve(cached);
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.load(request).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending.then((feed) => {
      // Map keeps insertion order: past the cap, the oldest feed is forgotten first.
      if (this.cache.size >= maxCachedFeeds) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, feed);
      return feed;
    });
  }

  private async load(request: FeedRequest): Promise<ProxiedFeed> {
    const upstream = await fetchUpstream(
      request.url,
      this.options.allowedHosts,
      this.options.timeoutMs,
    );
    const page = await readFeed(upstream.body, {
      url: upstream.url,
      headers: upstream.headers,
      format: request.format,
      map: request.map,
      // A broken feed is reported as feed_parse; xmldom's own console lines would put the
      // upstream's text in the server's output, outside the structured log.
      domParser: new DOMParser({ onError: () => {} }),
    });
    const nextUrl = page.nextPage ? request.proxiedUrl(page.nextPage) : undefined;
    const body = JSON.stringify(
      toJsonFeed({
        title: page.title ?? request.url.host,
        feedUrl: request.proxiedUrl(request.url.href)!,
        homePageUrl: new URL('/', upstream.url).href,
        ...(nextUrl && { nextUrl }),
        items: page.items,
        total: page.total,
        pages: page.totalPages,
      }),
    );
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
    return { body, etag, expiresAt: this.now() + this.options.cacheSeconds * 1000 };
  }
}
