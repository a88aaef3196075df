import type { Selectable } from 'kysely';
import type { Comment } from '../../../src/data/api/comments-api.js';
import type { Database } from '../db/schema.js';

/** Readers see `published` and `pending` comments; `rejected` ones only moderators list. */
export type CommentStatus = Comment['status'] | 'rejected';

/** A comment as stored. */
export type CommentRow = Selectable<Database['comments']>;

/**
 * A comment on the wire: the widget's own type from src/data, so the format is described once.
 * `viewerId` is the id of the logged-in reader, to mark their own comments as `mine`.
 */
export function toCommentJson(row: CommentRow, viewerId?: string): Comment {
  return {
    id: String(row.id),
    thread: row.thread,
    ...(row.parent_id !== null && { parentId: String(row.parent_id) }),
    author: { name: row.author_name, ...(row.author_id !== null && { id: row.author_id }) },
    text: row.text,
    createdAt: row.created_at,
    ...(row.edited_at !== null && { editedAt: row.edited_at }),
    // Readers are never shown a rejected row; a moderator's list names its status itself.
    status: row.status === 'pending' ? 'pending' : 'published',
    ...(viewerId !== undefined && row.author_id === viewerId && { mine: true }),
  };
}

/** What a moderator sees: also the IP hash to ban. */
export function toModerationJson(row: CommentRow) {
  return { ...toCommentJson(row), status: row.status, ipHash: row.ip_hash };
}
