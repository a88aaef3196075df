import type { NewsItem } from '../../src/data/model.js';

export interface JsonFeedPage {
  title: string;
  feedUrl: string;
  homePageUrl?: string;
  nextUrl?: string;
  items: NewsItem[];
  total?: number;
  pages?: number;
}

/**
 * A news item as a JSON Feed 1.1 item. What JSON Feed has no field for (subtitle, views,
 * comment count) goes under `_biblio`, the extension key JSON Feed allows.
 */
export function toJsonFeedItem(item: NewsItem) {
  const extension = {
    ...(item.subtitle && { subtitle: item.subtitle }),
    ...(item.views !== undefined && { views: item.views }),
    ...(item.commentCount !== undefined && { comments: item.commentCount }),
  };
  const hasContent = item.contentHtml !== undefined || item.contentText !== undefined;
  return {
    id: item.id,
    ...(item.url && { url: item.url }),
    ...(item.externalUrl && { external_url: item.externalUrl }),
    title: item.title,
    ...(item.summary && { summary: item.summary }),
    ...(item.contentHtml !== undefined && { content_html: item.contentHtml }),
    // JSON Feed requires content: an item with none carries its summary (or title) as text.
    ...(item.contentText !== undefined || !hasContent
      ? { content_text: item.contentText ?? item.summary ?? item.title }
      : {}),
    ...(item.datePublished && { date_published: item.datePublished.toISOString() }),
    ...(item.dateModified && { date_modified: item.dateModified.toISOString() }),
    ...(item.image && { image: item.image.url }),
    tags: item.tags,
    ...(item.author && { authors: [{ name: item.author }] }),
    ...(Object.keys(extension).length && { _biblio: extension }),
  };
}

/** A page of items as a JSON Feed 1.1 document, its total under `_biblio`. */
export function toJsonFeed(page: JsonFeedPage) {
  const extension = {
    ...(page.total !== undefined && { total: page.total }),
    ...(page.pages !== undefined && { pages: page.pages }),
  };
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: page.title,
    ...(page.homePageUrl && { home_page_url: page.homePageUrl }),
    feed_url: page.feedUrl,
    ...(page.nextUrl && { next_url: page.nextUrl }),
    items: page.items.map(toJsonFeedItem),
    ...(Object.keys(extension).length && { _biblio: extension }),
  };
}
