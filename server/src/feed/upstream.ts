import { decodeBody } from '../../../src/data/feed/decode-body.js';
import { FeedError, toFeedError } from '../../../src/data/errors.js';
import { ApiError } from '../http/api-error.js';

export interface UpstreamOptions {
  allowedHosts: string[];
  timeoutMs: number;
  /**
   * Sent as a POST form, for a request that carries a secret (the VK token): a body is not
   * written to logs or error messages as a URL is, and such a request follows no redirect.
   */
  form?: URLSearchParams;
}

/** What the upstream said identifies its answer, to ask it later whether that changed. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** The upstream answered 304 to the validators sent: the copy the proxy holds is current. */
export interface NotModified {
  notModified: true;
}

export interface UpstreamResponse {
  /** The URL the body finally came from, after redirects: relative links resolve against it. */
  url: string;
  body: string;
  headers: Headers;
  validators: Validators;
}

function validatorsOf(headers: Headers): Validators {
  const etag = headers.get('etag');
  const lastModified = headers.get('last-modified');
  return { ...(etag && { etag }), ...(lastModified && { lastModified }) };
}

function conditionalHeaders({ etag, lastModified }: Validators = {}): Record<string, string> {
  return {
    ...(etag && { 'if-none-match': etag }),
    ...(lastModified && { 'if-modified-since': lastModified }),
  };
}

const maxRedirects = 3;
const maxBodyBytes = 5 * 1024 * 1024;

/** Only feeds on hosts the library listed: the proxy must not become a door into its network. */
export function allowedFeedUrl(value: string | undefined, allowedHosts: string[]): URL {
  let url: URL;
  try {
    url = new URL(value ?? '');
  } catch {
    throw new ApiError(400, 'invalid_parameter', 'url must be an absolute http(s) URL of a feed');
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password) {
    throw new ApiError(400, 'invalid_parameter', 'url must be an absolute http(s) URL of a feed');
  }
  if (!allowedHosts.includes(url.host) && !allowedHosts.includes(url.hostname)) {
    throw new ApiError(403, 'feed_not_allowed', `${url.host} is not in FEED_ALLOWED_HOSTS`);
  }
  return url;
}

function tooLarge(url: string): FeedError {
  return new FeedError('http', `The feed at ${url} is over 5 MB`, {
    url,
    status: 413,
    reason: 'tooLarge',
  });
}

async function readLimited(response: Response, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBodyBytes) throw tooLarge(url);
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > maxBodyBytes) {
      await reader.cancel();
      throw tooLarge(url);
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}

/**
 * Fetches a feed server-side. Redirects are followed by hand so that each hop is checked
 * against the allow-list: an allowed host must not redirect the proxy somewhere private.
 */
export async function fetchUpstream(
  start: URL,
  options: UpstreamOptions,
): Promise<UpstreamResponse>;
/**
 * With the validators of the copy the proxy holds, asked conditionally: a 304 answer resolves
 * as NotModified.
 */
export async function fetchUpstream(
  start: URL,
  options: UpstreamOptions,
  validators: Validators | undefined,
): Promise<UpstreamResponse | NotModified>;
export async function fetchUpstream(
  start: URL,
  { allowedHosts, timeoutMs, form }: UpstreamOptions,
  validators?: Validators,
): Promise<UpstreamResponse | NotModified> {
  const conditional = conditionalHeaders(validators);
  const signal = AbortSignal.timeout(timeoutMs);
  let url = start;
  for (let hop = 0; hop <= maxRedirects; hop += 1) {
    let response: Response;
    try {
      response = await fetch(url, {
        redirect: 'manual',
        signal,
        ...(form && { method: 'POST', body: form }),
        headers: {
          accept:
            'application/feed+json, application/json, application/rss+xml, application/atom+xml, text/xml;q=0.9, */*;q=0.5',
          ...conditional,
        },
      });
    } catch (error) {
      throw toFeedError(signal.aborted ? signal.reason : error, url.href);
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location && !form) {
      await response.body?.cancel();
      url = allowedFeedUrl(new URL(location, url).href, allowedHosts);
      continue;
    }
    if (response.status === 304 && Object.keys(conditional).length) {
      await response.body?.cancel();
      return { notModified: true };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new FeedError('http', `HTTP ${response.status} from ${url.href}`, {
        url: url.href,
        status: response.status,
      });
    }
    try {
      return {
        url: url.href,
        // Bitrix sites still send windows-1251: decoded as the elements decode it.
        body: decodeBody(
          await readLimited(response, url.href),
          response.headers.get('content-type') ?? '',
        ),
        headers: response.headers,
        validators: validatorsOf(response.headers),
      };
    } catch (error) {
      throw toFeedError(signal.aborted ? signal.reason : error, url.href);
    }
  }
  throw new FeedError('http', `More than ${maxRedirects} redirects from ${start.href}`, {
    url: start.href,
  });
}
