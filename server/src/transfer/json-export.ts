import { type CommentRow, toCommentJson } from '../comments/comment.js';
import type { SiteComments } from './site-comments.js';

/** A comment as the API sends it, with the moderation status the export keeps besides. */
const exported = (row: CommentRow) => ({ ...toCommentJson(row), status: row.status });

/**
 * A site's comments as JSON: each thread with its news item (title and page) when it is one,
 * its top-level comments in the API's own shape, each with its replies. Moderation statuses
 * are kept (`rejected` too); readers' address hashes are not.
 */
export function toJsonExport(comments: SiteComments, now: Date): string {
  const body = {
    format: 'biblio-widgets comments',
    version: 1,
    site: comments.site.id,
    exportedAt: now.toISOString(),
    threads: comments.threads.map(({ thread, item, comments: topLevel }) => ({
      thread,
      ...(item && { item: { title: item.title, url: item.url } }),
      comments: topLevel.map(({ row, replies }) => ({
        ...exported(row),
        replies: replies.map(exported),
      })),
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
