import { DOMParser } from '@xmldom/xmldom';
import type { FeedFormatOption } from '../../../src/data/feed.js';
import { readFeed } from '../../../src/data/feed.js';
import type { FeedJob, FeedRead } from './proxy.js';
import { type UpstreamOptions, type Validators, fetchUpstream } from './upstream.js';

export interface FeedRequest {
  url: URL;
  format?: FeedFormatOption;
  map?: string;
  /** How the next page of this feed is reached through the proxy. */
  proxiedUrl: (feedUrl: string) => string | undefined;
}

/**
 * Any feed the elements can read, read with the data layer's own `readFeed` (one code base for
 * browser and server) and xmldom as its DOMParser.
 */
export function urlFeedJob(request: FeedRequest, upstream: UpstreamOptions): FeedJob {
  return {
    key: JSON.stringify([request.url.href, request.format ?? 'auto', request.map ?? '']),
    async read(validators?: Validators): Promise<FeedRead> {
      const response = await fetchUpstream(request.url, upstream, validators);
      if ('notModified' in response) return response;
      const page = await readFeed(response.body, {
        url: response.url,
        headers: response.headers,
        format: request.format,
        map: request.map,
        // A broken feed is reported as feed_parse; xmldom's own console lines would put the
        // upstream's text in the server's output, outside the structured log.
        domParser: new DOMParser({ onError: () => {} }),
      });
      const nextUrl = page.nextPage ? request.proxiedUrl(page.nextPage) : undefined;
      const feed = {
        title: page.title ?? request.url.host,
        feedUrl: request.proxiedUrl(request.url.href)!,
        homePageUrl: new URL('/', response.url).href,
        ...(nextUrl && { nextUrl }),
        items: page.items,
        total: page.total,
        pages: page.totalPages,
      };
      return { page: feed, validators: response.validators };
    },
  };
}
