import type { FeedPage, NewsItem } from '../../data/model.js';
import type { PagerState } from './news-controls.js';
import { filterItems, type NewsFilter } from './news-filter.js';
import { knownPageCount } from './news-paging.js';

/** What one render shows: the items on screen and the state of the pager. */
export interface Listing {
  items: readonly NewsItem[];
  pager: PagerState;
}

/** What a listing reads of a list's pages (FeedPagesController holds them). */
export interface PagesOnScreen {
  readonly pages: ReadonlyMap<number, FeedPage>;
  readonly first: number;
  readonly last: number;
  /** Every item, when the whole list is known: the listing pages it itself. */
  readonly allItems?: readonly NewsItem[];
  readonly numbered: boolean;
  readonly busy: boolean;
}

const dedupe = (items: NewsItem[]) => {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
};

function listKnown(
  all: readonly NewsItem[],
  on: PagesOnScreen,
  filter: NewsFilter,
  pageSize: number,
): Listing {
  const size = Math.max(1, Math.floor(pageSize) || 10);
  const matching = filterItems(all, filter);
  const count = Math.max(1, Math.ceil(matching.length / size));
  const last = Math.min(on.last, count);
  const first = Math.min(on.first, last);
  return {
    items: matching.slice((first - 1) * size, last * size),
    pager: { current: last, count, hasMore: last < count, numbered: true, busy: false },
  };
}

function listPaged(on: PagesOnScreen, filter: NewsFilter, pageSize: number): Listing {
  const loaded: NewsItem[] = [];
  for (let page = on.first; page <= on.last; page++) {
    loaded.push(...(on.pages.get(page)?.items ?? []));
  }
  const first = on.pages.get(1);
  const count = first && knownPageCount(first, pageSize);
  const current = on.last;
  const hasNext = Boolean(on.pages.get(current)?.nextPage);
  return {
    items: filterItems(dedupe(loaded), filter),
    pager: {
      current,
      count,
      hasMore: hasNext || (count !== undefined && current < count && on.numbered),
      numbered: on.numbered,
      busy: on.busy,
    },
  };
}

/** The items on screen, filtered, and the pager: sliced here when every item is known. */
export function listNews(on: PagesOnScreen, filter: NewsFilter, pageSize: number): Listing {
  return on.allItems
    ? listKnown(on.allItems, on, filter, pageSize)
    : listPaged(on, filter, pageSize);
}
