import { loadFeed, type FeedFormatOption } from '../../data/feed.js';
import type { FeedPage } from '../../data/model.js';

export interface NewsSourceOptions {
  signal: AbortSignal;
  format?: FeedFormatOption;
  /** The `map` attribute's JSON text. */
  map?: string;
  /** Called with a fresher copy when the first answer came from the cache. */
  onUpdate: (page: FeedPage) => void;
}

let parser: DOMParser | undefined;

/** Loads one feed page with the browser's DOMParser, which the data layer cannot reach itself. */
export function loadNewsPage(url: string, options: NewsSourceOptions): Promise<FeedPage> {
  parser ??= new DOMParser();
  return loadFeed(url, { ...options, domParser: parser });
}
