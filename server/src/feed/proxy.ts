import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Database, Db } from '../db/schema.js';
import { type JsonFeedPage, toJsonFeed } from '../json-feed.js';
import type { NotModified, Validators } from './upstream.js';

const maxCachedFeeds = 500;

export interface ProxiedFeed {
  /** JSON Feed 1.1 text. */
  body: string;
  etag: string;
  /** Epoch milliseconds after which the feed is fetched again. */
  expiresAt: number;
}

/** A feed read anew, with the upstream's validators; or the upstream's word that it is unchanged. */
export type FeedRead = NotModified | { page: JsonFeedPage; validators: Validators };

/** One feed the proxy serves: a feed URL (url-feed.ts) or a social source (source-feeds.ts). */
export interface FeedJob {
  /** What tells this feed from every other in the cache; never holds a secret. */
  key: string;
  /**
   * Fetches the feed and reads it into a page, asking with `validators` (those of the copy the
   * proxy holds) whether it changed; rejects with a FeedError or an ApiError.
   */
  read(validators?: Validators): Promise<FeedRead>;
}

export interface FeedProxyOptions {
  cacheSeconds: number;
  /** Where the cache lives for every instance on the database. */
  db: Db;
  now?: () => number;
}

type StoredFeed = Selectable<Database['feed_cache']>;

const validatorsOf = (stored: StoredFeed): Validators => ({
  ...(stored.upstream_etag && { etag: stored.upstream_etag }),
  ...(stored.upstream_last_modified && { lastModified: stored.upstream_last_modified }),
});

/**
 * Serves feeds as JSON Feed 1.1. Results are cached for FEED_CACHE_SECONDS in the database,
 * shared by every instance on it, and in memory in front of it; concurrent requests for one feed
 * in one instance share one upstream fetch. A stale feed is asked for again with the upstream's
 * ETag and Last-Modified, whichever instance stored them: a 304 keeps the stored feed, and its
 * ETag, for another FEED_CACHE_SECONDS.
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
    const { db } = this.options;
    const stored = await db
      .selectFrom('feed_cache')
      .selectAll()
      .where('key', '=', job.key)
      .executeTakeFirst();
    if (stored && Date.parse(stored.fresh_until) > this.now()) return proxied(stored);

    const read = await job.read(stored && validatorsOf(stored));
    const freshUntil = new Date(this.now() + this.options.cacheSeconds * 1000).toISOString();
    if ('notModified' in read) {
      // Validators are sent only from a stored feed, so a 304 always has one to keep.
      const kept = { ...stored!, fresh_until: freshUntil };
      await db
        .updateTable('feed_cache')
        .set({ fresh_until: freshUntil })
        .where('key', '=', job.key)
        .execute();
      return proxied(kept);
    }
    const body = JSON.stringify(toJsonFeed(read.page));
    const fresh: StoredFeed = {
      key: job.key,
      body,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
      upstream_etag: read.validators.etag ?? null,
      upstream_last_modified: read.validators.lastModified ?? null,
      fresh_until: freshUntil,
    };
    await db
      .insertInto('feed_cache')
      .values(fresh)
      .onConflict((conflict) =>
        conflict.column('key').doUpdateSet((update) => ({
          body: update.ref('excluded.body'),
          etag: update.ref('excluded.etag'),
          upstream_etag: update.ref('excluded.upstream_etag'),
          upstream_last_modified: update.ref('excluded.upstream_last_modified'),
          fresh_until: update.ref('excluded.fresh_until'),
        })),
      )
      .execute();
    return proxied(fresh);
  }
}

const proxied = (stored: StoredFeed): ProxiedFeed => ({
  body: stored.body,
  etag: stored.etag,
  expiresAt: Date.parse(stored.fresh_until),
});
