export type CommentStatus = 'published' | 'pending' | 'rejected';

/** A comment as stored. */
export interface CommentRow {
  id: number;
  thread: string;
  parent_id: number | null;
  author_name: string;
  author_id: string | null;
  text: string;
  status: CommentStatus;
  ip_hash: string;
  created_at: string;
  edited_at: string | null;
}

/** A comment as the contract shows it to readers. */
export interface CommentJson {
  id: string;
  thread: string;
  parentId?: string;
  author: { name: string; id?: string };
  text: string;
  createdAt: string;
  editedAt?: string;
  status: CommentStatus;
  mine?: boolean;
}

/** `viewerId` is the id of the logged-in reader, to mark their own comments as `mine`. */
export function toCommentJson(row: CommentRow, viewerId?: string): CommentJson {
  return {
    id: String(row.id),
    thread: row.thread,
    ...(row.parent_id !== null && { parentId: String(row.parent_id) }),
    author: { name: row.author_name, ...(row.author_id !== null && { id: row.author_id }) },
    text: row.text,
    createdAt: row.created_at,
    ...(row.edited_at !== null && { editedAt: row.edited_at }),
    status: row.status,
    ...(viewerId !== undefined && row.author_id === viewerId && { mine: true }),
  };
}

/** What a moderator sees: also the IP hash to ban. */
export function toModerationJson(row: CommentRow) {
  return { ...toCommentJson(row), ipHash: row.ip_hash };
}
