import { Hono } from 'hono';
import { FeedError } from '../../../src/data/errors.js';
import { adapters } from '../../../src/data/feed/adapters/index.js';
import type { FeedFormatOption } from '../../../src/data/feed.js';
import { FeedProxy } from '../feed/proxy.js';
import { allowedFeedUrl } from '../feed/upstream.js';
import { ApiError } from '../http/api-error.js';
import type { AppEnv } from '../http/app-env.js';
import type { Services } from '../services.js';

/**
 * A feed that cannot be read is the upstream's fault (502), except a `map` the caller got wrong.
 * A feed over the size cap is 413 `feed_too_large`: a retry cannot help, and the elements
 * name the cause from the status alone.
 */
function toApiError(error: FeedError): ApiError {
  if (error.details.reason === 'tooLarge')
    return new ApiError(413, 'feed_too_large', error.message);
  const code = `feed_${error.kind}`;
  if (error.kind === 'timeout') return new ApiError(504, code, error.message);
  if (error.kind === 'map' || error.kind === 'config')
    return new ApiError(400, code, error.message);
  return new ApiError(502, code, error.message);
}

const formats = ['auto', 'mapped', ...adapters.map((adapter) => adapter.format)];

/** The elements' `format` attribute; a name no adapter has is the caller's mistake. */
function parseFormat(value: string | undefined): FeedFormatOption | undefined {
  if (value === undefined || value === '') return undefined;
  if (!formats.includes(value)) {
    throw new ApiError(400, 'invalid_parameter', `format must be one of ${formats.join(', ')}`);
  }
  return value as FeedFormatOption;
}

export function feedRoutes({ settings }: Services): Hono<AppEnv> {
  const proxy = new FeedProxy({
    allowedHosts: settings.feedAllowedHosts,
    cacheSeconds: settings.feedCacheSeconds,
    timeoutMs: settings.feedTimeoutMs,
  });

  return new Hono<AppEnv>().get('/', async (c) => {
    const url = allowedFeedUrl(c.req.query('url'), settings.feedAllowedHosts);
    const format = parseFormat(c.req.query('format'));
    const map = c.req.query('map');
    const origin = new URL(c.req.url).origin;
    const proxiedUrl = (feedUrl: string) => {
      try {
        allowedFeedUrl(feedUrl, settings.feedAllowedHosts);
      } catch {
        return undefined;
      }
      const proxied = new URL('/api/feed', origin);
      proxied.searchParams.set('url', feedUrl);
      if (format) proxied.searchParams.set('format', format);
      if (map) proxied.searchParams.set('map', map);
      return proxied.href;
    };
    const feed = await proxy.get({ url, format, map, proxiedUrl }).catch((error: unknown) => {
      throw error instanceof FeedError ? toApiError(error) : error;
    });
    const maxAge = Math.max(0, Math.floor((feed.expiresAt - Date.now()) / 1000));
    c.header('ETag', feed.etag);
    c.header('Cache-Control', `public, max-age=${maxAge}`);
    const ifNoneMatch = c.req.header('if-none-match') ?? '';
    if (ifNoneMatch.split(',').some((tag) => tag.trim() === feed.etag)) return c.body(null, 304);
    return c.body(feed.body, 200, { 'Content-Type': 'application/feed+json; charset=utf-8' });
  });
}
