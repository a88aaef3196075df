import { newsItemUrl } from '../news/news-item.js';
import type { SourceThread } from './source.js';

/** How a thread found its item, or that it found none. */
export type ThreadMatch =
  | { thread: SourceThread; itemId: string; by: 'url' | 'slug' }
  | { thread: SourceThread; itemId?: undefined; by?: undefined };

const decoded = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/**
 * An address as two pages are compared: scheme, `www.`, a trailing slash, the fragment and
 * the spelling of percent-escapes left out; the host too when `withHost` is false.
 */
function addressKey(url: URL, withHost: boolean): string {
  const host = withHost ? url.host.toLowerCase().replace(/^www\./, '') : '';
  const path = decoded(url.pathname).replace(/\/+$/, '');
  return `${host}${path}${decoded(url.search)}`;
}

/** Where the file name is no name of the page: `…/redacted/index.html` is `redacted`. */
const indexPage = /^index\.[a-z]+$/i;
const pageExtension = /\.(html?|php|aspx?|jsp)$/i;

/** The last segment of the address's path, as a CMS's slug: `/2014/test/` gives `test`. */
function slugOf(url: URL): string | undefined {
  const segments = url.pathname
    .split('/')
    .map(decoded)
    .filter((segment) => segment && !indexPage.test(segment));
  return segments.at(-1)?.replace(pageExtension, '') || undefined;
}

/**
 * Which news item each thread of an export is about. First by address: the thread's page
 * against each item's page as NEWS_ITEM_URL makes it (a pattern without a host is compared
 * on path and query alone, since the site may live at any of its origins); then by slug: the
 * export's own name of the page (WordPress's post name, Disqus's identifier), then the last
 * segment of each of its addresses, against the items' ids. A thread that matches nothing is
 * returned without an item, for the report to name.
 */
export function matchThreads(
  threads: SourceThread[],
  itemIds: string[],
  itemUrlPattern: string,
): ThreadMatch[] {
  const withHost = URL.canParse(itemUrlPattern);
  const byAddress = new Map<string, string>();
  for (const id of itemIds) {
    const url = new URL(newsItemUrl(id, itemUrlPattern, 'http://site.invalid'));
    byAddress.set(addressKey(url, withHost), id);
  }
  const ids = new Set(itemIds);
  return threads.map((thread): ThreadMatch => {
    const urls = thread.urls.map((url) => new URL(url));
    for (const url of urls) {
      const itemId = byAddress.get(addressKey(url, withHost));
      if (itemId !== undefined) return { thread, itemId, by: 'url' };
    }
    const slugs = [...thread.slugs.map(decoded), ...urls.map(slugOf)];
    const itemId = slugs.find((slug): slug is string => slug !== undefined && ids.has(slug));
    return itemId === undefined ? { thread } : { thread, itemId, by: 'slug' };
  });
}
