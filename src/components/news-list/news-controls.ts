import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { interpolate } from '../../i18n/index.js';
import type { NewsStrings } from './news-item.js';
import { pageNumbers } from './news-paging.js';

export interface SearchHandlers {
  /** The reader typed: worth acting on once typing settles. */
  typed: (query: string) => void;
  /** The reader pressed Enter: act now. */
  submitted: (query: string) => void;
}

export function renderSearch(strings: NewsStrings, query: string, on: SearchHandlers) {
  return html`<form
    part="search"
    class="search"
    role="search"
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      on.submitted((form.elements.namedItem('query') as HTMLInputElement).value);
    }}
  >
    <label part="search-label" for="query">${strings.news.search}</label>
    <input
      part="search-input"
      id="query"
      name="query"
      type="search"
      autocomplete="off"
      .value=${query}
      @input=${(event: InputEvent) => on.typed((event.currentTarget as HTMLInputElement).value)}
    />
  </form>`;
}

/** The "news tagged X" line with a button that lifts the tag filter. */
export function renderTagFilter(strings: NewsStrings, tag: string, onClear: () => void) {
  return html`<p part="tag-filter" class="tag-filter">
    <span>${interpolate(strings.news.tag, { tag })}</span>
    <button part="clear-tag" type="button" @click=${onClear}>${strings.news.clearTag}</button>
  </p>`;
}

export interface PagerState {
  /** The page shown last (after "Show more", the bottom one). */
  current: number;
  /** Known number of pages, when the feed says or every item is loaded. */
  count?: number;
  /** Whether a page after the current one exists. */
  hasMore: boolean;
  /** Whether the numbered pages can be jumped to directly. */
  numbered: boolean;
  busy: boolean;
}

/** Which paging controls a list offers; `auto` is "Show more" alone in the compact layout, else both. */
export type Paging = 'auto' | 'more' | 'pages' | 'both' | 'none';

/**
 * The pager `paging` asks for. Where the feed cannot jump to a page, `pages` still gets "Show
 * more": without it the rest of the archive could not be reached.
 */
export function renderPager(
  strings: NewsStrings,
  pager: PagerState,
  paging: Exclude<Paging, 'auto'>,
  onPage: (page: number) => void,
  onMore: () => void,
) {
  const { current, count, hasMore, numbered, busy } = pager;
  const showNumbers =
    (paging === 'pages' || paging === 'both') && numbered && count !== undefined && count > 1;
  const showMore = hasMore && paging !== 'none' && (paging !== 'pages' || !showNumbers);
  if (!showMore && !showNumbers) return nothing;
  return html`<nav part="pagination" class="pagination" aria-label=${strings.news.pages}>
    ${
      showMore
        ? html`<button
            part="more"
            class="more"
            type="button"
            aria-disabled=${busy}
            @click=${() => !busy && onMore()}
          >
            ${strings.news.showMore}
          </button>`
        : nothing
    }
    ${
      showNumbers
        ? html`<ol part="pages" class="pages">
            ${repeat(
              pageNumbers(current, count),
              // Keyed, so the button the reader pressed keeps focus as the numbers around it shift.
              (page, index) => (page === 'gap' ? `gap-${index}` : page),
              (page) =>
                page === 'gap'
                  ? html`<li aria-hidden="true">…</li>`
                  : html`<li>
                      <button
                        part="page"
                        type="button"
                        aria-current=${page === current ? 'page' : nothing}
                        aria-label=${interpolate(strings.news.page, { page })}
                        @click=${() => page !== current && onPage(page)}
                      >
                        ${page}
                      </button>
                    </li>`,
            )}
          </ol>`
        : nothing
    }
  </nav>`;
}

export function renderRefreshToggle(strings: NewsStrings, paused: boolean, onToggle: () => void) {
  return html`<button part="refresh-toggle" class="refresh-toggle" type="button" @click=${onToggle}>
    ${paused ? strings.news.resume : strings.news.pause}
  </button>`;
}
