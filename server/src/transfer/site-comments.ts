import type { CommentRow } from '../comments/comment.js';
import { newsItemUrl } from '../news/news-item.js';
import type { Services } from '../services.js';
import type { Site } from '../sites/site.js';

/** A top-level comment and its replies, oldest first. */
export interface CommentWithReplies {
  row: CommentRow;
  replies: CommentRow[];
}

/** The news item a thread is about, when it is one. */
export interface ThreadItem {
  title: string;
  url: string;
  datePublished: string;
  contentHtml: string;
}

export interface SiteThread {
  thread: string;
  item?: ThreadItem;
  comments: CommentWithReplies[];
}

export interface SiteComments {
  site: Site;
  /** Where the site's pages are: its first origin, when it has one. */
  origin?: string;
  threads: SiteThread[];
}

/**
 * An item's page: NEWS_ITEM_URL for the item, made absolute with the site's first origin
 * when the pattern has no host of its own (and left a path when the site names no origin).
 */
export function itemPage(id: string, pattern: string, origin: string | undefined): string {
  if (URL.canParse(pattern) || origin) return newsItemUrl(id, pattern, origin ?? pattern);
  const { pathname, search } = new URL(newsItemUrl(id, pattern, 'http://site.invalid'));
  return pathname + search;
}

/** Every comment of a site, by thread (in the order each got its first comment), for export. */
export async function readSiteComments(services: Services, siteId: string): Promise<SiteComments> {
  const site = await services.sites.find(siteId);
  if (!site) throw new Error(`No site "${siteId}"`);
  const stores = services.storesOf(siteId);
  const origin = site.origins[0];
  const threads = new Map<string, SiteThread>();
  const topLevel = new Map<number, CommentWithReplies>();
  const rows = await stores.transfer.comments();
  for (const row of rows) {
    if (row.parent_id !== null) continue;
    let thread = threads.get(row.thread);
    if (!thread) {
      thread = { thread: row.thread, comments: [] };
      threads.set(row.thread, thread);
    }
    const entry = { row, replies: [] };
    topLevel.set(row.id, entry);
    thread.comments.push(entry);
  }
  // The foreign key keeps every reply's parent, a top-level comment of the same site.
  for (const row of rows)
    if (row.parent_id !== null) topLevel.get(row.parent_id)!.replies.push(row);
  for (const thread of threads.values()) {
    const item = await stores.news.get(thread.thread);
    if (item)
      thread.item = {
        title: item.title,
        url: itemPage(item.id, services.settings.newsItemUrl, origin),
        datePublished: item.date_published,
        contentHtml: item.content_html,
      };
  }
  return { site, ...(origin && { origin }), threads: [...threads.values()] };
}
