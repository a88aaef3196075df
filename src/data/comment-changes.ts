import { isRecord, send, toComment, type Comment, type CommentsRequest } from './comments-api.js';

/*
 * The changes a reader makes: posting, editing and deleting. Apart from reading
 * (comments-api.ts) so that a page that only shows comments never loads them.
 */

/** What a reader sends. `website` is the honeypot: people leave it empty, bots fill it. */
export interface NewComment {
  author?: string;
  text: string;
  parentId?: string;
  website: string;
}

export interface PostedComment {
  comment: Comment;
  /** The server holds the comment for pre-moderation (it answered 202). */
  pending: boolean;
}

function readComment(json: unknown): Comment {
  return toComment(isRecord(json) ? json.comment : undefined);
}

/**
 * Posts a comment. The same `idempotencyKey` for the same draft makes double clicks and
 * retries after a lost answer create one comment, not two.
 */
export async function postComment(
  request: CommentsRequest,
  thread: string,
  comment: NewComment,
  idempotencyKey: string,
): Promise<PostedComment> {
  const json = await send(request, 'POST', encodeURIComponent(thread), comment, {
    'idempotency-key': idempotencyKey,
  });
  const posted = readComment(json);
  const pending = posted.status === 'pending' || (isRecord(json) && json.status === 'pending');
  return { comment: { ...posted, status: pending ? 'pending' : posted.status }, pending };
}

const commentPath = (thread: string, id: string) =>
  `${encodeURIComponent(thread)}/${encodeURIComponent(id)}`;

export async function editComment(
  request: CommentsRequest,
  thread: string,
  id: string,
  text: string,
): Promise<Comment> {
  return readComment(await send(request, 'PATCH', commentPath(thread, id), { text }));
}

export async function deleteComment(
  request: CommentsRequest,
  thread: string,
  id: string,
): Promise<void> {
  await send(request, 'DELETE', commentPath(thread, id));
}
