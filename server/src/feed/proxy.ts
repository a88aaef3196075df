import { createHash } from 'node:crypto';
import { type JsonFeedPage, toJsonFeed } from '../json-feed.js';

const maxCachedFeeds = 500;

export interface ProxiedFeed {
  /** JSON Feed 1.1 text. */
  body: string;
  etag: string;
  /** Epoch milliseconds after which the feed is fetched again. */
  expiresAt: number;
}

/** One feed the proxy serves: a feed URL (url-feed.ts) or a social source (source-feeds.ts). */
export interface FeedJob {
  /** What tells this feed from every other in the cache; never holds a secret. */
  key: string;
  /** Fetches the feed and reads it into a page; rejects with a FeedError or an ApiError. */
  read(): Promise<JsonFeedPage>;
}

export interface FeedProxyOptions {
  cacheSeconds: number;
  now?: () => number;
}

/**
 * Serves feeds as JSON Feed 1.1. Results are cached for FEED_CACHE_SECONDS, and concurrent
 * requests for one feed share one upstream fetch.
 */
export class FeedProxy {
  private readonly cache = new Map<string, ProxiedFeed>();
  private readonly inFlight = new Map<string, Promise<ProxiedFeed>>();
  private readonly now: () => number;

  constructor(private readonly options: FeedProxyOptions) {
    this.now = options.now ?? Date.now;
  }

  get(job: FeedJob): Promise<ProxiedFeed> {
    const cached = this.cache.get(job.key);
    if (cached && cached.expiresAt > this.now()) return Promise.resolve(cached);
    let pending = this.inFlight.get(job.key);
    if (!pending) {
      pending = this.load(job).finally(() => this.inFlight.delete(job.key));
      this.inFlight.set(job.key, pending);
    }
    return pending.then((feed) => {
      // Map keeps insertion order: past the cap, the oldest feed is forgotten first.
      if (this.cache.size >= maxCachedFeeds) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(job.key, feed);
      return feed;
    });
  }

  private async load(job: FeedJob): Promise<ProxiedFeed> {
    const body = JSON.stringify(toJsonFeed(await job.read()));
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
    return { body, etag, expiresAt: this.now() + this.options.cacheSeconds * 1000 };
  }
}
