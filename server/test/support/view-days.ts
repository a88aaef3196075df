import type { RunningServer } from '../../src/server.js';
import { NewsStore } from '../../src/news/store.js';
import { defaultSiteId } from '../../src/sites/site.js';
import { ViewStore } from '../../src/views/store.js';

/** Views per day (`YYYY-MM-DD`) and item, each one of a different visitor. */
export type ViewsByDay = Record<string, Record<string, number>>;

/**
 * Counts the views through the store the POST route uses, on the days given (the server's
 * own clock only ever says today). Resolves to how many were counted.
 */
export async function registerViews(
  server: RunningServer,
  viewsByDay: ViewsByDay,
  siteId = defaultSiteId,
): Promise<number> {
  const views = new ViewStore(server.db, siteId);
  let counted = 0;
  for (const [day, items] of Object.entries(viewsByDay)) {
    for (const [itemId, visitors] of Object.entries(items)) {
      for (let visitor = 0; visitor < visitors; visitor++)
        if ((await views.register(itemId, { day, hash: `visitor-${visitor}` })).counted) counted++;
    }
  }
  return counted;
}

/** News items of the default site with these ids and titles, the rest of them empty. */
export async function addNewsItems(
  server: RunningServer,
  titles: Record<string, string>,
): Promise<void> {
  const news = new NewsStore(server.db, server.engine, defaultSiteId);
  for (const [id, title] of Object.entries(titles)) {
    await news.add({
      id,
      title,
      summary: '',
      contentHtml: '',
      tags: [],
      datePublished: '2026-01-01T00:00:00Z',
    });
  }
}
