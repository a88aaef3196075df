import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { FeedFormatOption } from '../../data/feed.js';
import type { FeedPage, NewsItem } from '../../data/model.js';
import { toSafeUrl } from '../../data/url.js';
import {
  combine,
  commonStrings,
  formatPlural,
  interpolate,
  newsStrings,
  type StringsOf,
} from '../../i18n/index.js';
import { BiblioElement } from '../../internal/biblio-element.js';
import { hideBrokenImage } from '../../internal/broken-image.js';
import { publicEvent } from '../../internal/events.js';
import { createLoadTask, renderError } from '../../internal/states.js';
import { stateStyles } from '../../internal/states.styles.js';
import { searchesOnServer, withSearch } from './feed-url.js';
import {
  renderPager,
  renderRefreshToggle,
  renderSearch,
  renderTagFilter,
  type PagerState,
  type Paging,
  type SearchHandlers,
} from './news-controls.js';
import { filterItems, isFiltering } from './news-filter.js';
import {
  parseShow,
  renderNewsItem,
  renderNewsSkeleton,
  type ItemView,
  type NewsLayout,
} from './news-item.js';
import { newsListStyles } from './news-list.styles.js';
import { knownPageCount, pageUrlBuilder } from './news-paging.js';
import { loadNewsPage } from './news-source.js';
import { itemHref } from './news-text.js';
import { readPageFromUrl, withPageInUrl } from './page-url.js';
import { RefreshController } from './refresh-controller.js';
import { headingLevel } from '../../internal/heading-level.js';

/** Detail of `biblio-item-select`: the item whose link the reader followed. */
export interface ItemSelectEventDetail {
  item: NewsItem;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'biblio-item-select': CustomEvent<ItemSelectEventDetail>;
  }
  interface HTMLElementTagNameMap {
    'biblio-news-list': BiblioNewsList;
  }
}

/** What one render shows: the items on screen and the state of the pager. */
interface Listing {
  items: readonly NewsItem[];
  pager: PagerState;
}

/** Typing settles for this long before the list filters and the result is announced. */
const searchDelay = 250;
/** At most this many placeholders reserve space while the first page loads. */
const maxSkeletonItems = 12;

const dedupe = (items: NewsItem[]) => {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
};

// Declared before the class's JSDoc: the manifest analyzer reads the block just above `class`.
const localizedStrings = combine(commonStrings, newsStrings);

/**
 * The news list of a library site: newest first, with dates in the reader's language, pictures,
 * short summaries, search, tags and a way through the whole archive.
 *
 * Point `src` at the feed the site already has (WordPress, Drupal, Joomla, Ghost, JSON Feed, RSS
 * or any JSON described with `map`), or set `items` from script. Only one page is rendered at a
 * time, so a 10,000-item archive costs what ten items cost.
 *
 * @summary News items from any feed: list, grid or compact, with paging, search and tags.
 * @tagname biblio-news-list
 *
 * @csspart base - The `<section>` around everything.
 * @csspart toolbar - The row holding the search box and the pause button.
 * @csspart search - The search form.
 * @csspart search-label - The search box's label.
 * @csspart search-input - The search box.
 * @csspart refresh-toggle - The button that pauses and resumes periodic updates.
 * @csspart tag-filter - The "news tagged X" line shown while a tag filters the list.
 * @csspart clear-tag - The button that lifts the tag filter.
 * @csspart list - The list of items.
 * @csspart item - One item.
 * @csspart title - An item's heading.
 * @csspart link - The link in an item's heading.
 * @csspart meta - The line with the date, views and comments.
 * @csspart date - An item's `<time>`.
 * @csspart views - An item's view count.
 * @csspart comments - An item's comment count.
 * @csspart image - An item's picture.
 * @csspart summary - An item's summary.
 * @csspart tags - An item's list of tags.
 * @csspart tag - One tag button.
 * @csspart pagination - The `<nav>` with "Show more" and the page numbers.
 * @csspart more - The "Show more" button.
 * @csspart pages - The list of page numbers.
 * @csspart page - One page-number button (the current one has `aria-current="page"`).
 * @csspart archive - The "All news" link.
 * @csspart loading - The placeholders shown while the feed loads.
 * @csspart empty - The message shown when there is no news or nothing matches.
 * @csspart error - The error message box.
 * @csspart retry - The Retry button in the error box.
 *
 * @cssproperty [--biblio-news-list-gap=1rem] - Space between items.
 * @cssproperty [--biblio-news-list-column-width=16rem] - Narrowest card of the grid layout.
 * @cssproperty [--biblio-news-list-image-width=12rem] - Width of the picture beside an item in the list layout.
 * @cssproperty [--biblio-news-list-image-ratio=16 / 9] - Shape of the space reserved for pictures.
 * @cssproperty [--biblio-news-list-title-size=1.125em] - Size of item titles.
 * @cssproperty [--biblio-accent] - Links and buttons (shared token).
 * @cssproperty [--biblio-border] - Card borders and separators (shared token).
 *
 * @event biblio-item-select - The reader followed an item's link. Cancelable: call `preventDefault()` to open the item in place instead of navigating. `detail: { item }`.
 * @event biblio-load - The first page of the feed is shown. `detail: { count }`.
 * @event biblio-error - Loading `src` failed. `detail: { error }` with `error.kind`.
 */
export class BiblioNewsList extends BiblioElement<StringsOf<typeof localizedStrings>> {
  protected static override localizedStrings = localizedStrings;

  static override tagName = 'biblio-news-list';

  static override styles = [...BiblioElement.styles, stateStyles, newsListStyles];

  /** URL of the feed: JSON Feed, WordPress REST, JSON:API, Ghost, RSS/Atom or any JSON with `map`. */
  @property() src?: string;

  /** The feed's format; `auto` (the default) recognises it. */
  @property() format?: FeedFormatOption;

  /** JSON of dot paths describing a feed no format fits, e.g. `{"items":"data.news","title":"headline"}`. */
  @property() map?: string;

  /** Items per page when the whole list is known; a paged feed keeps its own page size. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /** `list` (picture beside text), `grid` (cards) or `compact` (titles and dates, for a sidebar). */
  @property({ reflect: true }) layout: NewsLayout = 'list';

  /**
   * Paging controls: `more` ("Show more"), `pages` (page numbers), `both` or `none` (the first
   * page only). `auto` (the default) is "Show more" alone in the compact layout, else both.
   */
  @property() paging: Paging = 'auto';

  /** Which optional pieces to show: any of `date, image, summary, tags, views, comments`. */
  @property() show = 'date,image,summary,tags';

  /** Shows a search box that filters by title, summary and tags. */
  @property({ type: Boolean }) search = false;

  /** Shows only items with this tag; clicking a tag sets it. */
  @property() tag?: string;

  /** Pattern for item links, with `{id}`, `{slug}` or `{url}`, e.g. `/news/{id}`. Default: the item's own URL. */
  @property({ attribute: 'article-href' }) articleHref?: string;

  /** Address of the full archive, shown as an "All news" link. */
  @property({ attribute: 'archive-href' }) archiveHref?: string;

  /** Re-reads the feed every this many seconds (0: never), with a pause button. */
  @property({ type: Number }) refresh = 0;

  /** Name of the address-bar parameter that holds the page (`page` for `?page=2`, `#page` for `#page=2`). Off by default. */
  @property({ attribute: 'page-param' }) pageParam?: string;

  /** Longest summary, in characters; longer ones are cut at a word boundary. */
  @property({ type: Number, attribute: 'excerpt-length' }) excerptLength = 200;

  /** Level (1–6) of the item headings, to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Accessible name of the list's region. Default: "Новости" / "News". */
  @property() label?: string;

  /** Items set from script; take precedence over `src`. */
  @property({ attribute: false }) items?: NewsItem[];

  @state() private query = '';
  @state() private firstPage = 1;
  @state() private lastPage = 1;
  @state() private feedPages = new Map<number, FeedPage>();
  @state() private pageLoading = false;
  @state() private pageFailure?: { error: unknown; retry: () => void };
  @state() private announcement = '';

  private listing: Listing = {
    items: [],
    pager: { current: 1, hasMore: false, numbered: false, busy: false },
  };
  private searchTimer?: ReturnType<typeof setTimeout>;
  private pageRequest?: AbortController;
  private readonly refresher = new RefreshController(this, () => void this.refreshFirstPage());

  private loadTask = createLoadTask(this, {
    args: () => [this.feedUrl, this.format, this.map] as const,
    // `format` and `map` are arguments so that changing them reloads; loadFeedPage reads them.
    load: async ([url], signal) => {
      // The pages on screen stay until the new feed (another search, say) arrives: no flicker.
      this.pageRequest?.abort();
      const page = await this.loadFeedPage(url!, signal, (fresh) =>
        this.receiveFirstPage(url!, fresh),
      );
      this.feedPages = new Map([[1, page]]);
      if (this.serverSearch && this.query.trim())
        this.announceMatches(page.total ?? page.items.length);
      const wanted = this.firstPage;
      this.firstPage = this.lastPage = 1;
      if (wanted > 1) void this.goToPage(wanted, false);
      return page;
    },
    count: (page) => page.items.length,
  });

  /** The feed URL to load, with the reader's search when the server does the searching. */
  private get feedUrl(): string | undefined {
    if (this.items || !this.src) return undefined;
    const url = new URL(this.src, document.baseURI).href;
    return this.serverSearch ? withSearch(url, this.query) : url;
  }

  private get serverSearch(): boolean {
    return this.search && this.src !== undefined && searchesOnServer(this.src, this.format);
  }

  /** The whole list is known (set from script, or a feed without further pages). */
  private get allItems(): NewsItem[] | undefined {
    if (this.items) return this.items;
    const first = this.feedPages.get(1);
    return first && !first.nextPage ? first.items : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.followHistory);
    const page = this.pageParam && readPageFromUrl(this.pageParam, location.href);
    if (page) this.firstPage = this.lastPage = page;
  }

  /**
   * One listener serves every link and tag (links and buttons also click from the keyboard), and
   * one hides any picture that fails to load rather than leave a broken-image icon.
   */
  protected override firstUpdated(): void {
    this.renderRoot.addEventListener('click', (event) => this.onListClick(event as MouseEvent));
    this.renderRoot.addEventListener('error', hideBrokenImage, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.followHistory);
    clearTimeout(this.searchTimer);
    this.pageRequest?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('refresh')) this.refresher.every(this.refresh);
    // Items from script, or no src: nothing to load, and no load or error event to send.
    this.loadTask.autoRun = this.feedUrl !== undefined;
  }

  private get filter() {
    return { query: this.serverSearch ? '' : this.query, tag: this.tag };
  }

  private listLocal(all: NewsItem[]): Listing {
    const size = Math.max(1, Math.floor(this.pageSize) || 10);
    const matching = filterItems(all, this.filter);
    const count = Math.max(1, Math.ceil(matching.length / size));
    const last = Math.min(this.lastPage, count);
    const first = Math.min(this.firstPage, last);
    return {
      items: matching.slice((first - 1) * size, last * size),
      pager: { current: last, count, hasMore: last < count, numbered: true, busy: false },
    };
  }

  private listPaged(): Listing {
    const loaded: NewsItem[] = [];
    for (let page = this.firstPage; page <= this.lastPage; page++) {
      loaded.push(...(this.feedPages.get(page)?.items ?? []));
    }
    const first = this.feedPages.get(1);
    const count = first && knownPageCount(first, this.pageSize);
    const current = this.lastPage;
    const hasNext = Boolean(this.feedPages.get(current)?.nextPage);
    return {
      items: filterItems(dedupe(loaded), this.filter),
      pager: {
        current,
        count,
        hasMore: hasNext || (count !== undefined && current < count && this.pageUrl !== undefined),
        numbered: this.pageUrl !== undefined,
        busy: this.pageLoading,
      },
    };
  }

  /** Builds any page's URL when the feed numbers its pages; undefined for cursor paging. */
  private get pageUrl(): ((page: number) => string) | undefined {
    const next = this.feedPages.get(1)?.nextPage;
    return this.feedUrl && next ? pageUrlBuilder(this.feedUrl, next) : undefined;
  }

  private storePage(page: number, feedPage: FeedPage) {
    this.feedPages = new Map(this.feedPages).set(page, feedPage);
  }

  /** Loads a page of this list's feed (its `format` and `map`) with the reader's storage cache. */
  private loadFeedPage(
    url: string,
    signal: AbortSignal,
    onUpdate: (fresh: FeedPage) => void,
    maxAge?: number,
  ) {
    return loadNewsPage(url, { signal, format: this.format, map: this.map, onUpdate, maxAge });
  }

  /** A fresher first page; one that arrives after the feed URL changed (a new search) is dropped. */
  private receiveFirstPage(url: string, fresh: FeedPage) {
    if (url !== this.feedUrl) return;
    const before = this.feedPages.get(1);
    if (before) {
      const known = new Set(before.items.map((item) => item.id));
      const added = fresh.items.filter((item) => !known.has(item.id)).length;
      if (added > 0) this.announce(formatPlural(this.strings.news.fresh, added, this.language));
    }
    this.storePage(1, fresh);
  }

  private async refreshFirstPage() {
    const url = this.feedUrl;
    if (!url || this.loadTask.status !== TaskStatus.COMPLETE) return;
    try {
      const fresh = await this.loadFeedPage(
        url,
        AbortSignal.timeout(30_000),
        (page) => this.receiveFirstPage(url, page),
        0,
      );
      this.receiveFirstPage(url, fresh);
    } catch {
      // A failed background refresh keeps the news already shown; the next tick tries again.
    }
  }

  /**
   * Loads feed page `page`, following `next` links when pages cannot be addressed directly. On
   * failure the items already shown stay, with an error box whose Retry repeats `action`.
   */
  private async loadPage(page: number, action: () => void): Promise<boolean> {
    if (this.allItems || this.feedPages.has(page)) return true;
    this.pageRequest?.abort();
    const request = (this.pageRequest = new AbortController());
    this.pageLoading = true;
    this.pageFailure = undefined;
    try {
      let known = page - 1;
      while (!this.feedPages.has(known) && known > 1) known--;
      const pageUrl = this.pageUrl;
      while (known < page) {
        const target = pageUrl ? page : known + 1;
        const url = pageUrl ? pageUrl(target) : this.feedPages.get(known)?.nextPage;
        if (!url) return false;
        const loaded = await this.loadFeedPage(url, request.signal, (fresh) => {
          if (!request.signal.aborted) this.storePage(target, fresh);
        });
        this.storePage(target, loaded);
        known = target;
      }
      return true;
    } catch (error) {
      if (!request.signal.aborted) {
        this.pageFailure = { error, retry: action };
      }
      return false;
    } finally {
      if (this.pageRequest === request) this.pageLoading = false;
    }
  }

  private async goToPage(page: number, remember = true) {
    if (!(await this.loadPage(page, () => void this.goToPage(page, remember)))) return;
    this.firstPage = this.lastPage = page;
    if (remember) this.rememberPage(page);
    this.announce(interpolate(this.strings.news.page, { page }));
  }

  private async showMore() {
    const page = this.lastPage + 1;
    const shownBefore = this.listing.items.length;
    if (!(await this.loadPage(page, () => void this.showMore()))) return;
    this.lastPage = page;
    this.rememberPage(page);
    await this.updateComplete;
    this.announce(formatPlural(this.strings.news.shown, this.listing.items.length, this.language));
    // The last page removes the pressed button; focus goes on to the first new item, not to <body>.
    if (!this.renderRoot.querySelector('[part="more"]')) this.focusItem(shownBefore);
  }

  /** The pressed "Show all news" button goes away with the filter; focus moves to the list. */
  private async clearTag() {
    await this.applyFilter({ tag: undefined });
    this.focusItem(0);
  }

  private focusItem(index: number) {
    this.renderRoot.querySelector<HTMLElement>(`a[data-index="${index}"]`)?.focus();
  }

  private rememberPage(page: number) {
    if (!this.pageParam) return;
    const href = withPageInUrl(this.pageParam, location.href, page);
    if (href !== location.href) history.pushState(history.state, '', href);
  }

  private followHistory = () => {
    if (!this.pageParam) return;
    const page = readPageFromUrl(this.pageParam, location.href) ?? 1;
    if (page !== this.firstPage || page !== this.lastPage) void this.goToPage(page, false);
  };

  private announce(message: string) {
    this.announcement = message;
  }

  private async applyFilter(change: { query?: string; tag?: string | undefined }) {
    if ('query' in change) this.query = change.query ?? '';
    if ('tag' in change) this.tag = change.tag;
    this.firstPage = this.lastPage = 1;
    if (this.serverSearch && 'query' in change) return;
    await this.updateComplete;
    const all = this.allItems;
    this.announceMatches(all ? filterItems(all, this.filter).length : this.listing.items.length);
  }

  /** "Nothing found for …": what the reader searched, or the tag they picked. */
  private get noResults(): string {
    const query = this.query.trim() || this.tag || '';
    return interpolate(this.strings.news.noResults, { query });
  }

  /** "8 items found" or "Nothing found for …", for screen readers. */
  private announceMatches(count: number) {
    this.announce(
      count === 0 ? this.noResults : formatPlural(this.strings.news.found, count, this.language),
    );
  }

  private readonly searchHandlers: SearchHandlers = {
    typed: (query) => {
      clearTimeout(this.searchTimer);
      this.searchTimer = setTimeout(() => void this.applyFilter({ query }), searchDelay);
    },
    submitted: (query) => {
      clearTimeout(this.searchTimer);
      void this.applyFilter({ query });
    },
  };

  private onListClick = (event: MouseEvent) => {
    const target = event.target as Element;
    const tag = target.closest<HTMLElement>('[data-tag]')?.dataset.tag;
    if (tag !== undefined) {
      void this.applyFilter({ tag: tag === this.tag ? undefined : tag });
      return;
    }
    const link = target.closest<HTMLElement>('a[data-index]');
    const item = link && this.listing.items[Number(link.dataset.index)];
    if (
      !item ||
      event.button !== 0 ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    const select = publicEvent<ItemSelectEventDetail>('biblio-item-select', { item }, true);
    if (!this.dispatchEvent(select)) event.preventDefault();
  };

  private get itemView(): ItemView {
    const base = document.baseURI;
    // Hrefs are already normalized by toSafeUrl, so a prefix test is enough and spares a parse per item.
    const ownSite = `${location.origin}/`;
    return {
      language: this.language,
      strings: this.strings,
      layout: this.layout,
      show: parseShow(this.show),
      excerptLength: this.excerptLength,
      headingLevel: headingLevel(this.headingLevel, 3),
      activeTag: this.tag,
      href: (item) => itemHref(item, this.articleHref, base),
      isExternal: (href) => !href.startsWith(ownSite),
    };
  }

  private renderItems() {
    const { strings } = this;
    const { items, pager } = this.listing;
    if (items.length === 0) {
      const filtering = isFiltering({ query: this.query, tag: this.tag });
      return html`<p part="empty" role="status">
        ${filtering ? this.noResults : strings.news.empty}
      </p>`;
    }
    const view = this.itemView;
    return html`<ul part="list" class="items">
        ${repeat(
          items,
          (item) => item.id,
          (item, index) => renderNewsItem(item, index, view),
        )}
      </ul>
      ${renderPager(
        strings,
        pager,
        this.paging === 'auto' ? (this.layout === 'compact' ? 'more' : 'both') : this.paging,
        (page) => void this.goToPage(page),
        () => void this.showMore(),
      )}
      ${this.pageFailure ? renderError(this.pageFailure.error, strings, this.pageFailure.retry) : nothing}`;
  }

  private renderBody() {
    if (this.items || !this.src) return this.renderItems();
    const task = this.loadTask;
    if (task.status === TaskStatus.ERROR) {
      return renderError(task.error, this.strings, () => void task.run());
    }
    if (this.feedPages.size === 0) {
      const count = Math.min(maxSkeletonItems, Math.max(1, this.pageSize));
      return renderNewsSkeleton(count, this.itemView);
    }
    return this.renderItems();
  }

  override render() {
    const { strings } = this;
    this.listing = this.allItems ? this.listLocal(this.allItems) : this.listPaged();
    const archive = toSafeUrl(this.archiveHref, document.baseURI);
    const refreshing = this.refresher.active && !this.items && this.src;
    return html`<section part="base" aria-label=${this.label ?? strings.news.label}>
      ${
        this.search || refreshing
          ? html`<div part="toolbar" class="toolbar">
              ${this.search ? renderSearch(strings, this.query, this.searchHandlers) : nothing}
              ${
                refreshing
                  ? renderRefreshToggle(strings, this.refresher.paused, () =>
                      this.refresher.toggle(),
                    )
                  : nothing
              }
            </div>`
          : nothing
      }
      ${this.tag ? renderTagFilter(strings, this.tag, () => void this.clearTag()) : nothing}
      ${this.renderBody()}
      ${archive ? html`<a part="archive" class="archive" href=${archive}>${strings.news.archive}</a>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }
}
