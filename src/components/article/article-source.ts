import { loadFeed, loadItem, type FeedFormatOption } from '../../data/feed.js';
import type { NewsItem } from '../../data/model.js';
import { createDomParser } from '../../internal/trusted-types.js';

export interface ArticleSource {
  /** URL of a document holding one item. */
  src?: string;
  /** URL of a feed to look the item up in, with `itemId`. */
  feed?: string;
  itemId?: string;
  format?: FeedFormatOption;
  /** The `map` attribute's JSON text. */
  map?: string;
}

/** How many feed pages are searched for `item-id` before the article counts as not found. */
export const maxFeedPages = 20;

function matches(item: NewsItem, itemId: string): boolean {
  return item.id === itemId || item.slug === itemId || item.url === itemId;
}

/**
 * The item an article shows: the one document at `src`, or the item with `itemId` in `feed`
 * (its id, slug or URL), following the feed's pages. `undefined` when the feed does not have it.
 */
export async function loadArticleItem(
  source: ArticleSource,
  signal: AbortSignal,
): Promise<NewsItem | undefined> {
  const options = {
    signal,
    format: source.format,
    map: source.map,
    domParser: createDomParser(),
    pageOrigin: location.origin,
  };
  if (source.src) return loadItem(new URL(source.src, document.baseURI).href, options);
  if (!source.feed || !source.itemId) return undefined;
  let next: string | undefined = new URL(source.feed, document.baseURI).href;
  for (let page = 0; next && page < maxFeedPages; page++) {
    const feedPage = await loadFeed(next, options);
    const found = feedPage.items.find((item) => matches(item, source.itemId!));
    if (found) return found;
    next = feedPage.nextPage;
  }
  return undefined;
}
