import { parseJsonBody } from './body.js';
import { FeedError, toFeedError } from './errors.js';

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds before the request is abandoned with a `timeout` error. */
  timeout?: number;
  /** The page's `fetch`, or a test's. Taken at call time so a page's later patch is honoured. */
  fetch?: typeof fetch;
}

export const defaultTimeout = 15_000;

/**
 * Settles with `request`, or rejects when `signal` aborts: a host page's replacement `fetch`
 * may ignore the signal and never answer, and the timeout must still end the wait.
 */
function untilAborted<T>(request: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    Promise.resolve(request)
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Sends one request with the caller's signal and a timeout; a network failure or timeout
 * becomes a typed FeedError, the caller's own abort stays an abort. Any HTTP status is
 * returned: the JSON clients read the server's error body themselves.
 */
export async function request(
  url: string,
  options: LoadOptions,
  init: RequestInit = {},
): Promise<Response> {
  const { signal, timeout = defaultTimeout } = options;
  const doFetch = options.fetch ?? globalThis.fetch;
  const timeoutSignal = AbortSignal.timeout(timeout);
  const combined = signal ? AbortSignal.any([signal, timeoutSignal]) : timeoutSignal;
  try {
    return await untilAborted(doFetch(url, { ...init, signal: combined }), combined);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw toFeedError(timeoutSignal.aborted ? timeoutSignal.reason : error, url);
  }
}

/**
 * One request whose failures, HTTP errors included, are all typed FeedErrors (a 304 is
 * returned, for conditional requests).
 */
export async function fetchOnce(
  url: string,
  options: LoadOptions,
  init: RequestInit = {},
): Promise<Response> {
  const response = await request(url, options, init);
  if (!response.ok && response.status !== 304) {
    throw new FeedError('http', `HTTP ${response.status} loading ${url}`, {
      status: response.status,
      url,
      retryAfter: response.headers.get('retry-after') ?? undefined,
      // How the feed proxy refuses a feed over its cap: a GET has no content to be too large.
      ...(response.status === 413 && { reason: 'tooLarge' as const }),
    });
  }
  return response;
}

/** Loads a URL as JSON, turning every failure into a typed FeedError. */
export async function loadJson(url: string, options: LoadOptions = {}): Promise<unknown> {
  const response = await fetchOnce(url, options, { headers: { accept: 'application/json' } });
  return parseJsonBody(await response.text(), url);
}
