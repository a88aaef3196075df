import { FeedError, toFeedError } from './errors.js';

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds before the request is abandoned with a `timeout` error. */
  timeout?: number;
  /** The page's `fetch`, or a test's. Taken at call time so a page's later patch is honoured. */
  fetch?: typeof fetch;
}

export const defaultTimeout = 15_000;

/** Loads a URL as JSON, turning every failure into a typed FeedError. */
export async function loadJson(url: string, options: LoadOptions = {}): Promise<unknown> {
  const { signal, timeout = defaultTimeout } = options;
  const doFetch = options.fetch ?? globalThis.fetch;
  const timeoutSignal = AbortSignal.timeout(timeout);
  const combined = signal ? AbortSignal.any([signal, timeoutSignal]) : timeoutSignal;
  let response: Response;
  try {
    response = await doFetch(url, { signal: combined, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw toFeedError(timeoutSignal.aborted ? timeoutSignal.reason : error, url);
  }
  if (!response.ok) {
    throw new FeedError('http', `HTTP ${response.status} loading ${url}`, {
      status: response.status,
      url,
    });
  }
  const text = await response.text();
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw toFeedError(error, url);
  }
}

export type FetchFeedOptions = LoadOptions;

export interface FeedResponse {
  /** The body as text, decoded in the charset the server declared. */
  body: string;
  headers: Headers;
  /** The final URL after redirects: relative URLs in the body resolve against it. */
  url: string;
}

/** Loads a feed's text, turning every failure into a typed FeedError. */
export async function fetchFeedText(
  url: string,
  options: FetchFeedOptions = {},
): Promise<FeedResponse> {
  const { signal, timeout = defaultTimeout } = options;
  const doFetch = options.fetch ?? globalThis.fetch;
  const timeoutSignal = AbortSignal.timeout(timeout);
  const combined = signal ? AbortSignal.any([signal, timeoutSignal]) : timeoutSignal;
  let response: Response;
  try {
    response = await doFetch(url, { signal: combined });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw toFeedError(timeoutSignal.aborted ? timeoutSignal.reason : error, url);
  }
  if (!response.ok) {
    throw new FeedError('http', `HTTP ${response.status} loading ${url}`, {
      status: response.status,
      url,
    });
  }
  return { body: await response.text(), headers: response.headers, url: response.url || url };
}
