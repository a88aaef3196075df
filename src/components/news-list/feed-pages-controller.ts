import { TaskStatus, type Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedFormatOption } from '../../data/feed.js';
import type { FeedPage, NewsItem } from '../../data/model.js';
import { LazyPart } from '../../internal/lazy-part.js';
import { createLoadTask } from '../../internal/states.js';
import type { PagerState } from './news-controls.js';
import { filterItems, type NewsFilter } from './news-filter.js';
import { knownPageCount, pageUrlBuilder } from './news-paging.js';
import { loadNewsPage } from './news-source.js';
import type { PageHistory } from './page-history.js';
import type { RefreshController } from './refresh-controller.js';

/** The list's attributes the controller reads (see BiblioNewsList for what each means). */
export interface FeedPagesHost extends ReactiveControllerHost, HTMLElement {
  format?: FeedFormatOption;
  map?: string;
  items?: readonly NewsItem[];
  pageSize: number;
  refresh: number;
  pageParam?: string;
}

export interface FeedPagesOptions {
  /**
   * The feed's address, with the reader's search when the server searches; undefined when
   * there is nothing to load (items from script, no `src`).
   */
  url: () => string | undefined;
  /** A fresher first page brought this many items not shown before. */
  onFresh: (added: number) => void;
  /** Page `page` is shown alone, picked by the reader or gone Back to. */
  onPage: (page: number) => void;
}

/** What one render shows: the items on screen and the state of the pager. */
export interface Listing {
  items: readonly NewsItem[];
  pager: PagerState;
}

const dedupe = (items: NewsItem[]) => {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
};

/** The first and the last page on screen: several after "Show more". */
interface Range {
  first: number;
  last: number;
}

/** The feed (its address, format and map, each an argument so a change of one reloads) and the pages asked of it. */
type Args = readonly [
  url: string | undefined,
  format: FeedFormatOption | undefined,
  map: string | undefined,
  wanted: Range,
];

/** Whether two runs read one feed: another address, format or map is another feed. */
const sameFeed = (a?: Args, b?: Args) =>
  a?.[0] === b?.[0] && a?.[1] === b?.[1] && a?.[2] === b?.[2];

/**
 * A list's way through a feed: the first page, further pages ("Show more", a page number) and
 * re-reads of the first page. With `page-param` the page is kept in the address bar too
 * (PageHistory), and with `refresh` the first page is re-read (RefreshController): each is
 * fetched apart, only for a list that asks for it. Every page a reader asks for comes through
 * one load task, and every fresher copy of a page (a revalidated cache, a refresh) through
 * `receive`. The pages on screen stay until the ones asked for arrive, so a new search or page
 * does not flicker. A failed new feed is the task's error, told to the page; a failed further
 * page keeps the list with the error beside it. Leaving the page does not cancel a further page
 * on its way: an aborted run would leave the task in error, shown as a failure when the list
 * comes back.
 */
export class FeedPagesController implements ReactiveController {
  /** The loaded pages of the feed on screen, by number. */
  pages: ReadonlyMap<number, FeedPage> = new Map();
  first = 1;
  last = 1;
  /** Whether any page of the feed on screen can be jumped to, rather than reached by "Show more". */
  numbered = false;
  /** The timer behind `refresh` and its pause button, once fetched. */
  refresher?: RefreshController;
  /**
   * Settles once the parts the attributes ask for are here, or failed to load (offline: the
   * list goes without). The first page waits for it, so it comes with its pause button and
   * on the page the address bar names.
   */
  ready: Promise<unknown> = Promise.resolve();

  private readonly task: Task<Args, FeedPage>;
  /** The run whose pages are on screen. */
  private shown?: Args;
  /** The pages asked of the feed: a new object for each request, so the task runs again. */
  private wanted: Range = { first: 1, last: 1 };
  /** The last request and what to do once it is on screen: kept through a failure for Retry. */
  private asked?: { range: Range; then: () => void };
  private history?: PageHistory;
  private readonly historyPart = new LazyPart(() => import('./page-history.js'));
  private readonly refresherPart = new LazyPart(() => import('./refresh-controller.js'));

  constructor(
    private readonly host: FeedPagesHost,
    private readonly options: FeedPagesOptions,
  ) {
    // Added before the task, so hostUpdate sets `autoRun` before the task reads it.
    host.addController(this);
    this.task = createLoadTask(host, {
      args: () => this.args,
      load: (args, signal) => this.load(args, signal),
      count: (first) => first.items.length,
      // biblio-load and biblio-error are about a feed, not about a further page of it.
      tells: (args) => !sameFeed(args, this.shown),
    });
  }

  hostConnected(): void {
    const param = this.host.pageParam;
    if (param) {
      this.add(this.historyPart, ({ PageHistory }) => {
        this.history = new PageHistory(param, this, this.host);
      });
    }
  }

  hostUpdate(): void {
    if (this.host.refresh > 0) {
      this.add(this.refresherPart, ({ RefreshController }) => {
        this.refresher = new RefreshController(this.host, () => void this.refresh());
        this.host.requestUpdate();
      });
    }
    this.refresher?.every(this.host.refresh);
    // Items from script, or no src: nothing to load, and no load or error event to send.
    this.task.autoRun = this.remote;
  }

  /** Every item, when the whole list is known: set from script, or a feed of one page. */
  get allItems(): readonly NewsItem[] | undefined {
    const first = this.pages.get(1);
    return this.host.items ?? (first && !first.nextPage ? first.items : undefined);
  }

  /** Whether there is a feed to load at all. */
  get remote(): boolean {
    return this.options.url() !== undefined;
  }

  /** Whether the pages on screen are of the feed asked for, not of the one before a new search. */
  get current(): boolean {
    return sameFeed(this.args, this.shown);
  }

  /** A further page of the feed on screen is on its way. */
  get busy(): boolean {
    return this.task.status === TaskStatus.PENDING && this.current;
  }

  /** Why the last pages asked of the feed could not be loaded. */
  get error(): unknown {
    return this.remote && this.task.status === TaskStatus.ERROR ? this.task.error : undefined;
  }

  /** The items on screen, filtered, and the pager: sliced here when every item is known. */
  list(filter: NewsFilter): Listing {
    const all = this.allItems;
    const { pageSize } = this.host;
    if (all) {
      const size = Math.max(1, Math.floor(pageSize) || 10);
      const matching = filterItems(all, filter);
      const count = Math.max(1, Math.ceil(matching.length / size));
      const last = Math.min(this.last, count);
      const first = Math.min(this.first, last);
      return {
        items: matching.slice((first - 1) * size, last * size),
        pager: { current: last, count, hasMore: last < count, numbered: true, busy: false },
      };
    }
    const loaded: NewsItem[] = [];
    for (let page = this.first; page <= this.last; page++) {
      loaded.push(...(this.pages.get(page)?.items ?? []));
    }
    const first = this.pages.get(1);
    const count = first && knownPageCount(first, pageSize);
    const current = this.last;
    const hasNext = Boolean(this.pages.get(current)?.nextPage);
    const { numbered } = this;
    return {
      items: filterItems(dedupe(loaded), filter),
      pager: {
        current,
        count,
        hasMore: hasNext || (count !== undefined && current < count && numbered),
        numbered,
        busy: this.busy,
      },
    };
  }

  /** Shows page `page` alone once it is loaded; `remember` makes it a history entry. */
  goTo(page: number, remember = true): void {
    this.ask({ first: page, last: page }, () => {
      if (remember) this.history?.remember(page);
      this.options.onPage(page);
    });
  }

  /** Adds the next page below the ones on screen once it is loaded, then calls `then`. */
  showMore(then: () => void): void {
    this.ask({ first: this.first, last: this.last + 1 }, () => {
      this.history?.remember(this.last);
      then();
    });
  }

  /**
   * Shows page `page` alone at once, whatever is loaded: a new filter, or the page the address
   * bar names on arrival. The feed is asked for it, and `then` called once it is there.
   */
  reset(page = 1, then: () => void = () => {}): void {
    this.first = this.last = page;
    this.ask({ first: page, last: page }, then);
  }

  /** Asks again for what failed: the feed, or the further page with what was to follow it. */
  readonly retry = () => void this.task.run();

  private ask(range: Range, then: () => void) {
    this.host.requestUpdate();
    if (this.allItems) {
      this.first = range.first;
      this.last = range.last;
      then();
      return;
    }
    this.asked = { range, then };
    // A further page waits until the feed's first page is on screen (the page the address bar
    // names on arrival): if it fails, the first page stays, with the error below it.
    if (this.shown || range.last === 1) this.wanted = range;
  }

  /** Fetches `part` for the attribute that asks for it, once, and `use`s it; `ready` waits for it. */
  private add<Part>(part: LazyPart<Part>, use: (part: Part) => void) {
    if (part.requested) return;
    this.ready = Promise.all([this.ready, part.get().then(use, () => undefined)]);
  }

  private get args(): Args {
    const { format, map } = this.host;
    return [this.options.url(), format, map, this.wanted];
  }

  /**
   * Loads what `wanted` needs: the first page, then the pages asked for, jumping straight to
   * them when the feed numbers its pages, else following `next` links. Pages already loaded of
   * the same feed are not asked again. Nothing changes on screen until all of them are here.
   */
  private async load(args: Args, signal: AbortSignal): Promise<FeedPage> {
    const [url, , , wanted] = args;
    const same = sameFeed(args, this.shown);
    const loaded = new Map<number, FeedPage>();
    const known = (page: number) => loaded.get(page) ?? (same ? this.pages.get(page) : undefined);
    const fetch = async (page: number, url: string) => {
      loaded.set(page, await this.fetchPage(args, page, url, signal));
      return loaded.get(page)!;
    };
    const first = known(1) ?? (await fetch(1, url!));
    const pageUrl = first.nextPage ? pageUrlBuilder(url!, first.nextPage) : undefined;
    // A page the address bar names beyond the end of the feed shows its last page.
    let last = Math.min(wanted.last, knownPageCount(first, this.host.pageSize) ?? Infinity);
    for (let page = pageUrl ? wanted.first : 2; page <= last && first.nextPage; page++) {
      if (known(page)) continue;
      const next = pageUrl?.(page) ?? known(page - 1)?.nextPage;
      if (!next) {
        last = page - 1;
        break;
      }
      await fetch(page, next);
    }
    await this.ready;
    signal.throwIfAborted();
    this.pages = new Map([...(same ? this.pages : []), ...loaded]);
    this.shown = args;
    this.numbered = pageUrl !== undefined;
    this.first = Math.min(wanted.first, last);
    this.last = last;
    // Before `then`, so that what it awaits of the host is the render of these pages.
    this.host.requestUpdate();
    const asked = this.asked;
    if (asked?.range === wanted) {
      this.asked = undefined;
      asked.then();
    } else if (asked) {
      this.wanted = asked.range;
    }
    return first;
  }

  /** One page of the feed `args` read; when the cache answered, its fresher copy comes to `receive`. */
  private fetchPage(args: Args, page: number, url: string, signal: AbortSignal, maxAge?: number) {
    const [, format, map] = args;
    const onUpdate = (fresh: FeedPage) => this.receive(args, page, fresh);
    return loadNewsPage(url, { signal, format, map, onUpdate, maxAge });
  }

  /** A fresher copy of a page; dropped when the list has moved on to another feed (a new search). */
  private receive(args: Args, page: number, fresh: FeedPage) {
    if (!sameFeed(args, this.shown)) return;
    const before = this.pages.get(page);
    if (page === 1 && before) {
      const known = new Set(before.items.map((item) => item.id));
      const added = fresh.items.filter((item) => !known.has(item.id)).length;
      if (added > 0) this.options.onFresh(added);
    }
    this.pages = new Map(this.pages).set(page, fresh);
    this.host.requestUpdate();
  }

  /** Re-reads the first page past the cache; a failure keeps the news shown, the next tick tries again. */
  private async refresh() {
    const shown = this.shown;
    if (!shown || !this.current || this.busy) return;
    const signal = AbortSignal.timeout(30_000);
    try {
      this.receive(shown, 1, await this.fetchPage(shown, 1, shown[0]!, signal, 0));
    } catch {
      // The news already shown stays.
    }
  }
}
