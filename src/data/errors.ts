/**
 * Why loading data failed, in words an element can translate. Elements never show
 * `error.message` (it is for developers); they show the localized text for `kind`.
 */
export type FeedErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'parse'
  | 'format'
  /** A comments, views or partners server answered JSON of the wrong shape (no `map` helps). */
  | 'unexpected'
  | 'map'
  | 'config';

/**
 * What exactly went wrong, where the kind alone would mislead the webmaster: an HTML page and a
 * cut-off JSON are both unreadable (`parse`), but each needs its own fix. Refines the message,
 * not the handling, so it is a detail rather than a kind of its own.
 */
export type FeedErrorReason =
  /** A web page (an error page, a login wall) where a feed was expected, for `parse`. */
  | 'htmlPage'
  /** A body that starts as JSON but does not parse: broken or cut off, for `parse`. */
  | 'brokenJson'
  /** A feed over the feed proxy's size cap, for `http`. */
  | 'tooLarge';

export interface FeedErrorDetails {
  reason?: FeedErrorReason;
  /** HTTP status, for `http`. */
  status?: number;
  /** The `Retry-After` header of a 429 or 503, for `http`. */
  retryAfter?: string;
  /** The `map` path that matched nothing, for `map`. */
  path?: string;
  /** The missing attribute, for `config`. */
  attribute?: string;
  /** The URL that was being loaded. */
  url?: string;
  cause?: unknown;
}

export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly kind: FeedErrorKind;
  readonly details: FeedErrorDetails;

  constructor(kind: FeedErrorKind, message: string, details: FeedErrorDetails = {}) {
    super(message, { cause: details.cause });
    this.kind = kind;
    this.details = details;
  }
}

/** Anything thrown while loading becomes a FeedError, so callers handle one type. */
export function toFeedError(error: unknown, url?: string): FeedError {
  if (error instanceof FeedError) return error;
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return new FeedError('timeout', `Timed out loading ${url ?? 'data'}`, { url, cause: error });
  }
  if (error instanceof TypeError) {
    return new FeedError('network', `Network error loading ${url ?? 'data'}`, {
      url,
      cause: error,
    });
  }
  if (error instanceof SyntaxError) {
    return new FeedError('parse', `Could not parse ${url ?? 'data'}`, { url, cause: error });
  }
  return new FeedError('network', String(error), { url, cause: error });
}
