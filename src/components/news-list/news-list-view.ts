import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { NewsItem } from '../../data/model.js';
import { toSafeUrl } from '../../data/url.js';
import { interpolate, type Language } from '../../i18n/index.js';
import { headingLevel } from '../../internal/heading-level.js';
import { renderError } from '../../internal/states.js';
import type { FeedPagesController } from './feed-pages-controller.js';
import {
  renderPager,
  renderRefreshToggle,
  renderSearch,
  renderTagFilter,
  type Paging,
  type SearchHandlers,
} from './news-controls.js';
import {
  parseShow,
  renderNewsItem,
  renderNewsSkeleton,
  type ItemView,
  type NewsLayout,
  type NewsStrings,
} from './news-item.js';
import { isFiltering } from './news-filter.js';
import type { Listing } from './feed-pages-controller.js';
import { itemHref } from './news-text.js';

/** At most this many placeholders reserve space while the first page loads. */
const maxSkeletonItems = 12;

/** The list's attributes the view reads (see BiblioNewsList for what each means). */
export interface NewsListAttributes {
  layout: NewsLayout;
  paging: Paging;
  show: string;
  search: boolean;
  tag?: string;
  articleHref?: string;
  archiveHref?: string;
  excerptLength: number;
  headingLevel: number;
  label?: string;
  pageSize: number;
}

/** What the list knows beyond its attributes, and what its controls do. */
export interface NewsListState {
  strings: NewsStrings;
  language: Language;
  query: string;
  announcement: string;
  listing: Listing;
  feed: FeedPagesController;
  searchHandlers: SearchHandlers;
  showMore: () => void;
  clearTag: () => void;
}

/** "Nothing found for …": what the reader searched, or the tag they picked. */
export function noResults(strings: NewsStrings, query: string, tag?: string): string {
  return interpolate(strings.news.noResults, { query: query.trim() || tag || '' });
}

/** The item whose link a plain click followed: not one that opens a new tab or window. */
export function followedItem(event: MouseEvent, items: readonly NewsItem[]) {
  const link = (event.target as Element).closest<HTMLElement>('a[data-index]');
  const plain =
    event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
  return link && plain ? items[Number(link.dataset.index)] : undefined;
}

function itemView(attributes: NewsListAttributes, state: NewsListState): ItemView {
  const base = document.baseURI;
  // Hrefs are already normalized by toSafeUrl, so a prefix test is enough and spares a parse per item.
  const ownSite = `${location.origin}/`;
  return {
    language: state.language,
    strings: state.strings,
    layout: attributes.layout,
    show: parseShow(attributes.show),
    excerptLength: attributes.excerptLength,
    headingLevel: headingLevel(attributes.headingLevel, 3),
    activeTag: attributes.tag,
    href: (item) => itemHref(item, attributes.articleHref, base),
    isExternal: (href) => !href.startsWith(ownSite),
  };
}

function renderItems(attributes: NewsListAttributes, state: NewsListState, view: ItemView) {
  const { listing, strings, feed } = state;
  if (listing.items.length === 0) {
    const { query } = state;
    const { tag } = attributes;
    const filtering = isFiltering({ query, tag });
    return html`<p part="empty" role="status">
      ${filtering ? noResults(strings, query, tag) : strings.news.empty}
    </p>`;
  }
  const { paging, layout } = attributes;
  const shown = paging === 'auto' ? (layout === 'compact' ? 'more' : 'both') : paging;
  return html`<ul part="list" class="items">
      ${repeat(
        listing.items,
        (item) => item.id,
        (item, index) => renderNewsItem(item, index, view),
      )}
    </ul>
    ${renderPager(strings, listing.pager, shown, (page) => feed.goTo(page), state.showMore)}
    ${feed.error === undefined ? nothing : renderError(feed.error, strings, feed.retry)}`;
}

/**
 * The feed's state: its error in place of the list when the feed asked for failed,
 * placeholders until a first page is here, else the items (with a further page's error below).
 */
function renderBody(attributes: NewsListAttributes, state: NewsListState) {
  const { feed } = state;
  const view = itemView(attributes, state);
  if (feed.error !== undefined && !feed.current) {
    return renderError(feed.error, state.strings, feed.retry);
  }
  if (feed.remote && feed.pages.size === 0) {
    const count = Math.min(maxSkeletonItems, Math.max(1, attributes.pageSize));
    return renderNewsSkeleton(count, view);
  }
  return renderItems(attributes, state, view);
}

export function renderNewsList(attributes: NewsListAttributes, state: NewsListState) {
  const { strings, feed } = state;
  const { refresher } = feed;
  const refreshing = refresher?.active && feed.remote;
  const archive = toSafeUrl(attributes.archiveHref, document.baseURI);
  return html`<section part="base" aria-label=${attributes.label ?? strings.news.label}>
    ${
      attributes.search || refreshing
        ? html`<div part="toolbar" class="toolbar">
            ${attributes.search ? renderSearch(strings, state.query, state.searchHandlers) : nothing}
            ${
              refreshing
                ? renderRefreshToggle(strings, refresher!.paused, () => refresher!.toggle())
                : nothing
            }
          </div>`
        : nothing
    }
    ${attributes.tag ? renderTagFilter(strings, attributes.tag, state.clearTag) : nothing}
    ${renderBody(attributes, state)}
    ${archive ? html`<a part="archive" class="archive" href=${archive}>${strings.news.archive}</a>` : nothing}
    <div class="visually-hidden" role="status" aria-live="polite">${state.announcement}</div>
  </section>`;
}
