import type { Comment } from '../../data/api/comments-api.js';

export interface CommentThread {
  comment: Comment;
  replies: Comment[];
}

/**
 * Top-level comments with their replies one level deep. A reply to a reply joins its
 * top-level ancestor; a reply whose parent is not loaded (on another page) stands alone.
 * Replies read oldest first whatever the sort, as a conversation does.
 */
export function arrangeThreads(comments: Comment[]): CommentThread[] {
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const rootOf = (comment: Comment): Comment => {
    const seen = new Set<Comment>();
    let current = comment;
    while (current.parentId && byId.has(current.parentId) && !seen.has(current)) {
      seen.add(current);
      current = byId.get(current.parentId)!;
    }
    return current;
  };
  const threads = new Map<Comment, CommentThread>();
  for (const comment of comments) {
    const root = rootOf(comment);
    if (root === comment) threads.set(comment, { comment, replies: [] });
  }
  for (const comment of comments) {
    const root = rootOf(comment);
    if (root !== comment) threads.get(root)?.replies.push(comment);
  }
  for (const thread of threads.values()) {
    thread.replies.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }
  return [...threads.values()];
}
