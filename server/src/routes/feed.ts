import { Hono } from 'hono';
import { FeedError } from '../../../src/data/errors.js';
import { adapters } from '../../../src/data/feed/adapters/index.js';
import type { FeedFormatOption } from '../../../src/data/feed.js';
import { type FeedJob, FeedProxy } from '../feed/proxy.js';
import { isSource, sources } from '../feed/source-feeds.js';
import { allowedFeedUrl } from '../feed/upstream.js';
import { urlFeedJob } from '../feed/url-feed.js';
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

function proxyAddress(origin: string, params: Record<string, string>): string {
  const proxied = new URL('/api/feed', origin);
  for (const [name, value] of Object.entries(params)) proxied.searchParams.set(name, value);
  return proxied.href;
}

export function feedRoutes({ settings, db }: Services): Hono<AppEnv> {
  const proxy = new FeedProxy({ cacheSeconds: settings.feedCacheSeconds, db });
  const upstream = { allowedHosts: settings.feedAllowedHosts, timeoutMs: settings.feedTimeoutMs };

  /** `?url=` with the elements' `format` and `map`: any feed on an allowed host. */
  function feedAtUrl(query: Record<string, string>, origin: string): FeedJob {
    const url = allowedFeedUrl(query.url, settings.feedAllowedHosts);
    const format = parseFormat(query.format);
    const map = query.map;
    const proxiedUrl = (feedUrl: string) => {
      try {
        allowedFeedUrl(feedUrl, settings.feedAllowedHosts);
      } catch {
        return undefined;
      }
      return proxyAddress(origin, {
        url: feedUrl,
        ...(format && { format }),
        ...(map && { map }),
      });
    };
    return urlFeedJob({ url, format, map, proxiedUrl }, upstream);
  }

  /** `?source=vk&wall=…` or `?source=telegram&channel=…`: a social page as a feed. */
  function feedOfSource(query: Record<string, string>, origin: string): FeedJob {
    const { source } = query;
    if (!isSource(source)) {
      throw new ApiError(
        400,
        'invalid_parameter',
        `source must be one of ${Object.keys(sources).join(', ')}`,
      );
    }
    if (query.url !== undefined) {
      throw new ApiError(400, 'invalid_parameter', 'give either url or source, not both');
    }
    return sources[source](query, settings, upstream, (params) => proxyAddress(origin, params));
  }

  return new Hono<AppEnv>().get('/', async (c) => {
    const query = c.req.query();
    const origin = c.get('origin');
    const job = query.source === undefined ? feedAtUrl(query, origin) : feedOfSource(query, origin);
    const feed = await proxy.get(job).catch((error: unknown) => {
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
