/**
 * Page numbers for a pager: the first and last page, the current one and its neighbours, and
 * `gap` where pages are skipped, so a 500-page archive still fits a phone.
 */
export function pageNumbers(current: number, count: number): Array<number | 'gap'> {
  const wanted = new Set([1, count, current - 1, current, current + 1]);
  const pages = [...wanted].filter((page) => page >= 1 && page <= count).sort((a, b) => a - b);
  return pages.flatMap((page, index) =>
    index > 0 && page - pages[index - 1] > 1 ? ['gap' as const, page] : [page],
  );
}

/**
 * Learns how a feed numbers its pages from its first page's URL and its `next` link: the one
 * query parameter that goes from absent (or 1) to 2, as WordPress `page=2` or Ghost `page=2`.
 * Returns a builder for any page's URL, or undefined when the feed pages some other way
 * (cursors, offsets), in which case only "Show more" can walk it.
 */
export function pageUrlBuilder(
  firstUrl: string,
  nextUrl: string,
): ((page: number) => string) | undefined {
  let first: URL;
  let next: URL;
  try {
    first = new URL(firstUrl);
    next = new URL(nextUrl, first);
  } catch {
    return undefined;
  }
  if (first.origin + first.pathname !== next.origin + next.pathname) return undefined;
  const changed = [...next.searchParams.keys()].filter(
    (key) => next.searchParams.get(key) !== first.searchParams.get(key),
  );
  if (changed.length !== 1) return undefined;
  const [key] = changed;
  const before = first.searchParams.get(key) ?? '1';
  if (before !== '1' || next.searchParams.get(key) !== '2') return undefined;
  return (page) => {
    const url = new URL(next);
    url.searchParams.set(key, String(page));
    return url.href;
  };
}

/** How many pages a feed has, from what it says about itself. */
export function knownPageCount(
  page: { items: readonly unknown[]; total?: number; totalPages?: number },
  pageSize: number,
): number | undefined {
  if (page.totalPages !== undefined && page.totalPages > 0) return page.totalPages;
  const perPage = page.items.length || pageSize;
  if (page.total !== undefined && perPage > 0) return Math.max(1, Math.ceil(page.total / perPage));
  return undefined;
}
