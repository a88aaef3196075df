import { htmlPageError, isHtmlPage } from '../body.js';
import {
  defaultStorageLimit,
  readCachedResponse,
  saveCachedResponse,
  type CachedResponse,
  type StorageLike,
} from './cache.js';
import { decodeBody } from './decode-body.js';
import { FeedError, toFeedError } from '../errors.js';
import { fetchOnce, type LoadOptions } from '../request.js';

export interface FetchFeedOptions extends LoadOptions {
  /** Attempts after the first, for network errors, 5xx and 429 only. */
  retries?: number;
  /** Milliseconds before the first retry; each next one waits twice as long. */
  retryDelay?: number;
  /** The longest wait before a retry; a longer `Retry-After` gives up at once. */
  maxRetryDelay?: number;
  /** Milliseconds a cached response is used without asking the server. */
  maxAge?: number;
  /** `localStorage` or the like, so a repeat visit paints before the network answers. */
  storage?: StorageLike;
  /** The most characters the feeds may take in `storage`. */
  storageLimit?: number;
  /** Called with the fresh response when a stale cached one was returned and the feed changed. */
  onRevalidate?: (response: CachedResponse) => void;
  /**
   * The origin of the page that shows the feed. A feed on another origin is revalidated by the
   * browser's HTTP cache instead of with our own `If-None-Match`: that header, unlike the
   * browser's own, makes the request one CORS must preflight, which most feed hosts refuse.
   */
  pageOrigin?: string;
}

export type FeedResponse = CachedResponse;

/**
 * At most 128 characters of safelisted bytes: a longer `Accept` is no longer CORS-safelisted,
 * and every cross-origin feed request would need a preflight.
 */
const feedAccept =
  'application/feed+json, application/json, application/rss+xml, application/atom+xml, application/xml, text/xml, */*;q=0.5';

/** Seconds or an HTTP date, in milliseconds from now. */
function retryAfterMs(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** How long to wait before the next attempt, or `undefined` when this failure is final. */
function retryDelayFor(
  error: FeedError,
  attempt: number,
  options: FetchFeedOptions,
): number | undefined {
  const { retries = 2, retryDelay = 500, maxRetryDelay = 10_000 } = options;
  if (attempt >= retries) return undefined;
  const status = error.details.status ?? 0;
  if (error.kind !== 'network' && !(error.kind === 'http' && (status >= 500 || status === 429)))
    return undefined;
  const backoff = retryDelay * 2 ** attempt;
  const requested =
    status === 429 || status === 503 ? retryAfterMs(error.details.retryAfter) : undefined;
  if (requested !== undefined && requested > maxRetryDelay) return undefined;
  return Math.min(requested ?? backoff, maxRetryDelay);
}

function wait(milliseconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, milliseconds);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

/**
 * The request for a feed: only CORS-safelisted headers for another origin (the browser's cache
 * then revalidates with its own validators, which need no preflight); for the page's own origin,
 * or where there is no page, the cached copy's validators, so a 304 can renew it.
 */
function feedRequestInit(
  url: string,
  cached: CachedResponse | undefined,
  pageOrigin: string | undefined,
): RequestInit {
  const headers: Record<string, string> = { accept: feedAccept };
  if (!cached) return { headers };
  if (pageOrigin !== undefined && new URL(url).origin !== pageOrigin) {
    return { headers, cache: 'no-cache' };
  }
  if (cached.headers.etag) headers['if-none-match'] = cached.headers.etag;
  if (cached.headers['last-modified'])
    headers['if-modified-since'] = cached.headers['last-modified'];
  return { headers };
}

/** Fetches a feed with retries; a 304 renews the cached copy. */
async function fetchFresh(
  url: string,
  cached: CachedResponse | undefined,
  options: FetchFeedOptions,
): Promise<CachedResponse> {
  const init = feedRequestInit(url, cached, options.pageOrigin);
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetchOnce(url, options, init);
      if (response.status === 304 && cached) return { ...cached, savedAt: Date.now() };
      const contentType = response.headers.get('content-type') ?? '';
      const body = decodeBody(await response.arrayBuffer(), contentType);
      if (/text\/html/i.test(contentType) && isHtmlPage(body.replace(/^\uFEFF/, '').trimStart())) {
        throw htmlPageError(url);
      }
      return {
        body,
        headers: Object.fromEntries(response.headers),
        url: response.url || url,
        savedAt: Date.now(),
      };
    } catch (error) {
      const feedError = toFeedError(error, url);
      const delay = options.signal?.aborted
        ? undefined
        : retryDelayFor(feedError, attempt, options);
      if (delay === undefined) throw options.signal?.aborted ? options.signal.reason : feedError;
      await wait(delay, options.signal);
    }
  }
}

interface SharedRequest {
  promise: Promise<CachedResponse>;
  controller: AbortController;
  waiting: number;
}

/** Requests on the wire by URL: every caller of one URL shares one. */
const inFlight = new Map<string, SharedRequest>();

/**
 * Joins the request for `url`, starting it when there is none. The request is aborted only when
 * every caller has given up, so one element leaving the page does not fail the others.
 */
function sharedRequest(
  url: string,
  cached: CachedResponse | undefined,
  options: FetchFeedOptions,
): Promise<CachedResponse> {
  let shared = inFlight.get(url);
  if (!shared) {
    const controller = new AbortController();
    const promise = fetchFresh(url, cached, { ...options, signal: controller.signal })
      .then((response) => {
        saveCachedResponse(
          url,
          response,
          options.storage,
          options.storageLimit ?? defaultStorageLimit,
        );
        return response;
      })
      .finally(() => inFlight.delete(url));
    shared = { promise, controller, waiting: 0 };
    inFlight.set(url, shared);
  }
  const request = shared;
  request.waiting++;
  const { signal } = options;
  if (!signal) return request.promise;
  if (signal.aborted) {
    request.waiting--;
    return Promise.reject(signal.reason);
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      if (--request.waiting === 0) request.controller.abort(signal.reason);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    request.promise
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * A feed's text: from the cache while it is fresh (`maxAge`); once stale, the cached copy at
 * once while a revalidation runs behind and reports a changed feed through `onRevalidate`;
 * else from the network. Concurrent callers of one URL share one request.
 */
export async function fetchFeedText(
  url: string,
  options: FetchFeedOptions = {},
): Promise<FeedResponse> {
  const { maxAge = 60_000, storage } = options;
  const cached = readCachedResponse(url, storage);
  if (cached && Date.now() - cached.savedAt < maxAge) return cached;
  if (!cached) return sharedRequest(url, undefined, options);
  const background = { ...options, signal: undefined };
  sharedRequest(url, cached, background).then(
    (fresh) => {
      if (fresh.body !== cached.body) options.onRevalidate?.(fresh);
    },
    () => {
      // The cached copy stays on screen; the next load tries again.
    },
  );
  return cached;
}
