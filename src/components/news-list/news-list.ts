import { property, state } from 'lit/decorators.js';
import type { FeedFormatOption } from '../../data/feed.js';
import type { NewsItem } from '../../data/model.js';
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
import { stateStyles } from '../../internal/states.styles.js';
import { FeedPagesController, type Listing } from './feed-pages-controller.js';
import { searchesOnServer, withSearch } from './feed-url.js';
import type { Paging, SearchHandlers } from './news-controls.js';
import { filterItems } from './news-filter.js';
import type { NewsLayout } from './news-item.js';
import { followedItem, noResults, renderNewsList } from './news-list-view.js';
import { newsListStyles } from './news-list.styles.js';

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

/** Typing settles for this long before the list filters and the result is announced. */
const searchDelay = 250;

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
 * @event {CustomEvent<ItemSelectEventDetail>} biblio-item-select - The reader followed an item's link. Cancelable: call `preventDefault()` to open the item in place instead of navigating. Bubbles out of the shadow root. `detail: { item }`, the `NewsItem`.
 * @event {CustomEvent<LoadEventDetail>} biblio-load - The first page of the feed is shown. `detail: { count }`.
 * @event {CustomEvent<ErrorEventDetail>} biblio-error - Loading `src` failed. `detail: { error }` with `error.kind` (network, timeout, http, parse, format, map, config) and, where the kind alone would mislead, `error.details.reason` (htmlPage: a web page, brokenJson: cut-off JSON, tooLarge: over the proxy's cap).
 */
export class BiblioNewsList extends BiblioElement<StringsOf<typeof localizedStrings>> {
  protected static override localizedStrings = localizedStrings;

  static override tagName = 'biblio-news-list';

  static override styles = [...BiblioElement.styles, stateStyles, newsListStyles];

  /** URL of the feed: JSON Feed, WordPress REST, JSON:API, Ghost, RSS/Atom or any JSON with `map`. */
  @property() src?: string;

  /** Feed format: `auto` or `jsonfeed wordpress jsonapi ghost rss2json rss array mapped`. */
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

  /** Optional pieces (comma- or space-separated): `date image summary tags views comments`. */
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
  @state() private announcement = '';

  /** What the last render showed, for the click on an item and the count after "Show more". */
  private listing?: Listing;

  private readonly feed = new FeedPagesController(this, {
    url: () => {
      if (this.items || !this.src) return undefined;
      const url = new URL(this.src, document.baseURI).href;
      return this.serverSearch ? withSearch(url, this.query) : url;
    },
    onFresh: (added) => this.announce(formatPlural(this.strings.news.fresh, added, this.language)),
    onPage: (page) => this.announce(interpolate(this.strings.news.page, { page })),
  });

  private searchTimer?: ReturnType<typeof setTimeout>;

  private get serverSearch(): boolean {
    return this.search && this.src !== undefined && searchesOnServer(this.src, this.format);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  /** Done once the parts the attributes ask for are here too: the page in the address bar, the pause button. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.feed.ready;
    return super.getUpdateComplete();
  }

  /**
   * One listener serves every link and tag (links and buttons also click from the keyboard), and
   * one hides any picture that fails to load rather than leave a broken-image icon.
   */
  protected override firstUpdated(): void {
    this.renderRoot.addEventListener('click', (event) => this.onListClick(event as MouseEvent));
    this.renderRoot.addEventListener('error', hideBrokenImage, true);
  }

  private get filter() {
    return { query: this.serverSearch ? '' : this.query, tag: this.tag };
  }

  private showMore() {
    const shownBefore = this.listing?.items.length ?? 0;
    this.feed.showMore(async () => {
      await this.updateComplete;
      const shown = this.listing?.items.length ?? 0;
      this.announce(formatPlural(this.strings.news.shown, shown, this.language));
      // The last page removes the pressed button; focus goes on to the first new item, not to <body>.
      if (!this.renderRoot.querySelector('[part="more"]')) this.focusItem(shownBefore);
    });
  }

  /** The pressed "Show all news" button goes away with the filter; focus moves to the list. */
  private async clearTag() {
    await this.applyFilter({ tag: undefined });
    this.focusItem(0);
  }

  private focusItem(index: number) {
    this.renderRoot.querySelector<HTMLElement>(`a[data-index="${index}"]`)?.focus();
  }

  private announce(message: string) {
    this.announcement = message;
  }

  private async applyFilter(change: { query?: string; tag?: string | undefined }) {
    if ('query' in change) this.query = change.query ?? '';
    if ('tag' in change) this.tag = change.tag;
    if (this.serverSearch && 'query' in change) {
      // The server searches: its answer says how many match.
      this.feed.reset(1, () => {
        const first = this.feed.pages.get(1);
        if (first && this.query.trim()) this.announceMatches(first.total ?? first.items.length);
      });
      return;
    }
    this.feed.reset(1);
    await this.updateComplete;
    const all = this.feed.allItems;
    this.announceMatches(
      all ? filterItems(all, this.filter).length : (this.listing?.items.length ?? 0),
    );
  }

  /** "8 items found" or "Nothing found for …", for screen readers. */
  private announceMatches(count: number) {
    const { strings, language } = this;
    this.announce(
      count === 0
        ? noResults(strings, this.query, this.tag)
        : formatPlural(strings.news.found, count, language),
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
    const item = this.listing && followedItem(event, this.listing.items);
    if (!item) return;
    const select = publicEvent<ItemSelectEventDetail>('biblio-item-select', { item }, true);
    if (!this.dispatchEvent(select)) event.preventDefault();
  };

  override render() {
    this.listing = this.feed.list(this.filter);
    return renderNewsList(this, {
      strings: this.strings,
      language: this.language,
      query: this.query,
      announcement: this.announcement,
      listing: this.listing,
      feed: this.feed,
      searchHandlers: this.searchHandlers,
      showMore: () => this.showMore(),
      clearTag: () => void this.clearTag(),
    });
  }
}
