import type { NewsItem } from '../../../src/data/model.js';
import type { NewsRow } from './store.js';

/** Where the item lives: used to make absolute URLs, as JSON Feed wants. */
export interface ItemContext {
  origin: string;
  /** Pattern with `{id}`, absolute or relative to `origin`. */
  itemUrl: string;
  views: Map<string, number>;
  comments: Record<string, number>;
}

export const newsImagePath = '/api/news/images/';

/** The article's page for item `id`: `pattern` has `{id}` and may be relative to `origin`. */
export function newsItemUrl(id: string, pattern: string, origin: string): string {
  return new URL(pattern.replace('{id}', encodeURIComponent(id)), origin).href;
}

/** A stored news item in the data layer's model, so one writer makes JSON Feed of any item. */
export function toNewsItem(row: NewsRow, context: ItemContext): NewsItem {
  return {
    id: row.id,
    url: newsItemUrl(row.id, context.itemUrl, context.origin),
    title: row.title,
    ...(row.subtitle && { subtitle: row.subtitle }),
    summary: row.summary,
    contentHtml: row.content_html,
    datePublished: new Date(row.date_published),
    ...(row.image && { image: { url: new URL(newsImagePath + row.image, context.origin).href } }),
    tags: JSON.parse(row.tags) as string[],
    ...(row.author && { author: row.author }),
    views: context.views.get(row.id) ?? 0,
    commentCount: context.comments[row.id] ?? 0,
  };
}
