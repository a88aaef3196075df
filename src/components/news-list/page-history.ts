import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readPageFromUrl, withPageInUrl } from './page-url.js';

/** What the history reads of a list and asks of it. */
export interface PagedList {
  readonly first: number;
  readonly last: number;
  /** Shows page `page` alone at once (the page the address bar names on arrival). */
  reset(page: number): void;
  /** Shows page `page` alone once it is loaded, without a history entry of its own. */
  goTo(page: number, remember: false): void;
}

/**
 * The page kept in the address bar under `param` (`page-param`): the list opens on the page it
 * names, each page the reader picks is a history entry, and Back returns to the one before. A
 * list loads it apart from itself, only when it has `page-param`.
 */
export class PageHistory implements ReactiveController {
  constructor(
    private readonly param: string,
    private readonly list: PagedList,
    host: ReactiveControllerHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.follow);
    const page = readPageFromUrl(this.param, location.href);
    if (page) this.list.reset(page);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.follow);
  }

  /** A history entry for the page the reader picked, so Back returns to the one before. */
  remember(page: number): void {
    const href = withPageInUrl(this.param, location.href, page);
    if (href !== location.href) history.pushState(history.state, '', href);
  }

  private follow = () => {
    const page = readPageFromUrl(this.param, location.href) ?? 1;
    const { first, last } = this.list;
    if (page !== first || page !== last) this.list.goTo(page, false);
  };
}
