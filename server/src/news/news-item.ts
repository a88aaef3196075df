import type { NewsRow } from './store.js';

/** Where the item lives: used to make absolute URLs, as JSON Feed wants. */
export interface FeedContext {
  origin: string;
  /** Pattern with `{id}`, absolute or relative to `origin`. */
  itemUrl: string;
  views: Map<string, number>;
  comments: Record<string, number>;
}

export const newsImagePath = '/api/news/images/';

/** A news item as a JSON Feed 1.1 item, with what JSON Feed has no field for under `_biblio`. */
export function toJsonFeedItem(row: NewsRow, context: FeedContext) {
  const url = new URL(context.itemUrl.replace('{id}', encodeURIComponent(row.id)), context.origin)
    .href;
  return {
    id: row.id,
    url,
    title: row.title,
    summary: row.summary,
    content_html: row.content_html,
    date_published: row.date_published,
    ...(row.image && { image: new URL(newsImagePath + row.image, context.origin).href }),
    tags: JSON.parse(row.tags) as string[],
    ...(row.author && { authors: [{ name: row.author }] }),
    _biblio: {
      ...(row.subtitle && { subtitle: row.subtitle }),
      views: context.views.get(row.id) ?? 0,
      comments: context.comments[row.id] ?? 0,
    },
  };
}
