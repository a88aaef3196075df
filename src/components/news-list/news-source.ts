import { loadFeed, type DOMParserLike, type FeedFormatOption } from '../../data/feed.js';
import type { FeedPage } from '../../data/model.js';
import { createDomParser } from '../../internal/trusted-types.js';
import { pageStorage } from '../../internal/page-storage.js';

export interface NewsSourceOptions {
  signal: AbortSignal;
  format?: FeedFormatOption;
  /** The `map` attribute's JSON text. */
  map?: string;
  /** Called with a fresher copy when the first answer came from the cache. */
  onUpdate: (page: FeedPage) => void;
  /** Milliseconds a cached copy is used without asking the server; 0 always asks. */
  maxAge?: number;
}

let parser: DOMParserLike | undefined;

/**
 * Loads one feed page with what only the page has: the browser's DOMParser, `localStorage`, so
 * a repeat visit shows the last copy at once and refreshes it behind, and the page's origin, so
 * refreshing a feed from another site needs no CORS preflight.
 */
export function loadNewsPage(url: string, options: NewsSourceOptions): Promise<FeedPage> {
  parser ??= createDomParser();
  return loadFeed(url, {
    ...options,
    domParser: parser,
    storage: pageStorage(),
    pageOrigin: location.origin,
  });
}
